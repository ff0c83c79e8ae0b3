import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import { api, type DealBoard, type DealChoice, type DealVisitsPage, type DealColumn, type DealStatus, type DealView, type Funnel, type FunnelFilter, type StalledDeal } from '../api'
import { service, domain } from '../../wailsjs/go/models'
import { copySums, moveCard } from '../lib/deals'

// The deals feature's one owner of backend calls: the board (counts and
// sums of every column, its cards page by page), the funnel and its
// stalled deals. Actions record what failed in `error` and throw it on, so
// the screen that asked can toast it (useNotify). "Loading" and "empty"
// are kept apart: `board`/`funnel` stay null until the first answer.

// A column's "more" reads this many cards (the first page is the
// backend's, service.BoardPage).
export const BOARD_PAGE = 30

export interface BoardFilter {
  accountId: number
  manager: string
  tiers: string[]
  keyOnly: boolean
  text: string
}

export const useDealsStore = defineStore('deals', () => {
  // --- the board ---
  const filter = reactive<BoardFilter>({ accountId: 0, manager: '', tiers: [], keyOnly: false, text: '' })
  const board = ref<DealBoard | null>(null)
  const loading = ref(false)
  const loadingMore = reactive<Record<string, boolean>>({})
  const error = ref<unknown>(null)
  // A newer load makes older answers (and their "more") stale.
  let seq = 0

  const query = () => service.DealBoardFilter.createFrom({ ...filter, tiers: [...filter.tiers] })

  function fail(e: unknown): never {
    error.value = e
    throw e
  }

  // showBoard starts a board for an account (0: every account's); another
  // account's board, left over, is not shown while the new one loads.
  async function showBoard(accountId: number) {
    if (filter.accountId !== accountId) {
      board.value = null
      Object.assign(filter, { accountId, manager: '', tiers: [], keyOnly: false, text: '' })
    }
    await loadBoard()
  }

  async function loadBoard() {
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const b = await api.dealBoard(query())
      if (mine === seq) board.value = b
    } catch (e) {
      if (mine === seq) fail(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  const columnOf = (b: DealBoard, id: string): DealColumn | undefined => (id === b.closed.stage ? b.closed : b.columns.find((c) => c.stage === id))

  // more reads the next page of a column, once at a time.
  async function more(column: string) {
    const b = board.value
    const c = b && columnOf(b, column)
    if (!b || !c || loadingMore[column] || c.cards.length >= c.count) return
    const mine = seq
    loadingMore[column] = true
    try {
      const page = await api.dealColumn(query(), column, c.cards.length, BOARD_PAGE)
      if (mine !== seq || board.value !== b) return
      const seen = new Set(c.cards.map((v) => v.deal.id))
      c.cards.push(...page.filter((v) => !seen.has(v.deal.id)))
      if (!page.length) c.count = c.cards.length // fewer than counted: others changed it
    } catch (e) {
      fail(e)
    } finally {
      loadingMore[column] = false
    }
  }

  // move puts a deal in another stage: the card changes column at once,
  // with the counts and amounts; then every column's sums are read again
  // (the weighted amount is weighed per group, as the funnel does, which
  // only the backend can redo), the cards read so far staying in place.
  async function move(v: DealView, stage: string): Promise<DealView> {
    let moved: DealView
    try {
      moved = await api.moveDeal(v.deal.id, stage)
    } catch (e) {
      fail(e)
    }
    const b = board.value
    if (!b) return moved
    moveCard(b, v, moved)
    const mine = seq
    try {
      const fresh = await api.dealBoard(query())
      if (mine === seq && board.value === b) copySums(b, fresh)
    } catch (e) {
      fail(e)
    }
    return moved
  }

  // close marks a deal won, lost or abandoned, or reopens it; the board is
  // read again (the deal changes column and the closed list its order).
  async function close(v: DealView, status: DealStatus, reason = ''): Promise<DealView> {
    let closed: DealView
    try {
      closed = await api.closeDeal(v.deal.id, status, reason)
    } catch (e) {
      fail(e)
    }
    await loadBoard()
    return closed
  }

  // --- the funnel ---
  const funnel = ref<Funnel | null>(null)
  const funnelLoading = ref(false)
  // The stalled list's lines (what they show); a deal opened from it is
  // read whole with dealView.
  const stalled = ref<StalledDeal[]>([])
  let funnelSeq = 0

  async function loadFunnel(f: FunnelFilter) {
    const mine = ++funnelSeq
    funnelLoading.value = true
    error.value = null
    try {
      const got = await api.funnel(domain.FunnelFilter.createFrom({ ...f, tiers: [...f.tiers] }))
      if (mine !== funnelSeq) return
      funnel.value = got
      const views = got.stalled.length ? await api.stalledDeals(got.stalled) : []
      if (mine === funnelSeq) stalled.value = views
    } catch (e) {
      if (mine === funnelSeq) fail(e)
    } finally {
      if (mine === funnelSeq) funnelLoading.value = false
    }
  }

  // dealView reads one whole deal, to open it in the form.
  async function dealView(id: number): Promise<DealView> {
    return api.deal(id)
  }

  // choices is what a visit can be tied to: the account's open deals, and
  // include (the visit's deal, 0: none) even if it has closed.
  function choices(accountId: number, include = 0): Promise<DealChoice[]> {
    return api.dealChoices(accountId, include)
  }

  // visits is a page of the interactions tied to a deal, newest first.
  function visits(dealId: number, offset: number, limit: number): Promise<DealVisitsPage> {
    return api.dealVisits(dealId, offset, limit)
  }

  return {
    filter, board, loading, loadingMore, error, showBoard, loadBoard, more, move, close, funnel, funnelLoading, stalled, loadFunnel, dealView,
    choices, visits,
  }
})
