import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, type Interaction } from '../api'
import { store } from '../../wailsjs/go/models'

// The account timeline's store: its pages, newest first, read on demand
// (the first with the account, the next ones as the list scrolls), the
// count of all, loading and error. `loaded` tells "nothing logged" from
// "not here yet". Actions record what failed in `error` and throw it on.

export const TIMELINE_PAGE = 30

export const useTimelineStore = defineStore('timeline', () => {
  const accountId = ref(0)
  const items = ref<Interaction[]>([])
  const total = ref(0)
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<unknown>(null)
  // A newer first page makes older answers stale.
  let seq = 0

  function fail(e: unknown): never {
    error.value = e
    throw e
  }

  // show reads an account's first page (again, after a change).
  async function show(id: number) {
    if (id !== accountId.value) {
      accountId.value = id
      items.value = []
      total.value = 0
      loaded.value = false
    }
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const page = await api.timeline(id, store.TimelineCursor.createFrom({ date: '', id: 0 }), TIMELINE_PAGE)
      if (mine !== seq) return
      items.value = page.items
      total.value = page.total
      loaded.value = true
    } catch (e) {
      if (mine === seq) fail(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  // more reads the page after the last row shown, once at a time.
  async function more() {
    const last = items.value[items.value.length - 1]
    if (!loaded.value || loading.value || !last || items.value.length >= total.value) return
    const mine = seq
    loading.value = true
    try {
      const page = await api.timeline(accountId.value, store.TimelineCursor.createFrom({ date: last.date, id: last.id }), TIMELINE_PAGE)
      if (mine !== seq) return
      items.value.push(...page.items)
      total.value = page.items.length ? page.total : items.value.length
    } catch (e) {
      fail(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  // remove moves an interaction to the trash; the caller reads the account
  // again (its people's last contacts change too).
  async function remove(id: number) {
    try {
      await api.deleteInteraction(id)
    } catch (e) {
      fail(e)
    }
  }

  return { accountId, items, total, loaded, loading, error, show, more, remove }
})
