// Marketing (市场营销管理) in the UI: the activity types' names, statuses,
// cost lines, and ROI as the list and the report show it.

export const builtinTypes = ['seminar', 'exhibition', 'executive', 'reference', 'demo', 'event'] as const
export const activityStatuses = ['planned', 'done', 'reviewed'] as const
export const costCategories = ['venue', 'catering', 'travel', 'materials', 'gifts', 'speakers', 'other'] as const

export const statusTagTypes: Record<string, 'default' | 'success' | 'info'> = { planned: 'default', done: 'info', reviewed: 'success' }

type T = (key: string) => string
// OwnType is an activity type the user named (domain.ActivityType).
export interface OwnType {
  id: string
  name: { zh: string; en: string }
}

// typeName names a type: a built-in one from the locale, one of the user's
// own from the settings in the UI's language (the other when blank), an
// unknown id as itself.
export function typeName(id: string, own: OwnType[] | undefined, lang: string, t: T): string {
  if ((builtinTypes as readonly string[]).includes(id)) return t(`marketing.types.${id}`)
  const o = own?.find((x) => x.id === id)
  if (!o) return id
  return (lang === 'en' ? o.name.en || o.name.zh : o.name.zh || o.name.en) || id
}

// typeOptions are the built-in types then the user's own, for a select.
export function typeOptions(own: OwnType[] | undefined, lang: string, t: T) {
  return [...builtinTypes, ...(own ?? []).map((o) => o.id)].map((id) => ({ label: typeName(id, own, lang, t), value: id }))
}

// roi is (revenue − cost) ÷ cost, null when nothing was spent.
export function roi(revenue: number, cost: number): number | null {
  return cost > 0 ? (revenue - cost) / cost : null
}

// formatROI shows a ratio as a signed percentage ("+250%", "−40%"), "—"
// for none.
export function formatROI(ratio: number | null, locale: string): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—'
  const s = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(ratio)
  return s.replace('-', '−')
}

// newOwnTypeID picks an id for a new own type: "u" and the next number.
export function newOwnTypeID(own: OwnType[]): string {
  let n = 1
  for (const o of own) {
    const m = /^u(\d+)$/.exec(o.id)
    if (m) n = Math.max(n, Number(m[1]) + 1)
  }
  return `u${n}`
}

// periodOf is the control period of a day: its year or quarter.
export function periodOf(date: string, kind: 'year' | 'quarter'): string {
  const y = date.slice(0, 4)
  if (kind === 'year') return y
  return `${y}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`
}

// periodRange is a year's or quarter's first and last day.
export function periodRange(period: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(period)
  if (!m) return null
  if (!m[2]) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` }
  const q = Number(m[2])
  const last = ['03-31', '06-30', '09-30', '12-31'][q - 1]
  return { from: `${m[1]}-${String(q * 3 - 2).padStart(2, '0')}-01`, to: `${m[1]}-${last}` }
}
