package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// KPIInputs gathers the figures of a period that the main business
// indicators are computed from (domain.ComputeKPIs), over the live deals,
// interactions and accounts. A deal's account is checked against the few
// trashed ones (accounts_trashed), so the closed deals of both periods are
// one range of opportunities_closed_status; visits are summed from
// book_visit_months (migration 12).
func (s *Store) KPIInputs(ctx context.Context, stages []domain.Stage, p domain.Period) (domain.KPIInputs, error) {
	var in domain.KPIInputs
	prev := p.Previous()
	from, to := min(p.From, prev.From), max(p.To, prev.To)
	const liveAccount = ` AND o.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)`
	const cur, before = `o.closed_on BETWEEN ?1 AND ?2`, `o.closed_on BETWEEN ?3 AND ?4`
	periods := []any{p.From, p.To, prev.From, prev.To, from, to}
	var targets int
	var cycle float64
	queries := []struct {
		q    string
		args []any
		dest []any
	}{
		{`SELECT COALESCE(sum(o.status = 'won' AND ` + cur + `), 0),
			COALESCE(sum(CASE WHEN o.status = 'won' AND ` + cur + ` THEN o.amount END), 0),
			COALESCE(sum(CASE WHEN o.status = 'won' AND ` + cur + `
				THEN max(0, julianday(o.closed_on) - julianday(o.created_on)) END), 0),
			COALESCE(sum(o.status IN ('lost', 'abandoned') AND ` + cur + `), 0),
			COALESCE(sum(CASE WHEN o.status = 'won' AND ` + before + ` THEN o.amount END), 0)
			FROM opportunities o INDEXED BY opportunities_closed_status
			WHERE o.deleted_at IS NULL AND o.status <> 'open' AND o.status IN ('won', 'lost', 'abandoned') AND o.closed_on BETWEEN ?5 AND ?6` + liveAccount,
			periods, []any{&in.Won, &in.Revenue, &cycle, &in.Lost, &in.PrevRevenue}},
		// The accounts that bought in the previous period, and of them
		// those that bought again in this one (retention).
		{`SELECT count(*), COALESCE(sum(kept), 0) FROM (SELECT max(` + cur + `) AS kept
			FROM opportunities o INDEXED BY opportunities_closed_status
			WHERE o.deleted_at IS NULL AND o.status <> 'open' AND o.status = 'won' AND o.closed_on BETWEEN ?5 AND ?6` + liveAccount + `
			GROUP BY o.account_id HAVING max(` + before + `))`,
			periods, []any{&in.PrevBuyers, &in.KeptBuyers}},
		{`SELECT count(*), COALESCE(sum(revenue), 0) FROM targets WHERE member_id IS NOT NULL AND period = ?`,
			[]any{p.Key}, []any{&targets, &in.RevenueTarget}},
		{`SELECT COALESCE(sum(CASE WHEN category_spend > 0 THEN our_sales END), 0),
			COALESCE(sum(CASE WHEN category_spend > 0 THEN category_spend END), 0),
			COALESCE(sum(CASE WHEN cl_satisfaction > 0 THEN cl_satisfaction END), 0), COALESCE(sum(cl_satisfaction > 0), 0)
			FROM accounts WHERE deleted_at IS NULL`,
			nil, []any{&in.OurSales, &in.CategorySpend, &in.SatisfactionSum, &in.SatisfactionRated}},
	}
	for _, q := range queries {
		if err := s.r.QueryRowContext(ctx, q.q, q.args...).Scan(q.dest...); err != nil {
			return in, fmt.Errorf("store: indicators %s: %w", p.Key, err)
		}
	}
	visits, err := s.bookVisits(ctx, p)
	if err != nil {
		return in, err
	}
	in.Visits = visits
	in.CycleDays = int64(cycle + 0.5)
	in.TargetSet = targets > 0
	in.OpenWeighted, err = s.OpenWeighted(ctx, stages, p, 0)
	return in, err
}

// bookVisits counts the live visits of live accounts in a period: from
// book_visit_months when it is whole months (every period a key names),
// else from the interactions.
func (s *Store) bookVisits(ctx context.Context, p domain.Period) (int, error) {
	q, args := `SELECT COALESCE(sum(visits), 0) FROM book_visit_months WHERE month BETWEEN ? AND ?`, []any{}
	if from, to, ok := monthRange(p); ok {
		args = append(args, from, to)
	} else {
		q = `SELECT count(*) FROM interactions i JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL
			WHERE ` + visit("i") + ` AND i.date BETWEEN ? AND ?`
		args = append(args, p.From, p.To)
	}
	var n int
	if err := s.r.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: indicators' visits %s: %w", p.Key, err)
	}
	return n, nil
}
