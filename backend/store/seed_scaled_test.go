package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/service"
	"kams/backend/store"
)

// TestScaledBook writes a small big book through the service and checks
// it as the store sees it: each generated account has its share of people,
// interactions and deals, dated within the five years before the clock's
// today (next steps also after), the funnel's summaries equal their
// recomputation and the search finds a generated account.
func TestScaledBook(t *testing.T) {
	ctx := context.Background()
	const n = 40
	clk := clocktest.New()
	today := clk.Now()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "big.db"), clk.Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var progress []int
	if err := service.NewSample(s, clk.Clock()).LoadScaled(ctx, n, func(done int) { progress = append(progress, done) }); err != nil {
		t.Fatal(err)
	}
	if len(progress) == 0 || progress[len(progress)-1] != n || !slices.IsSorted(progress) {
		t.Errorf("progress went %v, want rising to %d", progress, n)
	}
	db := raw(t, s)
	count := func(query string, args ...any) int {
		t.Helper()
		var c int
		if err := db.QueryRowContext(ctx, query, args...).Scan(&c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	if got := count("SELECT count(*) FROM accounts WHERE deleted_at IS NULL"); got != n {
		t.Fatalf("%d accounts, want %d", got, n)
	}
	// The sample's activities and one per block of 25 generated accounts.
	if got, want := count("SELECT count(*) FROM activities"), len(sample.Activities())+1; got != want {
		t.Errorf("%d marketing activities, want %d", got, want)
	}
	demo := sample.Accounts()
	first, err := s.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, a := range first {
		names[a.Name] = true
	}
	for _, a := range demo {
		if !names[a.Name] {
			t.Errorf("the sample's %s is missing from the big book", a.Name)
		}
	}
	// Per generated account (ids after the sample's): about 10 people,
	// 100 interactions, 4 deals.
	rows, err := db.QueryContext(ctx, `SELECT a.id,
		(SELECT count(*) FROM contacts c WHERE c.account_id = a.id),
		(SELECT count(*) FROM interactions i WHERE i.account_id = a.id),
		(SELECT count(*) FROM opportunities o WHERE o.account_id = a.id)
		FROM accounts a WHERE a.id > ? ORDER BY a.id`, len(demo))
	if err != nil {
		t.Fatal(err)
	}
	var accounts, people, logged, deals int
	for rows.Next() {
		var id int64
		var p, i, d int
		if err := rows.Scan(&id, &p, &i, &d); err != nil {
			t.Fatal(err)
		}
		if p < 8 || p > 12 || i < 80 || i > 130 || d < 2 || d > 6 {
			t.Errorf("account %d has %d people, %d interactions, %d deals; want 8–12, 80–130, 2–6", id, p, i, d)
		}
		accounts, people, logged, deals = accounts+1, people+p, logged+i, deals+d
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	if accounts != n-len(demo) {
		t.Fatalf("%d generated accounts, want %d", accounts, n-len(demo))
	}
	if avg := float64(people) / float64(accounts); avg < 9 || avg > 11 {
		t.Errorf("%.1f people per account, want about 10", avg)
	}
	if avg := float64(logged) / float64(accounts); avg < 90 || avg > 110 {
		t.Errorf("%.1f interactions per account, want about 100", avg)
	}
	if avg := float64(deals) / float64(accounts); avg < 3 || avg > 5 {
		t.Errorf("%.1f deals per account, want about 4", avg)
	}
	// Dates: within the five years before today; some next steps ahead.
	day := func(d time.Time) string { return d.Format(time.DateOnly) }
	oldest, now := day(today.AddDate(-sample.ScaleYears, 0, 0)), day(today)
	if c := count("SELECT count(*) FROM interactions WHERE date <= ? OR date > ?", oldest, now); c > 0 {
		t.Errorf("%d interactions outside (%s, %s]", c, oldest, now)
	}
	if c := count("SELECT count(*) FROM stage_visits WHERE entered <= ? OR entered > ? OR (left_on <> '' AND (left_on < entered OR left_on > ?))", oldest, now, now); c > 0 {
		t.Errorf("%d stays outside (%s, %s]", c, oldest, now)
	}
	if c := count("SELECT count(*) FROM interactions WHERE next_step <> '' AND next_due > ? AND NOT next_done", now); c == 0 {
		t.Error("no next step is due after today")
	}
	if c := count("SELECT count(*) FROM opportunities WHERE status = 'won'"); c == 0 {
		t.Error("no deal was won")
	}
	if c := count("SELECT count(*) FROM members WHERE deleted_at IS NULL"); c != 20 {
		t.Errorf("a team of %d, want 20", c)
	}
	if c := count("SELECT count(DISTINCT role) FROM members"); c != 5 {
		t.Errorf("the team has %d roles, want all 5", c)
	}
	if c := count("SELECT count(*) FROM targets WHERE member_id IS NOT NULL AND period = ?", today.Format("2006")); c != 13 {
		t.Errorf("%d leads have a target for this year, want 13", c)
	}
	store.AssertFunnelSummary(t, s)

	// The search finds a generated account by a 2-character and a longer query.
	var a domain.Account
	for _, x := range first {
		if !slices.ContainsFunc(demo, func(d domain.Account) bool { return d.Name == x.Name }) {
			a = x
		}
	}
	for _, q := range []string{string([]rune(a.Name)[:2]), a.Name, a.EnglishName} {
		res, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(res.Accounts, func(h store.SearchHit) bool { return h.ID == a.ID }) {
			t.Errorf("search %q did not find %s (%d hits)", q, a.Name, len(res.Accounts))
		}
	}
}
