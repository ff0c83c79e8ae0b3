import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type Account, type AccountFacets, type AccountOption, type AccountQuery, type AccountView, type Contact } from '../api'

// PAGE is how many rows one call asks for (the backend caps it at 100).
export const PAGE = 50

// The filters and order of the accounts list; the backend filters, sorts
// and counts, the screen shows one page.
export type AccountFilter = Omit<AccountQuery, 'offset' | 'limit'>

export const blankFilter = (): AccountFilter => ({
  text: '',
  quadrants: [],
  statuses: [],
  managers: [],
  industries: [],
  regions: [],
  keyOnly: false,
  flaggedOnly: false,
  atRiskOnly: false,
  group: 0,
  inGroups: false,
  sort: '',
  desc: false,
})

// A page of a trash list and how many there are.
export interface TrashPage<T> {
  rows: T[]
  total: number
}

// The accounts feature store: the list's page, query, loading and error;
// the trash pages; the team names for pickers; account options for the
// remote-search selects. Rows are kept shallow: a page is replaced whole,
// never edited in place.
export const useAccountsStore = defineStore('accounts', () => {
  const filter = ref<AccountFilter>(blankFilter())
  const page = ref(1) // 1-based, as NDataTable counts
  const pageSize = ref(PAGE)
  const rows = shallowRef<AccountView[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false) // a first page has arrived
  const error = ref<unknown>(null)
  const managers = ref<string[]>([])
  // facets are the industries and regions the live accounts name, for the
  // list's filters, the most common first.
  const facets = shallowRef<Pick<AccountFacets, 'industries' | 'regions'>>({ industries: [], regions: [] })
  // revision counts changes to accounts: screens that show derived data
  // (the deal board, the funnel, Home) watch it.
  const revision = ref(0)

  const trash = shallowRef<TrashPage<AccountView>>({ rows: [], total: 0 })
  const trashedPeople = shallowRef<TrashPage<Contact>>({ rows: [], total: 0 })

  let asked = 0
  // loadPage reads the page the filter and page number say; an answer
  // overtaken by a newer question is dropped.
  async function loadPage() {
    const mine = ++asked
    loading.value = true
    try {
      const q = { ...filter.value, offset: (page.value - 1) * pageSize.value, limit: pageSize.value } as AccountQuery
      const p = await api.accountPage(q)
      if (mine !== asked) return
      rows.value = p.rows
      total.value = p.total
      loaded.value = true
      error.value = null
    } catch (e) {
      if (mine === asked) error.value = e
      throw e
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  // setFilter changes filters or order and goes back to the first page.
  async function setFilter(f: Partial<AccountFilter>) {
    filter.value = { ...filter.value, ...f }
    page.value = 1
    await loadPage()
  }

  async function setPage(n: number, size = pageSize.value) {
    page.value = n
    pageSize.value = size
    await loadPage()
  }

  async function loadManagers() {
    const [m, f] = await Promise.all([api.managers(), api.accountFacets()])
    managers.value = m
    facets.value = f
  }

  // changed is what a screen calls after writing an account or its people:
  // the open list reloads, the rest follow revision.
  async function changed() {
    revision.value++
    await Promise.all([loaded.value ? loadPage() : null, loadManagers()])
  }

  // load is the list screen's first read (and a full refresh).
  async function load() {
    await Promise.all([loadPage(), loadManagers()])
    revision.value++
  }

  function options(text: string): Promise<AccountOption[]> {
    return api.accountOptions(text)
  }

  // loadTrash reads the first page of each trash list.
  async function loadTrash() {
    ;[trash.value, trashedPeople.value] = await Promise.all([api.accountTrashPage(0, 100), api.contactTrashPage(0, 100)])
  }

  // moreTrash appends the next page of one trash list.
  async function moreTrash(kind: 'accounts' | 'people') {
    if (kind === 'accounts') {
      const a = await api.accountTrashPage(trash.value.rows.length, 100)
      trash.value = { rows: [...trash.value.rows, ...a.rows], total: a.total }
    } else {
      const p = await api.contactTrashPage(trashedPeople.value.rows.length, 100)
      trashedPeople.value = { rows: [...trashedPeople.value.rows, ...p.rows], total: p.total }
    }
  }

  async function restoreContact(id: number) {
    await api.restoreContact(id)
    await Promise.all([changed(), loadTrash()])
  }

  async function purgeContact(id: number) {
    await api.purgeContact(id)
    await loadTrash()
  }

  async function remove(id: number) {
    await api.deleteAccount(id)
    await changed()
  }

  async function restore(id: number) {
    await api.restoreAccount(id)
    await Promise.all([changed(), loadTrash()])
  }

  async function purge(id: number) {
    await api.purgeAccount(id)
    await loadTrash()
  }

  // The sample book, offered on a new database.
  async function loadSample() {
    await api.loadSample()
    await changed()
  }
  const dismissSample = () => api.dismissSample()
  const sampleLoaded = () => api.sampleLoaded()
  // removeSample takes the sample away (what the user touched stays).
  async function removeSample() {
    const r = await api.removeSample()
    await changed()
    return r
  }

  // One account and what hangs off it, for the account screen.
  const account = (id: number) => api.account(id)
  const people = (accountId: number) => api.contacts(accountId)
  const redFlags = (accountId: number) => api.redFlags(accountId)
  const preview = (a: Account) => api.previewScores(a)
  const deleteContact = (id: number) => api.deleteContact(id)
  const save = (a: Account) => (a.id ? api.updateAccount(a) : api.createAccount(a))

  return {
    filter, page, pageSize, rows, total, loading, loaded, error, managers, facets, revision,
    // list is the current page: the matrix reads it until it has its own call.
    list: rows,
    trash, trashedPeople,
    loadPage, setFilter, setPage, loadManagers, changed, load, options,
    loadTrash, moreTrash, restoreContact, purgeContact, remove, restore, purge, account, people, redFlags, preview, save, deleteContact, loadSample, dismissSample, sampleLoaded, removeSample,
  }
})
