package service

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/store"
)

// How many rows of each list the meeting brief offers the page at most.
const (
	BriefPeople       = 8
	BriefDeals        = 6
	BriefInteractions = 5
	BriefSteps        = 6
)

// Reports prints documents about an account.
type Reports struct {
	store       *store.Store
	now         clock.Clock
	accounts    *Accounts
	people      *People
	deals       *Deals
	targets     *Targets
	plans       *Plans
	assessments *Assessments
}

// ReportSources are the services whose views the printed documents show.
type ReportSources struct {
	Accounts    *Accounts
	People      *People
	Deals       *Deals
	Targets     *Targets
	Plans       *Plans
	Assessments *Assessments
}

// NewReports builds the service over a store and the services it prints
// from; now is the clock (the print date, and the day red flags and overdue
// steps are counted from).
func NewReports(s *store.Store, now clock.Clock, src ReportSources) *Reports {
	return &Reports{store: s, now: now, accounts: src.Accounts, people: src.People, deals: src.Deals,
		targets: src.Targets, plans: src.Plans, assessments: src.Assessments}
}

// FindAccount finds a live account by its id or, failing that, by its
// name, short name or English name (the last two must be unambiguous).
func (r *Reports) FindAccount(ctx context.Context, ref string) (domain.Account, error) {
	ref = strings.TrimSpace(ref)
	list, err := r.store.Accounts(ctx, false)
	if err != nil {
		return domain.Account{}, err
	}
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		for _, a := range list {
			if a.ID == id {
				return a, nil
			}
		}
	}
	for _, a := range list {
		if a.Name == ref {
			return a, nil
		}
	}
	var found []domain.Account
	for _, a := range list {
		if a.ShortName == ref || strings.EqualFold(a.EnglishName, ref) && a.EnglishName != "" {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return domain.Account{}, fmt.Errorf("no account %q (give its id or its name)", ref)
	}
	return domain.Account{}, fmt.Errorf("%q names %d accounts; give the id", ref, len(found))
}

// Brief writes the one-page meeting brief (会前简报) of a live account as PDF
// in lang ("zh" or "en").
func (r *Reports) Brief(ctx context.Context, accountID int64, lang string, w io.Writer) error {
	b, err := r.BriefData(ctx, accountID)
	if err != nil {
		return err
	}
	return report.Brief(w, b, lang)
}

// BriefData gathers what the meeting brief shows.
func (r *Reports) BriefData(ctx context.Context, accountID int64) (report.BriefData, error) {
	var b report.BriefData
	set, err := r.store.Settings(ctx)
	if err != nil {
		return b, err
	}
	view, err := r.accounts.Get(ctx, accountID)
	if err != nil {
		return b, err
	}
	if view.Account.DeletedAt != "" {
		return b, domain.NotFound("account", accountID)
	}
	contacts, err := r.people.Contacts(ctx, accountID)
	if err != nil {
		return b, err
	}
	deals, err := r.deals.List(ctx, accountID)
	if err != nil {
		return b, err
	}
	interactions, err := r.people.Interactions(ctx, accountID)
	if err != nil {
		return b, err
	}
	b = report.BriefData{Printed: r.now(), Currency: set.Currency, Account: view.Account, Scores: view.Scores,
		Flags: view.Flags, PeopleTotal: len(contacts), InteractionsTotal: len(interactions),
		Health: view.Health.Health, HealthRisk: view.Health.Risk}
	// The open complaints by severity, as the health score counts them.
	in, _, _, _, err := r.store.AccountHealthInputs(ctx, accountID, r.now().Format(time.DateOnly))
	if err != nil {
		return b, err
	}
	b.Complaints = in.Complaints

	b.People = keyPeopleFirst(contacts)
	b.People = b.People[:min(len(b.People), BriefPeople)]

	var open []domain.Opportunity
	for _, d := range deals {
		if d.Deal.Status == domain.DealOpen {
			open = append(open, d.Deal)
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].Amount > open[j].Amount })
	b.DealsTotal = len(open)
	for _, o := range open[:min(len(open), BriefDeals)] {
		stage := domain.Text{Zh: o.Stage, En: o.Stage}
		if i := domain.StageIndexOf(set.Stages, o.Stage); i >= 0 {
			stage = set.Stages[i].Name
		}
		b.Deals = append(b.Deals, report.BriefDeal{Name: o.Name, Stage: stage, Amount: o.Amount,
			CloseDate: o.CloseDate, Probability: o.Probability})
	}

	b.Interactions = interactions[:min(len(interactions), BriefInteractions)]
	var steps []domain.Interaction
	for _, in := range interactions {
		if in.NextStep != "" && !in.NextDone {
			steps = append(steps, in)
		}
	}
	// Soonest due first; a step without a due date comes last.
	sort.SliceStable(steps, func(i, j int) bool {
		a, b := steps[i].NextDue, steps[j].NextDue
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	b.StepsTotal = len(steps)
	b.Steps = steps[:min(len(steps), BriefSteps)]
	return b, nil
}

// keyPeopleFirst orders an account's people for a meeting: the economic
// buyer, the coach, then the others by influence; the order of the list
// breaks ties.
func keyPeopleFirst(contacts []domain.Contact) []domain.Contact {
	rank := func(c domain.Contact) int {
		switch {
		case c.Role == domain.RoleEconomic:
			return 0
		case c.Role == domain.RoleCoach:
			return 1
		case c.Influence == domain.InfluenceHigh:
			return 2
		case c.Influence == domain.InfluenceMedium:
			return 3
		default:
			return 4
		}
	}
	out := append([]domain.Contact(nil), contacts...)
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}
