import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { api, type ActivityRow, type DealView, type Interaction, type ServiceRequest, type Survey, type TrashedWeekEntry } from '../api'
import type { TrashPage } from './accounts'

const pageSize = 100

// The trash lists of what hangs off an account or the user's week — deals,
// visits, week items and development goals — a page at a time, and their
// restore. (Accounts and people live in the accounts store, which their
// lists refresh.)
export const useTrashStore = defineStore('trash', () => {
  const deals = shallowRef<TrashPage<DealView>>({ rows: [], total: 0 })
  const visits = shallowRef<TrashPage<Interaction>>({ rows: [], total: 0 })
  const planning = shallowRef<TrashPage<TrashedWeekEntry>>({ rows: [], total: 0 })
  const activities = shallowRef<TrashPage<ActivityRow>>({ rows: [], total: 0 })
  const services = shallowRef<TrashPage<ServiceRequest>>({ rows: [], total: 0 })
  const surveys = shallowRef<TrashPage<Survey>>({ rows: [], total: 0 })

  const readers = {
    deals: (offset: number) => api.dealTrashPage(offset, pageSize),
    visits: async (offset: number) => {
      const p = await api.interactionTrashPage(offset, pageSize)
      return { rows: p.items, total: p.total }
    },
    planning: (offset: number) => api.weekTrashPage(offset, pageSize),
    services: (offset: number) => api.serviceTrashPage(offset, pageSize),
    surveys: (offset: number) => api.surveyTrashPage(offset, pageSize),
    activities: (offset: number) => api.activityTrashPage(offset, pageSize),
  }
  const lists = { deals, visits, planning, activities, services, surveys }
  type Kind = keyof typeof lists

  async function load() {
    ;[deals.value, visits.value, planning.value, activities.value, services.value, surveys.value] = await Promise.all([
      readers.deals(0),
      readers.visits(0),
      readers.planning(0),
      readers.activities(0),
      readers.services(0),
      readers.surveys(0),
    ])
  }

  // more appends the next page of one list.
  async function more(kind: Kind) {
    const list = lists[kind] as typeof deals
    const p = await readers[kind](list.value.rows.length)
    list.value = { rows: [...list.value.rows, ...p.rows], total: p.total } as never
  }

  async function restoreDeal(id: number) {
    await api.restoreDeal(id)
    deals.value = await readers.deals(0)
  }
  async function restoreVisit(id: number) {
    await api.restoreInteraction(id)
    visits.value = await readers.visits(0)
  }
  async function restorePlanning(e: TrashedWeekEntry) {
    await (e.kind === 'goal' ? api.restoreGoal(e.id) : api.restoreWeekItem(e.id))
    planning.value = await readers.planning(0)
  }

  async function restoreActivity(id: number) {
    await api.restoreActivity(id)
    activities.value = await readers.activities(0)
  }
  async function restoreService(id: number) {
    await api.restoreService(id)
    services.value = await readers.services(0)
  }
  async function purgeService(id: number) {
    await api.purgeService(id)
    services.value = await readers.services(0)
  }
  async function restoreSurvey(id: number) {
    await api.restoreSurvey(id)
    surveys.value = await readers.surveys(0)
  }
  async function purgeSurvey(id: number) {
    await api.purgeSurvey(id)
    surveys.value = await readers.surveys(0)
  }

  return {
    deals, visits, planning, activities, services, surveys, load, more, restoreDeal, restoreVisit, restorePlanning,
    restoreActivity, restoreService, purgeService, restoreSurvey, purgeSurvey,
  }
})
