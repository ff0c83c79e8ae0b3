import type { AccountView } from '../api'
import { matches } from './labels'

// AccountFilter is what the list's toolbar selects; an empty list means "any".
export interface AccountFilter {
  query: string
  tiers: string[]
  statuses: string[]
  industries: string[]
  regions: string[]
  managers: string[]
  keyOnly: boolean
}

const inList = (sel: string[], v: string) => sel.length === 0 || sel.includes(v)

export function filterAccounts(list: AccountView[], f: AccountFilter): AccountView[] {
  return list.filter(
    (v) =>
      matches(f.query, v.account.name, v.account.shortName, v.account.englishName) &&
      inList(f.tiers, v.scores.quadrant) &&
      inList(f.statuses, v.account.status) &&
      inList(f.industries, v.account.industry) &&
      inList(f.regions, v.account.region) &&
      inList(f.managers, v.account.manager) &&
      (!f.keyOnly || v.scores.keyAccount),
  )
}
