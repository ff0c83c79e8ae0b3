// The autosave queue of an editor made of sections: a change marks its
// section dirty and saves it after a pause in typing; flush saves now.
// At most one save is in flight: changes made while it runs are saved by
// the next one, so an older save can never land after a newer one and undo
// it. A failed save keeps its sections dirty for the next attempt.

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

export interface AutosaveOptions<S extends string> {
  // save writes the given sections, reading their values at call time.
  save: (sections: S[]) => Promise<void>
  // delay is the pause in typing, in milliseconds, before a save.
  delay: number
  // onState hears every change of state, with the error of a failed save.
  onState?: (state: SaveState, error?: unknown) => void
}

export interface Autosave<S extends string> {
  touch(section: S): void
  flush(): Promise<boolean>
  pending(): boolean
  state(): SaveState
}

export function createAutosave<S extends string>(opts: AutosaveOptions<S>): Autosave<S> {
  const dirty = new Set<S>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let state: SaveState = 'idle'
  let saving = false
  // chain runs the drains one after another.
  let chain: Promise<boolean> = Promise.resolve(true)

  function set(s: SaveState, error?: unknown) {
    state = s
    opts.onState?.(s, error)
  }

  async function drain(): Promise<boolean> {
    while (dirty.size > 0) {
      const batch = [...dirty]
      dirty.clear()
      saving = true
      set('saving')
      try {
        await opts.save(batch)
      } catch (e) {
        for (const s of batch) dirty.add(s)
        set('error', e)
        return false
      } finally {
        saving = false
      }
    }
    if (state === 'saving') set('saved')
    return true
  }

  function flush(): Promise<boolean> {
    clearTimeout(timer)
    timer = undefined
    chain = chain.then(drain, drain)
    return chain
  }

  return {
    touch(section: S) {
      dirty.add(section)
      if (!saving) set('pending')
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), opts.delay)
    },
    flush,
    pending: () => dirty.size > 0 || saving,
    state: () => state,
  }
}
