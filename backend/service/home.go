package service

import (
	"context"
	"sort"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// Horizon is how far ahead the home screen looks for next steps and
// birthdays.
const Horizon = 14

// Birthday is a contact's coming birthday.
type Birthday struct {
	ContactID   int64  `json:"contactId"`
	AccountID   int64  `json:"accountId"`
	Name        string `json:"name"`
	Title       string `json:"title"`
	AccountName string `json:"accountName"`
	Date        string `json:"date"`   // the coming birthday, YYYY-MM-DD
	InDays      int    `json:"inDays"` // 0 is today
}

// HomeTop is how many rows each card of the home screen shows; each says
// how many there are in all.
const HomeTop = 10

// Home is the first screen's agenda: the first next steps due (overdue
// ones included), the first birthdays within the horizon and the first
// key accounts with red flags, each with its total.
type Home struct {
	Today          string               `json:"today"`
	Steps          []domain.Interaction `json:"steps"`
	StepsTotal     int                  `json:"stepsTotal"`
	Birthdays      []Birthday           `json:"birthdays"`
	BirthdaysTotal int                  `json:"birthdaysTotal"`
	Flagged        []AccountView        `json:"flagged"`
	FlaggedTotal   int                  `json:"flaggedTotal"`
	// Overdue is the first account-plan actions past due and not done,
	// oldest first; OverdueTotal counts them.
	Overdue      []store.OverdueAction `json:"overdue"`
	OverdueTotal int                   `json:"overdueTotal"`
	Dashboard    Dashboard             `json:"dashboard"`
	// AtRisk is the first accounts in the health alert, lowest first;
	// AtRiskTotal counts them.
	AtRisk      []store.AtRiskAccount `json:"atRisk"`
	AtRiskTotal int                   `json:"atRiskTotal"`
}

// Dashboard is the user's standing against their targets: this year and
// this quarter, each with the open weighted pipeline and its coverage of
// the revenue target still to reach.
type Dashboard struct {
	MyName  string          `json:"myName"` // "" until set in the settings
	Periods []DashboardLine `json:"periods"`
}

// DashboardLine is one period of the dashboard.
type DashboardLine struct {
	Target domain.TargetView `json:"target"`
	// Weighted is the open weighted pipeline of the user's deals expected
	// to close in the period; Coverage is it ÷ (revenue target − revenue
	// won), or unavailable with a reason (no target, target reached).
	Weighted int64      `json:"weighted"`
	Coverage domain.KPI `json:"coverage"`
}

// Home gathers the agenda for today. The flagged key accounts come most
// important (highest identification score) first.
func (p *People) Home(ctx context.Context) (Home, error) {
	now := p.now()
	h := Home{Today: today(p.now)}
	var err error
	if h.Steps, h.StepsTotal, err = p.store.DueSteps(ctx, now.AddDate(0, 0, Horizon).Format(time.DateOnly), HomeTop); err != nil {
		return h, err
	}
	contacts, total, err := p.store.Birthdays(ctx, store.BirthdayWindow(now, Horizon), HomeTop)
	if err != nil {
		return h, err
	}
	h.Birthdays, h.BirthdaysTotal = UpcomingBirthdays(contacts, now, Horizon), total
	flagged, err := accountPage(ctx, p.store, now, store.AccountQuery{KeyOnly: true, FlaggedOnly: true, Sort: "identification", Desc: true, Limit: HomeTop})
	if err != nil {
		return h, err
	}
	h.Flagged, h.FlaggedTotal = flagged.Rows, flagged.Total
	if h.Overdue, h.OverdueTotal, err = p.store.OverdueActions(ctx, h.Today, 0, HomeTop); err != nil {
		return h, err
	}
	if err := p.store.SettleDay(ctx); err != nil {
		return h, err
	}
	if h.AtRisk, h.AtRiskTotal, err = p.store.AtRiskPage(ctx, 0, HomeTop); err != nil {
		return h, err
	}
	h.Dashboard, err = dashboard(ctx, p.store, now)
	return h, err
}

// dashboard computes the user's year and current quarter.
func dashboard(ctx context.Context, st *store.Store, now time.Time) (Dashboard, error) {
	d := Dashboard{Periods: []DashboardLine{}}
	set, err := st.Settings(ctx)
	if err != nil {
		return d, err
	}
	name, id, err := me(ctx, st, set)
	d.MyName = name
	if err != nil || id == 0 {
		return d, err
	}
	t := &Targets{store: st, now: func() time.Time { return now }}
	for _, kind := range []string{domain.PeriodYear, domain.PeriodQuarter} {
		p, _ := domain.ParsePeriod(domain.PeriodKey(kind, now))
		v, err := t.view(ctx, p, domain.TargetScope{MemberID: id}, name)
		if err != nil {
			return d, err
		}
		w, err := st.OpenWeighted(ctx, set.Stages, p, id)
		if err != nil {
			return d, err
		}
		d.Periods = append(d.Periods, DashboardLine{Target: v, Weighted: w,
			Coverage: domain.PipelineCoverage(w, v.Revenue.Target, v.Revenue.Actual, v.Set)})
	}
	return d, nil
}

// UpcomingBirthdays lists the birthdays from today to today+days, soonest
// first. A 29 February birthday falls on 28 February in other years.
func UpcomingBirthdays(contacts []domain.Contact, now time.Time, days int) []Birthday {
	t := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	out := []Birthday{}
	for _, c := range contacts {
		b, err := time.Parse(time.DateOnly, c.Birthday)
		if err != nil {
			continue
		}
		next := onYear(b, t.Year())
		if next.Before(t) {
			next = onYear(b, t.Year()+1)
		}
		in := int(next.Sub(t).Hours() / 24)
		if in > days {
			continue
		}
		out = append(out, Birthday{ContactID: c.ID, AccountID: c.AccountID, Name: c.Name, Title: c.Title,
			AccountName: c.AccountName, Date: next.Format(time.DateOnly), InDays: in})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].InDays < out[j].InDays })
	return out
}

func onYear(b time.Time, year int) time.Time {
	d := time.Date(year, b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	if d.Month() != b.Month() { // 29 February in a common year
		d = time.Date(year, b.Month(), 28, 0, 0, 0, 0, time.UTC)
	}
	return d
}
