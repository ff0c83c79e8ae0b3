package service

import (
	"context"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

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
	if err := checkYear("year", year); err != nil {
		return p, err
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
	sections, stage, err := r.planSections(ctx, accountID, year)
	if err != nil {
		return p, err
	}
	targets, err := r.planTargets(ctx, accountID, year)
	if err != nil {
		return p, err
	}
	a := view.Account
	if stage != "" {
		a.Stage = stage // the plan's own reading of the relationship
	}
	p = report.PlanData{Printed: r.now(), Currency: set.Currency, Year: year, Account: a, Scores: view.Scores,
		Contacts: contacts, Stages: set.Stages, Plan: sections, Targets: targets,
		Health: view.Health.Health, HealthRisk: view.Health.Risk}
	in, _, _, _, err := r.store.AccountHealthInputs(ctx, accountID, r.now().Format(time.DateOnly))
	if err != nil {
		return p, err
	}
	p.Complaints = in.Complaints
	for _, d := range deals {
		p.Deals = append(p.Deals, d.Deal) // the view holds the effective probability
	}
	return p, nil
}

// planSections are the parts of the plan the user writes for the account
// and year, as the editor shows them: a year not yet written prints the
// plan the editor would start from (situation from the profile and the
// people). Free texts become lists a line an item; the plan's own stage
// reading, if any, is returned beside them.
func (r *Reports) planSections(ctx context.Context, accountID int64, year int) (report.PlanSections, domain.RelationshipStage, error) {
	view, err := r.plans.Get(ctx, accountID, year)
	if err != nil {
		return report.PlanSections{}, "", err
	}
	pl := view.Plan
	s := report.PlanSections{Business: pl.Business, Strategy: pl.Strategy, Organisation: pl.Organisation,
		Procurement: pl.Procurement, Position: strings.Join(nonEmpty(pl.SalesHistory, pl.ShareOfWallet), "\n"),
		Strengths: lines(pl.Strengths), Weaknesses: lines(pl.Weaknesses), Chances: lines(pl.Opportunities),
		Threats: lines(pl.Threats), Strategies: lines(pl.Strategies), Resources: lines(pl.Resources)}
	for _, y := range view.Position.WonByYear {
		s.SalesHistory = append(s.SalesHistory, report.PlanSales{Period: strconv.Itoa(y.Year), Amount: y.Amount})
	}
	if pl.RevenueTarget > 0 {
		s.Objectives = append(s.Objectives, report.PlanObjective{Kind: "revenue", Amount: pl.RevenueTarget})
	}
	if pl.ShareTarget > 0 {
		s.Objectives = append(s.Objectives, report.PlanObjective{Kind: "share", Percent: pl.ShareTarget})
	}
	if pl.StageTarget != "" {
		s.Objectives = append(s.Objectives, report.PlanObjective{Kind: "relationship", Stage: pl.StageTarget})
	}
	for _, o := range lines(pl.Objectives) {
		s.Objectives = append(s.Objectives, report.PlanObjective{Kind: "other", Text: o})
	}
	for _, a := range pl.Actions {
		if strings.TrimSpace(a.Item) == "" {
			continue // a row added in the editor and never filled in
		}
		status := string(a.Status)
		if a.Status == domain.ActionPlanned {
			status = "todo"
		}
		s.Actions = append(s.Actions, report.PlanAction{Item: a.Item, Owner: a.Owner, Due: a.Due, Status: status})
	}
	for _, k := range pl.Risks {
		if strings.TrimSpace(k.Risk+k.Countermeasure) != "" {
			s.Risks = append(s.Risks, report.PlanRisk{Risk: k.Risk, Counter: k.Countermeasure})
		}
	}
	for _, v := range pl.Reviews {
		if strings.TrimSpace(v.Date+v.Note) != "" {
			s.Reviews = append(s.Reviews, report.PlanReview{Date: v.Date, Note: v.Note})
		}
	}
	return s, pl.Stage, nil
}

// lines splits a free text into its items: one a line, without the
// bullets or numbers people type ("- ", "• ", "1. ", "2、").
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimSpace(bullet.ReplaceAllString(l, ""))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

var bullet = regexp.MustCompile(`^(?:[-•·*]\s*|\d{1,2}(?:[.)]\s+|[、）]\s*)|[（(]\d{1,2}[)）]\s*)`)

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

// Review writes the team performance review (团队绩效考核) of a period
// ("2026", "2026-H1", "2026-Q3") as PDF in lang.
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

// ReviewData gathers the team's assessments of a period. A period that is
// not one, or that nobody was assessed in, is refused by
// Assessments.Review.
func (r *Reports) ReviewData(ctx context.Context, period string) (report.ReviewData, error) {
	members, previous, err := r.reviewMembers(ctx, period)
	if err != nil {
		return report.ReviewData{}, err
	}
	set, err := r.store.Settings(ctx)
	if err != nil {
		return report.ReviewData{}, err
	}
	return report.ReviewData{Printed: r.now(), Currency: set.Currency, Period: period, PreviousPeriod: previous,
		Members: members}, nil
}

// reviewMembers are the members' assessments of the period, best first,
// as the team review prints them, and the period before it.
func (r *Reports) reviewMembers(ctx context.Context, period string) ([]report.ReviewMember, string, error) {
	tr, err := r.assessments.Review(ctx, period)
	if err != nil {
		return nil, "", err
	}
	out := make([]report.ReviewMember, 0, len(tr.Members))
	for _, m := range tr.Members {
		rm := report.ReviewMember{Name: m.Name, Role: string(m.Role), Total: m.Total, PreviousTotal: -1,
			Grade: m.Grade, Achievement: -1, Comments: m.Comments}
		// The summary's bars are the members' revenue targets of the
		// period, whether or not their template scores achievement.
		tv, err := r.targets.Achievement(ctx, domain.TargetScope{MemberID: m.MemberID}, period)
		if err != nil {
			return nil, "", err
		}
		if tv.Revenue.Achievement >= 0 {
			rm.Achievement = tv.Revenue.Achievement
		}
		if m.Previous != nil {
			rm.PreviousTotal = m.Previous.Total
		}
		for _, k := range m.KPIs {
			rk := report.ReviewKPI{Name: domain.Text{Zh: k.Name, En: k.Name}, Metric: string(k.Key), Weight: k.Weight,
				Unit: string(k.Unit), TargetValue: k.Target, ActualValue: k.Actual, NotComputable: !k.Computable,
				Score: k.Score, PreviousScore: -1}
			if m.Previous != nil {
				if p, ok := m.Previous.Scores[k.Key]; ok {
					rk.PreviousScore = p
				}
			}
			rm.KPIs = append(rm.KPIs, rk)
		}
		for _, g := range m.Ratings {
			rm.Ratings = append(rm.Ratings, report.ReviewRating{Name: domain.RatingText(g.Name), Score: g.Rating})
		}
		for _, t := range m.Training {
			rm.Training = append(rm.Training, report.ReviewTraining{Course: t.Course, Date: t.Date, Hours: t.Hours, Result: t.Result})
		}
		out = append(out, rm)
	}
	return out, tr.Previous, nil
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
