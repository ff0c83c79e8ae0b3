import { describe, expect, it } from 'vitest'
import { tooLong } from './validate'

describe('tooLong', () => {
  const limits = { name: 5, notes: 10 }
  it('passes text within the limits', () => {
    expect(tooLong({ name: '华为技术', notes: '' }, limits)).toBeNull()
    expect(tooLong({ name: '12345' }, limits)).toBeNull()
  })
  it('counts characters as code points, like Go', () => {
    expect(tooLong({ name: '😀😀😀😀😀' }, limits)).toBeNull()
    expect(tooLong({ name: '😀😀😀😀😀😀' }, limits)?.fields).toEqual([
      { field: 'name', key: 'error.tooLong', params: { max: 5, length: 6 } },
    ])
  })
  it('names every field that is too long', () => {
    const e = tooLong({ name: '长'.repeat(6), notes: '长'.repeat(100000) }, limits)
    expect(e?.code).toBe('validation')
    expect(e?.fields?.map((f) => f.field)).toEqual(['name', 'notes'])
  })
})
