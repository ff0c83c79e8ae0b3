package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"kams/backend/domain"
)

// TestAccountFactsFollowEveryWrite runs random writes through every path
// that changes a person, an interaction or an account (create, edit, trash,
// restore, purge; an interaction's people, date and trash state) and after
// each compares every stored last contact and every account's red-flag
// inputs with a recomputation from the raw tables.
func TestAccountFactsFollowEveryWrite(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			checkFactsWalk(t, rand.New(rand.NewPCG(seed, 11)), 300)
		})
	}
}

func checkFactsWalk(t *testing.T, r *rand.Rand, steps int) {
	ctx := context.Background()
	s := newStore(t)
	for i := range 3 {
		create(t, s, account(fmt.Sprintf("客户%d", i)))
	}
	ids := func(query string) []int64 {
		got, err := queryIDs(ctx, s.r, query)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	pick := func(query string) int64 {
		l := ids(query)
		if len(l) == 0 {
			return 0
		}
		return l[r.IntN(len(l))]
	}
	day := func() string { return fmt.Sprintf("202%d-%02d-%02d", 4+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28)) }
	// Few due days, so that several steps share one.
	due := func() string { return fmt.Sprintf("2026-07-%02d", 1+r.IntN(5)) }
	roles := append([]domain.BuyingRole{""}, domain.BuyingRoles...)
	influences := []domain.Influence{domain.InfluenceHigh, domain.InfluenceMedium, domain.InfluenceLow}
	person := func(accountID int64, n int) domain.Contact {
		return domain.Contact{AccountID: accountID, Name: fmt.Sprint("人", n), Role: roles[r.IntN(len(roles))],
			Influence: influences[r.IntN(len(influences))], Attitude: r.IntN(5) - 2}
	}
	people := func(accountID int64) []int64 {
		var out []int64
		for _, c := range ids(fmt.Sprintf("SELECT id FROM contacts WHERE account_id = %d AND deleted_at IS NULL", accountID)) {
			if r.IntN(3) == 0 {
				out = append(out, c)
			}
		}
		return out
	}
	reached := map[string]bool{}
	for step := range steps {
		op := r.IntN(19)
		var err error
		switch op {
		case 0:
			_, err = s.CreateAccount(ctx, account(fmt.Sprint("新客户", step)))
		case 1:
			err = s.TrashAccount(ctx, pick("SELECT id FROM accounts"))
		case 2:
			err = s.RestoreAccount(ctx, pick("SELECT id FROM accounts"))
		case 3:
			if r.IntN(3) == 0 {
				err = s.PurgeAccount(ctx, pick("SELECT id FROM accounts"))
			}
		case 4, 5, 6:
			_, err = s.CreateContact(ctx, person(pick("SELECT id FROM accounts"), step))
		case 7:
			if id := pick("SELECT id FROM contacts"); id != 0 {
				c, _ := s.Contact(ctx, id)
				p := person(c.AccountID, step)
				p.ID = id
				err = s.UpdateContact(ctx, p)
			}
		case 8:
			err = s.TrashContact(ctx, pick("SELECT id FROM contacts"))
		case 9:
			err = s.RestoreContact(ctx, pick("SELECT id FROM contacts"))
		case 10:
			err = s.PurgeContact(ctx, pick("SELECT id FROM contacts"))
		case 11, 12, 13:
			a := pick("SELECT id FROM accounts")
			_, err = s.CreateInteraction(ctx, domain.Interaction{AccountID: a, Date: day(), Kind: "visit",
				ContactIDs: people(a), NextStep: "跟进", NextDue: due()})
		case 14, 15:
			if id := pick("SELECT id FROM interactions"); id != 0 {
				in, _ := s.Interaction(ctx, id)
				in.Date = day()
				if r.IntN(3) == 0 {
					in.NextStep, in.NextDue, in.NextDone = "再访", due(), r.IntN(3) == 0
				}
				if r.IntN(2) == 0 {
					in.ContactIDs = people(in.AccountID)
				}
				err = s.UpdateInteraction(ctx, in)
			}
		case 16:
			err = s.TrashInteraction(ctx, pick("SELECT id FROM interactions"))
		case 17:
			err = s.RestoreInteraction(ctx, pick("SELECT id FROM interactions"))
		case 18:
			err = s.SetStepDone(ctx, pick("SELECT id FROM interactions"), r.IntN(2) == 0)
		}
		var de *domain.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("step %d (op %d): %v", step, op, err)
		}
		checkFacts(t, s, step, op)
		for _, q := range reachable {
			reached[q] = reached[q] || len(mustIDs(t, s, q)) > 0
		}
	}
	for _, q := range reachable {
		if !reached[q] {
			t.Errorf("the walk never reached %s", q)
		}
	}
}

// reachable are states a walk must pass through to test anything.
var reachable = []string{"SELECT id FROM contacts WHERE last_contact <> '' AND deleted_at IS NULL",
	"SELECT id FROM accounts WHERE key_oldest_contact <> ''", "SELECT id FROM accounts WHERE coaches > 0",
	"SELECT id FROM interactions WHERE deleted_at IS NOT NULL", "SELECT id FROM contacts WHERE deleted_at IS NOT NULL", "SELECT id FROM accounts WHERE opponents > 0 AND key_never_met > 0",
	"SELECT steps FROM due_steps WHERE steps > 1"}

// checkFacts recomputes every stored fact in Go from the raw rows.
func checkFacts(t *testing.T, s *Store, step, op int) {
	t.Helper()
	ctx := context.Background()
	dates := map[int64]string{} // live interactions
	rows, err := s.r.QueryContext(ctx, "SELECT id, date FROM interactions WHERE deleted_at IS NULL")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var d string
		rows.Scan(&id, &d)
		dates[id] = d
	}
	rows.Close()
	last := map[int64]string{}
	rows, err = s.r.QueryContext(ctx, "SELECT interaction_id, contact_id FROM interaction_contacts")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var i, c int64
		rows.Scan(&i, &c)
		if d, ok := dates[i]; ok && d > last[c] {
			last[c] = d
		}
	}
	rows.Close()

	type facts struct {
		coaches, economic, opponents, never int
		oldest                              string
	}
	want := map[int64]*facts{}
	for _, a := range mustIDs(t, s, "SELECT id FROM accounts") {
		want[a] = &facts{}
	}
	rows, err = s.r.QueryContext(ctx, "SELECT id, account_id, role, attitude, influence, last_contact, deleted_at IS NULL FROM contacts")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, account int64
		var role, influence, stored string
		var attitude int
		var live bool
		if err := rows.Scan(&id, &account, &role, &attitude, &influence, &stored, &live); err != nil {
			t.Fatal(err)
		}
		if stored != last[id] {
			t.Fatalf("step %d (op %d): contact %d last contact %q, want %q", step, op, id, stored, last[id])
		}
		if !live {
			continue
		}
		f := want[account]
		f.coaches += b2i(role == "coach")
		f.economic += b2i(role == "economic")
		f.opponents += b2i(attitude == domain.AttitudeOpponent && influence == "high")
		if role == "economic" || influence == "high" {
			switch {
			case last[id] == "":
				f.never++
			case f.oldest == "" || last[id] < f.oldest:
				f.oldest = last[id]
			}
		}
	}
	rows.Close()
	rows, err = s.r.QueryContext(ctx, "SELECT id, coaches, economic_buyers, opponents, key_never_met, key_oldest_contact FROM accounts")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var got facts
		if err := rows.Scan(&id, &got.coaches, &got.economic, &got.opponents, &got.never, &got.oldest); err != nil {
			t.Fatal(err)
		}
		if got != *want[id] {
			t.Fatalf("step %d (op %d): account %d facts %+v, want %+v", step, op, id, got, *want[id])
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	// The open steps per due day.
	var gotDue, wantDue string
	for q, into := range map[string]*string{
		"SELECT day, steps FROM due_steps ORDER BY day": &gotDue,
		`SELECT next_due, count(*) FROM interactions WHERE next_due <> '' AND next_done = 0 AND deleted_at IS NULL
			GROUP BY next_due ORDER BY next_due`: &wantDue,
	} {
		rows, err := s.r.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var d string
			var n int
			rows.Scan(&d, &n)
			*into += fmt.Sprintf("%s:%d ", d, n)
		}
		rows.Close()
	}
	if gotDue != wantDue {
		t.Fatalf("step %d (op %d): due steps %s, want %s", step, op, gotDue, wantDue)
	}
}

func mustIDs(t *testing.T, s *Store, query string) []int64 {
	t.Helper()
	ids, err := queryIDs(context.Background(), s.r, query)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
