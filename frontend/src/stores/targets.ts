import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type Target, type TargetBoard, type TargetView } from '../api'

// The targets board (目标管理计划): the period's members whole (a team is
// small) and the accounts a page at a time — by default those with a
// target or led by the user, or every account, filtered by name.
export const useTargetsStore = defineStore('targets', () => {
  const board = shallowRef<TargetBoard | null>(null)
  const rows = ref<TargetView[]>([])
  const total = ref(0)
  const all = ref(false)
  const text = ref('')
  const loading = ref(false)
  const loadingMore = ref(false)
  let asked = 0

  // load fetches the board of a period with its first page of accounts.
  async function load(period: string) {
    const mine = ++asked
    loading.value = true
    try {
      const b = await api.targetBoard(period)
      if (mine !== asked) return
      board.value = b
      rows.value = b.accounts.rows
      total.value = b.accounts.total
      all.value = b.accounts.all
      text.value = ''
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  // query asks for the first page of accounts under a new filter.
  async function query(next: { text?: string; all?: boolean }) {
    if (!board.value) return
    if (next.text !== undefined) text.value = next.text
    if (next.all !== undefined) all.value = next.all
    const mine = ++asked
    loading.value = true
    try {
      const p = await api.targetAccounts({ period: board.value.period.key, text: text.value, all: all.value, offset: 0 })
      if (mine !== asked) return
      rows.value = p.rows
      total.value = p.total
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  // more appends the next page of accounts.
  async function more() {
    if (!board.value || loadingMore.value || rows.value.length >= total.value) return
    const mine = asked
    loadingMore.value = true
    try {
      const p = await api.targetAccounts({ period: board.value.period.key, text: text.value, all: all.value, offset: rows.value.length })
      if (mine !== asked) return
      rows.value = [...rows.value, ...p.rows]
      total.value = p.total
    } finally {
      loadingMore.value = false
    }
  }

  // save sets a target and returns the scope's new figures.
  async function save(t: Target): Promise<TargetView> {
    return api.saveTarget(t)
  }

  return { board, rows, total, all, text, loading, loadingMore, load, query, more, save }
})
