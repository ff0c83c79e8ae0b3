package service

import (
	"context"
	"fmt"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/store"
)

const flagSampleOffered = "sampleOffered"

// Sample loads the demo database into an empty one.
type Sample struct {
	store *store.Store
	now   clock.Clock
}

// NewSample builds the service over a store; the sample's interactions are
// dated relative to now, so the demo always looks current.
func NewSample(s *store.Store, now clock.Clock) *Sample { return &Sample{store: s, now: now} }

// ShouldOffer is true for a database with no accounts whose user has not yet
// been asked whether to load the sample.
func (s *Sample) ShouldOffer(ctx context.Context) (bool, error) {
	n, err := s.store.CountAccounts(ctx)
	if err != nil || n > 0 {
		return false, err
	}
	offered, err := s.store.Flag(ctx, flagSampleOffered)
	return !offered, err
}

// Dismiss records that the user said no to the sample.
func (s *Sample) Dismiss(ctx context.Context) error {
	return s.store.SetFlag(ctx, flagSampleOffered, true)
}

// Load writes the sample into the book, empty or not, all in one
// transaction, marking what it wrote so that Remove can take it away
// again. It refuses a book that has it already or where one of the
// sample's account, member or template names is taken: the sample never
// takes over the user's records.
func (s *Sample) Load(ctx context.Context) error {
	if err := s.store.LoadSample(ctx, Demo(s.now())); err != nil {
		return err
	}
	return s.store.SetFlag(ctx, flagSampleOffered, true)
}

// Loaded tells whether the sample is in the book.
func (s *Sample) Loaded(ctx context.Context) (bool, error) { return s.store.SampleLoaded(ctx) }

// Remove takes the sample away in one transaction: what it wrote and the
// user has not touched. A sample account the user edited or added to (a
// visit, a person, a deal…) stays whole and becomes theirs; see
// store.RemoveSample.
func (s *Sample) Remove(ctx context.Context) (store.SampleRemoval, error) {
	return s.store.RemoveSample(ctx)
}

// Demo is the sample database as of today: its people, and its
// interactions dated so many days before today, next steps so many after.
func Demo(today time.Time) store.Seed {
	seed := store.Seed{Accounts: sample.Accounts(), Parents: sample.Parents()}
	for _, p := range sample.People() {
		seed.Contacts = append(seed.Contacts, store.SeedContact{Account: p.Account, Key: p.Key, ReportsTo: p.ReportsTo, Contact: p.Contact})
	}
	for _, m := range sample.Meetings() {
		in := m.Interaction
		in.Date = today.AddDate(0, 0, -m.DaysAgo).Format(time.DateOnly)
		if in.NextStep != "" {
			in.NextDue = today.AddDate(0, 0, m.NextInDays).Format(time.DateOnly)
		}
		seed.Interactions = append(seed.Interactions, store.SeedInteraction{Account: m.Account, People: m.People, Interaction: in})
	}
	for _, d := range sample.Deals() {
		seed.Deals = append(seed.Deals, demoDeal(d, today))
	}
	demoTargets(&seed, today)
	seed.Team = sample.Team(today)
	for _, p := range sample.Plans() {
		seed.Plans = append(seed.Plans, demoPlan(p, today))
	}
	demoMarketing(&seed, today)
	demoService(&seed, today)
	return seed
}

// demoService adds the service requests, the surveys and the past months'
// health, dated from today.
func demoService(seed *store.Seed, today time.Time) {
	day := func(ago int) string { return today.AddDate(0, 0, -ago).Format(time.DateOnly) }
	for _, r := range sample.Requests() {
		q := r.Request
		q.Opened = day(r.OpenedDaysAgo)
		if r.ResolvedAfter >= 0 {
			q.Resolved = day(r.OpenedDaysAgo - r.ResolvedAfter)
		}
		seed.Services = append(seed.Services, store.SeedService{Account: r.Account, Contact: r.Contact, Request: q})
	}
	for _, a := range sample.Surveys() {
		seed.Surveys = append(seed.Surveys, store.SeedSurvey{Account: a.Account, Contact: a.Contact,
			Survey: surveyOf(today, a.QuartersAgo, a.Score, a.Recommend, a.Comments)})
	}
	for account, base := range sample.HealthBase {
		for ago := 1; ago <= 11; ago++ {
			seed.HealthMonths = append(seed.HealthMonths, store.SeedHealthMonth{Account: account,
				Month: monthsAgo(today, ago), Health: base + sample.HealthWiggle(account, ago)})
		}
	}
}

// surveyOf is a survey answer of the quarter so many before today's,
// answered in its second month (or today, if that is later).
func surveyOf(today time.Time, quartersAgo, score, recommend int, comments string) domain.Survey {
	first := time.Date(today.Year(), time.Month((int(today.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -3*quartersAgo, 0)
	answered := first.AddDate(0, 1, 9)
	if t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC); answered.After(t) {
		answered = t
	}
	return domain.Survey{Period: domain.PeriodKey(domain.PeriodQuarter, first), Date: answered.Format(time.DateOnly),
		Score: score, Recommend: recommend, Comments: comments}
}

// monthsAgo is the month ("2026-05") so many before today's.
func monthsAgo(today time.Time, n int) string {
	return time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0).Format("2006-01")
}

// demoTargets adds the user, the targets and the user's current week.
func demoTargets(seed *store.Seed, today time.Time) {
	seed.MyName = sample.MyName
	for _, t := range sample.Targets(today) {
		seed.Targets = append(seed.Targets, store.SeedTarget{Member: t.Member, Account: t.Account, Target: t.Target})
	}
	week := domain.WeekKey(today)
	for _, w := range sample.WeekPlan() {
		seed.WeekItems = append(seed.WeekItems, store.SeedWeekItem{Account: w.Account,
			Item: domain.WeekItem{Week: week, Title: w.Title, Done: w.Done}})
	}
	for _, c := range sample.WeekChecks() {
		seed.WeekChecks = append(seed.WeekChecks, store.SeedWeekCheck{Week: week, Item: c})
	}
	seed.Goals = sample.Goals(today)
}

// demoDeal dates a sample deal from today: each stay is entered DaysAgo
// before today and left when the next is entered or, for the last stay of
// a closed deal, on the day it closed.
func demoDeal(d sample.Deal, today time.Time) store.SeedDeal {
	day := func(offset int) string { return today.AddDate(0, 0, offset).Format(time.DateOnly) }
	o := d.Opportunity
	open := o.Status == domain.DealOpen
	if open {
		o.CloseDate, o.ClosedOn = day(d.CloseInDays), ""
	} else {
		o.CloseDate, o.ClosedOn = day(-d.ClosedDaysAgo), day(-d.ClosedDaysAgo)
	}
	sd := store.SeedDeal{Account: d.Account, Deal: o}
	for _, p := range d.People {
		sd.People = append(sd.People, store.SeedDealPerson{Key: p.Key, Role: p.Role})
	}
	for i, st := range d.History {
		v := domain.StageVisit{Stage: st.Stage, Entered: day(-st.DaysAgo)}
		left := -1
		switch {
		case i+1 < len(d.History):
			left = d.History[i+1].DaysAgo
		case !open:
			left = d.ClosedDaysAgo
		}
		if left >= 0 {
			v.Left, v.Days = day(-left), st.DaysAgo-left
		}
		sd.Visits = append(sd.Visits, v)
	}
	for _, ago := range d.Touches {
		sd.Touches = append(sd.Touches, day(-ago))
	}
	return sd
}

// demoPlan dates a sample plan: its year, its actions' due dates and its
// review dates (see sample.Plan).
func demoPlan(sp sample.Plan, today time.Time) store.SeedPlan {
	p := sp.Plan
	back := today.AddDate(-sp.YearsAgo, 0, 0)
	p.Year = back.Year()
	p.Actions = append([]domain.PlanAction{}, p.Actions...)
	for i := range p.Actions {
		if i < len(sp.Due) {
			p.Actions[i].Due = back.AddDate(0, 0, sp.Due[i]).Format(time.DateOnly)
		}
	}
	p.Reviews = []domain.PlanReview{}
	for _, r := range sp.Reviews {
		p.Reviews = append(p.Reviews, domain.PlanReview{Date: fmt.Sprintf("%d-%s", p.Year, r.MonthDay), Note: r.Note})
	}
	return store.SeedPlan{Account: sp.Account, Plan: p}
}
