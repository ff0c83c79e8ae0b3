package service

import (
	"context"
	"fmt"
	"time"

	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/store"
)

// MaxScaledAccounts is the largest book LoadScaled writes.
const MaxScaledAccounts = 20_000

// scaledBatch is how many generated accounts go into one transaction: big
// enough that the commits cost little, small enough that a batch's seed
// (about 25,000 interactions) stays a few megabytes.
const scaledBatch = 250

// LoadScaled writes a big book of n accounts into an empty database: the
// sample's fifteen (the first n of them when n is smaller) with a team of
// twenty, then generated accounts batch by batch, each batch one
// transaction through the store's own inserts, then the leads' targets for
// the current year from what they won. progress, if not nil, hears how many
// accounts are written after each transaction. A failure leaves the
// batches written so far: the caller removes the file.
func (s *Sample) LoadScaled(ctx context.Context, n int, progress func(done int)) error {
	if n < 1 || n > MaxScaledAccounts {
		return fmt.Errorf("service: a scaled book has 1 to %d accounts, not %d", MaxScaledAccounts, n)
	}
	today := s.now()
	first := Demo(today)
	if len(first.Accounts) > n {
		first = trimSeed(first, n)
	}
	first.Team.Members = append(first.Team.Members, sample.ScaledMembers()...)
	if err := s.store.Seed(ctx, first); err != nil {
		return err
	}
	t := newWinTally(today)
	t.add(first)
	done := len(first.Accounts)
	if progress != nil {
		progress(done)
	}
	for from := 0; done < n; from += scaledBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch := sample.Scaled(today, from, from+min(scaledBatch, n-done))
		if err := s.store.SeedMore(ctx, batch); err != nil {
			return err
		}
		t.add(batch)
		if done += len(batch.Accounts); progress != nil {
			progress(done)
		}
	}
	for _, st := range sample.ScaledTargets(today, t.won, t.led) {
		id, err := s.store.MemberByName(ctx, st.Member)
		if err != nil {
			return err
		}
		tg := st.Target
		tg.MemberID = id
		if err := s.store.SaveTarget(ctx, tg); err != nil {
			return err
		}
	}
	return s.store.SetFlag(ctx, flagSampleOffered, true)
}

// winTally counts, per lead, the accounts they lead and the revenue won on
// them over the 365 days before today, as the seeds go by.
type winTally struct {
	since string
	won   map[string]int64
	led   map[string]int
}

func newWinTally(today time.Time) *winTally {
	return &winTally{since: today.AddDate(0, 0, -365).Format(time.DateOnly), won: map[string]int64{}, led: map[string]int{}}
}

func (t *winTally) add(seed store.Seed) {
	lead := map[string]string{}
	for _, a := range seed.Accounts {
		lead[a.Name] = a.Manager
		t.led[a.Manager]++
	}
	for _, d := range seed.Deals {
		if d.Deal.Status == domain.DealWon && d.Deal.ClosedOn >= t.since {
			t.won[lead[d.Account]] += d.Deal.Amount
		}
	}
}

// trimSeed keeps the first n accounts of a seed and what belongs to them.
func trimSeed(seed store.Seed, n int) store.Seed {
	seed.Accounts = seed.Accounts[:n]
	keep := map[string]bool{"": true} // "" is no account: a member's target, a week item of none
	for _, a := range seed.Accounts {
		keep[a.Name] = true
	}
	seed.Contacts = filter(seed.Contacts, func(c store.SeedContact) bool { return keep[c.Account] })
	seed.Interactions = filter(seed.Interactions, func(i store.SeedInteraction) bool { return keep[i.Account] })
	seed.Deals = filter(seed.Deals, func(d store.SeedDeal) bool { return keep[d.Account] })
	seed.Targets = filter(seed.Targets, func(t store.SeedTarget) bool { return keep[t.Account] })
	seed.WeekItems = filter(seed.WeekItems, func(w store.SeedWeekItem) bool { return keep[w.Account] })
	seed.Plans = filter(seed.Plans, func(p store.SeedPlan) bool { return keep[p.Account] })
	seed.Services = filter(seed.Services, func(r store.SeedService) bool { return keep[r.Account] })
	seed.Surveys = filter(seed.Surveys, func(v store.SeedSurvey) bool { return keep[v.Account] })
	seed.HealthMonths = filter(seed.HealthMonths, func(h store.SeedHealthMonth) bool { return keep[h.Account] })
	seed.Team.AccountTeams = filter(seed.Team.AccountTeams, func(t store.SeedAccountTeam) bool { return keep[t.Account] })
	seed.Parents = filter(seed.Parents, func(p store.SeedParent) bool { return keep[p.Account] && keep[p.Parent] })
	seed.Activities = filter(seed.Activities, func(a store.SeedActivity) bool {
		for _, acc := range a.Accounts {
			if !keep[acc] {
				return false
			}
		}
		return true
	})
	return seed
}

func filter[T any](list []T, ok func(T) bool) []T {
	var out []T
	for _, x := range list {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}
