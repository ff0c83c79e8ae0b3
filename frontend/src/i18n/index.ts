import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN.json'
import en from './en.json'

export type Lang = 'zh-CN' | 'en'
export const messages = { 'zh-CN': zhCN, en }

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'en',
  messages,
})

// resolveLanguage picks the UI language: the user's choice, else the
// system's (from the Go side, else the webview's), Chinese for any zh locale.
export function resolveLanguage(saved: string, system: string, browser: readonly string[]): Lang {
  if (saved === 'zh-CN' || saved === 'en') return saved
  const first = system || browser[0] || 'en'
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function setLanguage(lang: Lang) {
  i18n.global.locale.value = lang
  document.documentElement.lang = lang
}
