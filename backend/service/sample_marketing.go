package service

import (
	"strconv"
	"time"

	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/store"
)

// demoMarketing adds the sample's marketing activities, dated from today
// (held and reviewed ones in the past, planned ones ahead or under way),
// and the marketing plans of last year and this year.
func demoMarketing(seed *store.Seed, today time.Time) {
	for _, sa := range sample.Activities() {
		seed.Activities = append(seed.Activities, demoActivity(sa, today))
	}
	for offset, lines := range sample.MarketingPlans() {
		seed.MarketingPlans = append(seed.MarketingPlans,
			domain.MarketingPlan{Period: strconv.Itoa(today.Year() + offset), Lines: lines})
	}
}

func demoActivity(sa sample.Activity, today time.Time) store.SeedActivity {
	start := today.AddDate(0, 0, -sa.StartDaysAgo)
	end := start.AddDate(0, 0, max(sa.Days, 1)-1)
	a := domain.Activity{Type: sa.Type, Title: sa.Title, Place: sa.Place, Start: start.Format(time.DateOnly),
		End: end.Format(time.DateOnly), Costs: sa.Costs, Notes: sa.Notes, Review: sa.Review}
	switch {
	case !end.Before(today): // ahead or under way
		a.Status = domain.ActivityPlanned
	case sa.Review != "":
		a.Status = domain.ActivityReviewed
	default:
		a.Status = domain.ActivityDone
	}
	out := store.SeedActivity{Activity: a, Accounts: sa.Accounts}
	for _, p := range sa.People {
		// Nobody has attended what has not happened.
		out.People = append(out.People, store.SeedInvitee{Account: p.Account, Name: p.Name, Attended: p.Attended && a.Status != domain.ActivityPlanned})
	}
	deals := map[string]string{}
	for _, d := range sample.Deals() {
		deals[d.Opportunity.Name] = d.Account
	}
	for _, name := range sa.Deals {
		out.Deals = append(out.Deals, store.SeedDealRef{Account: deals[name], Name: name})
	}
	return out
}
