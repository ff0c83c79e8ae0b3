import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type Member } from '../api'

// The team feature store: the members (a team is a handful of people, so
// it is one call) and removing one, handing their accounts to a new lead.
export const useTeamStore = defineStore('team', () => {
  const members = shallowRef<Member[]>([])
  const loading = ref(false)
  const loaded = ref(false)

  async function load() {
    loading.value = true
    try {
      members.value = await api.members()
      loaded.value = true
    } finally {
      loading.value = false
    }
  }

  async function remove(id: number, newLead: number) {
    await api.deleteMember(id, newLead)
    await load()
  }

  return { members, loading, loaded, load, remove }
})
