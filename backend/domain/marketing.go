package domain

import (
	"fmt"
	"strings"
	"time"
)

// ActivityTypes are the marketing activities the book names (市场营销管理):
// 技术交流会 seminar, 展会 exhibition, 高层拜访 executive visit, 参观考察
// reference visit, 产品演示 demo, 客户联谊 customer event. The user adds
// more in the settings (MarketingSettings.Types).
var ActivityTypes = []ActivityType{
	{"seminar", Text{"技术交流会", "Seminar"}},
	{"exhibition", Text{"展会", "Exhibition"}},
	{"executive", Text{"高层拜访", "Executive visit"}},
	{"reference", Text{"参观考察", "Reference visit"}},
	{"demo", Text{"产品演示", "Product demo"}},
	{"event", Text{"客户联谊", "Customer event"}},
}

// ActivityType is a kind of marketing activity: a built-in one or one the
// user named (its ID then starts with "u").
type ActivityType struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
}

// Activity statuses: planned → done → reviewed (计划 → 已举办 → 已复盘).
const (
	ActivityPlanned  = "planned"
	ActivityDone     = "done"
	ActivityReviewed = "reviewed"
)

// ActivityStatuses in their order.
var ActivityStatuses = []string{ActivityPlanned, ActivityDone, ActivityReviewed}

// CostCategories are the lines an activity's budget and cost are kept in.
var CostCategories = []string{"venue", "catering", "travel", "materials", "gifts", "speakers", "other"}

// Cost is one category of an activity's money: what was budgeted and what
// was spent, in minor units.
type Cost struct {
	Category string `json:"category"`
	Budget   int64  `json:"budget"`
	Actual   int64  `json:"actual"`
}

// Invitee is a person invited to an activity, and whether they came.
type Invitee struct {
	ContactID   int64  `json:"contactId"`
	Name        string `json:"name"`        // read only
	AccountID   int64  `json:"accountId"`   // read only
	AccountName string `json:"accountName"` // read only
	Attended    bool   `json:"attended"`
}

// Activity is one marketing activity for key accounts (市场活动).
type Activity struct {
	ID        int64     `json:"id"`
	Type      string    `json:"type"`
	Title     string    `json:"title"`
	Start     string    `json:"start"` // YYYY-MM-DD
	End       string    `json:"end"`   // YYYY-MM-DD, not before Start
	Place     string    `json:"place"`
	Status    string    `json:"status"`
	Notes     string    `json:"notes"`
	Review    string    `json:"review"` // what the review found (复盘)
	Accounts  []int64   `json:"accounts"`
	Invitees  []Invitee `json:"invitees"`
	Costs     []Cost    `json:"costs"`
	Deals     []int64   `json:"deals"` // the deals the user linked to it
	Version   int64     `json:"version"`
	CreatedAt string    `json:"createdAt"`
	UpdatedAt string    `json:"updatedAt"`
	DeletedAt string    `json:"deletedAt"`
}

// ActivityFacts are the figures stored on each activity (kept by the
// store's triggers in the write's own transaction) that the list shows.
type ActivityFacts struct {
	Budget   int64 `json:"budget"`
	Cost     int64 `json:"cost"`
	Accounts int   `json:"accounts"`
	Invited  int   `json:"invited"`
	Attended int   `json:"attended"`
	Deals    int   `json:"deals"`
	Won      int64 `json:"won"` // won revenue of the linked live deals
}

// MarketingSettings are the marketing parameters: the user's own activity
// types and the window after an activity in which a deal created or moved
// at one of its accounts is suggested as produced by it.
type MarketingSettings struct {
	Types       []ActivityType `json:"types"`
	SuggestDays int            `json:"suggestDays"`
}

// DefaultMarketing: no own types, a 90-day window.
func DefaultMarketing() MarketingSettings {
	return MarketingSettings{Types: []ActivityType{}, SuggestDays: 90}
}

// Validate checks the marketing settings; every own type has a name and
// an id of its own.
func (m MarketingSettings) Validate() error {
	var v Validation
	if m.SuggestDays < 0 || m.SuggestDays > 730 {
		v.Add("suggestDays", "error.range", map[string]any{"min": 0, "max": 730})
	}
	seen := map[string]bool{}
	for _, t := range ActivityTypes {
		seen[t.ID] = true
	}
	for i, t := range m.Types {
		if !strings.HasPrefix(t.ID, "u") || seen[t.ID] || len(t.ID) > 20 {
			v.Add(fmt.Sprintf("types.%d", i), "error.choice", nil)
		}
		seen[t.ID] = true
		if Blank(t.Name.Zh) && Blank(t.Name.En) {
			v.Add(fmt.Sprintf("types.%d", i), "error.required", nil)
		}
		if len([]rune(t.Name.Zh)) > 60 || len([]rune(t.Name.En)) > 60 {
			v.Add(fmt.Sprintf("types.%d", i), "error.tooLong", map[string]any{"max": 60})
		}
	}
	return v.Err()
}

// AllTypes are the built-in types followed by the user's own.
func (m MarketingSettings) AllTypes() []ActivityType {
	return append(append([]ActivityType{}, ActivityTypes...), m.Types...)
}

// HasType is true for a built-in or own type id.
func (m MarketingSettings) HasType(id string) bool {
	for _, t := range m.AllTypes() {
		if t.ID == id {
			return true
		}
	}
	return false
}

// TrimActivity trims the one-line fields, drops control characters from
// the notes and repeated accounts, people, costs and deals.
func TrimActivity(a *Activity) {
	a.Type, a.Title, a.Start, a.End, a.Place, a.Status =
		CleanLine(a.Type), CleanLine(a.Title), CleanLine(a.Start), CleanLine(a.End), CleanLine(a.Place), CleanLine(a.Status)
	a.Notes, a.Review = CleanText(a.Notes), CleanText(a.Review)
	a.Accounts, a.Deals = uniqueIDs(a.Accounts), uniqueIDs(a.Deals)
	seen := map[int64]bool{}
	inv := []Invitee{}
	for _, p := range a.Invitees {
		if !seen[p.ContactID] {
			seen[p.ContactID] = true
			inv = append(inv, p)
		}
	}
	a.Invitees = inv
	cats := map[string]bool{}
	costs := []Cost{}
	for _, c := range a.Costs {
		if !cats[c.Category] && (c.Budget != 0 || c.Actual != 0) {
			cats[c.Category] = true
			costs = append(costs, c)
		}
	}
	a.Costs = costs
}

func uniqueIDs(ids []int64) []int64 {
	seen := map[int64]bool{}
	out := []int64{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// Validate checks an activity as typed against the settings' types and
// today (YYYY-MM-DD): that its accounts, people and deals exist is the
// store's check. Done and reviewed activities have happened: they may
// not start after today.
func (a *Activity) Validate(m MarketingSettings, today string) error {
	var v Validation
	if !m.HasType(a.Type) {
		v.Add("type", "error.choice", nil)
	}
	switch n := len([]rune(a.Title)); {
	case Blank(a.Title):
		v.Add("title", "error.required", nil)
	case n > MaxShortText:
		v.Add("title", "error.tooLong", map[string]any{"max": MaxShortText, "length": n})
	}
	if n := len([]rune(a.Place)); n > MaxShortText {
		v.Add("place", "error.tooLong", map[string]any{"max": MaxShortText, "length": n})
	}
	for _, f := range []struct {
		field, text string
	}{{"notes", a.Notes}, {"review", a.Review}} {
		if n := len([]rune(f.text)); n > MaxLongText {
			v.Add(f.field, "error.tooLong", map[string]any{"max": MaxLongText, "length": n})
		}
	}
	if !contains(ActivityStatuses, a.Status) {
		v.Add("status", "error.choice", nil)
	}
	if a.Start == "" {
		v.Add("start", "error.required", nil)
	}
	if a.End == "" {
		a.End = a.Start
	}
	_, e1 := time.Parse(time.DateOnly, a.Start)
	_, e2 := time.Parse(time.DateOnly, a.End)
	if a.Start != "" && e1 == nil && e2 == nil {
		if a.End < a.Start {
			v.Add("end", "marketing.error.endBeforeStart", nil)
		} else if daysBetween(a.Start, a.End) >= MaxActivityDays {
			v.Add("end", "marketing.error.tooLong", map[string]any{"max": MaxActivityDays})
		} else if a.Status != ActivityPlanned && a.Start > today {
			v.Add("status", "marketing.error.notYet", nil)
		}
	}
	if len(a.Accounts) == 0 {
		v.Add("accounts", "error.required", nil)
	}
	if len(a.Accounts) > MaxActivityAccounts {
		v.Add("accounts", "error.tooManyRows", map[string]any{"max": MaxActivityAccounts})
	}
	if len(a.Invitees) > MaxActivityInvitees {
		v.Add("invitees", "error.tooManyRows", map[string]any{"max": MaxActivityInvitees})
	}
	if len(a.Deals) > MaxActivityDeals {
		v.Add("deals", "error.tooManyRows", map[string]any{"max": MaxActivityDeals})
	}
	for _, c := range a.Costs {
		if !contains(CostCategories, c.Category) {
			v.Add("costs."+c.Category, "error.choice", nil)
			continue
		}
		checkAmount(&v, "costs."+c.Category+".budget", c.Budget)
		checkAmount(&v, "costs."+c.Category+".actual", c.Actual)
	}
	err := CheckDates(v.Err(), today, DateField{"start", a.Start, SpanExpected}, DateField{"end", a.End, SpanExpected})
	return err
}

// How many accounts, people and deals one activity may hold: a seminar
// for a region's key accounts, not a mailing list.
const (
	MaxActivityAccounts = 200
	MaxActivityInvitees = 500
	MaxActivityDeals    = 200
	// MaxActivityDays is the longest activity, in days: an exhibition or
	// a roadshow, not a campaign.
	MaxActivityDays = 60
)

// ROI is a marketing return on investment: (won revenue − cost) ÷ cost.
// OK is false when nothing was spent (no ratio to show).
type ROI struct {
	Revenue int64   `json:"revenue"`
	Cost    int64   `json:"cost"`
	Ratio   float64 `json:"ratio"`
	OK      bool    `json:"ok"`
}

// ComputeROI is (revenue − cost) ÷ cost; with no cost there is no ratio.
func ComputeROI(revenue, cost int64) ROI {
	r := ROI{Revenue: revenue, Cost: cost}
	if cost > 0 {
		r.Ratio, r.OK = float64(revenue-cost)/float64(cost), true
	}
	return r
}

// AttributedDeal is a deal as the attribution rule sees it.
type AttributedDeal struct {
	ID     int64
	Status string // open, won, lost, abandoned
	Amount int64
	Live   bool // not in the trash
}

// AttributedRevenue is the attribution rule (归因规则): an activity is
// credited with the full amount of every won, live deal the user linked to
// it (influenced revenue); a deal linked to several activities counts for
// each of them, and once in a period's total (see PeriodRevenue).
func AttributedRevenue(linked []AttributedDeal) int64 {
	var sum int64
	for _, d := range linked {
		if d.Live && d.Status == "won" {
			sum += d.Amount
		}
	}
	return sum
}

// PeriodRevenue sums the won, live deals linked to any of a period's
// activities, each deal once however many activities it is linked to.
func PeriodRevenue(byActivity [][]AttributedDeal) int64 {
	seen := map[int64]bool{}
	var sum int64
	for _, list := range byActivity {
		for _, d := range list {
			if !seen[d.ID] && d.Live && d.Status == "won" {
				seen[d.ID] = true
				sum += d.Amount
			}
		}
	}
	return sum
}

// MarketingPlanLine is the plan of one activity type for a period: how
// many activities, the budget, and the revenue they should produce.
type MarketingPlanLine struct {
	Type       string `json:"type"`
	Activities int    `json:"activities"`
	Budget     int64  `json:"budget"`
	Revenue    int64  `json:"revenue"`
}

// MarketingPlan is the marketing plan (营销计划) of a year or a quarter.
type MarketingPlan struct {
	Period string              `json:"period"` // '2026' or '2026-Q3'
	Lines  []MarketingPlanLine `json:"lines"`
}

// Validate checks the plan: a year or quarter, known types once each,
// counts and money in range.
func (p *MarketingPlan) Validate(m MarketingSettings) error {
	var v Validation
	if per, err := ParsePeriod(p.Period); err != nil || (per.Kind != PeriodYear && per.Kind != PeriodQuarter) {
		v.Add("period", "error.period", map[string]any{"period": p.Period})
	}
	seen := map[string]bool{}
	for i, l := range p.Lines {
		f := fmt.Sprintf("lines.%d", i)
		if !m.HasType(l.Type) || seen[l.Type] {
			v.Add(f+".type", "error.choice", nil)
		}
		seen[l.Type] = true
		if l.Activities < 0 || l.Activities > 10000 {
			v.Add(f+".activities", "error.range", map[string]any{"min": 0, "max": 10000})
		}
		checkAmount(&v, f+".budget", l.Budget)
		checkAmount(&v, f+".revenue", l.Revenue)
	}
	return v.Err()
}
