package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"kams/backend/domain"
)

// TestGroupFactsFollowEveryWrite runs random writes through every path
// that moves an account between groups or changes what a group sums (a
// parent set, changed or cleared, refused loops, an account's sales, its
// trash, restore and purge; people and deals created, moved, closed,
// trashed, restored and purged) and after each compares every account's
// stored group and every stored rollup with a recomputation from the raw
// tables.
func TestGroupFactsFollowEveryWrite(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			checkGroupWalk(t, rand.New(rand.NewPCG(seed, 13)), 400)
		})
	}
}

func checkGroupWalk(t *testing.T, r *rand.Rand, steps int) {
	ctx := context.Background()
	s := newStore(t)
	for i := range 8 {
		create(t, s, account(fmt.Sprintf("客户%d", i)))
	}
	pick := func(query string) int64 {
		l := mustIDs(t, s, query)
		if len(l) == 0 {
			return 0
		}
		return l[r.IntN(len(l))]
	}
	stages := domain.DefaultStages()
	statuses := []string{domain.DealOpen, domain.DealOpen, domain.DealWon, domain.DealLost}
	refused := map[string]int{}
	for step := range steps {
		op := r.IntN(16)
		var err error
		switch op {
		case 0:
			_, err = s.CreateAccount(ctx, account(fmt.Sprint("新客户", step)))
		case 1, 2, 3, 4:
			var parent int64
			if r.IntN(5) > 0 {
				parent = pick("SELECT id FROM accounts")
			}
			err = s.SetParent(ctx, pick("SELECT id FROM accounts"), parent)
		case 5:
			err = s.TrashAccount(ctx, pick("SELECT id FROM accounts"))
		case 6:
			err = s.RestoreAccount(ctx, pick("SELECT id FROM accounts"))
		case 7:
			if r.IntN(2) == 0 {
				err = s.PurgeAccount(ctx, pick("SELECT id FROM accounts"))
			}
		case 8:
			if id := pick("SELECT id FROM accounts WHERE deleted_at IS NULL"); id != 0 {
				a, _ := s.Account(ctx, id)
				a.OurSales, a.CategorySpend = int64(r.IntN(9))*1000, int64(r.IntN(9))*3000
				err = s.UpdateAccount(ctx, a)
			}
		case 9:
			_, err = s.CreateContact(ctx, domain.Contact{AccountID: pick("SELECT id FROM accounts"), Name: fmt.Sprint("人", step), Influence: domain.InfluenceMedium})
		case 10:
			if id := pick("SELECT id FROM contacts"); id != 0 {
				switch r.IntN(3) {
				case 0:
					err = s.TrashContact(ctx, id)
				case 1:
					err = s.RestoreContact(ctx, id)
				default:
					err = s.PurgeContact(ctx, id)
				}
			}
		case 11, 12:
			o := domain.Opportunity{AccountID: pick("SELECT id FROM accounts"), Name: fmt.Sprint("商机", step),
				Amount: int64(r.IntN(5)) * 1000, CloseDate: "2026-08-01", Stage: stages[r.IntN(len(stages))].ID,
				Status: statuses[r.IntN(len(statuses))]}
			_, err = s.CreateDeal(ctx, o, "2026-07-01")
		case 13:
			if id := pick("SELECT id FROM opportunities"); id != 0 {
				o, _ := s.Deal(ctx, id)
				o.Amount, o.Status = int64(r.IntN(5))*1000, statuses[r.IntN(len(statuses))]
				err = s.UpdateDeal(ctx, o, "2026-07-02")
			}
		case 14:
			if r.IntN(2) == 0 {
				err = s.TrashDeal(ctx, pick("SELECT id FROM opportunities"))
			} else {
				err = s.RestoreDeal(ctx, pick("SELECT id FROM opportunities"))
			}
		case 15:
			// Loops: an account under its own subsidiary, or itself.
			if id := pick("SELECT id FROM accounts WHERE parent_id IS NOT NULL AND deleted_at IS NULL"); id != 0 {
				a, _ := s.Account(ctx, id)
				top, _ := rootOfRead(ctx, s, id)
				if r.IntN(2) == 0 {
					top = a.ID
				}
				err = s.SetParent(ctx, top, id)
			}
		}
		var de *domain.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("step %d (op %d): %v", step, op, err)
		}
		if de != nil {
			refused[de.Key]++
		}
		checkGroups(t, s, step, op)
	}
	for _, key := range []string{"error.parentLoop", "error.parentSelf", "error.parentMissing"} {
		if refused[key] == 0 {
			t.Errorf("the walk never met %s", key)
		}
	}
	if n := len(mustIDs(t, s, "SELECT group_id FROM account_groups WHERE subsidiaries > 1")); n == 0 {
		t.Error("the walk never made a group of three")
	}
}

func rootOfRead(ctx context.Context, s *Store, id int64) (int64, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback() //nolint:errcheck // read only
	return rootOf(ctx, tx, id)
}

// checkGroups recomputes in Go every account's group and every group's
// rollup from the raw rows.
func checkGroups(t *testing.T, s *Store, step, op int) {
	t.Helper()
	ctx := context.Background()
	type acc struct {
		parent, group int64
		live          bool
		sales, spend  int64
	}
	accounts := map[int64]*acc{}
	rows, err := s.r.QueryContext(ctx, "SELECT id, COALESCE(parent_id, 0), COALESCE(group_id, 0), deleted_at IS NULL, our_sales, category_spend FROM accounts")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		a := &acc{}
		if err := rows.Scan(&id, &a.parent, &a.group, &a.live, &a.sales, &a.spend); err != nil {
			t.Fatal(err)
		}
		accounts[id] = a
	}
	rows.Close()
	hasChild := map[int64]bool{}
	for id, a := range accounts {
		if a.parent != 0 {
			if accounts[a.parent] == nil {
				t.Fatalf("step %d (op %d): account %d has a parent %d that is gone", step, op, id, a.parent)
			}
			hasChild[a.parent] = true
		}
	}
	type sums struct {
		accounts, subs, people, deals int64
		sales, spend, amount          int64
	}
	want := map[int64]*sums{}
	for id, a := range accounts {
		root, seen := id, map[int64]bool{}
		for accounts[root].parent != 0 {
			if seen[root] {
				t.Fatalf("step %d (op %d): a loop through account %d", step, op, id)
			}
			seen[root] = true
			root = accounts[root].parent
		}
		group := int64(0)
		if hasChild[root] {
			group = root
		}
		if a.group != group {
			t.Fatalf("step %d (op %d): account %d in group %d, want %d", step, op, id, a.group, group)
		}
		if group != 0 && a.live {
			g := want[group]
			if g == nil {
				g = &sums{}
				want[group] = g
			}
			g.accounts++
			g.subs += b2i64(id != group)
			g.sales += a.sales
			g.spend += a.spend
		}
	}
	rows, err = s.r.QueryContext(ctx, `SELECT account_id, 1, 0 FROM contacts WHERE deleted_at IS NULL
		UNION ALL SELECT account_id, 0, amount FROM opportunities WHERE deleted_at IS NULL AND status = 'open'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var account, person, amount int64
		if err := rows.Scan(&account, &person, &amount); err != nil {
			t.Fatal(err)
		}
		a := accounts[account]
		if a == nil || !a.live || a.group == 0 {
			continue
		}
		g := want[a.group]
		if person == 1 {
			g.people++
		} else {
			g.deals++
			g.amount += amount
		}
	}
	rows.Close()
	got := map[int64]sums{}
	rows, err = s.r.QueryContext(ctx, "SELECT group_id, accounts, subsidiaries, people, open_deals, our_sales, category_spend, open_amount FROM account_groups")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var g sums
		if err := rows.Scan(&id, &g.accounts, &g.subs, &g.people, &g.deals, &g.sales, &g.spend, &g.amount); err != nil {
			t.Fatal(err)
		}
		got[id] = g
	}
	rows.Close()
	if len(got) != len(want) {
		t.Fatalf("step %d (op %d): %d stored groups, want %d", step, op, len(got), len(want))
	}
	for id, w := range want {
		if got[id] != *w {
			t.Fatalf("step %d (op %d): group %d stored %+v, want %+v", step, op, id, got[id], *w)
		}
	}
}

func b2i64(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
