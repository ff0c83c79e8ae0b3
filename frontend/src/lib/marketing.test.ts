import { describe, expect, it } from 'vitest'
import { formatROI, newOwnTypeID, periodOf, periodRange, roi, typeName } from './marketing'

const t = (k: string) => `[${k}]`

describe('marketing', () => {
  it('computes ROI as (revenue − cost) ÷ cost, none without cost', () => {
    expect(roi(400, 100)).toBe(3)
    expect(roi(50, 200)).toBe(-0.75)
    expect(roi(0, 100)).toBe(-1)
    expect(roi(900, 0)).toBeNull()
  })
  it('formats ROI signed, a dash for none', () => {
    expect(formatROI(2.5, 'en')).toBe('+250%')
    expect(formatROI(-0.4, 'en')).toBe('−40%')
    expect(formatROI(0, 'en')).toBe('0%')
    expect(formatROI(null, 'zh-CN')).toBe('—')
  })
  it('names built-in, own and unknown types', () => {
    const own = [{ id: 'u1', name: { zh: '线上研讨会', en: '' } }]
    expect(typeName('seminar', own, 'en', t)).toBe('[marketing.types.seminar]')
    expect(typeName('u1', own, 'en', t)).toBe('线上研讨会')
    expect(typeName('u7', own, 'zh-CN', t)).toBe('u7')
    expect(newOwnTypeID(own)).toBe('u2')
    expect(newOwnTypeID([])).toBe('u1')
  })
  it('knows years and quarters', () => {
    expect(periodOf('2026-08-09', 'quarter')).toBe('2026-Q3')
    expect(periodOf('2026-08-09', 'year')).toBe('2026')
    expect(periodRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(periodRange('2026-07')).toBeNull()
  })
})
