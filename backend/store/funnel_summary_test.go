package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"kams/backend/domain"
)

// TestFunnelSummaryFollowsEveryWrite runs random writes through every path
// that changes a deal or its account (create, edit, move, close, reopen,
// trash, restore, purge, interactions logged, edited, trashed and restored,
// a rebuild of the digests) and after each checks that the summary tables
// and the cards' digests equal a grouping of the deals done afresh, and that the funnel read from them equals the one grouped from
// the deals, with the default and with edited stage probabilities.
func TestFunnelSummaryFollowsEveryWrite(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			checkSummaryWalk(t, rand.New(rand.NewPCG(seed, 7)), 150)
		})
	}
}

func checkSummaryWalk(t *testing.T, r *rand.Rand, steps int) {
	ctx := context.Background()
	s := newStore(t)
	stages := domain.DefaultStages()
	var accounts, trashedAccounts, deals, trashedDeals, touches []int64
	for i := range 4 {
		accounts = append(accounts, create(t, s, account(fmt.Sprintf("客户%d", i))))
	}
	pick := func(ids []int64) (int64, int) {
		i := r.IntN(len(ids))
		return ids[i], i
	}
	drop := func(ids []int64, i int) []int64 { return append(ids[:i:i], ids[i+1:]...) }
	day := func() string { return fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)) }
	status := []string{domain.DealWon, domain.DealLost, domain.DealAbandoned}

	for step := range steps {
		op := r.IntN(12)
		var err error
		switch {
		case op < 3 || len(deals) == 0:
			if len(accounts) == 0 {
				continue
			}
			a, _ := pick(accounts)
			o := domain.Opportunity{AccountID: a, Name: fmt.Sprint("商机", step), Amount: int64(r.IntN(5)) * 1000,
				CloseDate: day(), Stage: stages[r.IntN(len(stages))].ID, Status: domain.DealOpen}
			if r.IntN(4) == 0 {
				o.Override, o.Probability = true, 5*r.IntN(20)
			}
			if r.IntN(5) == 0 {
				o.Status = status[r.IntN(len(status))]
			}
			var id int64
			if id, err = s.CreateDeal(ctx, o, day()); err == nil {
				deals = append(deals, id)
			}
		case op < 7: // edit, move, close or reopen
			id, _ := pick(deals)
			var o domain.Opportunity
			if o, err = s.Deal(ctx, id); err != nil {
				break
			}
			switch r.IntN(4) {
			case 0:
				o.Amount, o.CloseDate = int64(r.IntN(5))*1000, day()
				o.Override, o.Probability = r.IntN(2) == 0, 5*r.IntN(20)
			case 1:
				o.Stage = stages[r.IntN(len(stages))].ID
			case 2:
				o.Status = status[r.IntN(len(status))]
			default:
				o.Status = domain.DealOpen
			}
			err = s.UpdateDeal(ctx, o, day())
		case op < 8:
			id, i := pick(deals)
			if err = s.TrashDeal(ctx, id); err == nil {
				deals, trashedDeals = drop(deals, i), append(trashedDeals, id)
			}
		case op < 9 && len(trashedDeals) > 0:
			id, i := pick(trashedDeals)
			if err = s.RestoreDeal(ctx, id); err == nil {
				trashedDeals, deals = drop(trashedDeals, i), append(deals, id)
			}
		case op < 10:
			id, _ := pick(deals)
			var o domain.Opportunity
			if o, err = s.Deal(ctx, id); err != nil {
				break
			}
			if !slices.Contains(accounts, o.AccountID) { // no interactions on a trashed account
				break
			}
			var in int64
			if in, err = s.CreateInteraction(ctx, domain.Interaction{AccountID: o.AccountID, OpportunityID: id,
				Date: day(), Kind: "call", Summary: "跟进"}); err == nil {
				touches = append(touches, in)
			}
			if len(touches) > 1 && r.IntN(3) == 0 {
				// Redate it, and tie it to another deal of its account or
				// to none; a trashed one is not found, which is no matter.
				in, _ := pick(touches)
				if i, err := s.Interaction(ctx, in); err == nil && i.DeletedAt == "" {
					i.Date, i.OpportunityID = day(), 0
					if r.IntN(2) == 0 && i.AccountID == o.AccountID {
						i.OpportunityID = id
					}
					if err := s.UpdateInteraction(ctx, i); err != nil {
						t.Fatalf("step %d: update interaction: %v", step, err)
					}
				}
			}
			if len(touches) > 1 && r.IntN(2) == 0 {
				in, _ := pick(touches)
				// Trash it, or bring it back if it is in the trash; either
				// may be refused (its account purged), which is no matter.
				if s.TrashInteraction(ctx, in) != nil {
					_ = s.RestoreInteraction(ctx, in)
				}
			}
		case op < 11 && len(accounts) > 1:
			a, i := pick(accounts)
			if err = s.TrashAccount(ctx, a); err == nil {
				accounts, trashedAccounts = drop(accounts, i), append(trashedAccounts, a)
			}
		case len(trashedAccounts) > 0:
			a, i := pick(trashedAccounts)
			if r.IntN(2) == 0 {
				err = s.RestoreAccount(ctx, a)
				accounts = append(accounts, a)
			} else {
				err = s.PurgeAccount(ctx, a)
				deals, trashedDeals = liveDealIDs(t, s, "deleted_at IS NULL"), liveDealIDs(t, s, "deleted_at IS NOT NULL")
			}
			trashedAccounts = drop(trashedAccounts, i)
		default:
			err = s.RebuildDealDigests(ctx)
		}
		if err != nil {
			t.Fatalf("step %d (op %d): %v", step, op, err)
		}
		assertSummary(t, s, step)
		assertCardDigests(t, s, step)
		edited := domain.DefaultStages()
		edited[1].Probability, edited[3].Probability = 35, 80
		for _, st := range [][]domain.Stage{stages, edited} {
			fast, err := s.funnel(ctx, st, FunnelScope{}, "2026-06-01", true)
			if err != nil {
				t.Fatal(err)
			}
			slow, err := s.funnel(ctx, st, FunnelScope{}, "2026-06-01", false)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("step %d (op %d): from the summary\n%+v\nfrom the deals\n%+v", step, op, fast, slow)
			}
		}
	}
	if len(deals) < 10 {
		t.Fatalf("only %d live deals at the end: the walk tested little", len(deals))
	}
}

func liveDealIDs(t *testing.T, s *Store, where string) []int64 {
	t.Helper()
	ids, err := queryIDs(context.Background(), s.r, "SELECT id FROM opportunities WHERE "+where)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// assertSummary compares the summary tables with the groupings done afresh
// over every live deal (trashed accounts included: the funnel takes them
// away when it reads).
func assertSummary(t *testing.T, s *Store, step int) {
	t.Helper()
	checkWonCycle(t, s, step)
	k := len(domain.DefaultStages())
	for _, q := range [][2]string{
		{`SELECT status, stage, month, override, probability, deals, amount FROM funnel_groups ORDER BY 1, 2, 3, 4, 5`,
			`SELECT status, stage, ` + funnelMonth + `, override, probability, count(*), sum(amount)
			FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`},
		{`SELECT reached, status, deals, ` + digestColumns(k, "") + ` FROM funnel_reached ORDER BY 1, 2`,
			`SELECT reached, status, count(*), ` + digestColumns(k, "sum") + `
			FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`},
	} {
		kept, fresh := tableText(t, s, q[0]), tableText(t, s, q[1])
		if !reflect.DeepEqual(kept, fresh) {
			t.Fatalf("step %d: summary\n%v\nwant\n%v", step, kept, fresh)
		}
	}
}

// tableText reads every row of a query as text.
func tableText(t *testing.T, s *Store, query string) [][]string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	out := [][]string{}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = fmt.Sprint(v)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
