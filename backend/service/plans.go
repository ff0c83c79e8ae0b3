package service

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Plans is the account plan (大客户计划) of each account and year: read with
// what the data says about our position, saved section by section, and
// started as a copy of an earlier year.
type Plans struct {
	store   *store.Store
	now     clock.Clock
	targets *Targets
}

// NewPlans builds the service over a store; now is the clock, targets the
// targets the plan shows beside its revenue objective.
func NewPlans(s *store.Store, now clock.Clock, targets *Targets) *Plans {
	return &Plans{store: s, now: now, targets: targets}
}

// PlanPosition is our position at the account as the data tells it, beside
// the plan's own texts, which override it when the user writes them:
// our annual sales and the customer's spend in our category (minor units),
// the share of wallet (0–1, −1 when the spend is unknown), the account's
// relationship stage and status, and the deals won per year.
type PlanPosition struct {
	OurSales      int64                    `json:"ourSales"`
	CategorySpend int64                    `json:"categorySpend"`
	Share         float64                  `json:"share"`
	Stage         domain.RelationshipStage `json:"stage"`
	Status        domain.AccountStatus     `json:"status"`
	WonByYear     []store.YearSales        `json:"wonByYear"`
}

// PlanView is an account's plan for a year, as the editor and the printed
// plan read it.
type PlanView struct {
	// Plan is the saved plan or, when Exists is false, a new one whose
	// situation is prefilled from the account profile and its people.
	Plan   domain.AccountPlan `json:"plan"`
	Exists bool               `json:"exists"`
	// AccountName names the account (live or in the trash).
	AccountName string `json:"accountName"`
	// Position is what the data says about our position (see PlanPosition).
	Position PlanPosition `json:"position"`
	// Years are the years the account has a plan for, newest first.
	Years []int `json:"years"`
	// Limits are each text's limit in characters (domain.PlanTextLimits).
	Limits map[string]int `json:"limits"`
	// Target is the account's target for the year in the targets
	// (目标管理计划), with what was won: its revenue is the plan's revenue
	// objective (Plan.RevenueTarget), one number entered in either place.
	Target domain.TargetView `json:"target"`
}

// Get returns the plan of an account for a year with the position computed
// from the data. A year without a plan gives an unsaved plan (Exists false)
// prefilled from the profile, never an error; a missing account is
// not-found, a year outside 2000–2100 a validation error. Plans of an
// account in the trash are read as they are.
func (p *Plans) Get(ctx context.Context, accountID int64, year int) (PlanView, error) {
	if err := checkYear("year", year); err != nil {
		return PlanView{}, err
	}
	a, err := p.store.Account(ctx, accountID)
	if err != nil {
		return PlanView{}, err
	}
	v := PlanView{AccountName: a.Name, Limits: domain.PlanTextLimits()}
	v.Plan, err = p.store.Plan(ctx, accountID, year)
	switch {
	case err == nil:
		v.Exists = true
	case errors.Is(err, domain.ErrNotFound):
		contacts, err := p.store.Contacts(ctx, accountID)
		if err != nil {
			return PlanView{}, err
		}
		v.Plan = NewPlan(a, contacts, year)
	default:
		return PlanView{}, err
	}
	if v.Years, err = p.store.PlanYears(ctx, accountID); err != nil {
		return PlanView{}, err
	}
	won, err := p.store.WonByYear(ctx, accountID)
	if err != nil {
		return PlanView{}, err
	}
	v.Position = Position(a, won)
	// The account is loaded (live or in the trash): its year's target is
	// read for it as it is, without the live-account check of Achievement.
	year1, err := p.targets.views(ctx, domain.TargetScope{AccountID: accountID}, a.Name, []string{strconv.Itoa(year)})
	if err != nil {
		return PlanView{}, err
	}
	v.Target = year1[0]
	// The plan's revenue objective is the year's target (one number); a
	// plan not yet written starts from it too.
	v.Plan.RevenueTarget = v.Target.Revenue.Target
	return v, nil
}

// Position is our position at an account from its profile and its deals won.
func Position(a domain.Account, won []store.YearSales) PlanPosition {
	share := -1.0
	if a.CategorySpend > 0 {
		share = float64(a.OurSales) / float64(a.CategorySpend)
	}
	return PlanPosition{OurSales: a.OurSales, CategorySpend: a.CategorySpend, Share: share,
		Stage: a.Stage, Status: a.Status, WonByYear: won}
}

// NewPlan is the start of an account's plan for a year: the situation
// taken from what the profile already says (strategy and supply-chain
// strategy, procurement plans) and the organisation from its people, the
// most influential first; everything else empty, for the user to write.
func NewPlan(a domain.Account, contacts []domain.Contact, year int) domain.AccountPlan {
	p := domain.AccountPlan{AccountID: a.ID, Year: year,
		Actions: []domain.PlanAction{}, Risks: []domain.PlanRisk{}, Reviews: []domain.PlanReview{}}
	p.Strategy = clip(strings.TrimSpace(strings.Join(nonEmpty(a.BusinessStrategy, a.SupplyChainStrategy), "\n")), domain.MaxPlanText)
	p.Procurement = clip(a.ProcurementPlans, domain.MaxPlanText)
	people := append([]domain.Contact{}, contacts...)
	rank := map[domain.Influence]int{domain.InfluenceHigh: 0, domain.InfluenceMedium: 1, domain.InfluenceLow: 2}
	sort.SliceStable(people, func(i, j int) bool { return rank[people[i].Influence] < rank[people[j].Influence] })
	var lines []string
	for i, c := range people {
		if i == 12 {
			break
		}
		lines = append(lines, strings.Join(nonEmpty(c.Name, c.Title, c.Department), " · "))
	}
	p.Organisation = clip(strings.Join(lines, "\n"), domain.MaxPlanText)
	return p
}

func nonEmpty(xs ...string) []string {
	out := []string{}
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// clip cuts s to max characters, so a long profile text still makes a
// valid plan.
func clip(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max])
}

func checkYear(field string, year int) error {
	if year < domain.MinPlanYear || year > domain.MaxPlanYear {
		return fieldError(field, "error.range", map[string]any{"min": domain.MinPlanYear, "max": domain.MaxPlanYear})
	}
	return nil
}

// Save validates a plan and writes the named sections (all of them when
// none is named), creating the year's plan if it has none. Only the named
// sections are read from plan, so the editor sends just what changed and a
// save never undoes another save's sections.
func (p *Plans) Save(ctx context.Context, plan domain.AccountPlan, sections []domain.PlanSection) (store.PlanSaved, error) {
	if len(sections) == 0 {
		sections = domain.PlanSections
	}
	var v domain.Validation
	for _, s := range sections {
		if !domain.ValidSection(s) {
			v.Add("sections", "error.choice", nil)
		}
	}
	if err := v.Err(); err != nil {
		return store.PlanSaved{}, err
	}
	domain.TrimPlan(&plan)
	var dates []domain.DateField
	for i, a := range plan.Actions {
		dates = append(dates, domain.DateField{Field: fmt.Sprintf("actions.%d.due", i), Value: a.Due, Span: domain.SpanExpected})
	}
	for i, r := range plan.Reviews {
		dates = append(dates, domain.DateField{Field: fmt.Sprintf("reviews.%d.date", i), Value: r.Date, Span: domain.SpanExpected})
	}
	if err := domain.CheckDates(plan.Validate(), today(p.now), dates...); err != nil {
		return store.PlanSaved{}, err
	}
	return p.store.SavePlan(ctx, plan, sections)
}

// CopyFromYear starts the plan of toYear as a copy of the plan of fromYear
// (see domain.CopyPlan) and returns it. It refuses with error.planExists,
// changing nothing, when toYear already has a plan.
func (p *Plans) CopyFromYear(ctx context.Context, accountID int64, fromYear, toYear int) (PlanView, error) {
	if err := checkYear("fromYear", fromYear); err != nil {
		return PlanView{}, err
	}
	if err := checkYear("year", toYear); err != nil {
		return PlanView{}, err
	}
	if fromYear == toYear {
		return PlanView{}, domain.Conflict("year", "error.planExists", map[string]any{"year": toYear})
	}
	if err := p.store.CopyPlan(ctx, accountID, fromYear, toYear); err != nil {
		return PlanView{}, err
	}
	return p.Get(ctx, accountID, toYear)
}
