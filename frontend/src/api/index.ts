// The one place the UI calls the Go backend: typed wrappers over the
// generated Wails bindings, rejecting with a UIError.
import * as Accounts from '../../wailsjs/go/app/Accounts'
import * as Settings from '../../wailsjs/go/app/Settings'
import * as System from '../../wailsjs/go/app/System'
import { app, domain, service } from '../../wailsjs/go/models'
import { toUIError } from '../lib/errors'

export type Account = domain.Account
export type AccountView = service.AccountView
export type Scores = domain.Scores
export type AppSettings = domain.Settings
export type Boot = app.Boot

async function call<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    throw toUIError(e)
  }
}

export const api = {
  boot: () => call(System.Boot()),
  loadSample: () => call(System.LoadSample()),
  dismissSample: () => call(System.DismissSample()),
  settings: () => call(Settings.Get()),
  saveSettings: (s: AppSettings) => call(Settings.Save(s)),
  accounts: () => call(Accounts.List()),
  trash: () => call(Accounts.Trash()),
  account: (id: number) => call(Accounts.Get(id)),
  createAccount: (a: Account) => call(Accounts.Create(a)),
  updateAccount: (a: Account) => call(Accounts.Update(a)),
  previewScores: (a: Account) => call(Accounts.Preview(a)),
  deleteAccount: (id: number) => call(Accounts.Delete(id)),
  restoreAccount: (id: number) => call(Accounts.Restore(id)),
  purgeAccount: (id: number) => call(Accounts.Purge(id)),
  managers: () => call(Accounts.Managers()),
}

// blankAccount is the form of a new account: a prospect we have just met.
export function blankAccount(): Account {
  return domain.Account.createFrom({
    id: 0, name: '', shortName: '', englishName: '', industry: '', region: '', address: '',
    employees: 0, revenue: 0, businessStrategy: '', supplyChainStrategy: '', procurementPlans: '',
    competitors: '', ourSales: 0, categorySpend: 0, status: 'prospect', manager: '',
    stage: 'exploratory', notes: '',
    identification: { largeOrders: 0, strategic: 0, influence: 0, technology: 0, market: 0 },
    characteristics: { highValue: false, barrier: false, futureCompetition: false, coreMarket: false },
    classification: { volume: 0, profitability: 0, strategicFit: 0, ease: 0, growth: 0, projects: 0,
      shareRoom: 0, techAbsorption: 0, coverage: 0, satisfaction: 0 },
    createdAt: '', updatedAt: '', deletedAt: '',
  })
}
