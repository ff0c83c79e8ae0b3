package service

import (
	"context"
	"io"
	"regexp"

	"kams/backend/domain"
	"kams/backend/report"
)

// Plan writes the account plan (大客户计划) of a live account for a year as
// PDF in lang ("zh" or "en").
func (r *Reports) Plan(ctx context.Context, accountID int64, year int, lang string, w io.Writer) error {
	p, err := r.PlanData(ctx, accountID, year)
	if err != nil {
		return err
	}
	return report.Plan(w, p, lang)
}

// PlanData gathers what the account plan shows: the profile, people, deals
// and stages the app keeps, and the plan's sections and targets.
func (r *Reports) PlanData(ctx context.Context, accountID int64, year int) (report.PlanData, error) {
	var p report.PlanData
	if year < 2000 || year > 2100 {
		return p, fieldError("year", "error.range", map[string]any{"min": 2000, "max": 2100})
	}
	set, err := r.store.Settings(ctx)
	if err != nil {
		return p, err
	}
	view, err := r.accounts.Get(ctx, accountID)
	if err != nil {
		return p, err
	}
	if view.Account.DeletedAt != "" {
		return p, domain.NotFound("account", accountID)
	}
	contacts, err := r.people.Contacts(ctx, accountID)
	if err != nil {
		return p, err
	}
	deals, err := r.deals.List(ctx, accountID)
	if err != nil {
		return p, err
	}
	sections, err := r.planSections(ctx, accountID, year)
	if err != nil {
		return p, err
	}
	targets, err := r.planTargets(ctx, accountID, year)
	if err != nil {
		return p, err
	}
	// The situation the plan leaves empty is the one the profile holds.
	a := view.Account
	for _, f := range []struct {
		plan    *string
		profile string
	}{
		{&sections.Strategy, a.BusinessStrategy},
		{&sections.Organisation, a.SupplyChainStrategy},
		{&sections.Procurement, a.ProcurementPlans},
	} {
		if *f.plan == "" {
			*f.plan = f.profile
		}
	}
	p = report.PlanData{Printed: r.now(), Currency: set.Currency, Year: year, Account: a, Scores: view.Scores,
		Contacts: contacts, Stages: set.Stages, Plan: sections, Targets: targets}
	for _, d := range deals {
		p.Deals = append(p.Deals, d.Deal) // the view holds the effective probability
	}
	return p, nil
}

// planSections are the parts of the plan the user writes for the account
// and year: empty for now.
func (r *Reports) planSections(ctx context.Context, accountID int64, year int) (report.PlanSections, error) {
	// filled when the plan editor lands
	return report.PlanSections{}, nil
}

// planTargets are the account's targets of the year and of its quarters,
// each with what was achieved so far.
func (r *Reports) planTargets(ctx context.Context, accountID int64, year int) ([]report.PlanTarget, error) {
	views, err := r.targets.AccountYear(ctx, accountID, year)
	if err != nil {
		return nil, err
	}
	out := make([]report.PlanTarget, 0, len(views))
	for _, v := range views {
		out = append(out, report.PlanTarget{Period: v.Period,
			RevenueTarget: v.Revenue.Target, Revenue: v.Revenue.Actual,
			NewOppsTarget: int(v.NewOpportunities.Target), NewOpps: int(v.NewOpportunities.Actual),
			VisitsTarget: int(v.Visits.Target), Visits: int(v.Visits.Actual)})
	}
	return out, nil
}

// periodPattern is an assessment period: a year, half-year, quarter or month.
var periodPattern = regexp.MustCompile(`^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$`)

// Review writes the team performance review (团队绩效考核) of a period
// ("2026", "2026-H1", "2026-Q3", "2026-07") as PDF in lang.
func (r *Reports) Review(ctx context.Context, period, lang string, w io.Writer) error {
	d, err := r.ReviewData(ctx, period)
	if err != nil {
		return err
	}
	return report.Review(w, d, lang)
}

// ErrNoAssessments is returned for a period nobody was assessed in.
func ErrNoAssessments(period string) error {
	return &domain.Error{Code: domain.CodeNotFound, Key: "error.noAssessments", Params: map[string]any{"period": period}}
}

// ReviewData gathers the team's assessments of a period.
func (r *Reports) ReviewData(ctx context.Context, period string) (report.ReviewData, error) {
	if !periodPattern.MatchString(period) {
		return report.ReviewData{}, fieldError("period", "error.period", nil)
	}
	set, err := r.store.Settings(ctx)
	if err != nil {
		return report.ReviewData{}, err
	}
	members, err := r.reviewMembers(ctx, period)
	if err != nil {
		return report.ReviewData{}, err
	}
	if len(members) == 0 {
		return report.ReviewData{}, ErrNoAssessments(period)
	}
	return report.ReviewData{Printed: r.now(), Currency: set.Currency, Period: period, Members: members}, nil
}

// reviewMembers are the members' assessments of the period: none until the
// team assessment lands.
func (r *Reports) reviewMembers(ctx context.Context, period string) ([]report.ReviewMember, error) {
	// filled when the team assessment lands
	return nil, nil
}

// fieldError is a validation error on one field.
func fieldError(field, key string, params map[string]any) error {
	var v domain.Validation
	v.Add(field, key, params)
	return v.Err()
}

// flagOpenAfterExport remembers the export dialog's "open after export"
// box. It lives in the database with the user's other choices, rather than
// in the webview's localStorage, whose origin changes between the dev
// server and the app and which WebKitGTK may not keep.
const flagOpenAfterExport = "openAfterExport"

// OpenAfterExport is whether an exported PDF opens in the system viewer.
func (r *Reports) OpenAfterExport(ctx context.Context) (bool, error) {
	return r.store.Flag(ctx, flagOpenAfterExport)
}

// SetOpenAfterExport remembers the "open after export" box.
func (r *Reports) SetOpenAfterExport(ctx context.Context, on bool) error {
	return r.store.SetFlag(ctx, flagOpenAfterExport, on)
}
