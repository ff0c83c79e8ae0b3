import type { Directive } from 'vue'
import { NRadioGroup } from 'naive-ui'

// The keyboard conventions every form shares, in one place: Enter in a
// single-line field saves a drawer's form, Ctrl+S (⌘S on a Mac) saves
// whatever form is in front, and a radio group is one Tab stop.

type Save = () => unknown

// A form that Ctrl+S can save: the element it lives in (it must be on
// screen to be "the open form") and its save.
interface Saver {
  el: HTMLElement
  save: Save
  busy: boolean
}

// Later-mounted forms sit in front (a drawer opens over the page that
// opened it), so Ctrl+S goes to the last visible one.
const savers: Saver[] = []

const visible = (el: HTMLElement) => el.isConnected && el.getClientRects().length > 0

async function runSave(s: Saver) {
  // A second Enter while the first save is on its way must not save twice.
  if (s.busy) return
  s.busy = true
  try {
    await s.save()
  } finally {
    s.busy = false
  }
}

export function isSaveKey(e: KeyboardEvent) {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's'
}

function onWindowKey(e: KeyboardEvent) {
  if (!isSaveKey(e)) return
  // Never the browser's "save page" dialog, form or no form.
  e.preventDefault()
  for (let i = savers.length - 1; i >= 0; i--) {
    if (visible(savers[i].el)) {
      runSave(savers[i])
      return
    }
  }
}

let listening = false
function listen() {
  if (listening || typeof window === 'undefined') return
  window.addEventListener('keydown', onWindowKey)
  listening = true
}

// Widgets whose own Enter means something else (pick an option, a date, add
// a tag): Enter there stays theirs.
const ownEnter = '.n-base-selection, .n-date-picker, .n-time-picker, .n-auto-complete, .n-dynamic-tags, .n-cascader, .n-tree-select, .n-color-picker'

// submitsOnEnter says whether Enter pressed on this target saves the form:
// only in a one-line text field, never while an input method is composing
// (Enter then confirms the Chinese characters being typed).
export function submitsOnEnter(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' || e.defaultPrevented || e.isComposing || e.keyCode === 229) return false
  if (e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return false
  const t = e.target as HTMLElement | null
  if (!t || t.tagName !== 'INPUT') return false
  const type = (t as HTMLInputElement).type
  if (!['text', 'search', 'email', 'tel', 'url', 'number', 'password', ''].includes(type)) return false
  return !t.closest(ownEnter)
}

type KeyedElement = HTMLElement & { __saver?: Saver; __onEnter?: (e: KeyboardEvent) => void }

// v-form-keys="save" on a drawer's or modal's form: Enter in a one-line
// field and Ctrl+S save it. With the .ctrl-s modifier (v-form-keys.ctrl-s)
// only Ctrl+S does, for pages whose fields are not a small form (the
// account's cards).
export const vFormKeys: Directive<KeyedElement, Save> = {
  mounted(el, binding) {
    listen()
    const saver: Saver = { el, save: () => binding.value(), busy: false }
    el.__saver = saver
    savers.push(saver)
    if (binding.modifiers['ctrl-s']) return
    el.__onEnter = (e: KeyboardEvent) => {
      if (!submitsOnEnter(e)) return
      e.preventDefault()
      runSave(saver)
    }
    el.addEventListener('keydown', el.__onEnter)
  },
  updated(el, binding) {
    if (el.__saver) el.__saver.save = () => binding.value()
  },
  beforeUnmount(el) {
    const i = savers.indexOf(el.__saver!)
    if (i >= 0) savers.splice(i, 1)
    if (el.__onEnter) el.removeEventListener('keydown', el.__onEnter)
  },
}

// stepKey reads the keys that move a focused deal card a stage back or on:
// Alt or Ctrl with ← / →. It says -1, +1, or 0 for any other key.
export function stepKey(e: KeyboardEvent): -1 | 0 | 1 {
  if (!(e.altKey || e.ctrlKey || e.metaKey) || e.shiftKey) return 0
  if (e.key === 'ArrowLeft') return -1
  if (e.key === 'ArrowRight') return 1
  return 0
}

// A radio group is one Tab stop, its arrow keys move the choice: that is
// the browser's own behaviour for radios sharing a name. Naive UI renders
// real radio inputs but leaves the name empty unless told, which makes
// every button a Tab stop (the person form took ~14 presses), so every
// group gets a name of its own unless it was given one.
let groups = 0
export function installRadioGroups() {
  const props = (NRadioGroup as unknown as { props: Record<string, { type?: unknown; default?: unknown }> }).props
  props.name = { type: String, default: () => `kams-radio-${++groups}` }
}
