import { describe, expect, it } from 'vitest'
import { healthColor, riskReason, satisfactionOption, trendOption } from './health'

describe('health', () => {
  it('draws the monthly trend with the threshold', () => {
    const o = trendOption([{ month: '2026-05', health: 80 }, { month: '2026-06', health: 62 }], 50, { score: 'Health', threshold: 'Alert' })
    expect(o.xAxis.data).toEqual(['2026-05', '2026-06'])
    expect(o.series[0].data).toEqual([80, 62])
    expect(o.series[0].markLine.data).toEqual([{ yAxis: 50 }])
  })
  it('draws satisfaction per quarter, score and NPS', () => {
    const o = satisfactionOption([{ period: '2026-Q1', answers: 3, score: 4.333, recommend: 8, nps: 33 }], { score: 'Score', nps: 'NPS' })
    expect(o.series[0].data).toEqual([4.3])
    expect(o.series[1].data).toEqual([33])
  })
  it('says why an account is at risk', () => {
    expect(riskReason(45, -1, 50, true)).toBe('below')
    expect(riskReason(62, 80, 50, true)).toBe('drop')
    expect(riskReason(70, 72, 50, false)).toBe('')
  })
  it('colours the score', () => {
    expect(healthColor(80, false)).toBe('#18a058')
    expect(healthColor(60, false)).toBe('#c47d0e')
    expect(healthColor(80, true)).toBe('#d03050')
  })
})
