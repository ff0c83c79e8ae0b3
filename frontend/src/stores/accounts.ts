import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, type AccountView } from '../api'

// The accounts store keeps the scored register in memory: a salesperson's
// book of accounts is small, so search, filters and sorting run on the
// client with no round trip.
export const useAccountsStore = defineStore('accounts', () => {
  const list = ref<AccountView[]>([])
  const trash = ref<AccountView[]>([])
  const managers = ref<string[]>([])
  const loaded = ref(false)

  async function load() {
    const [l, m] = await Promise.all([api.accounts(), api.managers()])
    list.value = l
    managers.value = m
    loaded.value = true
  }

  async function loadTrash() {
    trash.value = await api.trash()
  }

  async function remove(id: number) {
    await api.deleteAccount(id)
    await load()
  }

  async function restore(id: number) {
    await api.restoreAccount(id)
    await Promise.all([load(), loadTrash()])
  }

  async function purge(id: number) {
    await api.purgeAccount(id)
    await loadTrash()
  }

  return { list, trash, managers, loaded, load, loadTrash, remove, restore, purge }
})
