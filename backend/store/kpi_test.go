package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// TestIndicatorsKeepTheirValues compares KPIInputs (closed deals from one
// index range, visits from book_visit_months) with the computation it
// replaced, kept below verbatim, on a seeded book for years, quarters and
// months around today — each with its previous period — before and after
// trashing accounts and deals.
func TestIndicatorsKeepTheirValues(t *testing.T) {
	ctx := context.Background()
	clk := clocktest.New()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "kpi.db"), clk.Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := service.NewSample(s, clk.Clock()).LoadScaled(ctx, 60, nil); err != nil {
		t.Fatal(err)
	}
	set, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db := raw(t, s)
	today := clk.Now()
	var keys []string
	for back := range 3 {
		y := today.AddDate(-back, 0, 0)
		keys = append(keys, y.Format("2006"), y.Format("2006")+"-H1", y.Format("2006")+"-Q"+string(rune('1'+(int(y.Month())-1)/3)),
			y.Format("2006-01"), y.AddDate(0, -1, 0).Format("2006-01"), y.AddDate(0, 1, 0).Format("2006-01"))
	}
	// A span that is not whole months is counted from the deals.
	odd := domain.Period{Key: "odd", Kind: domain.PeriodMonth, Year: today.Year(),
		From: today.AddDate(0, -5, -3).Format("2006-01-02"), To: today.AddDate(0, 0, -9).Format("2006-01-02")}
	check := func(when string) {
		t.Helper()
		for _, key := range append(keys, odd.Key) {
			p, err := domain.ParsePeriod(key)
			if key == odd.Key {
				p, err = odd, nil
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.KPIInputs(ctx, set.Stages, p)
			if err != nil {
				t.Fatal(err)
			}
			want := oldKPIInputs(t, db, set.Stages, p)
			if got != want {
				t.Fatalf("%s, %s:\n got %+v\nwant %+v", when, key, got, want)
			}
			if key == keys[0] && (want.Won == 0 || want.Visits == 0 || want.PrevBuyers == 0 || want.Lost == 0) {
				t.Fatalf("%s: the seeded year counts too little to compare: %+v", key, want)
			}
		}
	}
	check("seeded")
	for _, id := range []int64{3, 17, 40} {
		if err := s.TrashAccount(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	var deals []int64
	rows, err := db.QueryContext(ctx, "SELECT id FROM opportunities WHERE deleted_at IS NULL AND status = 'won' ORDER BY id LIMIT 10")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		deals = append(deals, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	for _, id := range deals {
		if err := s.TrashDeal(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	check("after trashing accounts and deals")
	if err := s.RestoreAccount(ctx, 17); err != nil {
		t.Fatal(err)
	}
	if err := s.PurgeAccount(ctx, 3); err != nil {
		t.Fatal(err)
	}
	check("after a restore and a purge")
}

// oldKPIInputs is KPIInputs as it was before migration 12: every figure
// counted afresh over the deals, interactions and accounts.
func oldKPIInputs(t *testing.T, db *sql.DB, stages []domain.Stage, p domain.Period) domain.KPIInputs {
	t.Helper()
	ctx := context.Background()
	var in domain.KPIInputs
	prev := p.Previous()
	const live = ` FROM opportunities o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL WHERE o.deleted_at IS NULL`
	const visitKinds = `'visit', 'meeting', 'tech', 'demo'`
	var targets int
	var cycle float64
	queries := []struct {
		q    string
		args []any
		dest []any
	}{
		{`SELECT count(*), COALESCE(sum(o.amount), 0),
			COALESCE(sum(max(0, julianday(o.closed_on) - julianday(o.created_on))), 0)` + live +
			` AND o.status = 'won' AND o.closed_on BETWEEN ? AND ?`, []any{p.From, p.To}, []any{&in.Won, &in.Revenue, &cycle}},
		{`SELECT count(*)` + live + ` AND o.status IN ('lost', 'abandoned') AND o.closed_on BETWEEN ? AND ?`,
			[]any{p.From, p.To}, []any{&in.Lost}},
		{`SELECT COALESCE(sum(o.amount), 0)` + live + ` AND o.status = 'won' AND o.closed_on BETWEEN ? AND ?`,
			[]any{prev.From, prev.To}, []any{&in.PrevRevenue}},
		{`SELECT count(*), COALESCE(sum(revenue), 0) FROM targets WHERE member_id IS NOT NULL AND period = ?`,
			[]any{p.Key}, []any{&targets, &in.RevenueTarget}},
		{`SELECT COALESCE(sum(our_sales), 0), COALESCE(sum(category_spend), 0) FROM accounts
			WHERE deleted_at IS NULL AND category_spend > 0`, nil, []any{&in.OurSales, &in.CategorySpend}},
		{`WITH prev AS (SELECT DISTINCT o.account_id` + live + ` AND o.status = 'won' AND o.closed_on BETWEEN ? AND ?)
			SELECT count(*), COALESCE(sum(EXISTS (SELECT 1 FROM opportunities n WHERE n.account_id = prev.account_id
				AND n.deleted_at IS NULL AND n.status = 'won' AND n.closed_on BETWEEN ? AND ?)), 0) FROM prev`,
			[]any{prev.From, prev.To, p.From, p.To}, []any{&in.PrevBuyers, &in.KeptBuyers}},
		{`SELECT count(*) FROM interactions i JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL
			WHERE i.deleted_at IS NULL AND i.kind IN (` + visitKinds + `) AND i.date BETWEEN ? AND ?`,
			[]any{p.From, p.To}, []any{&in.Visits}},
		{`SELECT COALESCE(sum(cl_satisfaction), 0), count(*) FROM accounts WHERE deleted_at IS NULL AND cl_satisfaction > 0`,
			nil, []any{&in.SatisfactionSum, &in.SatisfactionRated}},
	}
	for _, q := range queries {
		if err := db.QueryRowContext(ctx, q.q, q.args...).Scan(q.dest...); err != nil {
			t.Fatal(err)
		}
	}
	in.CycleDays = int64(cycle + 0.5)
	in.TargetSet = targets > 0
	rows, err := db.QueryContext(ctx, `SELECT o.stage, o.override, o.probability, sum(o.amount) FROM opportunities o
		JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL
		WHERE o.deleted_at IS NULL AND o.status = 'open' AND o.close_date BETWEEN ? AND ? GROUP BY 1, 2, 3`, p.From, p.To)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var o domain.Opportunity
		var amount int64
		if err := rows.Scan(&o.Stage, &o.Override, &o.Probability, &amount); err != nil {
			t.Fatal(err)
		}
		o.Status = domain.DealOpen
		in.OpenWeighted += domain.Weighted(amount, domain.EffectiveProbability(o, stages))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return in
}
