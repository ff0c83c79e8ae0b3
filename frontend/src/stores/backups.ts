import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type Snapshot } from '../api'

// The backups feature store: the snapshots beside the book (newest first),
// backing up now and showing the folder. "Loading" is kept apart from
// "none yet": list stays null until the first answer.
export const useBackupsStore = defineStore('backups', () => {
  const list = shallowRef<Snapshot[] | null>(null)
  const busy = ref(false)
  const error = ref<unknown>(null)

  async function load() {
    try {
      list.value = await api.backups()
      error.value = null
    } catch (e) {
      error.value = e
      throw e
    }
  }

  async function backUpNow(): Promise<Snapshot> {
    busy.value = true
    try {
      const s = await api.backUpNow()
      await load()
      return s
    } finally {
      busy.value = false
    }
  }

  const reveal = () => api.revealBackups()

  // restore replaces the open book with a snapshot; the caller reloads the
  // page, so that every screen reads the restored book.
  async function restore(name: string) {
    busy.value = true
    try {
      return await api.restoreBackup(name)
    } finally {
      busy.value = false
    }
  }

  return { list, busy, error, load, backUpNow, reveal, restore }
})
