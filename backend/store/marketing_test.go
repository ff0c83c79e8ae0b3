package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"kams/backend/domain"
)

// TestActivityFactsFollowEveryWrite runs random writes through every path
// that changes an activity's children or a linked deal (the form, a deal
// won, lost, re-priced, trashed, restored; a person, an account purged; an
// activity trashed and restored) and after each compares every activity's
// stored facts, and every person's last contact, with a recomputation from
// the raw rows.
func TestActivityFactsFollowEveryWrite(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			activityWalk(t, rand.New(rand.NewPCG(seed, 13)), 250)
		})
	}
}

func activityWalk(t *testing.T, r *rand.Rand, steps int) {
	ctx := context.Background()
	s := newStore(t)
	for i := range 3 {
		create(t, s, account(fmt.Sprintf("客户%d", i)))
	}
	pick := func(query string) int64 {
		l := mustIDs(t, s, query)
		if len(l) == 0 {
			return 0
		}
		return l[r.IntN(len(l))]
	}
	some := func(query string) []int64 {
		out := []int64{}
		for _, id := range mustIDs(t, s, query) {
			if r.IntN(2) == 0 {
				out = append(out, id)
			}
		}
		return out
	}
	day := func() string { return fmt.Sprintf("202%d-%02d-%02d", 4+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28)) }
	statuses := []string{domain.DealOpen, domain.DealWon, domain.DealLost}
	activity := func(id int64) domain.Activity {
		accs := some("SELECT id FROM accounts WHERE deleted_at IS NULL")
		a := domain.Activity{ID: id, Type: "seminar", Title: fmt.Sprint("交流会", id), Start: day(),
			Status: domain.ActivityStatuses[r.IntN(3)], Accounts: accs}
		a.End = a.Start
		if len(accs) == 0 {
			return a
		}
		in := placeholders(len(accs))
		for _, c := range mustIDsArgs(t, s, "SELECT id FROM contacts WHERE deleted_at IS NULL AND account_id IN ("+in+")", accs) {
			if r.IntN(2) == 0 {
				a.Invitees = append(a.Invitees, domain.Invitee{ContactID: c, Attended: r.IntN(2) == 0})
			}
		}
		for _, d := range mustIDsArgs(t, s, "SELECT id FROM opportunities WHERE deleted_at IS NULL AND account_id IN ("+in+")", accs) {
			if r.IntN(2) == 0 {
				a.Deals = append(a.Deals, d)
			}
		}
		for _, c := range domain.CostCategories {
			if r.IntN(3) == 0 {
				a.Costs = append(a.Costs, domain.Cost{Category: c, Budget: int64(r.IntN(5000)), Actual: int64(r.IntN(5000))})
			}
		}
		return a
	}
	for step := range steps {
		op := r.IntN(16)
		var err error
		switch op {
		case 0:
			if r.IntN(4) == 0 {
				_, err = s.CreateAccount(ctx, account(fmt.Sprint("新客户", step)))
			}
		case 1, 2:
			_, err = s.CreateContact(ctx, domain.Contact{AccountID: pick("SELECT id FROM accounts"), Name: fmt.Sprint("人", step),
				Influence: domain.InfluenceMedium})
		case 3, 4:
			_, err = s.CreateDeal(ctx, domain.Opportunity{AccountID: pick("SELECT id FROM accounts"), Name: fmt.Sprint("商机", step),
				Amount: int64(1 + r.IntN(100000)), CloseDate: "2026-09-30", Stage: "lead", Status: domain.DealOpen}, day())
		case 5, 6:
			if id := pick("SELECT id FROM opportunities WHERE deleted_at IS NULL"); id != 0 {
				o, _ := s.Deal(ctx, id)
				o.Status = statuses[r.IntN(len(statuses))]
				if r.IntN(2) == 0 {
					o.Amount = int64(r.IntN(100000))
				}
				err = s.UpdateDeal(ctx, o, day())
			}
		case 7:
			err = s.TrashDeal(ctx, pick("SELECT id FROM opportunities"))
		case 8:
			err = s.RestoreDeal(ctx, pick("SELECT id FROM opportunities"))
		case 9, 10, 11:
			_, err = s.SaveActivity(ctx, activity(0))
		case 12:
			if id := pick("SELECT id FROM activities WHERE deleted_at IS NULL"); id != 0 {
				old, _, _ := s.Activity(ctx, id)
				a := activity(id)
				a.Version = old.Version
				_, err = s.SaveActivity(ctx, a)
			}
		case 13:
			if r.IntN(2) == 0 {
				err = s.DeleteActivity(ctx, pick("SELECT id FROM activities"))
			} else {
				err = s.RestoreActivity(ctx, pick("SELECT id FROM activities"))
			}
		case 14:
			if r.IntN(3) == 0 {
				err = s.PurgeContact(ctx, pick("SELECT id FROM contacts"))
			} else if r.IntN(5) == 0 {
				err = s.PurgeAccount(ctx, pick("SELECT id FROM accounts"))
			}
		case 15:
			if a := pick("SELECT id FROM accounts WHERE deleted_at IS NULL"); a != 0 {
				_, err = s.CreateInteraction(ctx, domain.Interaction{AccountID: a, Date: day(), Kind: "visit",
					ContactIDs: some(fmt.Sprintf("SELECT id FROM contacts WHERE deleted_at IS NULL AND account_id = %d", a))})
			}
		}
		var de *domain.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("step %d (op %d): %v", step, op, err)
		}
		checkActivityFacts(t, s, step, op)
	}
	for _, q := range []string{"SELECT id FROM activities WHERE won > 0 AND cost > 0 AND attended > 0",
		"SELECT id FROM activities WHERE deleted_at IS NOT NULL",
		"SELECT c.id FROM contacts c WHERE c.last_contact IN (SELECT end_date FROM activities WHERE status <> 'planned')"} {
		if len(mustIDs(t, s, q)) == 0 {
			t.Errorf("the walk never reached %s", q)
		}
	}
}

func mustIDsArgs(t *testing.T, s *Store, query string, ids []int64) []int64 {
	t.Helper()
	got, err := queryIDs(context.Background(), s.r, query, idArgs(ids)...)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// checkActivityFacts recomputes every activity's facts and every person's
// last contact in Go from the raw rows.
func checkActivityFacts(t *testing.T, s *Store, step, op int) {
	t.Helper()
	ctx := context.Background()
	type deal struct {
		status string
		amount int64
		live   bool
	}
	deals := map[int64]deal{}
	scan := func(query string, each func(func(...any) error)) {
		rows, err := s.r.QueryContext(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			each(rows.Scan)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	scan("SELECT id, status, amount, deleted_at IS NULL FROM opportunities", func(sc func(...any) error) {
		var id int64
		var d deal
		sc(&id, &d.status, &d.amount, &d.live)
		deals[id] = d
	})
	want := map[int64]*domain.ActivityFacts{}
	type held struct {
		end  string
		held bool
	}
	acts := map[int64]held{}
	scan("SELECT id, end_date, status <> 'planned' AND deleted_at IS NULL FROM activities", func(sc func(...any) error) {
		var id int64
		var h held
		sc(&id, &h.end, &h.held)
		want[id] = &domain.ActivityFacts{}
		acts[id] = h
	})
	scan("SELECT activity_id, budget, actual FROM activity_costs", func(sc func(...any) error) {
		var id, b, a int64
		sc(&id, &b, &a)
		want[id].Budget += b
		want[id].Cost += a
	})
	scan("SELECT activity_id FROM activity_accounts", func(sc func(...any) error) {
		var id int64
		sc(&id)
		want[id].Accounts++
	})
	last := map[int64]string{}
	scan("SELECT activity_id, contact_id, attended FROM activity_contacts", func(sc func(...any) error) {
		var id, c int64
		var att bool
		sc(&id, &c, &att)
		want[id].Invited++
		if att {
			want[id].Attended++
			if h := acts[id]; h.held && h.end > last[c] {
				last[c] = h.end
			}
		}
	})
	scan("SELECT activity_id, deal_id FROM activity_deals", func(sc func(...any) error) {
		var id, d int64
		sc(&id, &d)
		want[id].Deals++
		want[id].Won += domain.AttributedRevenue([]domain.AttributedDeal{{ID: d, Status: deals[d].status,
			Amount: deals[d].amount, Live: deals[d].live}})
	})
	scan(`SELECT ic.contact_id, i.date FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
		WHERE i.deleted_at IS NULL`, func(sc func(...any) error) {
		var c int64
		var d string
		sc(&c, &d)
		if d > last[c] {
			last[c] = d
		}
	})
	scan("SELECT id, budget, cost, accounts, invited, attended, deals, won FROM activities", func(sc func(...any) error) {
		var id int64
		var got domain.ActivityFacts
		sc(&id, &got.Budget, &got.Cost, &got.Accounts, &got.Invited, &got.Attended, &got.Deals, &got.Won)
		if got != *want[id] {
			t.Fatalf("step %d (op %d): activity %d facts %+v, want %+v", step, op, id, got, *want[id])
		}
	})
	scan("SELECT id, last_contact FROM contacts", func(sc func(...any) error) {
		var id int64
		var got string
		sc(&id, &got)
		if got != last[id] {
			t.Fatalf("step %d (op %d): contact %d last contact %q, want %q", step, op, id, got, last[id])
		}
	})
}
