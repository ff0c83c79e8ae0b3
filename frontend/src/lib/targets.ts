// Periods and achievement for the targets (目标管理计划), the week
// (自我效能管理) and the indicators (主要业务指标). Period keys are the
// backend's: '2026', '2026-H1', '2026-Q3', '2026-07'; weeks '2026-W07'.
import { dateFormat, formatMoney, formatPercent, numberFormat } from './format'

export type PeriodKind = 'year' | 'quarter' | 'month'

// periodKey names the period of a kind that holds the date.
export function periodKey(kind: PeriodKind, d: Date): string {
  const y = d.getFullYear()
  if (kind === 'quarter') return `${y}-Q${Math.floor(d.getMonth() / 3) + 1}`
  if (kind === 'month') return `${y}-${String(d.getMonth() + 1).padStart(2, '0')}`
  return String(y)
}

// periodKind reads a key's kind; null for anything else (half-years too:
// the screens do not offer them).
export function periodKind(key: string): PeriodKind | null {
  if (/^\d{4}$/.test(key)) return 'year'
  if (/^\d{4}-Q[1-4]$/.test(key)) return 'quarter'
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) return 'month'
  return null
}

// shiftPeriod moves a period by n of its own kind (−1: the one before).
export function shiftPeriod(key: string, n: number): string {
  const kind = periodKind(key)
  const y = Number(key.slice(0, 4))
  if (kind === 'quarter') {
    const i = y * 4 + Number(key.slice(6)) - 1 + n
    return `${Math.floor(i / 4)}-Q${(((i % 4) + 4) % 4) + 1}`
  }
  if (kind === 'month') {
    const i = y * 12 + Number(key.slice(5)) - 1 + n
    return `${Math.floor(i / 12)}-${String((((i % 12) + 12) % 12) + 1).padStart(2, '0')}`
  }
  return String(y + n)
}

// withKind is the period of another kind holding the first day of key's
// period ('2026-Q3' as a month is '2026-07').
export function withKind(key: string, kind: PeriodKind): string {
  const y = Number(key.slice(0, 4))
  let month = 0
  if (periodKind(key) === 'quarter') month = (Number(key.slice(6)) - 1) * 3
  if (periodKind(key) === 'month') month = Number(key.slice(5)) - 1
  return periodKey(kind, new Date(y, month, 1))
}

// periodLabel shows a key for the language: 2026年第3季度 / Q3 2026.
export function periodLabel(key: string, lang: string): string {
  const y = key.slice(0, 4)
  const zh = lang.startsWith('zh')
  switch (periodKind(key)) {
    case 'quarter':
      return zh ? `${y}年第${key.slice(6)}季度` : `Q${key.slice(6)} ${y}`
    case 'month':
      return zh
        ? `${y}年${Number(key.slice(5))}月`
        : dateFormat('en', { year: 'numeric', month: 'long' }).format(new Date(Number(y), Number(key.slice(5)) - 1, 1))
    case 'year':
      return zh ? `${y}年` : y
  }
  return key
}

// formatAchievement shows actual ÷ target; −1 (no target) is a dash, not
// 0 % and not infinite.
export function formatAchievement(a: number, locale: string): string {
  return a < 0 ? '—' : formatPercent(a, locale)
}

// achievementStatus colours a progress bar: reached, on the way, behind.
// elapsed is the share of the period gone (0–1): being at 40 % a third of
// the way through is on track.
export function achievementStatus(a: number, elapsed = 1): 'success' | 'warning' | 'error' | 'default' {
  if (a < 0) return 'default'
  if (a >= 1) return 'success'
  if (a >= elapsed * 0.9) return 'warning'
  return 'error'
}

// barPercent is the bar's fill, capped at 100.
export function barPercent(a: number): number {
  return a < 0 ? 0 : Math.min(100, Math.round(a * 1000) / 10)
}

// elapsedShare is how much of a period (from..to, inclusive dates) has
// passed on today: 0 before, 1 after.
export function elapsedShare(from: string, to: string, today: string): number {
  const day = (s: string) => Date.parse(s + 'T00:00:00Z') / 86400000
  const total = day(to) - day(from) + 1
  return Math.min(1, Math.max(0, (day(today) - day(from) + 1) / total))
}

// formatKPI shows an indicator's value in its unit.
export function formatKPI(unit: string, value: number, currency: string, locale: string, days: (n: number) => string): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, locale, true)
    case 'ratio':
      return formatPercent(value, locale)
    case 'days':
      return days(value)
    case 'score':
      return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(value)} / 5`
  }
  return numberFormat(locale, {}).format(value)
}
