package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// KPIInputs gathers the figures of a period that the main business
// indicators are computed from (domain.ComputeKPIs), over the live deals,
// interactions and accounts.
func (s *Store) KPIInputs(ctx context.Context, stages []domain.Stage, p domain.Period) (domain.KPIInputs, error) {
	var in domain.KPIInputs
	prev := p.Previous()
	const live = ` FROM opportunities o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL WHERE o.deleted_at IS NULL`
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
			WHERE i.deleted_at IS NULL AND i.kind IN (` + visitKinds() + `) AND i.date BETWEEN ? AND ?`,
			[]any{p.From, p.To}, []any{&in.Visits}},
		{`SELECT COALESCE(sum(cl_satisfaction), 0), count(*) FROM accounts WHERE deleted_at IS NULL AND cl_satisfaction > 0`,
			nil, []any{&in.SatisfactionSum, &in.SatisfactionRated}},
	}
	for _, q := range queries {
		if err := s.r.QueryRowContext(ctx, q.q, q.args...).Scan(q.dest...); err != nil {
			return in, fmt.Errorf("store: indicators %s: %w", p.Key, err)
		}
	}
	in.CycleDays = int64(cycle + 0.5)
	in.TargetSet = targets > 0
	var err error
	in.OpenWeighted, err = s.OpenWeighted(ctx, stages, p, 0)
	return in, err
}
