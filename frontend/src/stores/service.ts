import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type AccountHealth, type ServiceQuery, type ServiceRequest, type Survey } from '../api'

// SERVICE_PAGE is how many requests one call reads.
export const SERVICE_PAGE = 50

export type ServiceFilter = Omit<ServiceQuery, 'offset' | 'limit' | 'accountId'>
export const blankServiceFilter = (): ServiceFilter => ({ text: '', openOnly: false, overdue: false, type: '' })

// The service feature store: the book's service requests a page at a
// time (filtered by the backend), and one account's health with its
// requests and survey answers. Actions record what failed in `error` and
// throw it on.
export const useServiceStore = defineStore('service', () => {
  const filter = ref<ServiceFilter>(blankServiceFilter())
  const rows = shallowRef<ServiceRequest[]>([])
  const total = ref(0)
  const page = ref(1)
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let seq = 0

  async function loadPage() {
    const mine = ++seq
    loading.value = true
    try {
      const p = await api.servicePage({ ...filter.value, accountId: 0, offset: (page.value - 1) * SERVICE_PAGE, limit: SERVICE_PAGE })
      if (mine !== seq) return
      rows.value = p.rows
      total.value = p.total
      loaded.value = true
      error.value = null
    } catch (e) {
      if (mine === seq) error.value = e
      throw e
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  async function setFilter(f: Partial<ServiceFilter>) {
    filter.value = { ...filter.value, ...f }
    page.value = 1
    await loadPage()
  }

  // One account: its health, its requests (a page) and its survey answers (a page).
  const accountId = ref(0)
  const health = shallowRef<AccountHealth | null>(null)
  const accountRequests = shallowRef<ServiceRequest[]>([])
  const accountRequestsTotal = ref(0)
  const surveys = shallowRef<Survey[]>([])
  const surveysTotal = ref(0)

  async function showAccount(id: number) {
    if (id !== accountId.value) {
      accountId.value = id
      health.value = null
      accountRequests.value = []
      surveys.value = []
    }
    const [h, r, s] = await Promise.all([
      api.accountHealth(id),
      api.servicePage({ ...blankServiceFilter(), accountId: id, offset: 0, limit: SERVICE_PAGE }),
      api.surveys(id, 0, SERVICE_PAGE),
    ])
    if (id !== accountId.value) return
    health.value = h
    accountRequests.value = r.rows
    accountRequestsTotal.value = r.total
    surveys.value = s.rows
    surveysTotal.value = s.total
  }
  async function moreAccountRequests() {
    const r = await api.servicePage({ ...blankServiceFilter(), accountId: accountId.value, offset: accountRequests.value.length, limit: SERVICE_PAGE })
    accountRequests.value = [...accountRequests.value, ...r.rows]
    accountRequestsTotal.value = r.total
  }
  async function moreSurveys() {
    const s = await api.surveys(accountId.value, surveys.value.length, SERVICE_PAGE)
    surveys.value = [...surveys.value, ...s.rows]
    surveysTotal.value = s.total
  }

  // After a change: the lists shown read again.
  async function changed() {
    const jobs: Promise<unknown>[] = []
    if (loaded.value) jobs.push(loadPage())
    if (accountId.value) jobs.push(showAccount(accountId.value))
    await Promise.all(jobs)
  }
  async function removeRequest(id: number) {
    await api.deleteService(id)
    await changed()
  }
  async function restoreRequest(id: number) {
    await api.restoreService(id)
    await changed()
  }
  async function removeSurvey(id: number) {
    await api.deleteSurvey(id)
    await changed()
  }

  return {
    filter, rows, total, page, loaded, loading, error, loadPage, setFilter,
    accountId, health, accountRequests, accountRequestsTotal, surveys, surveysTotal, showAccount, moreAccountRequests, moreSurveys,
    changed, removeRequest, restoreRequest, removeSurvey,
  }
})
