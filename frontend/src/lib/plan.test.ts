import { describe, expect, it } from 'vitest'
import { copySource, payload, sectionOf, tooLongPlan, yearOptions } from './plan'

const plan = {
  accountId: 3, year: 2026, business: '整车', strategy: 's', organisation: 'o', procurement: 'p',
  salesHistory: 'h', shareOfWallet: '37%', stage: 'basic', strengths: 'S', weaknesses: 'W', opportunities: 'O', threats: 'T',
  revenueTarget: 100, shareTarget: 45, stageTarget: 'integrated', objectives: 'obj', strategies: 'st',
  actions: [{ id: 1, item: '投标', owner: '王磊', due: '', status: 'planned' }], resources: 'r',
  risks: [{ risk: '价格', countermeasure: 'TCO' }], reviews: [{ date: '2026-03-31', note: '' }], updatedAt: 'x',
}

describe('plan payload', () => {
  it('keeps only the sections being saved, and the plan key', () => {
    const p = payload(plan, ['swot', 'actions'])
    expect(p).toMatchObject({ accountId: 3, year: 2026, strengths: 'S', threats: 'T', actions: plan.actions })
    expect(p).toMatchObject({ business: '', salesHistory: '', stage: '', revenueTarget: 0, shareTarget: 0, risks: [], reviews: [] })
    expect(plan.business).toBe('整车') // the editor's plan is untouched
  })

  it('finds the section of a field or a row field', () => {
    expect(sectionOf('threats')).toBe('swot')
    expect(sectionOf('actions.2.item')).toBe('actions')
    expect(sectionOf('shareTarget')).toBe('objectives')
    expect(sectionOf('nonsense')).toBeUndefined()
  })
})

describe('tooLongPlan', () => {
  const limits = { threats: 3, 'actions.item': 2, 'risks.countermeasure': 3 }
  it('accepts texts within the limits, counting characters', () => {
    expect(tooLongPlan(plan, limits)).toBeNull()
  })
  it('names the plain and the row fields that are too long', () => {
    const long = { ...plan, threats: '威胁很多', actions: [plan.actions[0], { ...plan.actions[0], item: '三个字' }] }
    expect(tooLongPlan(long, limits)?.fields).toEqual([
      { field: 'threats', key: 'error.tooLong', params: { max: 3, length: 4 } },
      { field: 'actions.1.item', key: 'error.tooLong', params: { max: 2, length: 3 } },
    ])
  })
})

describe('years', () => {
  it('copies from the latest earlier year with a plan', () => {
    expect(copySource(2026, [2027, 2025, 2023])).toBe(2025)
    expect(copySource(2026, [2026, 2027])).toBe(0)
  })
  it('offers the years with plans and the years around this one', () => {
    expect(yearOptions(2026, [2026, 2022])).toEqual([2027, 2026, 2025, 2022])
  })
})
