// Pending edits are saved before the page goes away. An editor with an
// autosave registers its flush here; they all run when the window is about
// to close (the Go shell asks over the "kams:flush" event and waits for
// "kams:flushed", see app/close.go), when the page is hidden (minimised,
// another workspace) and, as far as a browser allows, on unload.
import { EventsEmit, EventsOn } from '../../wailsjs/runtime/runtime'

type Flusher = () => Promise<boolean>
const flushers = new Set<Flusher>()

// registerFlush adds an editor's flush; the returned function removes it.
export function registerFlush(f: Flusher): () => void {
  flushers.add(f)
  return () => flushers.delete(f)
}

// flushAll runs every flush and is true when all of them saved.
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((f) => f().catch(() => false)))
  return results.every(Boolean)
}

// installFlush wires the close handshake and the page events; main.ts calls
// it once. Outside Wails (unit tests) there is no runtime to listen to.
export function installFlush() {
  const w = window as unknown as { runtime?: unknown }
  if (w.runtime) {
    EventsOn('kams:flush', async () => {
      const ok = await flushAll()
      EventsEmit('kams:flushed', ok)
    })
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAll()
  })
  // The save call is sent at once; the page does not wait for its answer.
  window.addEventListener('beforeunload', () => void flushAll())
}
