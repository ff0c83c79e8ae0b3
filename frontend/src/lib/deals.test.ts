import { describe, expect, it } from 'vitest'
import type { DealBoard, DealView, PeriodFigure, Stage, StageFigure } from '../api'
import {
  addDays,
  coverage,
  evaluationScore,
  forecastOption,
  funnelOption,
  isPast,
  copySums,
  moveCard,
  openTasks,
  periodLabel,
  periodRange,
  stageName,
  stageTasks,
  textIn,
  weighted,
} from './deals'

const stage = (id: string, zh: string, en: string, probability: number, tasks: [string, string][] = []) =>
  ({ id, name: { zh, en }, probability, tasks: tasks.map(([z, e]) => ({ zh: z, en: e })), exit: { zh: '', en: '' } }) as unknown as Stage

const stages = [
  stage('lead', '发现线索', 'Lead', 10, [['确认需求来源', 'Confirm the need'], ['找到联系人', 'Find a contact']]),
  stage('qualify', '需求确认', '', 25, [['确认预算', 'Confirm the budget']]),
  stage('solution', '', 'Solution', 50),
]

let nextId = 1
const deal = (over: Partial<DealView['deal']>) =>
  ({
    deal: { id: nextId++, name: 'D', accountName: 'A', amount: 0, closeDate: '2026-06-30', stage: 'lead', probability: 10, status: 'open', closedOn: '', ...over },
    score: 0,
    coverage: 0,
    flags: [],
  }) as unknown as DealView

describe('stage texts', () => {
  it('falls back to the other language when one is empty', () => {
    expect(textIn({ zh: '甲', en: 'A' }, 'zh-CN')).toBe('甲')
    expect(textIn({ zh: '甲', en: 'A' }, 'en')).toBe('A')
    expect(textIn({ zh: '甲', en: ' ' }, 'en')).toBe('甲')
    expect(textIn({ zh: '', en: 'A' }, 'zh-CN')).toBe('A')
    expect(stageName(stages, 'qualify', 'en')).toBe('需求确认')
    expect(stageName(stages, 'solution', 'zh-CN')).toBe('Solution')
    expect(stageName(stages, 'nope', 'en')).toBe('nope')
  })

  it('lists the open key tasks of a stage', () => {
    expect(openTasks(stages[0], [], 'zh-CN')).toEqual(['确认需求来源', '找到联系人'])
    expect(openTasks(stages[0], ['lead/0', 'qualify/0'], 'en')).toEqual(['Find a contact'])
    expect(openTasks(stages[0], ['lead/0', 'lead/1'], 'en')).toEqual([])
    expect(openTasks(stages[2], [], 'en')).toEqual([])
    expect(openTasks(undefined, [], 'en')).toEqual([])
    expect(stageTasks(stages[0], ['lead/1'], 'en').map((t) => [t.key, t.done])).toEqual([['lead/0', false], ['lead/1', true]])
  })
})

describe('board', () => {
  const column = (stage: string, cards: DealView[], extra = 0) => ({
    stage,
    count: cards.length + extra,
    amount: cards.reduce((s, v) => s + v.deal.amount, 0),
    weighted: cards.reduce((s, v) => s + weighted(v.deal.amount, v.deal.probability), 0),
    cards,
  })
  const boardOf = (...columns: ReturnType<typeof column>[]) => ({ columns, closed: column('closed', []), hasDeals: true }) as unknown as DealBoard

  it('moves a card between columns, counts and sums following', () => {
    const a = deal({ stage: 'lead', amount: 100_00, probability: 10, closeDate: '2026-08-01' })
    const b = deal({ stage: 'qualify', amount: 300_00, probability: 25, closeDate: '2026-07-01' })
    const c = deal({ stage: 'qualify', amount: 50_00, probability: 25, closeDate: '2026-09-01' })
    const board = boardOf(column('lead', [a]), column('qualify', [b, c]))
    const moved = { ...a, deal: { ...a.deal, stage: 'qualify', probability: 25 } } as DealView
    moveCard(board, a, moved)
    expect(board.columns.map((x) => x.count)).toEqual([0, 3])
    expect(board.columns[0].amount).toBe(0)
    expect(board.columns[0].weighted).toBe(0)
    expect(board.columns[1].amount).toBe(450_00)
    expect(board.columns[1].weighted).toBe(weighted(450_00, 25))
    expect(board.columns[1].cards.map((v) => v.deal.closeDate)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01'])
  })

  it('takes the sums from a board read afresh, keeping the cards', () => {
    const a = deal({ stage: 'lead', amount: 100_00 })
    const board = boardOf(column('lead', [a]), column('qualify', []))
    const fresh = boardOf(column('lead', []), column('qualify', [deal({ stage: 'qualify', amount: 7_00 })], 2))
    copySums(board, fresh)
    expect(board.columns.map((c) => [c.count, c.amount])).toEqual([
      [0, 0],
      [3, 7_00],
    ])
    expect(board.columns[0].cards).toEqual([a])
  })

  it('leaves a moved card to a later page when its place is not read yet', () => {
    const a = deal({ stage: 'lead', closeDate: '2027-01-01' })
    const b = deal({ stage: 'qualify', closeDate: '2026-07-01' })
    const board = boardOf(column('lead', [a]), column('qualify', [b], 5))
    moveCard(board, a, { ...a, deal: { ...a.deal, stage: 'qualify' } } as DealView)
    expect(board.columns[1].count).toBe(7)
    expect(board.columns[1].cards).toHaveLength(1)
  })

  it('rounds weighted amounts like the backend, even for huge amounts', () => {
    expect(weighted(1_00, 25)).toBe(25)
    expect(weighted(3, 50)).toBe(2)
    expect(weighted(1e15, 75)).toBe(75e13)
    expect(weighted(999_999_999_999_999, 33)).toBe(329_999_999_999_999 + 1)
  })

  it('knows dates in the past', () => {
    expect(isPast('2026-05-31', '2026-06-01')).toBe(true)
    expect(isPast('2026-06-01', '2026-06-01')).toBe(false)
    expect(isPast('', '2026-06-01')).toBe(false)
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('evaluation', () => {
  it('rates coverage of the four buying roles 0–5', () => {
    expect(coverage([])).toBe(0)
    expect(coverage([{ role: 'coach' }, { role: 'coach' }])).toBe(1)
    expect(coverage([{ role: 'economic' }, { role: 'user' }])).toBe(3)
    expect(coverage([{ role: 'economic' }, { role: 'user' }, { role: 'technical' }, { role: 'coach' }, { role: 'influencer' }])).toBe(5)
  })

  it('scores the elements out of 100', () => {
    const zero = { need: 0, budget: 0, decision: 0, timeline: 0, fit: 0, competitive: 0, profitability: 0 }
    expect(evaluationScore(zero, [])).toBe(0)
    const full = { need: 5, budget: 5, decision: 5, timeline: 5, fit: 5, competitive: 5, profitability: 5 }
    expect(evaluationScore(full, [{ role: 'economic' }, { role: 'user' }, { role: 'technical' }, { role: 'coach' }])).toBe(100)
    expect(evaluationScore({ ...zero, need: 3 }, [])).toBe(8)
  })
})

describe('periods', () => {
  it('names months and quarters in both languages', () => {
    expect(periodLabel('2026-Q4', 'zh-CN')).toBe('2026年第4季度')
    expect(periodLabel('2026-Q4', 'en')).toBe('Q4 2026')
    expect(periodLabel('2026-11', 'en')).toBe('Nov 2026')
    expect(periodLabel('2026-11', 'zh-CN')).toContain('2026')
    expect(periodLabel('bad', 'en')).toBe('bad')
  })

  it('finds this quarter and this year', () => {
    expect(periodRange('quarter', '2026-05-17')).toEqual(['2026-04-01', '2026-06-30'])
    expect(periodRange('quarter', '2026-11-02')).toEqual(['2026-10-01', '2026-12-31'])
    expect(periodRange('quarter', '2026-02-10')).toEqual(['2026-01-01', '2026-03-31'])
    expect(periodRange('year', '2026-11-02')).toEqual(['2026-01-01', '2026-12-31'])
  })
})

describe('charts', () => {
  const fig = (stage: string, count: number, amount: number) => ({ stage, count, amount, weighted: amount / 2, conversion: -1, avgDays: -1 }) as StageFigure

  it('draws one funnel band per stage in the stages’ order, figures in the labels', () => {
    const figures = [fig('solution', 9, 900_00), fig('lead', 1, 100_00), fig('qualify', 0, 0)]
    const opt = funnelOption(figures, stages, {
      stage: (id) => stageName(stages, id, 'en'),
      money: (m) => `¥${m / 100}`,
      count: (n) => `${n} deals`,
      weighted: 'Weighted',
    })
    const s = opt.series[0]
    expect(s.type).toBe('funnel')
    expect(s.sort).toBe('none')
    expect(s.data.map((d) => d.stage)).toEqual(['lead', 'qualify', 'solution'])
    expect(s.data.map((d) => d.value)).toEqual([3, 2, 1])
    expect(s.label.formatter({ dataIndex: 0 })).toBe('Lead · 1 deals · ¥100')
    expect(s.label.formatter({ dataIndex: 2 })).toBe('Solution · 9 deals · ¥900')
    expect(opt.tooltip.formatter({ dataIndex: 2 })).toContain('Weighted ¥450')
  })

  it('draws the forecast in major units, periods in order', () => {
    const periods = [
      { period: '2026-12', count: 1, amount: 500_00, weighted: 250_00, won: 0 },
      { period: '2026-11', count: 2, amount: 100_00, weighted: 10_00, won: 1234_56 },
    ] as PeriodFigure[]
    const opt = forecastOption(periods, 'CNY', { period: (p) => `P${p}`, weighted: 'W', won: 'Won', money: (v) => `¥${v}` })
    expect(opt.xAxis.data).toEqual(['P2026-11', 'P2026-12'])
    expect(opt.series.map((s) => s.type)).toEqual(['bar', 'bar'])
    expect(opt.series[0].data).toEqual([10, 250])
    expect(opt.series[1].data).toEqual([1234.56, 0])
    expect(opt.legend.data).toEqual(['W', 'Won'])
    const jpy = forecastOption(periods, 'JPY', { period: (p) => p, weighted: 'W', won: 'Won', money: String })
    expect(jpy.series[1].data).toEqual([123456, 0])
  })
})
