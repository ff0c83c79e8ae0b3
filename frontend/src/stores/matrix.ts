import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, type MatrixData, type MatrixFilter } from '../api'

// The portfolio matrix: its own compact call (Matrix.Points), never the
// whole account register. The answer is kept shallow: thousands of
// numbers need no deep reactivity.
export const useMatrixStore = defineStore('matrix', () => {
  const data = shallowRef<MatrixData | null>(null)
  const filter = ref<MatrixFilter>({ quadrant: '', managerId: 0, keyOnly: false, groupId: 0 })
  const loading = ref(false)
  const failed = ref(false)
  let asked = 0

  // load fetches the matrix under the filter; an answer overtaken by a
  // newer question is dropped. It rethrows for the screen to toast.
  async function load() {
    const mine = ++asked
    loading.value = true
    try {
      const d = await api.matrixPoints({ ...filter.value })
      if (mine === asked) {
        data.value = d
        failed.value = false
      }
    } catch (e) {
      if (mine === asked) failed.value = true
      throw e
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  return { data, filter, loading, failed, load }
})
