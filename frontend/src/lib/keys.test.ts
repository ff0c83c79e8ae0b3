import { describe, expect, it } from 'vitest'
import { stepKey, submitsOnEnter } from './keys'

// Plain objects shaped as the keyboard events the helpers read: the tests
// run without a DOM.
const target = (tagName: string, type = 'text', inside: string | null = null) => ({
  tagName,
  type,
  closest: (sel: string) => (inside && sel.split(',').map((s) => s.trim()).includes(inside) ? {} : null),
})
const key = (k: string, t: object, more: Record<string, unknown> = {}) =>
  ({ key: k, target: t, defaultPrevented: false, isComposing: false, keyCode: 13, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...more }) as unknown as KeyboardEvent

describe('keys', () => {
  it('saves on Enter in a one-line field only', () => {
    expect(submitsOnEnter(key('Enter', target('INPUT')))).toBe(true)
    expect(submitsOnEnter(key('Enter', target('TEXTAREA')))).toBe(false)
    expect(submitsOnEnter(key('Enter', target('INPUT', 'checkbox')))).toBe(false)
    expect(submitsOnEnter(key('Enter', target('INPUT', 'text', '.n-base-selection')))).toBe(false) // picks an option
    expect(submitsOnEnter(key('Enter', target('INPUT', 'text', '.n-date-picker')))).toBe(false)
    expect(submitsOnEnter(key('Enter', target('INPUT'), { shiftKey: true }))).toBe(false)
    expect(submitsOnEnter(key('a', target('INPUT')))).toBe(false)
  })

  it('leaves Enter to the input method while it composes Chinese', () => {
    expect(submitsOnEnter(key('Enter', target('INPUT'), { isComposing: true }))).toBe(false)
    expect(submitsOnEnter(key('Enter', target('INPUT'), { keyCode: 229 }))).toBe(false)
  })

  it('reads Alt or Ctrl with an arrow as a step back or on', () => {
    expect(stepKey(key('ArrowRight', {}, { altKey: true }))).toBe(1)
    expect(stepKey(key('ArrowLeft', {}, { ctrlKey: true }))).toBe(-1)
    expect(stepKey(key('ArrowRight', {}))).toBe(0)
    expect(stepKey(key('ArrowRight', {}, { altKey: true, shiftKey: true }))).toBe(0)
    expect(stepKey(key('ArrowUp', {}, { altKey: true }))).toBe(0)
  })
})
