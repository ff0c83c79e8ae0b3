import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type ReplicaRestoreInput, type ReplicationInput, type ReplicationState } from '../api'

// The replication feature store: the card's settings and live state (read
// again every few seconds while the card is shown), saving them, and the
// restore from a replica (the caller reloads the page after it).
export const useReplicationStore = defineStore('replication', () => {
  const state = shallowRef<ReplicationState | null>(null)
  const busy = ref(false)

  async function load() {
    state.value = await api.replication()
  }

  async function save(input: ReplicationInput) {
    busy.value = true
    try {
      state.value = await api.saveReplication(input)
      return state.value
    } finally {
      busy.value = false
    }
  }

  async function restore(input: ReplicaRestoreInput) {
    busy.value = true
    try {
      return await api.restoreFromReplica(input)
    } finally {
      busy.value = false
    }
  }

  return { state, busy, load, save, restore }
})
