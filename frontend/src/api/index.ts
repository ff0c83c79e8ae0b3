// The one place the UI calls the Go backend: typed wrappers over the
// generated Wails bindings, rejecting with a UIError.
import * as Accounts from '../../wailsjs/go/app/Accounts'
import * as Settings from '../../wailsjs/go/app/Settings'
import * as System from '../../wailsjs/go/app/System'
import * as People from '../../wailsjs/go/app/People'
import * as Interactions from '../../wailsjs/go/app/Interactions'
import * as Deals from '../../wailsjs/go/app/Deals'
import * as Targets from '../../wailsjs/go/app/Targets'
import * as Week from '../../wailsjs/go/app/Week'
import * as Reports from '../../wailsjs/go/app/Reports'
import * as Team from '../../wailsjs/go/app/Team'
import * as Assessments from '../../wailsjs/go/app/Assessments'
import * as Plans from '../../wailsjs/go/app/Plans'
import * as Matrix from '../../wailsjs/go/app/Matrix'
import * as Backups from '../../wailsjs/go/app/Backups'
import * as Groups from '../../wailsjs/go/app/Groups'
import * as Calendar from '../../wailsjs/go/app/Calendar'
import * as Reminders from '../../wailsjs/go/app/Reminders'
import * as Replication from '../../wailsjs/go/app/Replication'
import * as ServiceDesk from '../../wailsjs/go/app/ServiceDesk'
import * as Health from '../../wailsjs/go/app/Health'
import * as Imports from '../../wailsjs/go/app/Imports'
import * as Lists from '../../wailsjs/go/app/Lists'
import * as Marketing from '../../wailsjs/go/app/Marketing'
import { app, domain, importer, service, store } from '../../wailsjs/go/models'
import { toUIError } from '../lib/errors'
import { localDate } from '../lib/format'

export type Account = domain.Account
export type AccountView = service.AccountView
export type AccountPage = service.AccountPage
export type AccountQuery = store.AccountQuery
export type AccountOption = store.AccountOption
export type AccountFacets = store.AccountFacets
export type GroupLink = store.GroupLink
export type GroupRollup = store.GroupRollup
export type GroupQuery = store.GroupQuery
export type GroupMember = store.GroupMember
export type GroupPerson = store.GroupPerson
export type GroupView = service.GroupView
export type GroupPage = service.GroupPage
export type MemberPage = service.MemberPage
export type Snapshot = service.Snapshot
export type BackupFile = app.BackupFile
export type ReplicationSettings = domain.ReplicationSettings
export type ReplicationState = app.ReplicationState
export type ReplicationStatus = service.ReplicationStatus
// What the replication card and the restore dialog send, as plain objects.
export type ReplicationInput = { settings: ReplicationSettings; accessKey: string; secretKey: string }
export type ReplicaRestoreInput = ReplicationInput & { at: string }
export type ContactPage = service.ContactPage
export type Scores = domain.Scores
export type AppSettings = domain.Settings
export type CalendarRange = service.CalendarRange
export type CalendarFile = app.CalendarFile
export type ReminderState = service.ReminderState
export type Agenda = service.Agenda
export type Boot = app.Boot
export type Contact = domain.Contact
export type Interaction = domain.Interaction
export type RedFlag = domain.RedFlag
export type Home = service.Home
export type Birthday = service.Birthday
export type SearchResults = store.SearchResults
export type SearchHit = store.SearchHit
export type Deal = domain.Opportunity
export type DealView = service.DealView
export type StalledDeal = service.StalledDeal
export type DealChoice = store.DealChoice
export type OverdueAction = store.OverdueAction
export type DealVisitsPage = service.DealVisitsPage
export type DealBoard = service.DealBoard
export type DealColumn = service.DealColumn
export type DealBoardFilter = service.DealBoardFilter
export type TimelinePage = service.TimelinePage
export type TimelineCursor = store.TimelineCursor
export type DealPerson = domain.DealPerson
export type Elements = domain.Elements
export type Stage = domain.Stage
export type Text = domain.Text
export type Funnel = domain.Funnel
export type FunnelFilter = domain.FunnelFilter
export type StageFigure = domain.StageFigure
export type PeriodFigure = domain.PeriodFigure
export type Target = domain.Target
export type TargetView = domain.TargetView
export type Measure = domain.Measure
export type TargetBoard = service.TargetBoard
export type Indicators = service.Indicators
export type KPI = domain.KPI
export type WeekView = service.WeekView
export type WeekItem = domain.WeekItem
export type TrashedWeekEntry = domain.TrashedWeekEntry
export type DevelopmentGoal = domain.DevelopmentGoal
export type ExportedFile = app.ExportedFile
export type ListFile = app.ListFile
export type DealStatus = 'open' | 'won' | 'lost' | 'abandoned'
export type Member = domain.Member
export type AccountTeam = domain.AccountTeam
export type Training = domain.Training
export type Template = domain.Template
export type TemplateItem = domain.TemplateItem
export type MetricInfo = domain.MetricInfo
export type Assessment = domain.Assessment
export type AssessmentEdit = domain.AssessmentEdit
export type AccountPlan = domain.AccountPlan
export type PlanAction = domain.PlanAction
export type PlanView = service.PlanView
export type PlanSaved = store.PlanSaved
// The portfolio matrix and the targets board's pages (issue 11).
export type MatrixData = service.MatrixData
export type MatrixFilter = service.MatrixFilter
export type MatrixPoints = service.MatrixPoints
export type Named = store.Named
export type TargetAccountPage = service.TargetAccountPage
export type TargetAccountQuery = service.TargetAccountQuery
// Service, surveys and the relationship health (issue 13).
export type ServiceRequest = domain.ServiceRequest
export type ServiceQuery = store.ServiceQuery
export type ServicePage = service.ServicePage
export type Survey = domain.Survey
export type SurveyPage = service.SurveyPage
export type AccountHealth = service.AccountHealth
export type HealthPart = domain.HealthPart
export type AtRiskAccount = store.AtRiskAccount
// Marketing (issue 13).
export type Activity = domain.Activity
export type ActivityRow = store.ActivityRow
export type ActivityQuery = store.ActivityQuery
export type ActivityView = service.ActivityView
export type ActivityPage = service.ActivityPage
export type LinkedDeal = store.LinkedDeal
export type MarketingPlan = domain.MarketingPlan
export type MarketingControl = service.Control
export type ControlLine = service.ControlLine
export type ActivityType = domain.ActivityType

// Import from a spreadsheet (issue 14).
export type ImportPlan = app.ImportPlan
export type ImportResult = app.ImportResult
export type ImportProblem = importer.Problem
export type ImportRequest = importer.Request
export type SheetColumn = domain.Column
export type SheetKind = 'accounts' | 'contacts' | 'deals' | 'visits'

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
  sampleLoaded: () => call(System.SampleLoaded()),
  chooseImportFile: (title: string) => call(Imports.ChooseFile(title)),
  checkImport: (req: ImportRequest) => call(Imports.Check(req)),
  importErrors: (offset: number) => call(Imports.ImportErrors(offset)),
  runImport: (req: ImportRequest) => call(Imports.Run(req)),
  chooseTemplatePath: (name: string, title: string) => call(Imports.ChooseTemplatePath(name, title)),
  writeTemplate: (kind: SheetKind, lang: string, path: string) => call(Imports.WriteTemplate(kind, lang, path)),
  backups: () => call(Backups.List()),
  backUpNow: () => call(Backups.Take()),
  revealBackups: () => call(Backups.Reveal()),
  restoreBackup: (name: string) => call(Backups.Restore(name)),
  chooseBackupFile: (title: string) => call(Backups.ChooseFile(title)),
  inspectBackupFile: (path: string) => call(Backups.InspectFile(path)),
  restoreBackupFile: (path: string, passphrase: string) => call(Backups.RestoreFile(path, passphrase)),
  exportSealed: (title: string, passphrase: string) => call(Backups.ExportSealed(title, passphrase)),
  replication: () => call(Replication.State()),
  saveReplication: (input: ReplicationInput) => call(Replication.Save(app.ReplicationInput.createFrom(input))),
  restoreFromReplica: (input: ReplicaRestoreInput) => call(Replication.RestoreFrom(app.ReplicaRestoreInput.createFrom(input))),
  removeSample: () => call(System.RemoveSample()),
  // drawn tells the shell a screen has drawn its first content (start-up timing).
  drawn: (view: string) => call(System.Drawn(view)),
  settings: () => call(Settings.Get()),
  calendarRange: () => call(Calendar.DefaultRange()),
  chooseICSPath: (defaultName: string, title: string) => call(Calendar.ChooseICSPath(defaultName, title)),
  writeICS: (r: CalendarRange, lang: string, path: string) => call(Calendar.WriteICS(r, lang, path)),
  reminderState: () => call(Reminders.State()),
  answerReminders: (on: boolean) => call(Reminders.Answer(on)),
  remindersToday: () => call(Reminders.Today()),
  showRemindersNow: () => call(Reminders.ShowNow()),
  saveSettings: (s: AppSettings) => call(Settings.Save(s)),
  accountPage: (q: AccountQuery) => call(Accounts.Page(q)),
  accountTrashPage: (offset: number, limit: number) => call(Accounts.TrashPage(offset, limit)),
  accountOptions: (text: string) => call(Accounts.Options(text)),
  account: (id: number) => call(Accounts.Get(id)),
  createAccount: (a: Account) => call(Accounts.Create(a)),
  updateAccount: (a: Account) => call(Accounts.Update(a)),
  previewScores: (a: Account) => call(Accounts.Preview(a)),
  deleteAccount: (id: number) => call(Accounts.Delete(id)),
  restoreAccount: (id: number) => call(Accounts.Restore(id)),
  purgeAccount: (id: number) => call(Accounts.Purge(id)),
  managers: () => call(Accounts.Managers()),
  accountFacets: () => call(Accounts.Facets()),
  contactPage: (accountId: number, offset: number, limit: number) => call(People.Page(accountId, offset, limit)),
  contacts: (accountId: number) => allContacts(accountId),
  contactTrashPage: (offset: number, limit: number) => call(People.TrashPage(offset, limit)),
  createContact: (c: Contact) => call(People.Create(c)),
  updateContact: (c: Contact) => call(People.Update(c)),
  moveContact: (id: number, manager: number) => call(People.Move(id, manager)),
  deleteContact: (id: number) => call(People.Delete(id)),
  restoreContact: (id: number) => call(People.Restore(id)),
  purgeContact: (id: number) => call(People.Purge(id)),
  redFlags: (accountId: number) => call(People.RedFlags(accountId)),
  search: (q: string) => call(People.Search(q)),
  timeline: (accountId: number, before: TimelineCursor, limit: number) => call(Interactions.Page(accountId, before, limit)),
  logInteraction: (i: Interaction) => call(Interactions.Log(i)),
  updateInteraction: (i: Interaction) => call(Interactions.Update(i)),
  deleteInteraction: (id: number) => call(Interactions.Delete(id)),
  restoreInteraction: (id: number) => call(Interactions.Restore(id)),
  interactionTrashPage: (offset: number, limit: number) => call(Interactions.TrashPage(offset, limit)),
  setStepDone: (id: number, done: boolean) => call(Interactions.SetStepDone(id, done)),
  home: () => call(Interactions.Home()),
  dealBoard: (f: DealBoardFilter) => call(Deals.Board(f)),
  dealColumn: (f: DealBoardFilter, column: string, offset: number, limit: number) => call(Deals.Column(f, column, offset, limit)),
  stalledDeals: (ids: number[]) => call(Deals.Stalled(ids)),
  dealChoices: (accountId: number, include: number) => call(Deals.Choices(accountId, include)),
  dealVisits: (dealId: number, offset: number, limit: number) => call(Deals.Visits(dealId, offset, limit)),
  deal: (id: number) => call(Deals.Get(id)),
  createDeal: (d: Deal) => call(Deals.Create(d)),
  updateDeal: (d: Deal) => call(Deals.Update(d)),
  moveDeal: (id: number, stage: string) => call(Deals.Move(id, stage)),
  closeDeal: (id: number, status: DealStatus, reason: string) => call(Deals.Close(id, status, reason)),
  deleteDeal: (id: number) => call(Deals.Delete(id)),
  restoreDeal: (id: number) => call(Deals.Restore(id)),
  dealTrashPage: (offset: number, limit: number) => call(Deals.TrashPage(offset, limit)),
  funnel: (f: FunnelFilter) => call(Deals.Funnel(f)),
  targetBoard: (period: string) => call(Targets.Board(period)),
  saveTarget: (t: Target) => call(Targets.Save(t)),
  indicators: (period: string) => call(Targets.Indicators(period)),
  week: (week: string) => call(Week.Get(week)),
  saveWeekItem: (w: WeekItem) => call(Week.SaveItem(w)),
  deleteWeekItem: (id: number) => call(Week.DeleteItem(id)),
  checkWeek: (week: string, item: string, on: boolean) => call(Week.Check(week, item, on)),
  saveGoal: (g: DevelopmentGoal) => call(Week.SaveGoal(g)),
  deleteGoal: (id: number) => call(Week.DeleteGoal(id)),
  weekTrashPage: (offset: number, limit: number) => call(Week.TrashPage(offset, limit)),
  restoreWeekItem: (id: number) => call(Week.RestoreItem(id)),
  restoreGoal: (id: number) => call(Week.RestoreGoal(id)),
  choosePDFPath: (defaultName: string, title: string) => call(Reports.ChoosePDFPath(defaultName, title)),
  writeBrief: (accountId: number, lang: string, path: string) => call(Reports.WriteBrief(accountId, lang, path)),
  writePlan: (accountId: number, year: number, lang: string, path: string) => call(Reports.WritePlan(accountId, year, lang, path)),
  writeReview: (period: string, lang: string, path: string) => call(Reports.WriteReview(period, lang, path)),
  writeProfile: (accountId: number, lang: string, path: string) => call(Reports.WriteProfile(accountId, lang, path)),
  writeFunnel: (period: string, lead: string, lang: string, path: string) => call(Reports.WriteFunnel(period, lead, lang, path)),
  setParent: (accountId: number, parent: number) => call(Groups.SetParent(accountId, parent)),
  groups: (q: GroupQuery) => call(Groups.Page(q)),
  group: (id: number) => call(Groups.Get(id)),
  groupMembers: (id: number, offset: number, limit: number) => call(Groups.Members(id, offset, limit)),
  writeMarketingPeriod: (period: string, lang: string, path: string) => call(Reports.WriteMarketingPeriod(period, lang, path)),
  writeMarketingActivity: (id: number, lang: string, path: string) => call(Reports.WriteMarketingActivity(id, lang, path)),
  openAfterExport: () => call(Reports.OpenAfterExport()),
  setOpenAfterExport: (on: boolean) => call(Reports.SetOpenAfterExport(on)),
  chooseListPath: (defaultName: string, title: string) => call(Lists.ChooseListPath(defaultName, title)),
  // writeList writes a list under its screen's filter (sent as JSON: each
  // list has a filter of its own) to an .xlsx or .csv file.
  writeList: (list: string, filter: object, lang: string, path: string) => call(Lists.WriteList(list, JSON.stringify(filter), lang, path)),
  members: () => call(Team.Members()),
  createMember: (m: Member) => call(Team.Create(m)),
  updateMember: (m: Member) => call(Team.Update(m)),
  deleteMember: (id: number, newLead: number) => call(Team.Delete(id, newLead)),
  accountTeam: (accountId: number) => call(Team.AccountTeam(accountId)),
  setAccountTeam: (t: AccountTeam) => call(Team.SetAccountTeam(t)),
  trainings: (memberId: number) => call(Team.Trainings(memberId)),
  saveTraining: (t: Training) => call(Team.SaveTraining(t)),
  deleteTraining: (id: number) => call(Team.DeleteTraining(id)),
  metrics: () => call(Assessments.Metrics()),
  templates: () => call(Assessments.Templates()),
  saveTemplate: (t: Template) => call(Assessments.SaveTemplate(t)),
  deleteTemplate: (id: number) => call(Assessments.DeleteTemplate(id)),
  assessments: (period: string) => call(Assessments.List(period)),
  createAssessment: (memberId: number, period: string, templateId: number) => call(Assessments.Create(memberId, period, templateId)),
  updateAssessment: (e: AssessmentEdit) => call(Assessments.Update(e)),
  recomputeAssessment: (id: number) => call(Assessments.Recompute(id)),
  finaliseAssessment: (id: number) => call(Assessments.Finalise(id)),
  reopenAssessment: (id: number, reason: string) => call(Assessments.Reopen(id, reason)),
  deleteAssessment: (id: number) => call(Assessments.Delete(id)),
  plan: (accountId: number, year: number) => call(Plans.Get(accountId, year)),
  savePlan: (p: AccountPlan, sections: string[]) => call(Plans.Save(p, sections)),
  copyPlan: (accountId: number, from: number, to: number) => call(Plans.CopyFromYear(accountId, from, to)),
  // The portfolio matrix and the targets board's pages (issue 11).
  matrixPoints: (f: MatrixFilter) => call(Matrix.Points(f)),
  targetAccounts: (q: TargetAccountQuery) => call(Targets.Accounts(q)),
  // Service, surveys and the relationship health (issue 13).
  servicePage: (q: ServiceQuery) => call(ServiceDesk.Page(q)),
  serviceTrashPage: (offset: number, limit: number) => call(ServiceDesk.TrashPage(offset, limit)),
  createService: (r: ServiceRequest) => call(ServiceDesk.Create(r)),
  updateService: (r: ServiceRequest) => call(ServiceDesk.Update(r)),
  deleteService: (id: number) => call(ServiceDesk.Delete(id)),
  restoreService: (id: number) => call(ServiceDesk.Restore(id)),
  purgeService: (id: number) => call(ServiceDesk.Purge(id)),
  surveys: (accountId: number, offset: number, limit: number) => call(ServiceDesk.Surveys(accountId, offset, limit)),
  surveyTrashPage: (offset: number, limit: number) => call(ServiceDesk.SurveyTrashPage(offset, limit)),
  saveSurvey: (v: Survey) => call(ServiceDesk.SaveSurvey(v)),
  deleteSurvey: (id: number) => call(ServiceDesk.DeleteSurvey(id)),
  restoreSurvey: (id: number) => call(ServiceDesk.RestoreSurvey(id)),
  purgeSurvey: (id: number) => call(ServiceDesk.PurgeSurvey(id)),
  accountHealth: (accountId: number) => call(Health.Account(accountId)),
  atRisk: (offset: number, limit: number) => call(Health.AtRisk(offset, limit)),
  // Marketing (issue 13).
  activityPage: (q: ActivityQuery) => call(Marketing.Page(q)),
  activity: (id: number) => call(Marketing.Get(id)),
  saveActivity: (a: Activity) => call(Marketing.Save(a)),
  setActivityStatus: (id: number, status: string) => call(Marketing.SetStatus(id, status)),
  linkDeal: (id: number, deal: number, on: boolean) => call(Marketing.Link(id, deal, on)),
  deleteActivity: (id: number) => call(Marketing.Delete(id)),
  restoreActivity: (id: number) => call(Marketing.Restore(id)),
  activityTrashPage: (offset: number, limit: number) => call(Marketing.TrashPage(offset, limit)),
  activitiesThisWeek: () => call(Marketing.ThisWeek()),
  marketingPlan: (period: string) => call(Marketing.Plan(period)),
  saveMarketingPlan: (p: MarketingPlan) => call(Marketing.SavePlan(p)),
  marketingControl: (period: string) => call(Marketing.Control(period)),
}

// allContacts reads every live person of one account a page at a time (the
// relationship map and the deal's people picker need them all; no call
// returns more than a page).
async function allContacts(accountId: number): Promise<Contact[]> {
  const out: Contact[] = []
  for (;;) {
    const p = await call(People.Page(accountId, out.length, 100))
    out.push(...p.rows)
    if (!p.rows.length || out.length >= p.total) return out
  }
}

export function blankContact(accountId: number): Contact {
  return domain.Contact.createFrom({
    id: 0, accountId, accountName: '', name: '', title: '', department: '', reportsTo: 0, phone: '', mobile: '',
    email: '', wechat: '', birthday: '', interests: '', notes: '', role: '', attitude: 0, influence: 'medium',
    strength: 0, lastContact: '', createdAt: '', updatedAt: '', deletedAt: '',
  })
}

export function blankInteraction(accountId: number, date: string, opportunityId = 0): Interaction {
  return domain.Interaction.createFrom({
    id: 0, accountId, accountName: '', opportunityId, date, kind: 'visit', contactIds: [], contactNames: [], summary: '',
    outcome: '', nextStep: '', nextDue: '', nextDone: false, createdAt: '', updatedAt: '', deletedAt: '',
  })
}

// blankService is the form of a new service request: opened today.
export function blankService(accountId: number, opened: string): ServiceRequest {
  return domain.ServiceRequest.createFrom({
    id: 0, accountId, accountName: '', contactId: 0, contactName: '', owner: '', type: 'complaint', severity: 'medium',
    channel: 'phone', status: 'open', title: '', description: '', opened, resolved: '', resolution: '',
    days: 0, targetDays: 0, overdue: false, createdAt: '', updatedAt: '', deletedAt: '', version: 0,
  })
}

// blankSurvey is the form of a new survey answer for this quarter.
export function blankSurvey(accountId: number, date: string): Survey {
  const m = Number(date.slice(5, 7))
  return domain.Survey.createFrom({
    id: 0, accountId, accountName: '', contactId: 0, contactName: '', period: `${date.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`,
    date, score: 4, recommend: 8, comments: '', createdAt: '', updatedAt: '', deletedAt: '',
  })
}

// blankActivity is the form of a new activity: a seminar planned for a
// day, for the accounts given.
export function blankActivity(start: string, accounts: number[] = []): Activity {
  return domain.Activity.createFrom({
    id: 0, type: 'seminar', title: '', start, end: start, place: '', status: 'planned', notes: '', review: '',
    accounts, invitees: [], costs: [], deals: [], version: 0, createdAt: '', updatedAt: '', deletedAt: '',
  })
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

// blankDeal is the form of a new opportunity: in the first stage at its
// default probability, expected to close in three months.
export function blankDeal(accountId: number, settings: AppSettings | null): Deal {
  const close = new Date()
  close.setMonth(close.getMonth() + 3)
  const first = settings?.stages?.[0]
  return domain.Opportunity.createFrom({
    id: 0, accountId, accountName: '', name: '', amount: 0, closeDate: localDate(close), stage: first?.id ?? 'lead',
    override: false, probability: first?.probability ?? 0, competitors: '', solution: '', criteria: '', status: 'open',
    lossReason: '', step: '',
    elements: { need: 0, budget: 0, decision: 0, timeline: 0, fit: 0, competitive: 0, profitability: 0 },
    tasksDone: [], people: [], closedOn: '', stageSince: '', lastInteraction: '', createdAt: '', updatedAt: '', deletedAt: '',
  })
}
