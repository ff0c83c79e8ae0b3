import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosave, type SaveState } from './autosave'

// A save the test finishes by hand, to hold several saves in flight.
function manualSaves() {
  const calls: { sections: string[]; resolve: () => void; reject: (e: unknown) => void }[] = []
  const save = (sections: string[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ sections, resolve, reject })
    })
  return { calls, save }
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves the touched sections once, after the pause in typing', async () => {
    const saves: string[][] = []
    const a = createAutosave<string>({ delay: 600, save: async (s) => void saves.push(s) })
    a.touch('swot')
    vi.advanceTimersByTime(500)
    a.touch('swot')
    a.touch('situation')
    vi.advanceTimersByTime(599)
    expect(saves).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saves).toEqual([['swot', 'situation']])
    expect(a.state()).toBe('saved')
    expect(a.pending()).toBe(false)
  })

  it('keeps one save in flight; what changes meanwhile goes in the next', async () => {
    const { calls, save } = manualSaves()
    const states: SaveState[] = []
    const a = createAutosave<string>({ delay: 600, save, onState: (s) => states.push(s) })
    a.touch('swot')
    await vi.advanceTimersByTimeAsync(600)
    expect(calls.map((c) => c.sections)).toEqual([['swot']])
    a.touch('swot')
    a.touch('actions')
    await vi.advanceTimersByTimeAsync(600)
    expect(calls).toHaveLength(1) // the second waits for the first
    calls[0].resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((c) => c.sections)).toEqual([['swot'], ['swot', 'actions']])
    expect(a.state()).toBe('saving')
    calls[1].resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(a.state()).toBe('saved')
    expect(states.at(-1)).toBe('saved')
  })

  it('flush saves at once and resolves when everything is saved', async () => {
    const { calls, save } = manualSaves()
    const a = createAutosave<string>({ delay: 600, save })
    a.touch('risks')
    const done = a.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((c) => c.sections)).toEqual([['risks']])
    calls[0].resolve()
    await expect(done).resolves.toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls).toHaveLength(1) // the debounce was cancelled
    await expect(a.flush()).resolves.toBe(true) // nothing to do
  })

  it('a failed save keeps its sections for the retry and reports the error', async () => {
    const { calls, save } = manualSaves()
    let lastError: unknown
    const a = createAutosave<string>({ delay: 600, save, onState: (_s, e) => (lastError = e) })
    a.touch('objectives')
    const first = a.flush()
    await vi.advanceTimersByTimeAsync(0)
    calls[0].reject({ key: 'error.tooLong' })
    await expect(first).resolves.toBe(false)
    expect(a.state()).toBe('error')
    expect(lastError).toEqual({ key: 'error.tooLong' })
    expect(a.pending()).toBe(true)
    const retry = a.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls[1].sections).toEqual(['objectives'])
    calls[1].resolve()
    await expect(retry).resolves.toBe(true)
    expect(a.state()).toBe('saved')
  })
})
