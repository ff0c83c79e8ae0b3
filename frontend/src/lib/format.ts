// Formatting for the user's language: money (kept as integer minor units,
// 分 for CNY, converted only at the edge of the UI), shares and dates.

const minorDigits = (currency: string) => (currency === 'JPY' ? 0 : 2)

// parseMoney reads what a user typed ("1,234.5", "１２３", " 12 ") as minor
// units; null when it is not an amount.
export function parseMoney(text: string, currency = 'CNY'): number | null {
  const s = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, '')
    .replace(/．/g, '.')
  const digits = minorDigits(currency)
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s)
  if (!m) return null
  const frac = (m[2] ?? '').padEnd(digits, '0')
  if (frac.length > digits && /[1-9]/.test(frac.slice(digits))) return null
  const minor = Number(m[1] + frac.slice(0, digits))
  return Number.isSafeInteger(minor) ? minor : null
}

// toMajor is the plain number a number input shows.
export function toMajor(minor: number, currency = 'CNY'): number {
  return minor / 10 ** minorDigits(currency)
}

// fromMajor turns a number input's value back into minor units, rounding
// away the float noise of the input.
export function fromMajor(major: number | null, currency = 'CNY'): number {
  if (major === null || Number.isNaN(major)) return 0
  return Math.round(major * 10 ** minorDigits(currency))
}

// formatMoney shows an amount for the language: full ("¥46,000,000.00") or
// compact for tables ("¥4600万" in Chinese, "CN¥46M" in English).
// formatters keeps each Intl formatter made: making one costs far more
// than formatting with it, and a board or a list formats hundreds of
// figures with the same few.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key) as Intl.NumberFormat | undefined
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)))
  return f
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

export function formatMoney(minor: number, currency: string, locale: string, compact = false): string {
  const fmt = numberFormat(locale, {
    style: 'currency',
    currency,
    notation: compact ? 'compact' : 'standard',
    minimumFractionDigits: compact ? 0 : minorDigits(currency),
    maximumFractionDigits: compact ? 1 : minorDigits(currency),
  })
  return fmt.format(toMajor(minor, currency))
}

export function formatPercent(ratio: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio)
}

export function formatDateTime(iso: string, locale: string): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}

// formatDate shows a YYYY-MM-DD date (a calendar day, no time zone) for the
// language.
export function formatDate(date: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return date
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return dateFormat(locale, { dateStyle: 'medium' }).format(d)
}

// localDate is today (or the given time) as YYYY-MM-DD in local time.
export function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
