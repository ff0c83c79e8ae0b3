package service

import (
	"context"
	"io"

	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/store"
)

// MaxReportActivities is how many activities a period's report lists.
const MaxReportActivities = 400

// typeText is a type's name in both languages (an unknown id as itself).
func typeText(set domain.MarketingSettings, id string) domain.Text {
	for _, t := range set.AllTypes() {
		if t.ID == id {
			return t.Name
		}
	}
	return domain.Text{Zh: id, En: id}
}

// ActivityReport prints one activity's 市场活动报告 in lang.
func (m *Marketing) ActivityReport(ctx context.Context, id int64, lang string, w io.Writer) error {
	if _, err := report.NormalizeLang(lang); err != nil {
		return err
	}
	v, err := m.Get(ctx, id)
	if err != nil {
		return err
	}
	set, err := m.store.Settings(ctx)
	if err != nil {
		return err
	}
	a := v.Activity
	data := report.MarketingActivityData{Printed: m.now(), Currency: set.Currency, Type: typeText(set.Marketing, a.Type),
		Title: a.Title, Start: a.Start, End: a.End, Place: a.Place, Status: a.Status, Costs: a.Costs,
		Revenue: v.Facts.Won, Cost: v.Facts.Cost, Notes: a.Notes, Review: a.Review}
	for _, acc := range a.Accounts {
		data.Accounts = append(data.Accounts, v.AccountNames[acc])
	}
	for _, p := range a.Invitees {
		data.People = append(data.People, report.MarketingPerson{Name: p.Name, Account: p.AccountName, Attended: p.Attended})
	}
	for _, d := range v.Linked {
		data.Deals = append(data.Deals, report.MarketingDeal{Name: d.Name, Account: d.AccountName, Status: d.Status, Amount: d.Amount, Live: d.Live})
	}
	return report.MarketingActivity(w, data, lang)
}

// PeriodReport prints a year's or quarter's 市场活动报告 in lang.
func (m *Marketing) PeriodReport(ctx context.Context, period, lang string, w io.Writer) error {
	if _, err := report.NormalizeLang(lang); err != nil {
		return err
	}
	c, err := m.Control(ctx, period)
	if err != nil {
		return err
	}
	set, err := m.store.Settings(ctx)
	if err != nil {
		return err
	}
	line := func(l ControlLine, name domain.Text) report.MarketingLine {
		return report.MarketingLine{Name: name, PlanActivities: l.Plan.Activities, PlanBudget: l.Plan.Budget, PlanRevenue: l.Plan.Revenue,
			Activities: l.Actual.Activities, Held: l.Actual.Held, Cost: l.Actual.Cost, Revenue: l.Actual.Revenue}
	}
	data := report.MarketingPeriodData{Printed: m.now(), Currency: set.Currency, Period: period, Total: line(c.Total, domain.Text{})}
	for _, l := range c.Lines {
		data.Lines = append(data.Lines, line(l, typeText(set.Marketing, l.Type)))
	}
	for _, q := range c.Quarters {
		name := q.Type[:4] + " Q" + q.Type[6:]
		data.Quarters = append(data.Quarters, line(q, domain.Text{Zh: name, En: name}))
	}
	_, total, err := m.store.ActivityPage(ctx, store.ActivityQuery{From: c.Period.From, To: c.Period.To, Limit: 1})
	if err != nil {
		return err
	}
	data.ActivitiesTotal = total
	rows, err := m.store.ActivitiesBetween(ctx, c.Period.From, c.Period.To, MaxReportActivities)
	if err != nil {
		return err
	}
	for _, r := range rows {
		data.Activities = append(data.Activities, report.MarketingRow{Start: r.Start, Title: r.Title, Status: r.Status,
			Type: typeText(set.Marketing, r.Type), Accounts: r.Accounts, Cost: r.Cost, Won: r.Won})
	}
	return report.MarketingPeriod(w, data, lang)
}
