import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { api, type AppSettings, type Boot } from '../api'
import { resolveLanguage, setLanguage, type Lang } from '../i18n'

export type View = 'home' | 'accounts' | 'account' | 'deals' | 'funnel' | 'matrix' | 'trash' | 'settings' | 'targets' | 'week' | 'kpi'
  | 'team' | 'assessments' | 'import' | 'marketing' | 'group' | 'service'

// The app store holds what every screen shares: the start-up facts, the
// settings, the language and where the user is.
export const useAppStore = defineStore('app', () => {
  const boot = ref<Boot | null>(null)
  const settings = ref<AppSettings | null>(null)
  const lang = ref<Lang>('zh-CN')
  const view = ref<View>('home')
  const accountId = ref(0)
  // tierFilter opens the accounts list filtered to one quadrant.
  const tierFilter = ref('')
  // accountTab opens an account on one of its tabs (a search hit on a person
  // opens the people, on an interaction the timeline).
  const accountTab = ref('')
  // leadFilter opens the accounts list filtered to one lead manager.
  const leadFilter = ref('')
  // groupFilter opens the accounts list on one group's accounts (its head's id).
  const groupFilter = ref(0)
  // activityId opens the marketing screen on one activity (a search hit,
  // Home's card, the account page).
  const activityId = ref(0)
  // A screen with unsaved edits sets a guard that may refuse to leave.
  let leaveGuard: (() => Promise<boolean>) | null = null

  const currency = computed(() => settings.value?.currency ?? 'CNY')

  // dark: the window's theme, the user's choice or, for "system", the
  // operating system's light or dark mode as the webview reports it.
  const osDark = ref(false)
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null
  if (media) {
    osDark.value = media.matches
    media.addEventListener('change', (e) => (osDark.value = e.matches))
  }
  // Until the settings come, the theme last seen, so the window does not
  // flash light on a dark start.
  const remembered = (() => {
    try {
      return localStorage.getItem('kams.theme') ?? 'system'
    } catch {
      return 'system'
    }
  })()
  const dark = computed(() => {
    const choice = settings.value?.look?.theme ?? remembered
    return choice === 'dark' || (choice !== 'light' && osDark.value)
  })
  watch(
    () => settings.value?.look?.theme,
    (v) => {
      try {
        if (v) localStorage.setItem('kams.theme', v)
      } catch {
        // no storage: the start follows the system until the settings come
      }
    },
  )

  async function init() {
    boot.value = await api.boot()
    settings.value = boot.value.settings
    applyLanguage()
  }

  function applyLanguage() {
    lang.value = resolveLanguage(settings.value?.language ?? '', boot.value?.systemLanguage ?? '', navigator.languages ?? [])
    setLanguage(lang.value)
  }

  async function saveSettings(s: AppSettings) {
    settings.value = await api.saveSettings(s)
    applyLanguage()
  }

  // switchLanguage is the header's quick toggle: it saves the choice.
  // reloadSettings reads the settings again after a write that changes
  // them besides the settings screen (the sample sets or clears the user's
  // name).
  async function reloadSettings() {
    settings.value = await api.settings()
  }

  async function switchLanguage(l: Lang) {
    if (!settings.value) return
    await saveSettings({ ...settings.value, language: l } as AppSettings)
  }

  function guardLeave(g: (() => Promise<boolean>) | null) {
    leaveGuard = g
  }

  async function go(v: View, id = 0, tier = '', tab = '') {
    if (leaveGuard && !(await leaveGuard())) return
    leaveGuard = null
    view.value = v
    accountId.value = id
    tierFilter.value = tier
    accountTab.value = tab
    leadFilter.value = ''
    groupFilter.value = 0
    activityId.value = 0
  }

  // openActivity opens the marketing screen on one activity.
  async function openActivity(id: number) {
    await go('marketing')
    if (view.value === 'marketing') activityId.value = id
  }

  // accountsLedBy opens the accounts list showing the accounts one member leads.
  async function accountsLedBy(name: string) {
    await go('accounts')
    if (view.value === 'accounts') leadFilter.value = name
  }

  // accountsOfGroup opens the accounts list showing one group's accounts.
  async function accountsOfGroup(head: number) {
    await go('accounts')
    if (view.value === 'accounts') groupFilter.value = head
  }

  return { boot, settings, lang, dark, view, accountId, tierFilter, accountTab, leadFilter, groupFilter, accountsOfGroup, currency, init, saveSettings, reloadSettings, switchLanguage, guardLeave, go, accountsLedBy, activityId, openActivity }
})
