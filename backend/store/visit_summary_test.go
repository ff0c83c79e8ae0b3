package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"kams/backend/domain"
)

// TestMemberVisitsFollowEveryWrite runs random writes through every path
// that changes an interaction or its account's liveness (log, edit, trash,
// restore, trash and restore the account, purge it, hand an account to
// another lead, set the user's name, delete a member) and after each checks member_visit_months
// against a count of the interactions done afresh — and that Actuals read
// from it equal the count over the interactions.
func TestMemberVisitsFollowEveryWrite(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			checkVisitWalk(t, rand.New(rand.NewPCG(seed, 11)), 200)
		})
	}
}

func checkVisitWalk(t *testing.T, r *rand.Rand, steps int) {
	ctx := context.Background()
	s := newStore(t)
	leads := []string{"王磊", "李娜", "陈志强"}
	var accounts, trashedAccounts []int64
	for i := range 4 {
		a := account(fmt.Sprintf("客户%d", i))
		a.Manager = leads[i%len(leads)]
		accounts = append(accounts, create(t, s, a))
	}
	type logged struct {
		in      domain.Interaction
		trashed bool
	}
	var inters []*logged
	kinds := []domain.InteractionKind{"visit", "call", "meeting", "email", "tech", "demo", "dinner", "other"}
	day := func() string { return fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)) }
	pick := func(ids []int64) (int64, int) {
		i := r.IntN(len(ids))
		return ids[i], i
	}
	drop := func(ids []int64, i int) []int64 { return append(ids[:i:i], ids[i+1:]...) }
	for step := range steps {
		var op string
		switch x := r.IntN(100); {
		case x < 35 && len(accounts) > 0:
			op = "log"
			id, _ := pick(accounts)
			in := domain.Interaction{AccountID: id, Date: day(), Kind: kinds[r.IntN(len(kinds))], Summary: "跟进"}
			nid, err := s.CreateInteraction(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			in.ID = nid
			inters = append(inters, &logged{in: in})
		case x < 55 && len(inters) > 0:
			op = "edit"
			l := inters[r.IntN(len(inters))]
			if l.trashed {
				continue
			}
			l.in.Kind, l.in.Date = kinds[r.IntN(len(kinds))], day()
			if err := s.UpdateInteraction(ctx, l.in); err != nil && !isNotFound(err) {
				t.Fatal(err)
			}
		case x < 65 && len(inters) > 0:
			op = "trash or restore an interaction"
			l := inters[r.IntN(len(inters))]
			var err error
			if l.trashed {
				err = s.RestoreInteraction(ctx, l.in.ID)
			} else {
				err = s.TrashInteraction(ctx, l.in.ID)
			}
			if err == nil {
				l.trashed = !l.trashed
			}
		case x < 75 && len(accounts) > 1:
			op = "trash an account"
			id, i := pick(accounts)
			if err := s.TrashAccount(ctx, id); err != nil {
				t.Fatal(err)
			}
			accounts, trashedAccounts = drop(accounts, i), append(trashedAccounts, id)
		case x < 83 && len(trashedAccounts) > 0:
			op = "restore an account"
			id, i := pick(trashedAccounts)
			if err := s.RestoreAccount(ctx, id); err != nil {
				t.Fatal(err)
			}
			trashedAccounts, accounts = drop(trashedAccounts, i), append(accounts, id)
		case x < 88 && len(trashedAccounts) > 0:
			op = "purge an account"
			id, i := pick(trashedAccounts)
			if err := s.PurgeAccount(ctx, id); err != nil {
				t.Fatal(err)
			}
			trashedAccounts = drop(trashedAccounts, i)
			kept := inters[:0]
			for _, l := range inters {
				if l.in.AccountID != id {
					kept = append(kept, l)
				}
			}
			inters = kept
		case x < 93 && len(accounts) > 0:
			op = "hand an account to another lead"
			id, _ := pick(accounts)
			a, err := s.Account(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			a.Manager = leads[r.IntN(len(leads))]
			if err := s.UpdateAccount(ctx, a); err != nil {
				t.Fatal(err)
			}
		case x < 95:
			// Later visits are credited to the user's own name, a lead's or
			// a newcomer's, or to the account's lead again.
			op = "set my name"
			set, err := s.Settings(ctx)
			if err != nil {
				t.Fatal(err)
			}
			set.MyName = []string{"", "王磊", "赵六"}[r.IntN(3)]
			if err := s.SaveSettings(ctx, set); err != nil {
				t.Fatal(err)
			}
		case x < 97:
			op = "delete a member"
			from, err := s.MemberByName(ctx, leads[r.IntN(len(leads))])
			if err != nil {
				continue
			}
			to, err := s.MemberByName(ctx, leads[r.IntN(len(leads))])
			if err != nil || to == from {
				continue
			}
			if err := s.DeleteMember(ctx, from, to); err != nil {
				continue // already gone
			}
		default:
			a := account(fmt.Sprintf("新客户%d", step))
			a.Manager = leads[r.IntN(len(leads))]
			op = "create an account"
			accounts = append(accounts, create(t, s, a))
		}
		checkVisitSummary(t, s, fmt.Sprintf("step %d (%s)", step, op))
	}
}

// countsByKey runs q, whose rows are key columns then a count, into a map
// from the keys (joined by spaces) to the counts that are not 0.
func countsByKey(t *testing.T, s *Store, q string) map[string]int {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for rows.Next() {
		keys := make([]string, len(cols)-1)
		dest := make([]any, len(cols))
		for i := range keys {
			dest[i] = &keys[i]
		}
		var n int
		dest[len(keys)] = &n
		if err := rows.Scan(dest...); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			out[strings.Join(keys, " ")] = n
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func isNotFound(err error) bool { return domain.UIError(err).Code == domain.CodeNotFound }

func checkVisitSummary(t *testing.T, s *Store, when string) {
	t.Helper()
	read := func(q string) map[string]int { return countsByKey(t, s, q) }
	checkBookVisits(t, s, when)
	got := read("SELECT member_id, month, visits FROM member_visit_months")
	want := read(`SELECT i.member_id, substr(i.date, 1, 7), count(*) FROM interactions i
		JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL WHERE ` + counted("i") + ` GROUP BY 1, 2`)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: member_visit_months\n got %v\nwant %v", when, got, want)
	}
	gotAccounts := read("SELECT account_id, month, visits FROM account_visit_months")
	wantAccounts := read(`SELECT i.account_id, substr(i.date, 1, 7), count(*) FROM interactions i WHERE ` + visit("i") + ` GROUP BY 1, 2`)
	if !reflect.DeepEqual(gotAccounts, wantAccounts) {
		t.Fatalf("%s: account_visit_months\n got %v\nwant %v", when, gotAccounts, wantAccounts)
	}
	for _, key := range []string{"2026", "2026-Q2", "2026-07"} {
		p, err := domain.ParsePeriod(key)
		if err != nil {
			t.Fatal(err)
		}
		for by, col := range map[ActualsBy]string{ByMember: "i.member_id", ByAccount: "i.account_id"} {
			checkVisitActuals(t, s, when, key, p, by, col)
		}
	}
}

func checkVisitActuals(t *testing.T, s *Store, when, key string, p domain.Period, by ActualsBy, col string) {
	t.Helper()
	ctx := context.Background()
	{
		summed, err := s.Actuals(ctx, p, by, 0)
		if err != nil {
			t.Fatal(err)
		}
		afresh := map[int64]int{}
		rows, err := s.r.QueryContext(ctx, `SELECT `+col+`, count(*) FROM interactions i
			JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL
			WHERE `+col+` IS NOT NULL AND `+visit("i")+` AND i.date BETWEEN ? AND ? GROUP BY 1`, p.From, p.To)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			var n int
			if err := rows.Scan(&id, &n); err != nil {
				t.Fatal(err)
			}
			afresh[id] = n
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		for id := range 60 {
			if got, want := summed[int64(id)].Visits, afresh[int64(id)]; got != want {
				t.Fatalf("%s: %s %s %d: %d visits from the summary, %d counted", when, key, by, id, got, want)
			}
		}
	}
}

// Only periods of whole months are read from the summary.
func TestMonthRange(t *testing.T) {
	for key, want := range map[string][2]string{"2026": {"2026-01", "2026-12"}, "2026-H2": {"2026-07", "2026-12"},
		"2026-Q1": {"2026-01", "2026-03"}, "2028-02": {"2028-02", "2028-02"}} {
		p, err := domain.ParsePeriod(key)
		if err != nil {
			t.Fatal(err)
		}
		if from, to, ok := monthRange(p); !ok || from != want[0] || to != want[1] {
			t.Errorf("%s: %s..%s (%v), want %v", key, from, to, ok, want)
		}
	}
	for _, p := range []domain.Period{{From: "2026-06-01", To: "2026-06-29"}, {From: "2026-06-02", To: "2026-06-30"}, {From: "x", To: "y"}} {
		if _, _, ok := monthRange(p); ok {
			t.Errorf("%+v counted as whole months", p)
		}
	}
}
