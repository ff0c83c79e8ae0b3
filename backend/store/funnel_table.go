package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// FunnelDeal is a deal as the printed funnel table (销售漏斗表) lists it.
type FunnelDeal struct {
	Account string
	Name    string
	Lead    string // the account's manager
	Deal    domain.Opportunity
}

// FunnelDeals reads up to limit deals of the funnel's scope (open ones
// expected to close, closed ones closed, in its period), open first in
// stage order then largest first, and how many there are in all.
func (s *Store) FunnelDeals(ctx context.Context, stages []domain.Stage, scope FunnelScope, limit int) ([]FunnelDeal, int, error) {
	where, args := funnelWhere(scope)
	in := "o.id IN (SELECT id FROM opportunities WHERE " + where + ")"
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM opportunities o WHERE "+in, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: funnel deals: %w", err)
	}
	order := "CASE o.status WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END, CASE o.stage"
	for i, st := range stages {
		order += fmt.Sprintf(" WHEN %s THEN %d", sqlString(st.ID), i)
	}
	order += fmt.Sprintf(" ELSE %d END, o.amount DESC, o.id", len(stages))
	rows, err := s.r.QueryContext(ctx, `SELECT COALESCE(NULLIF(a.short_name, ''), a.name), o.name, COALESCE(m.name, ''),
		o.id, o.account_id, o.amount, o.close_date, o.stage, o.override, o.probability, o.status, o.closed_on
		FROM opportunities o JOIN accounts a ON a.id = o.account_id LEFT JOIN members m ON m.id = a.manager_id
		WHERE `+in+" ORDER BY "+order+" LIMIT ?", append(args, limit)...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: funnel deals: %w", err)
	}
	defer rows.Close()
	out := []FunnelDeal{}
	for rows.Next() {
		var d FunnelDeal
		o := &d.Deal
		if err := rows.Scan(&d.Account, &d.Name, &d.Lead, &o.ID, &o.AccountID, &o.Amount, &o.CloseDate, &o.Stage,
			&o.Override, &o.Probability, &o.Status, &o.ClosedOn); err != nil {
			return nil, 0, fmt.Errorf("store: funnel deals: %w", err)
		}
		o.Name = d.Name
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: funnel deals: %w", err)
	}
	return out, total, nil
}

// FunnelLeadGroup is a lead's deals of one status, stage and probability
// in the funnel's scope: the team's funnel table sums them per lead.
type FunnelLeadGroup struct {
	Lead   string
	Deal   domain.Opportunity // its status, stage, override and probability
	Deals  int
	Amount int64
}

// FunnelLeads groups the deals of the funnel's scope by the account's
// manager, status, stage and probability.
func (s *Store) FunnelLeads(ctx context.Context, scope FunnelScope) ([]FunnelLeadGroup, error) {
	where, args := funnelWhere(scope)
	rows, err := s.r.QueryContext(ctx, `SELECT COALESCE(m.name, ''), o.status, o.stage, o.override, o.probability, count(*), sum(o.amount)
		FROM opportunities o JOIN accounts a ON a.id = o.account_id LEFT JOIN members m ON m.id = a.manager_id
		WHERE o.id IN (SELECT id FROM opportunities WHERE `+where+`) GROUP BY 1, 2, 3, 4, 5`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: funnel leads: %w", err)
	}
	defer rows.Close()
	out := []FunnelLeadGroup{}
	for rows.Next() {
		var g FunnelLeadGroup
		if err := rows.Scan(&g.Lead, &g.Deal.Status, &g.Deal.Stage, &g.Deal.Override, &g.Deal.Probability, &g.Deals, &g.Amount); err != nil {
			return nil, fmt.Errorf("store: funnel leads: %w", err)
		}
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: funnel leads: %w", err)
	}
	return out, nil
}

// MemberByRef finds a live team member by id or, failing that, by name.
func (s *Store) MemberByRef(ctx context.Context, ref string) (Named, error) {
	list, err := s.named(ctx, `SELECT id, name FROM members WHERE deleted_at IS NULL AND (CAST(id AS TEXT) = ?1 OR name = ?1 COLLATE NOCASE)
		ORDER BY CAST(id AS TEXT) = ?1 DESC, id LIMIT 1`, ref)
	if err != nil {
		return Named{}, err
	}
	if len(list) == 0 {
		return Named{}, domain.NotFound("member", 0)
	}
	return list[0], nil
}
