// The account plan in the editor: which fields make each section (a
// section is what one autosave writes), the payload that carries only the
// sections being saved, and the length check before sending.
import type { UIError } from './errors'

export type Section =
  | 'situation' | 'position' | 'swot' | 'objectives' | 'strategies' | 'actions' | 'resources' | 'risks' | 'reviews'

// The plan's fields by section, as the backend groups them (domain.PlanSections).
export const sectionFields: Record<Section, string[]> = {
  situation: ['business', 'strategy', 'organisation', 'procurement'],
  position: ['salesHistory', 'shareOfWallet', 'stage'],
  swot: ['strengths', 'weaknesses', 'opportunities', 'threats'],
  objectives: ['revenueTarget', 'shareTarget', 'stageTarget', 'objectives'],
  strategies: ['strategies'],
  actions: ['actions'],
  resources: ['resources'],
  risks: ['risks'],
  reviews: ['reviews'],
}

export const sections = Object.keys(sectionFields) as Section[]

// sectionOf is the section a field (or a row field, "actions.2.item") is in.
export function sectionOf(field: string): Section | undefined {
  const head = field.split('.')[0]
  return sections.find((s) => sectionFields[s].includes(head))
}

type Plan = Record<string, unknown>

// payload is the plan with only the given sections filled in: the backend
// reads just those, and a save carries no more than it must across the
// bridge (whose messages must stay small).
export function payload<P extends object>(plan: P, keep: Section[]): P {
  const out: Plan = { ...(plan as Plan) }
  for (const s of sections) {
    if (keep.includes(s)) continue
    for (const f of sectionFields[s]) {
      const v = out[f]
      out[f] = Array.isArray(v) ? [] : typeof v === 'number' ? 0 : ''
    }
  }
  return out as P
}

const length = (s: unknown) => (typeof s === 'string' ? [...s].length : 0)

// tooLongPlan checks every text of the plan against the limits the backend
// gives with the plan (PlanView.limits): plain fields by name, row fields
// as "actions.item" for every row. Lengths count code points, as Go does.
export function tooLongPlan(plan: object, limits: Record<string, number>): UIError | null {
  const fields = []
  const p = plan as Plan
  for (const [name, max] of Object.entries(limits)) {
    const [list, col] = name.split('.')
    if (col === undefined) {
      const n = length(p[name])
      if (n > max) fields.push({ field: name, key: 'error.tooLong', params: { max, length: n } })
      continue
    }
    const rows = (p[list] as Plan[] | undefined) ?? []
    rows.forEach((row, i) => {
      const n = length(row[col])
      if (n > max) fields.push({ field: `${list}.${i}.${col}`, key: 'error.tooLong', params: { max, length: n } })
    })
  }
  return fields.length ? { code: 'validation', key: 'error.validation', fields } : null
}

// copySource is the year a plan for year can be copied from: the latest
// earlier year with a plan, or 0.
export function copySource(year: number, years: number[]): number {
  return years.filter((y) => y < year).reduce((a, b) => Math.max(a, b), 0)
}

// yearOptions are the years the selector offers: every year with a plan,
// and the years around this one, newest first.
export function yearOptions(thisYear: number, years: number[]): number[] {
  return [...new Set([...years, thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => b - a)
}

// rowKey gives each row object a stable key for v-for, whether or not the
// backend has given it an id yet.
const keys = new WeakMap<object, number>()
let nextKey = 1
export function rowKey(row: object): number {
  let k = keys.get(row)
  if (k === undefined) {
    k = nextKey++
    keys.set(row, k)
  }
  return k
}
