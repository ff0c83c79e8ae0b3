import { describe, expect, it } from 'vitest'
import { achievementStatus, barPercent, elapsedShare, formatAchievement, formatKPI, periodKey, periodKind, periodLabel, shiftPeriod, withKind } from './targets'

describe('periods', () => {
  it.each([
    ['year', new Date(2026, 10, 27), '2026'],
    ['quarter', new Date(2026, 0, 1), '2026-Q1'],
    ['quarter', new Date(2026, 2, 31), '2026-Q1'],
    ['quarter', new Date(2026, 3, 1), '2026-Q2'],
    ['quarter', new Date(2026, 11, 31), '2026-Q4'],
    ['month', new Date(2026, 6, 15), '2026-07'],
  ] as const)('%s of %s is %s', (kind, d, want) => expect(periodKey(kind, d)).toBe(want))

  it('reads kinds and refuses the rest', () => {
    expect(['2026', '2026-Q3', '2026-07', '2026-H1', '2026-13', '2026-Q5', ''].map(periodKind)).toEqual(['year', 'quarter', 'month', null, null, null, null])
  })

  it.each([
    ['2026', -1, '2025'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q3', -1, '2026-Q2'],
    ['2026-Q4', 1, '2027-Q1'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-05', -17, '2024-12'],
  ])('%s moved by %d is %s', (key, n, want) => expect(shiftPeriod(key, n)).toBe(want))

  it('changes kind from the first day', () => {
    expect(withKind('2026-Q3', 'month')).toBe('2026-07')
    expect(withKind('2026-11', 'quarter')).toBe('2026-Q4')
    expect(withKind('2026-11', 'year')).toBe('2026')
    expect(withKind('2026', 'quarter')).toBe('2026-Q1')
  })

  it('labels in both languages', () => {
    expect(periodLabel('2026-Q3', 'zh-CN')).toBe('2026年第3季度')
    expect(periodLabel('2026-Q3', 'en')).toBe('Q3 2026')
    expect(periodLabel('2026-07', 'zh-CN')).toBe('2026年7月')
    expect(periodLabel('2026-07', 'en')).toBe('July 2026')
    expect(periodLabel('2026', 'zh-CN')).toBe('2026年')
  })
})

describe('achievement', () => {
  it('shows no percentage without a target', () => {
    expect(formatAchievement(-1, 'en')).toBe('—')
    expect(formatAchievement(0, 'en')).toBe('0%')
    expect(formatAchievement(1.176, 'en')).toBe('117.6%')
  })

  it('colours against the time gone', () => {
    expect(achievementStatus(-1)).toBe('default')
    expect(achievementStatus(1.2)).toBe('success')
    expect(achievementStatus(0.4, 1 / 3)).toBe('warning')
    expect(achievementStatus(0.2, 0.5)).toBe('error')
    expect(achievementStatus(0.95)).toBe('warning')
  })

  it('fills bars up to 100', () => {
    expect([barPercent(-1), barPercent(0.456), barPercent(3)]).toEqual([0, 45.6, 100])
  })

  it('measures the time gone', () => {
    expect(elapsedShare('2026-04-01', '2026-06-30', '2026-03-31')).toBe(0)
    expect(elapsedShare('2026-04-01', '2026-06-30', '2026-04-01')).toBeCloseTo(1 / 91)
    expect(elapsedShare('2026-04-01', '2026-06-30', '2026-07-10')).toBe(1)
  })
})

describe('indicators', () => {
  const days = (n: number) => `${n} d`
  it('formats each unit', () => {
    expect(formatKPI('ratio', 0.25, 'CNY', 'en', days)).toBe('25%')
    expect(formatKPI('days', 33.3, 'CNY', 'en', days)).toBe('33.3 d')
    expect(formatKPI('count', 1530, 'CNY', 'en', days)).toBe('1,530')
    expect(formatKPI('score', 3.333, 'CNY', 'en', days)).toBe('3.33 / 5')
    expect(formatKPI('money', 552_000_000_00, 'CNY', 'zh-CN', days)).toBe('¥5.5亿')
  })
})
