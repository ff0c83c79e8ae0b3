import { describe, expect, it } from 'vitest'
import { fieldMessages, message, toUIError } from './errors'

const t = (key: string, params?: Record<string, unknown>) => `${key}${params && Object.keys(params).length ? JSON.stringify(params) : ''}`

describe('toUIError', () => {
  it('keeps the backend shape', () => {
    const e = { code: 'validation', key: 'error.validation', fields: [{ field: 'name', key: 'error.required' }] }
    expect(toUIError(e)).toBe(e)
  })
  it('parses a JSON string', () => {
    expect(toUIError('{"code":"not_found","key":"error.notFound"}').key).toBe('error.notFound')
  })
  it('wraps anything else as internal', () => {
    expect(toUIError('boom')).toEqual({ code: 'internal', key: 'error.internal', params: { detail: 'boom' } })
    expect(toUIError(new Error('x')).params).toEqual({ detail: 'x' })
    expect(toUIError(undefined).key).toBe('error.unknown')
  })
})

describe('messages', () => {
  it('translates field errors with their parameters', () => {
    const e = toUIError({ code: 'validation', key: 'error.validation', fields: [
      { field: 'name', key: 'error.required' },
      { field: 'notes', key: 'error.tooLong', params: { max: 20000 } },
    ] })
    expect(fieldMessages(e, t)).toEqual({ name: 'error.required', notes: 'error.tooLong{"max":20000}' })
    expect(message(e, t)).toBe('error.validation')
  })
  it('names the conflict itself', () => {
    const e = toUIError({ code: 'conflict', key: 'error.duplicateName', params: { name: 'A' },
      fields: [{ field: 'name', key: 'error.duplicateName', params: { name: 'A' } }] })
    expect(message(e, t)).toBe('error.duplicateName{"name":"A"}')
  })
})
