import { defineStore } from 'pinia'
import { ref } from 'vue'
import { openingApi, type OpenState } from '../api/opening'
import { resolveLanguage, setLanguage } from '../i18n'

// Whether a book is open, and when not, why and what the user can do about
// it: choose another file, start a new one, look in the backups folder.
// Opening one reloads the page, which then starts the app as usual.
export const useOpeningStore = defineStore('opening', () => {
  const state = ref<OpenState | null>(null)
  const busy = ref(false)

  async function check() {
    state.value = await openingApi.state()
    if (!state.value.open) {
      // No settings can be read: the language is the system's.
      setLanguage(resolveLanguage('', state.value.systemLanguage, navigator.languages ?? []))
    }
  }

  // settle takes the answer of an open or create: an open book restarts
  // the page into the app; another failure is shown in place.
  function settle(s: OpenState) {
    state.value = s
    if (s.open) window.location.reload()
  }

  // chooseAndOpen asks for an existing file and opens it; false when the
  // user cancelled the dialog.
  async function chooseAndOpen(title: string): Promise<boolean> {
    const path = await openingApi.chooseBook(title)
    if (!path) return false
    busy.value = true
    try {
      settle(await openingApi.openBook(path))
    } finally {
      busy.value = false
    }
    return true
  }

  async function chooseAndCreate(title: string): Promise<boolean> {
    const path = await openingApi.chooseNewBook(title)
    if (!path) return false
    busy.value = true
    try {
      settle(await openingApi.createBook(path))
    } finally {
      busy.value = false
    }
    return true
  }

  const openBackups = () => openingApi.openBackups()

  return { state, busy, check, chooseAndOpen, chooseAndCreate, openBackups }
})
