package store

import (
	"context"
	"fmt"
)

// OverdueAction is an action of an account plan past its due day and not
// done (planned or doing), as Home and My Week list it.
type OverdueAction struct {
	ID          int64  `json:"id"`
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	Year        int    `json:"year"` // the plan's
	Item        string `json:"item"`
	Owner       string `json:"owner"` // "" for none
	Due         string `json:"due"`
	Status      string `json:"status"`
}

// overdueFrom reads the open actions due before a day (?1) of live
// accounts, by member ?2 (0: anyone's), through plan_actions_overdue.
const overdueFrom = ` FROM plan_actions pa INDEXED BY plan_actions_overdue
	JOIN account_plans p ON p.id = pa.plan_id
	JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL
	WHERE pa.status IN ('planned','doing') AND pa.due <> '' AND pa.due < ?1 AND (?2 = 0 OR pa.owner_id = ?2)`

// OverdueActions lists the first limit plan actions overdue on today
// (YYYY-MM-DD), oldest due first, of member (0: everyone's), and counts
// them all.
func (s *Store) OverdueActions(ctx context.Context, today string, member int64, limit int) ([]OverdueAction, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+overdueFrom, today, member).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count overdue actions: %w", err)
	}
	_, limit = ClampPage(0, limit)
	rows, err := s.r.QueryContext(ctx, `SELECT pa.id, a.id, a.name, p.year, pa.item,
		COALESCE((SELECT m.name FROM members m WHERE m.id = pa.owner_id), ''), pa.due, pa.status`+overdueFrom+`
		ORDER BY pa.due, pa.id LIMIT ?3`, today, member, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("store: overdue actions: %w", err)
	}
	defer rows.Close()
	out := []OverdueAction{}
	for rows.Next() {
		var o OverdueAction
		if err := rows.Scan(&o.ID, &o.AccountID, &o.AccountName, &o.Year, &o.Item, &o.Owner, &o.Due, &o.Status); err != nil {
			return nil, 0, fmt.Errorf("store: overdue actions: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: overdue actions: %w", err)
	}
	return out, total, nil
}
