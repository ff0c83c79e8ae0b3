import { describe, expect, it } from 'vitest'
import { exportFileName, listFileName, reviewFileName, safeName } from './export'

const jn = { name: '江宁新能源汽车股份有限公司', shortName: '江宁汽车', englishName: 'Jiangning NEV' }

describe('exportFileName', () => {
  it.each([
    ['plan', jn, 'zh', '2026', '江宁汽车-2026-大客户计划.pdf'],
    ['plan', jn, 'en', '2026', 'Jiangning NEV-2026-account-plan.pdf'],
    ['brief', jn, 'zh', '2026-03-16', '江宁汽车-2026-03-16-会前简报.pdf'],
    ['brief', { ...jn, englishName: '' }, 'en', '2026-03-16', '江宁汽车-2026-03-16-meeting-brief.pdf'],
    ['plan', { name: '华为', shortName: '', englishName: '' }, 'zh', '2026', '华为-2026-大客户计划.pdf'],
    ['plan', { name: 'A/B: "C"', shortName: '', englishName: '' }, 'zh', '2026', 'A-B- -C-2026-大客户计划.pdf'],
    ['plan', { name: '..', shortName: '', englishName: '' }, 'en', '2026', 'KAMS-2026-account-plan.pdf'],
  ] as const)('%s %j %s → %s', (kind, a, lang, when, want) => {
    expect(exportFileName(kind, a, lang, when)).toBe(want)
  })
})

describe('safeName', () => {
  it('keeps Chinese and drops path separators', () => {
    expect(safeName('上海/浦东\\分公司')).toBe('上海-浦东-分公司')
  })
})

describe('reviewFileName', () => {
  it.each([
    ['zh', '2026-Q3', '团队绩效考核-2026-Q3.pdf'],
    ['en', '2026-H1', 'team-review-2026-H1.pdf'],
    ['en', '', 'team-review-KAMS.pdf'],
  ] as const)('%s %s → %s', (lang, period, want) => {
    expect(reviewFileName(lang, period)).toBe(want)
  })
})

describe('listFileName', () => {
  it.each([
    ['accounts', 'zh', '2026-12-03', 'xlsx', undefined, '大客户-2026-12-03.xlsx'],
    ['accounts', 'en', '2026-12-03', 'csv', undefined, 'accounts-2026-12-03.csv'],
    ['contacts', 'zh', '2026-12-03', 'csv', jn, '江宁汽车-联系人-2026-12-03.csv'],
    ['visits', 'en', '2026-12-03', 'xlsx', jn, 'Jiangning NEV-visits-2026-12-03.xlsx'],
    ['targets', 'zh', '2026-Q3', 'xlsx', undefined, '目标管理计划-2026-Q3.xlsx'],
  ] as const)('%s %s %s %s → %s', (list, lang, when, ext, scope, want) => {
    expect(listFileName(list, lang, when, ext, scope)).toBe(want)
  })
})
