package store

import (
	"context"
	"database/sql"
	"fmt"

	"kams/backend/domain"
)

// LinkedDeal is a deal as an activity's page shows it.
type LinkedDeal struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	Status      string `json:"status"`
	Stage       string `json:"stage"`
	Amount      int64  `json:"amount"`
	Live        bool   `json:"live"`
	// Why a suggestion is made: "created" or "moved" on Day.
	Why string `json:"why"`
	Day string `json:"day"`
}

const linkedDealColumns = `o.id, o.name, o.account_id, a.name, o.status, o.stage, o.amount, o.deleted_at IS NULL`

func (s *Store) queryLinkedDeals(ctx context.Context, query string, args ...any) ([]LinkedDeal, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: activity deals: %w", err)
	}
	defer rows.Close()
	out := []LinkedDeal{}
	for rows.Next() {
		var d LinkedDeal
		dest := []any{&d.ID, &d.Name, &d.AccountID, &d.AccountName, &d.Status, &d.Stage, &d.Amount, &d.Live}
		cols, _ := rows.Columns()
		if len(cols) > len(dest) {
			dest = append(dest, &d.Why, &d.Day)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: activity deals: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: activity deals: %w", err)
	}
	return out, nil
}

// LinkedDeals lists the deals linked to an activity (in the trash too:
// the attribution rule leaves them out, the page says so).
func (s *Store) LinkedDeals(ctx context.Context, activity int64) ([]LinkedDeal, error) {
	return s.queryLinkedDeals(ctx, `SELECT `+linkedDealColumns+` FROM activity_deals d
		JOIN opportunities o ON o.id = d.deal_id JOIN accounts a ON a.id = o.account_id
		WHERE d.activity_id = ? ORDER BY o.status = 'won' DESC, o.amount DESC, o.id`, activity)
}

// SuggestedDeals lists the live deals at the activity's accounts, not yet
// linked to it, that were created or entered a stage from..to (the
// activity's first day to its last plus the settings' window): the deals
// it may have produced. Each comes once, with its first such day.
func (s *Store) SuggestedDeals(ctx context.Context, activity int64, from, to string, limit int) ([]LinkedDeal, error) {
	return s.queryLinkedDeals(ctx, `WITH cand(id, why, day) AS (
			SELECT o.id, 'created', o.created_on FROM activity_accounts aa JOIN opportunities o ON o.account_id = aa.account_id
			WHERE aa.activity_id = ?1 AND o.created_on BETWEEN ?2 AND ?3
			UNION ALL
			SELECT o.id, 'moved', v.entered FROM activity_accounts aa JOIN opportunities o ON o.account_id = aa.account_id
			JOIN stage_visits v ON v.opportunity_id = o.id
			WHERE aa.activity_id = ?1 AND v.entered BETWEEN ?2 AND ?3 AND v.entered <> o.created_on),
		first(id, why, day) AS (SELECT id, why, min(day) FROM cand GROUP BY id)
		SELECT `+linkedDealColumns+`, f.why, f.day FROM first f JOIN opportunities o ON o.id = f.id
		JOIN accounts a ON a.id = o.account_id
		WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL
			AND NOT EXISTS (SELECT 1 FROM activity_deals d WHERE d.activity_id = ?1 AND d.deal_id = o.id)
		ORDER BY f.day, o.id LIMIT ?4`, activity, from, to, limit)
}

// NamedAccounts are the names of accounts by id (an activity's few).
func (s *Store) NamedAccounts(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT id, name FROM accounts WHERE id IN ("+placeholders(len(ids))+")", idArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("store: account names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var n string
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("store: account names: %w", err)
		}
		out[id] = n
	}
	return out, rows.Err()
}

// TypeActual is what a period's activities of one type did: how many
// (and how many were held), their budget and cost, and the won revenue of
// their linked deals, each deal once.
type TypeActual struct {
	Type       string `json:"type"`
	Activities int    `json:"activities"`
	Held       int    `json:"held"`
	Budget     int64  `json:"budget"`
	Cost       int64  `json:"cost"`
	Revenue    int64  `json:"revenue"`
}

// MarketingActuals sums the live activities starting from..to per type,
// and the period's revenue with each won deal once however many of its
// activities (of any type) it is linked to. The activities_list index
// serves the range.
func (s *Store) MarketingActuals(ctx context.Context, from, to string) ([]TypeActual, int64, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT x.type, count(*), count(*) FILTER (WHERE x.status <> 'planned'),
		sum(x.budget), sum(x.cost),
		COALESCE((SELECT sum(o.amount) FROM (SELECT DISTINCT d.deal_id FROM activities y CROSS JOIN activity_deals d ON d.activity_id = y.id
			WHERE y.deleted_at IS NULL AND y.type = x.type AND y.start_date BETWEEN ?1 AND ?2) l
			CROSS JOIN opportunities o ON o.id = l.deal_id WHERE o.status = 'won' AND o.deleted_at IS NULL), 0)
		FROM activities x WHERE x.deleted_at IS NULL AND x.start_date BETWEEN ?1 AND ?2 GROUP BY x.type ORDER BY x.type`, from, to)
	if err != nil {
		return nil, 0, fmt.Errorf("store: marketing actuals: %w", err)
	}
	defer rows.Close()
	out := []TypeActual{}
	for rows.Next() {
		var a TypeActual
		if err := rows.Scan(&a.Type, &a.Activities, &a.Held, &a.Budget, &a.Cost, &a.Revenue); err != nil {
			return nil, 0, fmt.Errorf("store: marketing actuals: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: marketing actuals: %w", err)
	}
	var total int64
	// From the period's activities to their deals, each once, to the
	// deals by id: the won deals of the whole book are never walked.
	err = s.r.QueryRowContext(ctx, `SELECT COALESCE(sum(o.amount), 0) FROM (SELECT DISTINCT d.deal_id FROM activities y
		CROSS JOIN activity_deals d ON d.activity_id = y.id WHERE y.deleted_at IS NULL AND y.start_date BETWEEN ? AND ?) l
		CROSS JOIN opportunities o ON o.id = l.deal_id WHERE o.status = 'won' AND o.deleted_at IS NULL`, from, to).Scan(&total)
	if err != nil {
		return nil, 0, fmt.Errorf("store: marketing revenue: %w", err)
	}
	return out, total, nil
}

// MarketingPlan reads the plan of a period ('2026', '2026-Q3'): its lines
// by type id.
func (s *Store) MarketingPlan(ctx context.Context, period string) (domain.MarketingPlan, error) {
	p := domain.MarketingPlan{Period: period, Lines: []domain.MarketingPlanLine{}}
	rows, err := s.r.QueryContext(ctx, "SELECT type, activities, budget, revenue FROM marketing_plans WHERE period = ? ORDER BY type", period)
	if err != nil {
		return p, fmt.Errorf("store: marketing plan %s: %w", period, err)
	}
	defer rows.Close()
	for rows.Next() {
		var l domain.MarketingPlanLine
		if err := rows.Scan(&l.Type, &l.Activities, &l.Budget, &l.Revenue); err != nil {
			return p, fmt.Errorf("store: marketing plan %s: %w", period, err)
		}
		p.Lines = append(p.Lines, l)
	}
	return p, rows.Err()
}

// SaveMarketingPlan replaces a period's plan with p's lines, in one
// transaction.
func (s *Store) SaveMarketingPlan(ctx context.Context, p domain.MarketingPlan) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM marketing_plans WHERE period = ?", p.Period); err != nil {
			return fmt.Errorf("store: save marketing plan %s: %w", p.Period, err)
		}
		for _, l := range p.Lines {
			if _, err := tx.ExecContext(ctx, "INSERT INTO marketing_plans (period, type, activities, budget, revenue) VALUES (?, ?, ?, ?, ?)",
				p.Period, l.Type, l.Activities, l.Budget, l.Revenue); err != nil {
				return fmt.Errorf("store: save marketing plan %s: %w", p.Period, err)
			}
		}
		return nil
	})
}

// ActivitiesOverlapping lists the live activities that run on any day
// from..to (Home's "this week"), soonest first, at most limit.
func (s *Store) ActivitiesOverlapping(ctx context.Context, from, to string, limit int) ([]ActivityRow, error) {
	// An activity lasts at most domain.MaxActivityDays: a start at most
	// that long before the range keeps the read one short range of the index.
	return s.queryActivityRows(ctx, "SELECT "+activityRowColumns+` FROM activities x
		WHERE x.deleted_at IS NULL AND x.start_date BETWEEN date(?1, '-60 days') AND ?2 AND x.end_date >= ?1
		ORDER BY x.start_date, x.id LIMIT ?3`, from, to, limit)
}
