// File names offered by the export dialog: the account's short name, the
// document and its year or date, in the language of the document.

export type ExportKind = 'brief' | 'plan' | 'review' | 'profile' | 'funnel' | 'marketing'

export interface ExportAccount {
  name: string
  shortName: string
  englishName: string
}

const docNames: Record<ExportKind, Record<'zh' | 'en', string>> = {
  brief: { zh: '会前简报', en: 'meeting-brief' },
  plan: { zh: '大客户计划', en: 'account-plan' },
  review: { zh: '团队绩效考核', en: 'team-review' },
  profile: { zh: '客户档案表', en: 'customer-profile' },
  funnel: { zh: '销售漏斗表', en: 'funnel-table' },
  marketing: { zh: '市场活动报告', en: 'marketing-report' },
}

// safeName drops what Windows, macOS or Linux refuse in a file name.
export function safeName(s: string): string {
  return s
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.-]+|[.-]+$/g, '')
}

// exportFileName is e.g. "江宁汽车-2026-大客户计划.pdf" or
// "Jiangning-2026-03-16-meeting-brief.pdf".
export function exportFileName(kind: ExportKind, a: ExportAccount, lang: 'zh' | 'en', when: string): string {
  const who = (lang === 'en' && a.englishName) || a.shortName || a.name
  const parts = [safeName(who) || 'KAMS', when]
  if (lang === 'zh') parts.push(docNames[kind].zh)
  else parts.push(docNames[kind].en)
  return parts.join('-') + '.pdf'
}

// reviewFileName is e.g. "团队绩效考核-2026-Q3.pdf" or "team-review-2026-Q3.pdf".
export function reviewFileName(lang: 'zh' | 'en', period: string): string {
  return `${docNames.review[lang]}-${safeName(period) || 'KAMS'}.pdf`
}

// funnelFileName is e.g. "销售漏斗表-2026-Q3-王磊.pdf" or
// "funnel-table-2026-Q3.pdf" (the whole team).
export function funnelFileName(lang: 'zh' | 'en', period: string, lead: string): string {
  return [docNames.funnel[lang], safeName(period) || 'KAMS', safeName(lead)].filter(Boolean).join('-') + '.pdf'
}

// marketingFileName is e.g. "市场活动报告-2026-Q3.pdf" or
// "marketing-report-智能工厂技术交流会.pdf".
export function marketingFileName(lang: 'zh' | 'en', what: string): string {
  return `${docNames.marketing[lang]}-${safeName(what) || 'KAMS'}.pdf`
}

// The lists the list export writes (backend/listexport), with the words
// their files are named by.
export type ListName = 'accounts' | 'contacts' | 'visits' | 'deals' | 'targets' | 'assessments' | 'activities'

export const listNames: Record<ListName, Record<'zh' | 'en', string>> = {
  accounts: { zh: '大客户', en: 'accounts' },
  contacts: { zh: '联系人', en: 'contacts' },
  visits: { zh: '拜访记录', en: 'visits' },
  deals: { zh: '商机', en: 'deals' },
  targets: { zh: '目标管理计划', en: 'targets' },
  assessments: { zh: '绩效考核', en: 'assessments' },
  activities: { zh: '市场活动', en: 'marketing-activities' },
}

// listFileName is e.g. "大客户-2026-12-03.xlsx", or with the account's
// name "江宁汽车-联系人-2026-12-03.csv" / "Jiangning-contacts-2026-12-03.csv".
export function listFileName(list: ListName, lang: 'zh' | 'en', when: string, ext: 'xlsx' | 'csv', scope?: ExportAccount): string {
  const parts: string[] = []
  if (scope) parts.push(safeName((lang === 'en' && scope.englishName) || scope.shortName || scope.name) || 'KAMS')
  parts.push(listNames[list][lang], safeName(when))
  return `${parts.join('-')}.${ext}`
}
