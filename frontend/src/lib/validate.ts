import type { UIError } from './errors'

// tooLong checks text lengths against the limits the backend announced at
// start-up (the backend still checks everything). It exists so that a
// pasted book is refused here, with the backend's own message, instead of
// being sent whole across the bridge. Lengths count characters as Go
// does (code points).
export function tooLong(form: object, limits: Record<string, number>): UIError | null {
  const fields = []
  for (const [field, max] of Object.entries(limits)) {
    const v = (form as Record<string, unknown>)[field]
    if (typeof v !== 'string') continue
    const length = [...v].length
    if (length > max) fields.push({ field, key: 'error.tooLong', params: { max, length } })
  }
  return fields.length ? { code: 'validation', key: 'error.validation', fields } : null
}
