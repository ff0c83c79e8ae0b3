package domain

import (
	"fmt"
	"time"
)

// ActionStatus is where an action of the plan stands.
type ActionStatus string

const (
	ActionPlanned   ActionStatus = "planned"   // 计划
	ActionDoing     ActionStatus = "doing"     // 进行中
	ActionDone      ActionStatus = "done"      // 已完成
	ActionCancelled ActionStatus = "cancelled" // 已取消
)

// ActionStatuses lists the statuses in the order the UI offers them.
var ActionStatuses = []ActionStatus{ActionPlanned, ActionDoing, ActionDone, ActionCancelled}

// Open is true for an action still to be done.
func (s ActionStatus) Open() bool { return s == ActionPlanned || s == ActionDoing }

// PlanAction is one line of the action plan (行动计划): what, who, by when.
// ID is the store's row id, 0 for a line not saved yet; Owner is a team
// member's name (typing a new name adds the member, as for an account's
// manager).
type PlanAction struct {
	ID     int64        `json:"id"`
	Item   string       `json:"item"`
	Owner  string       `json:"owner"`
	Due    string       `json:"due"` // YYYY-MM-DD or ""
	Status ActionStatus `json:"status"`
}

// PlanRisk is a risk with its counter-measure (风险与对策).
type PlanRisk struct {
	Risk           string `json:"risk"`
	Countermeasure string `json:"countermeasure"`
}

// PlanReview is a review date of the plan (计划回顾) with what it is for or
// what came of it.
type PlanReview struct {
	Date string `json:"date"` // YYYY-MM-DD or ""
	Note string `json:"note"`
}

// AccountPlan is the account plan (大客户计划) of one account for one year,
// with the sections of domain.md §4. Texts are free; the objectives carry
// measurable targets beside their text. Stage and StageTarget may be ""
// (the position then reads the account's stage; no stage target).
type AccountPlan struct {
	AccountID int64 `json:"accountId"`
	Year      int   `json:"year"`

	// Situation (客户现状): the customer's business, strategy,
	// organisation and procurement plans.
	Business     string `json:"business"`
	Strategy     string `json:"strategy"`
	Organisation string `json:"organisation"`
	Procurement  string `json:"procurement"`

	// Our position (我方地位): the texts override what the data says.
	SalesHistory  string            `json:"salesHistory"`
	ShareOfWallet string            `json:"shareOfWallet"`
	Stage         RelationshipStage `json:"stage"`

	// SWOT.
	Strengths     string `json:"strengths"`
	Weaknesses    string `json:"weaknesses"`
	Opportunities string `json:"opportunities"`
	Threats       string `json:"threats"`

	// Objectives (目标): revenue in minor units, share of wallet in whole
	// percent, a relationship stage to reach, and free text.
	RevenueTarget int64             `json:"revenueTarget"`
	ShareTarget   int               `json:"shareTarget"`
	StageTarget   RelationshipStage `json:"stageTarget"`
	Objectives    string            `json:"objectives"`

	Strategies string       `json:"strategies"`
	Actions    []PlanAction `json:"actions"`
	Resources  string       `json:"resources"`
	Risks      []PlanRisk   `json:"risks"`
	Reviews    []PlanReview `json:"reviews"`

	UpdatedAt string `json:"updatedAt"`
	// Versions counts the saves of each section (absent: 0): a save carries
	// the versions of the sections it writes, as read, and is refused when
	// another window saved one of them since (stale.go).
	Versions map[PlanSection]int64 `json:"versions"`
}

// Limits of a plan: each text stays well under what one bridge message
// carries, even when a whole section is saved at once.
const (
	MaxPlanText  = 10000
	MaxPlanLine  = 500
	MinPlanYear  = 2000
	MaxPlanYear  = 2100
	MaxActions   = 200
	MaxRisks     = 100
	MaxReviews   = 50
	MaxPlanShare = 100
)

// PlanSection names a part of the plan that is saved on its own, so an
// autosave writes only what the user changed.
type PlanSection string

const (
	SectionSituation  PlanSection = "situation"
	SectionPosition   PlanSection = "position"
	SectionSWOT       PlanSection = "swot"
	SectionObjectives PlanSection = "objectives"
	SectionStrategies PlanSection = "strategies"
	SectionActions    PlanSection = "actions"
	SectionResources  PlanSection = "resources"
	SectionRisks      PlanSection = "risks"
	SectionReviews    PlanSection = "reviews"
)

// PlanSections lists every section, in the order of the plan.
var PlanSections = []PlanSection{SectionSituation, SectionPosition, SectionSWOT, SectionObjectives,
	SectionStrategies, SectionActions, SectionResources, SectionRisks, SectionReviews}

// ValidSection is true for a known section.
func ValidSection(s PlanSection) bool {
	for _, x := range PlanSections {
		if s == x {
			return true
		}
	}
	return false
}

// planTexts are the plan's long texts with their sections.
var planTexts = []struct {
	field   string
	section PlanSection
	value   func(*AccountPlan) *string
}{
	{"business", SectionSituation, func(p *AccountPlan) *string { return &p.Business }},
	{"strategy", SectionSituation, func(p *AccountPlan) *string { return &p.Strategy }},
	{"organisation", SectionSituation, func(p *AccountPlan) *string { return &p.Organisation }},
	{"procurement", SectionSituation, func(p *AccountPlan) *string { return &p.Procurement }},
	{"salesHistory", SectionPosition, func(p *AccountPlan) *string { return &p.SalesHistory }},
	{"shareOfWallet", SectionPosition, func(p *AccountPlan) *string { return &p.ShareOfWallet }},
	{"strengths", SectionSWOT, func(p *AccountPlan) *string { return &p.Strengths }},
	{"weaknesses", SectionSWOT, func(p *AccountPlan) *string { return &p.Weaknesses }},
	{"opportunities", SectionSWOT, func(p *AccountPlan) *string { return &p.Opportunities }},
	{"threats", SectionSWOT, func(p *AccountPlan) *string { return &p.Threats }},
	{"objectives", SectionObjectives, func(p *AccountPlan) *string { return &p.Objectives }},
	{"strategies", SectionStrategies, func(p *AccountPlan) *string { return &p.Strategies }},
	{"resources", SectionResources, func(p *AccountPlan) *string { return &p.Resources }},
}

// PlanTextLimits gives the UI each plan text's limit in characters, so a
// pasted book is refused before it crosses the bridge. The row fields are
// named as the validation names them without the row number
// ("actions.item").
func PlanTextLimits() map[string]int {
	out := map[string]int{}
	for _, f := range planTexts {
		out[f.field] = MaxPlanText
	}
	out["actions.item"] = MaxPlanLine
	out["actions.owner"] = MaxShortText
	out["risks.risk"] = MaxPlanLine
	out["risks.countermeasure"] = MaxPlanLine
	out["reviews.note"] = MaxPlanLine
	return out
}

// PlanTextValue is the text a plan field holds, for code that fills or
// trims the texts generically ("" and false for an unknown field).
func PlanTextValue(p *AccountPlan, field string) (*string, bool) {
	for _, f := range planTexts {
		if f.field == field {
			return f.value(p), true
		}
	}
	return nil, false
}

// TrimPlan trims the one-line fields (owners, dates) and drops control
// characters from the texts.
func TrimPlan(p *AccountPlan) {
	for i := range p.Actions {
		a := &p.Actions[i]
		a.Item, a.Owner, a.Due = CleanText(a.Item), CleanLine(a.Owner), CleanLine(a.Due)
		if a.Status == "" {
			a.Status = ActionPlanned
		}
	}
	for _, f := range planTexts {
		*f.value(p) = CleanText(*f.value(p))
	}
	for i := range p.Risks {
		k := &p.Risks[i]
		k.Risk, k.Countermeasure = CleanText(k.Risk), CleanText(k.Countermeasure)
	}
	for i := range p.Reviews {
		p.Reviews[i].Date = CleanLine(p.Reviews[i].Date)
		p.Reviews[i].Note = CleanText(p.Reviews[i].Note)
	}
}

// Validate checks a plan as typed. Empty texts and empty rows are fine: a
// plan is written over weeks, and autosave must accept it half done.
func (p *AccountPlan) Validate() error {
	var v Validation
	if p.AccountID <= 0 {
		v.Add("accountId", "error.required", nil)
	}
	if p.Year < MinPlanYear || p.Year > MaxPlanYear {
		v.Add("year", "error.range", map[string]any{"min": MinPlanYear, "max": MaxPlanYear})
	}
	for _, f := range planTexts {
		checkLen(&v, f.field, *f.value(p), MaxPlanText)
	}
	if p.Stage != "" && !validStage(p.Stage) {
		v.Add("stage", "error.choice", nil)
	}
	if p.StageTarget != "" && !validStage(p.StageTarget) {
		v.Add("stageTarget", "error.choice", nil)
	}
	checkAmount(&v, "revenueTarget", p.RevenueTarget)
	if p.ShareTarget < 0 || p.ShareTarget > MaxPlanShare {
		v.Add("shareTarget", "error.range", map[string]any{"min": 0, "max": MaxPlanShare})
	}
	checkRows(&v, "actions", len(p.Actions), MaxActions)
	for i, a := range p.Actions {
		row := fmt.Sprintf("actions.%d.", i)
		checkLen(&v, row+"item", a.Item, MaxPlanLine)
		checkLen(&v, row+"owner", a.Owner, MaxShortText)
		checkOptionalDate(&v, row+"due", a.Due)
		if !validActionStatus(a.Status) {
			v.Add(row+"status", "error.choice", nil)
		}
	}
	checkRows(&v, "risks", len(p.Risks), MaxRisks)
	for i, r := range p.Risks {
		row := fmt.Sprintf("risks.%d.", i)
		checkLen(&v, row+"risk", r.Risk, MaxPlanLine)
		checkLen(&v, row+"countermeasure", r.Countermeasure, MaxPlanLine)
	}
	checkRows(&v, "reviews", len(p.Reviews), MaxReviews)
	for i, r := range p.Reviews {
		row := fmt.Sprintf("reviews.%d.", i)
		checkOptionalDate(&v, row+"date", r.Date)
		checkLen(&v, row+"note", r.Note, MaxPlanLine)
	}
	return v.Err()
}

func checkRows(v *Validation, field string, n, max int) {
	if n > max {
		v.Add(field, "error.tooManyRows", map[string]any{"max": max})
	}
}

func checkOptionalDate(v *Validation, field, s string) {
	if s == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		v.Add(field, "error.date", nil)
	}
}

func validActionStatus(s ActionStatus) bool {
	for _, x := range ActionStatuses {
		if s == x {
			return true
		}
	}
	return false
}

// ShiftYears moves a 'YYYY-MM-DD' date n years (29 February becomes 28
// February in a year without it); an empty or unreadable date stays as it is.
func ShiftYears(s string, n int) string {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	y, m, day := d.Date()
	if m == time.February && day == 29 && time.Date(y+n, 3, 0, 0, 0, 0, 0, time.UTC).Day() == 28 {
		day = 28
	}
	return time.Date(y+n, m, day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// CopyPlan is an earlier plan as the start of a new year's: the texts, SWOT,
// objectives, strategies, resources and risks stay; the open actions come
// along as planned with their due dates moved by the years between, the done
// and cancelled ones stay behind; the review dates move the same way, with
// their notes. Action ids are cleared: the copies are new rows.
func CopyPlan(from AccountPlan, toYear int) AccountPlan {
	to := from
	to.Year, to.UpdatedAt = toYear, ""
	to.Versions = map[PlanSection]int64{} // a new plan: no section saved yet
	n := toYear - from.Year
	to.Actions = []PlanAction{}
	for _, a := range from.Actions {
		if !a.Status.Open() {
			continue
		}
		to.Actions = append(to.Actions, PlanAction{Item: a.Item, Owner: a.Owner, Due: ShiftYears(a.Due, n), Status: ActionPlanned})
	}
	to.Risks = append([]PlanRisk{}, from.Risks...)
	to.Reviews = []PlanReview{}
	for _, r := range from.Reviews {
		to.Reviews = append(to.Reviews, PlanReview{Date: ShiftYears(r.Date, n), Note: r.Note})
	}
	return to
}
