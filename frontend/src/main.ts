import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import './style.css'
import { installFlush } from './lib/flush'
import { installRadioGroups } from './lib/keys'

// Before the first radio group is made: each gets a name (one Tab stop).
installRadioGroups()

createApp(App).use(createPinia()).use(i18n).mount('#app')
installFlush()
