// The Go side sends errors as { code, key, params, fields } (domain.UIError);
// this module turns whatever a rejected call gives into that shape.

export interface FieldError {
  field: string
  key: string
  params?: Record<string, unknown>
}

export interface UIError {
  code: string
  key: string
  params?: Record<string, unknown>
  fields?: FieldError[]
}

export function toUIError(e: unknown): UIError {
  if (typeof e === 'string') {
    try {
      return toUIError(JSON.parse(e))
    } catch {
      return { code: 'internal', key: 'error.internal', params: { detail: e } }
    }
  }
  if (e && typeof e === 'object' && typeof (e as UIError).key === 'string') return e as UIError
  if (e instanceof Error) return { code: 'internal', key: 'error.internal', params: { detail: e.message } }
  return { code: 'internal', key: 'error.unknown' }
}

type Translate = (key: string, params?: Record<string, unknown>) => string

// fieldMessages maps each invalid field to its translated message, for the
// form items that show them beside the input.
export function fieldMessages(err: UIError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of err.fields ?? []) out[f.field] = t(f.key, f.params ?? {})
  return out
}

// message is the one-line translated summary of an error.
export function message(err: UIError, t: Translate): string {
  if (err.code === 'conflict' && err.fields?.length) return t(err.fields[0].key, err.fields[0].params ?? {})
  return t(err.key, err.params ?? {})
}
