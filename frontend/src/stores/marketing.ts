import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type ActivityQuery, type ActivityRow } from '../api'
import { store } from '../../wailsjs/go/models'

export const activityPageSize = 50

// The marketing activities list: the filter and the rows read so far, a
// page at a time.
export const useMarketingStore = defineStore('marketing', () => {
  const query = ref<ActivityQuery>(store.ActivityQuery.createFrom({ from: '', to: '', type: '', status: '', accountId: 0, offset: 0, limit: activityPageSize }))
  const rows = shallowRef<ActivityRow[]>([])
  const total = ref(0)
  const loading = ref(false)
  // revision counts the writes, so other screens (Home, an account) know to re-read.
  const revision = ref(0)
  let asked = 0

  async function load() {
    const mine = ++asked
    loading.value = true
    try {
      const p = await api.activityPage({ ...query.value, offset: 0, limit: activityPageSize })
      if (mine !== asked) return
      rows.value = p.rows
      total.value = p.total
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  async function more() {
    if (loading.value || rows.value.length >= total.value) return
    const mine = ++asked
    loading.value = true
    try {
      const p = await api.activityPage({ ...query.value, offset: rows.value.length, limit: activityPageSize })
      if (mine !== asked) return
      rows.value = [...rows.value, ...p.rows]
      total.value = p.total
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  function changed() {
    revision.value++
    return load()
  }

  return { query, rows, total, loading, revision, load, more, changed }
})
