// The opportunities' pure helpers: stage names and tasks, the board's
// columns, the live evaluation score, and the funnel and forecast charts as
// ECharts options. Money stays in integer minor units until a chart needs
// major units.
import type { DealBoard, DealPerson, DealView, Elements, PeriodFigure, Stage, StageFigure, Text } from '../api'
import { dateFormat, toMajor } from './format'
import { lightInk, type Ink } from './ink'

export type Lang = 'zh-CN' | 'en'

// The customer's procurement steps (大客户采购的关键环节), in order.
export const procurementSteps = ['need', 'budget', 'spec', 'evaluation', 'tender', 'negotiation', 'contract', 'delivery', 'payment'] as const
export const elementKeys = ['need', 'budget', 'decision', 'timeline', 'fit', 'competitive', 'profitability'] as const
export const dealStatuses = ['open', 'won', 'lost', 'abandoned'] as const
// The buying roles coverage counts (Miller Heiman's four influences).
export const coverageRoles = ['economic', 'user', 'technical', 'coach'] as const

// What a card's menu can do with its deal.
export type CardAction = 'open' | 'won' | 'lost' | 'abandoned' | 'reopen'

// A closed deal stays on the board's "closed recently" list this long
// (the backend's service.RecentDays).
export const RECENT_DAYS = 30

// textIn is a two-language text in one language, or the other one's when
// that is empty.
export function textIn(text: Text | undefined | null, lang: Lang): string {
  if (!text) return ''
  const [first, second] = lang === 'zh-CN' ? [text.zh, text.en] : [text.en, text.zh]
  return (first ?? '').trim() ? first : (second ?? '')
}

export function stageOf(stages: Stage[], id: string): Stage | undefined {
  return stages.find((s) => s.id === id)
}

// stageName is a stage's name in the language; its id when it is unknown.
export function stageName(stages: Stage[], id: string, lang: Lang): string {
  const s = stageOf(stages, id)
  return (s && textIn(s.name, lang)) || id
}

export const taskKey = (stageId: string, index: number) => `${stageId}/${index}`

export interface StageTask {
  key: string
  text: string
  done: boolean
}

// stageTasks are a stage's key tasks in the language, ticked or not.
export function stageTasks(stage: Stage | undefined, tasksDone: readonly string[], lang: Lang): StageTask[] {
  if (!stage) return []
  const done = new Set(tasksDone)
  return (stage.tasks ?? [])
    .map((t, i) => ({ key: taskKey(stage.id, i), text: textIn(t, lang), done: done.has(taskKey(stage.id, i)) }))
    .filter((t) => t.text.trim() !== '')
}

// openTasks are the key tasks of a stage not ticked yet.
export function openTasks(stage: Stage | undefined, tasksDone: readonly string[], lang: Lang): string[] {
  return stageTasks(stage, tasksDone, lang)
    .filter((t) => !t.done)
    .map((t) => t.text)
}

// weighted is amount × probability rounded to the minor unit, as the
// backend rounds it, without overflowing a double for large amounts.
export function weighted(amount: number, probability: number): number {
  const hi = Math.floor(amount / 100)
  const lo = amount - hi * 100
  return hi * probability + Math.floor((lo * probability + 50) / 100)
}

// moveCard follows a deal moved from one stage to another on a board the
// backend counted: both columns' counts and amounts change by the deal,
// and their weighted amounts by its own (the backend's figures, weighed
// per group as the funnel does, follow with copySums); the card leaves its
// column and joins the other in close-date order when that place is among
// the cards read (else a later page brings it).
export function moveCard(board: DealBoard, before: DealView, after: DealView) {
  const from = board.columns.find((c) => c.stage === before.deal.stage)
  const to = board.columns.find((c) => c.stage === after.deal.stage)
  if (from) {
    const i = from.cards.findIndex((v) => v.deal.id === before.deal.id)
    if (i >= 0) from.cards.splice(i, 1)
    from.count--
    from.amount -= before.deal.amount
    from.weighted -= weighted(before.deal.amount, before.deal.probability)
  }
  if (to) {
    to.count++
    to.amount += after.deal.amount
    to.weighted += weighted(after.deal.amount, after.deal.probability)
    const at = to.cards.findIndex((v) => cardOrder(after, v) < 0)
    if (at >= 0) to.cards.splice(at, 0, after)
    else if (to.cards.length === to.count - 1) to.cards.push(after) // the column was read whole
  }
}

// copySums takes every column's count and sums from a board read afresh,
// keeping the cards read so far.
export function copySums(board: DealBoard, fresh: DealBoard) {
  for (const c of [...board.columns, board.closed]) {
    const f = c.stage === fresh.closed.stage ? fresh.closed : fresh.columns.find((x) => x.stage === c.stage)
    if (!f) continue
    c.count = f.count
    c.amount = f.amount
    c.weighted = f.weighted
  }
  board.hasDeals = fresh.hasDeals
}

// cardOrder is a stage column's order: expected close, then id.
export function cardOrder(a: DealView, b: DealView): number {
  return a.deal.closeDate.localeCompare(b.deal.closeDate) || a.deal.id - b.deal.id
}

// addDays moves a YYYY-MM-DD date by whole days.
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return t.toISOString().slice(0, 10)
}

export const isPast = (date: string, today: string) => date !== '' && date < today

// coverage and evaluationScore follow the backend's rules, so the form
// shows them live while the user scores.
export function coverage(people: readonly Pick<DealPerson, 'role'>[]): number {
  const n = coverageRoles.filter((r) => people.some((p) => p.role === r)).length
  return Math.floor((n * 5 + 2) / 4)
}

export function evaluationScore(e: Elements, people: readonly Pick<DealPerson, 'role'>[]): number {
  const sum = elementKeys.reduce((s, k) => s + (e[k] ?? 0), 0) + coverage(people)
  return Math.floor((sum * 100 + 20) / 40)
}

// periodLabel shows "2026-11" or "2026-Q4" in the language.
export function periodLabel(period: string, lang: Lang): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) return lang === 'zh-CN' ? `${q[1]}年第${q[2]}季度` : `Q${q[2]} ${q[1]}`
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (!m) return period
  return dateFormat(lang, { year: 'numeric', month: 'short' }).format(new Date(Number(m[1]), Number(m[2]) - 1, 1))
}

// periodRange is the first and last day of this quarter or year.
export function periodRange(kind: 'quarter' | 'year', today: string): [string, string] {
  const [y, m] = today.split('-').map(Number)
  if (kind === 'year') return [`${y}-01-01`, `${y}-12-31`]
  const first = Math.floor((m - 1) / 3) * 3 + 1
  const last = addDays(first + 3 > 12 ? `${y + 1}-01-01` : `${y}-${String(first + 3).padStart(2, '0')}-01`, -1)
  return [`${y}-${String(first).padStart(2, '0')}-01`, last]
}

export interface FunnelLabels {
  stage: (id: string) => string
  money: (minor: number) => string
  count: (n: number) => string
  weighted: string
}

export interface FunnelItem {
  name: string
  value: number
  stage: string
  count: number
  amount: number
  weighted: number
}

// funnelOption draws the sales funnel (销售漏斗): one band per stage in the
// stages' order (not sorted by size), narrowing stage by stage like the
// book's form; the figures are in each band's label and tooltip.
export function funnelOption(figures: readonly StageFigure[], stages: readonly Stage[], labels: FunnelLabels, ink: Ink = lightInk) {
  const order = new Map(stages.map((s, i) => [s.id, i]))
  const sorted = [...figures].sort((a, b) => (order.get(a.stage) ?? 99) - (order.get(b.stage) ?? 99))
  const n = sorted.length
  const items: FunnelItem[] = sorted.map((f, i) => ({
    name: labels.stage(f.stage),
    value: n - i, // the band's width: the funnel's shape, not the figures
    stage: f.stage,
    count: f.count,
    amount: f.amount,
    weighted: f.weighted,
  }))
  const text = (it: FunnelItem) => `${it.name} · ${labels.count(it.count)} · ${labels.money(it.amount)}`
  return {
    backgroundColor: 'transparent',
    animation: false,
    color: ['#1f6feb', '#3b82f6', '#14b8a6', '#f59e0b', '#18a058', '#8b5cf6', '#d03050'],
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const it = items[p.dataIndex]
        return it ? `${escapeHtml(text(it))}<br/>${escapeHtml(labels.weighted)} ${escapeHtml(labels.money(it.weighted))}` : ''
      },
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '4%',
        width: '48%',
        top: 12,
        bottom: 12,
        min: 0,
        max: Math.max(n, 1),
        minSize: '24%',
        maxSize: '100%',
        gap: 3,
        label: { show: true, position: 'right', color: ink.text, fontSize: 13, formatter: (p: { dataIndex: number }) => (items[p.dataIndex] ? text(items[p.dataIndex]) : '') },
        labelLine: { show: true, length: 14, lineStyle: { color: ink.line } },
        itemStyle: { borderColor: ink.edge, borderWidth: 1 },
        data: items,
      },
    ],
  }
}

export interface ForecastLabels {
  period: (p: string) => string
  weighted: string
  won: string
  money: (major: number) => string
}

// forecastOption is the forecast by month or quarter: the weighted open
// pipeline expected to close and the revenue won, in major units.
export function forecastOption(periods: readonly PeriodFigure[], currency: string, labels: ForecastLabels) {
  const sorted = [...periods].sort((a, b) => a.period.localeCompare(b.period))
  return {
    backgroundColor: 'transparent',
    animation: false,
    color: ['#1f6feb', '#18a058'],
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 4, data: [labels.weighted, labels.won] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number | string) => labels.money(Number(v)),
    },
    xAxis: { type: 'category', data: sorted.map((p) => labels.period(p.period)), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.money(v) } },
    series: [
      { name: labels.weighted, type: 'bar', barMaxWidth: 28, data: sorted.map((p) => toMajor(p.weighted, currency)) },
      { name: labels.won, type: 'bar', barMaxWidth: 28, data: sorted.map((p) => toMajor(p.won, currency)) },
    ],
  }
}

// escapeHtml makes user text safe inside a chart tooltip's HTML.
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
