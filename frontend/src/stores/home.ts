import { defineStore } from 'pinia'
import { nextTick, ref, shallowRef } from 'vue'
import { api, type Home } from '../api'

// The home feature store: the agenda (the first rows of each card and
// their totals) and the dashboard, from one small call.
export const useHomeStore = defineStore('home', () => {
  const home = shallowRef<Home | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load() {
    loading.value = true
    try {
      home.value = await api.home()
      error.value = null
    } catch (e) {
      error.value = e
      throw e
    } finally {
      loading.value = false
    }
  }

  // reportDrawn tells the shell, once, that Home has painted its first
  // content (scripts/startup.sh times launch to this moment).
  let reported = false
  async function reportDrawn() {
    if (reported) return
    reported = true
    await nextTick()
    requestAnimationFrame(() => setTimeout(() => api.drawn('home').catch(() => {}), 0))
  }

  async function setStepDone(id: number, done: boolean) {
    await api.setStepDone(id, done)
    await load()
  }

  return { home, loading, error, load, setStepDone, reportDrawn }
})
