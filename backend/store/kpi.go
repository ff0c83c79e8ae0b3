package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// KPIInputs gathers the figures of a period that the main business
// indicators are computed from (domain.ComputeKPIs), over the live deals,
// interactions and accounts. A period of whole months (every period a key
// names) reads the deals' figures from funnel_groups less the trashed
// accounts' deals, its sales cycle from won_cycle_months and its visits
// from book_visit_months (migration 12); retention reads the won deals of
// both periods, one range of opportunities_closed_status, their accounts
// checked against the few trashed ones (accounts_trashed).
func (s *Store) KPIInputs(ctx context.Context, stages []domain.Stage, p domain.Period) (domain.KPIInputs, error) {
	var in domain.KPIInputs
	prev := p.Previous()
	periods := []any{p.From, p.To, prev.From, prev.To, min(p.From, prev.From), max(p.To, prev.To)}
	// Retention — the accounts that bought in the previous period, and of
	// them those that bought again in this one — is one pass over the won
	// deals of both periods grouped by account, half of the whole time
	// (2,500 deals in a big book's two years): it runs on a reader of its
	// own while the other figures are read.
	type buyers struct {
		prev, kept int
		err        error
	}
	retention := make(chan buyers, 1)
	go func() {
		var b buyers
		b.err = s.r.QueryRowContext(ctx, `SELECT COALESCE(sum(bought), 0), COALESCE(sum(bought AND kept), 0) FROM (
			SELECT max(o.closed_on BETWEEN ?3 AND ?4) AS bought, max(o.closed_on BETWEEN ?1 AND ?2) AS kept
			FROM opportunities o INDEXED BY opportunities_closed_status
			WHERE o.deleted_at IS NULL AND o.status <> 'open' AND o.status = 'won' AND o.closed_on BETWEEN ?5 AND ?6`+liveDealAccount+`
			GROUP BY o.account_id)`, periods...).Scan(&b.prev, &b.kept)
		retention <- b
	}()
	done := func(err error) (domain.KPIInputs, error) {
		b := <-retention
		if err == nil && b.err != nil {
			err = fmt.Errorf("store: indicators %s: %w", p.Key, b.err)
		}
		in.PrevBuyers, in.KeptBuyers = b.prev, b.kept
		return in, err
	}
	var targets int
	var cycle float64
	queries := []struct {
		q    string
		args []any
		dest []any
	}{
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
			return done(fmt.Errorf("store: indicators %s: %w", p.Key, err))
		}
	}
	in.TargetSet = targets > 0
	var err error
	if in.Visits, err = s.bookVisits(ctx, p); err != nil {
		return done(err)
	}
	if cycle, err = s.kpiDeals(ctx, stages, p, &in); err != nil {
		return done(fmt.Errorf("store: indicators %s: %w", p.Key, err))
	}
	in.CycleDays = int64(cycle + 0.5)
	return done(nil)
}

// liveDealAccount keeps the deals (o) of live accounts.
const liveDealAccount = ` AND o.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)`

// kpiDeals sets the deals won and lost in a period, the revenue of it and
// of the period before and the open deals' weighted amount, and returns
// the days from creation to the win summed over the period's won deals.
func (s *Store) kpiDeals(ctx context.Context, stages []domain.Stage, p domain.Period, in *domain.KPIInputs) (cycle float64, err error) {
	prev := p.Previous()
	from, to, whole := monthRange(p)
	prevFrom, prevTo, prevWhole := monthRange(prev)
	if !whole || !prevWhole {
		return s.kpiDealsCounted(ctx, stages, p, in)
	}
	if err := s.r.QueryRowContext(ctx, `SELECT COALESCE(sum(days), 0) FROM won_cycle_months WHERE month BETWEEN ? AND ?`,
		from, to).Scan(&cycle); err != nil {
		return 0, err
	}
	// funnel_groups holds the live deals of every account by status,
	// stage, month (of the close date, open; of the closing, closed) and
	// probability; the trashed accounts' deals are taken away.
	const groups = `SELECT month, status, stage, override, probability, deals, amount FROM funnel_groups
		UNION ALL SELECT ` + funnelMonth + `, status, stage, override, probability, -1, -amount
		FROM opportunities INDEXED BY opportunities_account WHERE ` + trashedAccountDeals
	rows, err := s.r.QueryContext(ctx, `SELECT month BETWEEN ?1 AND ?2, status,
		CASE status WHEN 'open' THEN stage ELSE '' END, CASE status WHEN 'open' THEN override ELSE 0 END,
		CASE status WHEN 'open' THEN probability ELSE 0 END, sum(deals), sum(amount)
		FROM (`+groups+`) WHERE (month BETWEEN ?1 AND ?2) OR (status = 'won' AND month BETWEEN ?3 AND ?4)
		GROUP BY 1, 2, 3, 4, 5`, from, to, prevFrom, prevTo)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var current bool
		var o domain.Opportunity
		var deals int
		var amount int64
		if err := rows.Scan(&current, &o.Status, &o.Stage, &o.Override, &o.Probability, &deals, &amount); err != nil {
			return 0, err
		}
		switch {
		case !current:
			in.PrevRevenue += amount
		case o.Status == domain.DealWon:
			in.Won += deals
			in.Revenue += amount
		case o.Status == domain.DealLost || o.Status == domain.DealAbandoned:
			in.Lost += deals
		case o.Status == domain.DealOpen:
			in.OpenWeighted += domain.Weighted(amount, domain.EffectiveProbability(o, stages))
		}
	}
	return cycle, rows.Err()
}

// kpiDealsCounted is kpiDeals over the deals themselves, for a period that
// is not whole months.
func (s *Store) kpiDealsCounted(ctx context.Context, stages []domain.Stage, p domain.Period, in *domain.KPIInputs) (cycle float64, err error) {
	prev := p.Previous()
	err = s.r.QueryRowContext(ctx, `SELECT COALESCE(sum(o.status = 'won' AND o.closed_on BETWEEN ?1 AND ?2), 0),
		COALESCE(sum(CASE WHEN o.status = 'won' AND o.closed_on BETWEEN ?1 AND ?2 THEN `+cycleDays("o")+` END), 0),
		COALESCE(sum(CASE WHEN o.status = 'won' AND o.closed_on BETWEEN ?1 AND ?2 THEN o.amount END), 0),
		COALESCE(sum(o.status IN ('lost', 'abandoned') AND o.closed_on BETWEEN ?1 AND ?2), 0),
		COALESCE(sum(CASE WHEN o.status = 'won' AND o.closed_on BETWEEN ?3 AND ?4 THEN o.amount END), 0)
		FROM opportunities o INDEXED BY opportunities_closed_status
		WHERE o.deleted_at IS NULL AND o.status <> 'open' AND o.status IN ('won', 'lost', 'abandoned')
		AND o.closed_on BETWEEN ?5 AND ?6`+liveDealAccount,
		p.From, p.To, prev.From, prev.To, min(p.From, prev.From), max(p.To, prev.To)).Scan(&in.Won, &cycle, &in.Revenue, &in.Lost, &in.PrevRevenue)
	if err != nil {
		return 0, err
	}
	in.OpenWeighted, err = s.OpenWeighted(ctx, stages, p, 0)
	return cycle, err
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
