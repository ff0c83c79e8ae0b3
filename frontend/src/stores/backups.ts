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

  // restoreFile replaces the open book with a file the user chose (sealed
  // ones with their passphrase); the caller reloads the page.
  async function restoreFile(path: string, passphrase = '') {
    busy.value = true
    try {
      return await api.restoreBackupFile(path, passphrase)
    } finally {
      busy.value = false
    }
  }

  const chooseFile = (title: string) => api.chooseBackupFile(title)
  const inspectFile = (path: string) => api.inspectBackupFile(path)

  // exportSealed asks where to write the book sealed with the passphrase
  // and writes it; "" when the user cancels the dialog.
  async function exportSealed(title: string, passphrase: string) {
    busy.value = true
    try {
      return await api.exportSealed(title, passphrase)
    } finally {
      busy.value = false
    }
  }

  return { list, busy, error, load, backUpNow, reveal, restore, restoreFile, chooseFile, inspectFile, exportSealed }
})
