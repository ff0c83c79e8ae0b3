import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, type DevelopmentGoal, type WeekItem, type WeekView } from '../api'

// The user's own week (自我效能管理): one call gathers it; every edit
// writes and asks for the week again. Errors are rethrown for the screen
// to toast.
export const useWeekStore = defineStore('week', () => {
  const view = ref<WeekView | null>(null)
  const loading = ref(false)
  let asked = 0

  // load fetches a week ("" for this one; none: the week on screen).
  async function load(week = view.value?.week.key ?? '') {
    const mine = ++asked
    loading.value = true
    try {
      const v = await api.week(week)
      if (mine === asked) view.value = v
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  async function saveItem(item: WeekItem) {
    await api.saveWeekItem(item)
    await load()
  }

  async function removeItem(id: number) {
    await api.deleteWeekItem(id)
    await load()
  }

  async function check(key: string, on: boolean) {
    if (!view.value) return
    await api.checkWeek(view.value.week.key, key, on)
    await load()
  }

  async function saveGoal(g: DevelopmentGoal) {
    await api.saveGoal(g)
    await load()
  }

  async function removeGoal(id: number) {
    await api.deleteGoal(id)
    await load()
  }

  return { view, loading, load, saveItem, removeItem, check, saveGoal, removeGoal }
})
