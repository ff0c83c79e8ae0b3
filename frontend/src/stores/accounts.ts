import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, type AccountView, type Contact, type DealView } from '../api'

// The accounts store keeps the scored register in memory: a salesperson's
// book of accounts is small, so search, filters and sorting run on the
// client with no round trip.
export const useAccountsStore = defineStore('accounts', () => {
  const list = ref<AccountView[]>([])
  const trash = ref<AccountView[]>([])
  const trashedPeople = ref<Contact[]>([])
  const trashedDeals = ref<DealView[]>([])
  const managers = ref<string[]>([])
  const loaded = ref(false)
  // revision counts reloads: screens that show derived data watch it.
  const revision = ref(0)

  async function load() {
    const [l, m] = await Promise.all([api.accounts(), api.managers()])
    list.value = l
    managers.value = m
    loaded.value = true
    revision.value++
  }

  async function loadTrash() {
    ;[trash.value, trashedPeople.value, trashedDeals.value] = await Promise.all([api.trash(), api.trashedContacts(), api.trashedDeals()])
  }

  async function restoreContact(id: number) {
    await api.restoreContact(id)
    await Promise.all([load(), loadTrash()])
  }

  async function restoreDeal(id: number) {
    await api.restoreDeal(id)
    await loadTrash()
  }

  async function purgeContact(id: number) {
    await api.purgeContact(id)
    await loadTrash()
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

  return { list, trash, trashedPeople, trashedDeals, restoreDeal, restoreContact, purgeContact, managers, loaded, revision, load, loadTrash, remove, restore, purge }
})
