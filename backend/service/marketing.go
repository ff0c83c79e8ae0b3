package service

import (
	"context"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Marketing is the marketing of key accounts (市场营销管理): activities
// with their accounts, people, costs and the deals they produced, their
// ROI, and the marketing plan against what was done (营销控制).
type Marketing struct {
	store *store.Store
	now   clock.Clock
}

// NewMarketing builds the service over a store; now is the clock.
func NewMarketing(s *store.Store, now clock.Clock) *Marketing { return &Marketing{store: s, now: now} }

// ActivityPage is one page of activities and how many the query picks.
type ActivityPage struct {
	Rows  []store.ActivityRow `json:"rows"`
	Total int                 `json:"total"`
}

// ActivityPageSize is the most rows a list asks for at once.
const ActivityPageSize = 50

// Page reads a page of the activities: Period ("" all, '2026',
// '2026-Q3' …) narrows From..To.
func (m *Marketing) Page(ctx context.Context, q store.ActivityQuery) (ActivityPage, error) {
	if q.Limit <= 0 || q.Limit > ActivityPageSize {
		q.Limit = ActivityPageSize
	}
	rows, total, err := m.store.ActivityPage(ctx, q)
	return ActivityPage{Rows: rows, Total: total}, err
}

// ActivityView is an activity's page: the activity, its stored facts,
// its ROI, its accounts' names, the deals linked to it and the deals
// suggested as produced by it.
type ActivityView struct {
	Activity     domain.Activity      `json:"activity"`
	Facts        domain.ActivityFacts `json:"facts"`
	ROI          domain.ROI           `json:"roi"`
	AccountNames map[int64]string     `json:"accountNames"`
	Linked       []store.LinkedDeal   `json:"linked"`
	Suggested    []store.LinkedDeal   `json:"suggested"`
	// SuggestFrom..SuggestTo is the window suggestions come from.
	SuggestFrom string `json:"suggestFrom"`
	SuggestTo   string `json:"suggestTo"`
}

// MaxSuggestions is how many suggested deals an activity's page shows.
const MaxSuggestions = 30

// Get reads an activity's page.
func (m *Marketing) Get(ctx context.Context, id int64) (ActivityView, error) {
	a, f, err := m.store.Activity(ctx, id)
	if err != nil {
		return ActivityView{}, err
	}
	set, err := m.store.Settings(ctx)
	if err != nil {
		return ActivityView{}, err
	}
	v := ActivityView{Activity: a, Facts: f, ROI: domain.ComputeROI(f.Won, f.Cost)}
	if v.AccountNames, err = m.store.NamedAccounts(ctx, a.Accounts); err != nil {
		return v, err
	}
	if v.Linked, err = m.store.LinkedDeals(ctx, id); err != nil {
		return v, err
	}
	v.SuggestFrom, v.SuggestTo = SuggestWindow(a, set.Marketing.SuggestDays)
	v.Suggested, err = m.store.SuggestedDeals(ctx, id, v.SuggestFrom, v.SuggestTo, MaxSuggestions)
	return v, err
}

// SuggestWindow is the days in which a deal created or moved at one of the
// activity's accounts is suggested as produced by it: from its first day
// to days after its last.
func SuggestWindow(a domain.Activity, days int) (string, string) {
	end, err := time.Parse(time.DateOnly, a.End)
	if err != nil {
		return a.Start, a.End
	}
	return a.Start, end.AddDate(0, 0, days).Format(time.DateOnly)
}

// Save validates and saves an activity (ID 0 adds one), returning its page.
func (m *Marketing) Save(ctx context.Context, a domain.Activity) (ActivityView, error) {
	domain.TrimActivity(&a)
	set, err := m.store.Settings(ctx)
	if err != nil {
		return ActivityView{}, err
	}
	if err := a.Validate(set.Marketing, m.now.Today()); err != nil {
		return ActivityView{}, err
	}
	id, err := m.store.SaveActivity(ctx, a)
	if err != nil {
		return ActivityView{}, err
	}
	return m.Get(ctx, id)
}

// SetStatus moves an activity to planned, done or reviewed; an activity
// that has not started cannot be held.
func (m *Marketing) SetStatus(ctx context.Context, id int64, status string) (ActivityView, error) {
	a, _, err := m.store.Activity(ctx, id)
	if err != nil {
		return ActivityView{}, err
	}
	a.Status = status
	set, err := m.store.Settings(ctx)
	if err != nil {
		return ActivityView{}, err
	}
	if err := a.Validate(set.Marketing, m.now.Today()); err != nil {
		return ActivityView{}, err
	}
	if err := m.store.SetActivityStatus(ctx, id, status); err != nil {
		return ActivityView{}, err
	}
	return m.Get(ctx, id)
}

// Link links (on) or unlinks a deal to an activity, returning its page.
func (m *Marketing) Link(ctx context.Context, id, deal int64, on bool) (ActivityView, error) {
	a, _, err := m.store.Activity(ctx, id)
	if err != nil {
		return ActivityView{}, err
	}
	out := []int64{}
	for _, d := range a.Deals {
		if d != deal {
			out = append(out, d)
		}
	}
	if on {
		out = append(out, deal)
	}
	a.Deals = out
	return m.Save(ctx, a)
}

// Delete moves an activity to the trash.
func (m *Marketing) Delete(ctx context.Context, id int64) error {
	return m.store.DeleteActivity(ctx, id)
}

// Restore brings an activity back from the trash.
func (m *Marketing) Restore(ctx context.Context, id int64) error {
	return m.store.RestoreActivity(ctx, id)
}

// TrashPage is one page of the activities in the trash.
func (m *Marketing) TrashPage(ctx context.Context, offset, limit int) (ActivityPage, error) {
	rows, total, err := m.store.TrashedActivityPage(ctx, offset, limit)
	return ActivityPage{Rows: rows, Total: total}, err
}

// ThisWeek lists the activities running this week (Home's card).
func (m *Marketing) ThisWeek(ctx context.Context) ([]store.ActivityRow, error) {
	wk, err := domain.ParseWeek(domain.WeekKey(m.now()))
	if err != nil {
		return nil, err
	}
	return m.store.ActivitiesOverlapping(ctx, wk.From, wk.To, 10)
}

// Plan reads the marketing plan of a year or quarter.
func (m *Marketing) Plan(ctx context.Context, period string) (domain.MarketingPlan, error) {
	if err := controlPeriod(period); err != nil {
		return domain.MarketingPlan{}, err
	}
	return m.store.MarketingPlan(ctx, period)
}

// SavePlan validates and saves a marketing plan (lines with nothing in
// them are dropped).
func (m *Marketing) SavePlan(ctx context.Context, p domain.MarketingPlan) (domain.MarketingPlan, error) {
	set, err := m.store.Settings(ctx)
	if err != nil {
		return p, err
	}
	lines := []domain.MarketingPlanLine{}
	for _, l := range p.Lines {
		if l.Activities != 0 || l.Budget != 0 || l.Revenue != 0 {
			lines = append(lines, l)
		}
	}
	p.Lines = lines
	if err := p.Validate(set.Marketing); err != nil {
		return p, err
	}
	if err := m.store.SaveMarketingPlan(ctx, p); err != nil {
		return p, err
	}
	return m.store.MarketingPlan(ctx, p.Period)
}

func controlPeriod(period string) error {
	p, err := domain.ParsePeriod(period)
	if err != nil {
		return err
	}
	if p.Kind != domain.PeriodYear && p.Kind != domain.PeriodQuarter {
		var v domain.Validation
		v.Add("period", "marketing.error.period", map[string]any{"period": period})
		return v.Err()
	}
	return nil
}

// ControlLine is one type's plan against what its activities did.
type ControlLine struct {
	Type string                   `json:"type"`
	Plan domain.MarketingPlanLine `json:"plan"`
	// Actual: activities started in the period, those held, their budget,
	// cost and produced revenue; ROI from the revenue and cost.
	Actual store.TypeActual `json:"actual"`
	ROI    domain.ROI       `json:"roi"`
}

// Control is the marketing control (营销控制) of a year or a quarter.
type Control struct {
	Period domain.Period `json:"period"`
	Lines  []ControlLine `json:"lines"`
	// Total sums the lines; its revenue counts each won deal once.
	Total ControlLine `json:"total"`
	// Quarters, for a year, are its four quarters' totals.
	Quarters []ControlLine `json:"quarters"`
}

// Empty is true when the period has neither activities nor a plan.
func (c Control) Empty() bool {
	return c.Total.Actual.Activities == 0 && c.Total.Plan.Activities == 0 && c.Total.Plan.Budget == 0 && c.Total.Plan.Revenue == 0
}

// Control compares a year's or quarter's plan with its activities.
func (m *Marketing) Control(ctx context.Context, period string) (Control, error) {
	if err := controlPeriod(period); err != nil {
		return Control{}, err
	}
	per, _ := domain.ParsePeriod(period)
	set, err := m.store.Settings(ctx)
	if err != nil {
		return Control{}, err
	}
	c := Control{Period: per, Lines: []ControlLine{}, Quarters: []ControlLine{}}
	c.Lines, c.Total, err = m.control(ctx, per, set.Marketing)
	if err != nil || per.Kind != domain.PeriodYear {
		return c, err
	}
	for _, q := range domain.Quarters(per.Year) {
		qp, _ := domain.ParsePeriod(q)
		_, total, err := m.control(ctx, qp, set.Marketing)
		if err != nil {
			return c, err
		}
		total.Type = q
		c.Quarters = append(c.Quarters, total)
	}
	return c, nil
}

func (m *Marketing) control(ctx context.Context, per domain.Period, set domain.MarketingSettings) ([]ControlLine, ControlLine, error) {
	plan, err := m.store.MarketingPlan(ctx, per.Key)
	if err != nil {
		return nil, ControlLine{}, err
	}
	actuals, revenue, err := m.store.MarketingActuals(ctx, per.From, per.To)
	if err != nil {
		return nil, ControlLine{}, err
	}
	byType := map[string]*ControlLine{}
	var lines []ControlLine
	order := []string{}
	for _, t := range set.AllTypes() {
		order = append(order, t.ID)
	}
	line := func(t string) *ControlLine {
		if l, ok := byType[t]; ok {
			return l
		}
		byType[t] = &ControlLine{Type: t, Plan: domain.MarketingPlanLine{Type: t}, Actual: store.TypeActual{Type: t}}
		found := false
		for _, o := range order {
			found = found || o == t
		}
		if !found {
			order = append(order, t) // a type the settings no longer have
		}
		return byType[t]
	}
	for _, l := range plan.Lines {
		line(l.Type).Plan = l
	}
	for _, a := range actuals {
		line(a.Type).Actual = a
	}
	total := ControlLine{Type: "", Plan: domain.MarketingPlanLine{}, Actual: store.TypeActual{}}
	for _, t := range order {
		l, ok := byType[t]
		if !ok {
			continue
		}
		l.ROI = domain.ComputeROI(l.Actual.Revenue, l.Actual.Cost)
		lines = append(lines, *l)
		total.Plan.Activities += l.Plan.Activities
		total.Plan.Budget += l.Plan.Budget
		total.Plan.Revenue += l.Plan.Revenue
		total.Actual.Activities += l.Actual.Activities
		total.Actual.Held += l.Actual.Held
		total.Actual.Budget += l.Actual.Budget
		total.Actual.Cost += l.Actual.Cost
	}
	total.Actual.Revenue = revenue
	total.ROI = domain.ComputeROI(revenue, total.Actual.Cost)
	if lines == nil {
		lines = []ControlLine{}
	}
	return lines, total, nil
}
