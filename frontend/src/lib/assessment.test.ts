import { describe, expect, it } from 'vitest'
import { grade, kpiScore, periodOptions, ratingScore, total, weightSum } from './assessment'

const rule = { cap: 120, a: 90, b: 75, c: 60 }

describe('assessment scoring', () => {
  it.each([
    [30, 100, 100, 120, 30],
    [30, 100, 50, 120, 15],
    [30, 100, 110, 120, 33],
    [30, 100, 300, 120, 36],
    [30, 100, 150, 100, 30],
    [30, 100, 0, 120, 0],
    [30, 0, 50, 120, 0],
    [10, 3, 1, 120, 3.3],
  ])('kpiScore(%d, %d, %d, cap %d) = %d', (w, target, actual, cap, want) => {
    expect(kpiScore(w, target, actual, cap)).toBe(want)
  })

  it.each([
    [10, 5, 10],
    [10, 4, 8],
    [10, 0, 0],
    [7, 3, 4.2],
    [10, 9, 10],
  ])('ratingScore(%d, %d) = %d', (w, r, want) => {
    expect(ratingScore(w, r)).toBe(want)
  })

  it.each([
    [120, 'A'],
    [90, 'A'],
    [89.9, 'B'],
    [75, 'B'],
    [60, 'C'],
    [59.9, 'D'],
  ])('grade(%d) = %s', (t, want) => {
    expect(grade(t, rule)).toBe(want)
  })

  it('totals like the Go side: capped, own cap, not computable, typed in, rated', () => {
    const items = [
      { kind: 'kpi', weight: 40, target: 100, cap: 0, actual: 150, computable: true, entered: false, rating: 0 },
      { kind: 'kpi', weight: 20, target: 50, cap: 100, actual: 60, computable: true, entered: false, rating: 0 },
      { kind: 'kpi', weight: 10, target: 100, cap: 0, actual: 0, computable: false, entered: false, rating: 0 },
      { kind: 'kpi', weight: 10, target: 90, cap: 0, actual: 45, computable: false, entered: true, rating: 0 },
      { kind: 'rating', weight: 20, target: 0, cap: 0, actual: 0, computable: false, entered: false, rating: 4 },
    ]
    expect(total(items, rule)).toBe(89)
    expect(weightSum(items)).toBe(100)
  })

  it('offers quarters back from today, then halves and years', () => {
    expect(periodOptions(new Date(2026, 10, 27), 3).slice(0, 4)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-H2'])
  })
})
