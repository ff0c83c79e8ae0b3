package sample

import (
	"fmt"
	"math/rand/v2"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// scaleActivityBlock is how many generated accounts share one marketing
// activity: a big book of 5,000 accounts has 200, spread over the two
// years before today and the next month.
const scaleActivityBlock = 25

// scaledActivities adds to a batch (generated accounts from..to, in
// seed.Accounts in that order) one activity per block of accounts: a few
// of the block's accounts, some of their people (most came to the held
// ones), its costs and up to two of their deals. Blocks align with the
// batches (scaledBatch is a multiple of the block), so an activity's
// accounts are always in its batch.
func scaledActivities(seed *store.Seed, today time.Time, from, to int) {
	people := map[string][]string{}
	for _, c := range seed.Contacts {
		people[c.Account] = append(people[c.Account], c.Contact.Name)
	}
	deals := map[string][]store.SeedDeal{}
	for _, d := range seed.Deals {
		deals[d.Account] = append(deals[d.Account], d)
	}
	for b := from / scaleActivityBlock; b*scaleActivityBlock < to; b++ {
		lo, hi := max(b*scaleActivityBlock, from)-from, min((b+1)*scaleActivityBlock, to)-from
		if lo >= hi {
			continue
		}
		r := rand.New(rand.NewPCG(scaleSeed^0x4D4B54, uint64(b))) // "MKT"
		typ := domain.ActivityTypes[r.IntN(len(domain.ActivityTypes))]
		ago := r.IntN(760) - 30
		days := 1
		if typ.ID == "exhibition" {
			days = 3
		}
		start := today.AddDate(0, 0, -ago)
		end := start.AddDate(0, 0, days-1)
		held := end.Before(today)
		a := domain.Activity{Type: typ.ID, Title: fmt.Sprintf("%s（第 %d 场）", typ.Name.Zh, b+1), Place: pick(r, scaleCities).zh,
			Start: start.Format(time.DateOnly), End: end.Format(time.DateOnly), Status: domain.ActivityPlanned,
			Notes: "生成的市场活动，用于大账本的测试。"}
		if held {
			a.Status = domain.ActivityDone
			if r.IntN(2) == 0 {
				a.Status, a.Review = domain.ActivityReviewed, "到场率与产出见下表。"
			}
		}
		spend := func(cat string, budgetK int) {
			c := domain.Cost{Category: cat, Budget: int64(budgetK) * 1000 * 100}
			if held {
				c.Actual = c.Budget * int64(70+r.IntN(60)) / 100
			}
			a.Costs = append(a.Costs, c)
		}
		spend("venue", 5+r.IntN(60))
		spend("catering", 2+r.IntN(20))
		if r.IntN(2) == 0 {
			spend("travel", 1+r.IntN(10))
		}
		sa := store.SeedActivity{Activity: a}
		n := min(hi-lo, 3+r.IntN(3))
		for _, k := range r.Perm(hi - lo)[:n] {
			acc := seed.Accounts[lo+k].Name
			sa.Accounts = append(sa.Accounts, acc)
			if ps := people[acc]; len(ps) > 0 {
				sa.People = append(sa.People, store.SeedInvitee{Account: acc, Name: ps[r.IntN(len(ps))], Attended: held && r.IntN(10) < 7})
			}
			if ds := deals[acc]; len(ds) > 0 && len(sa.Deals) < 2 && r.IntN(2) == 0 {
				sa.Deals = append(sa.Deals, store.SeedDealRef{Account: acc, Name: ds[r.IntN(len(ds))].Deal.Name})
			}
		}
		seed.Activities = append(seed.Activities, sa)
	}
}
