package store

import (
	"context"
	"database/sql"
	"fmt"

	"kams/backend/domain"
)

// TrashedInteractionPage reads one page of the interactions in the trash
// (of live accounts: a trashed account keeps its visits until it comes
// back), most recently trashed first, and how many there are.
func (s *Store) TrashedInteractionPage(ctx context.Context, offset, limit int) ([]domain.Interaction, int, error) {
	const where = "WHERE i.deleted_at IS NOT NULL AND a.deleted_at IS NULL"
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+interactionFrom+" "+where).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed interactions: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.queryInteractions(ctx, where+" ORDER BY i.deleted_at DESC, i.id DESC LIMIT ? OFFSET ?", limit, offset)
	return list, total, err
}

// TrashedDealPage reads one page of the deals in the trash (of live
// accounts), most recently trashed first, and how many there are.
func (s *Store) TrashedDealPage(ctx context.Context, offset, limit int) ([]domain.Opportunity, int, error) {
	const where = "WHERE o.deleted_at IS NOT NULL AND a.deleted_at IS NULL"
	var total int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM opportunities o JOIN accounts a ON a.id = o.account_id `+where).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed deals: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.queryDeals(ctx, where+" ORDER BY o.deleted_at DESC, o.id DESC LIMIT ? OFFSET ?", limit, offset)
	return list, total, err
}

// TrashedWeekPage reads one page of the week items and development goals in
// the trash, together, most recently trashed first, and how many there are.
func (s *Store) TrashedWeekPage(ctx context.Context, offset, limit int) ([]domain.TrashedWeekEntry, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM week_items WHERE deleted_at IS NOT NULL)
		+ (SELECT count(*) FROM development_goals WHERE deleted_at IS NOT NULL)`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed week entries: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	rows, err := s.r.QueryContext(ctx, `SELECT 'item', id, title, week, '', deleted_at FROM week_items WHERE deleted_at IS NOT NULL
		UNION ALL SELECT 'goal', id, title, '', due, deleted_at FROM development_goals WHERE deleted_at IS NOT NULL
		ORDER BY 6 DESC, 1, 2 DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: trashed week entries: %w", err)
	}
	defer rows.Close()
	out := []domain.TrashedWeekEntry{}
	for rows.Next() {
		var e domain.TrashedWeekEntry
		if err := rows.Scan(&e.Kind, &e.ID, &e.Title, &e.Week, &e.Due, &e.DeletedAt); err != nil {
			return nil, 0, fmt.Errorf("store: trashed week entries: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: trashed week entries: %w", err)
	}
	return out, total, nil
}

// RestoreWeekItem brings a planned activity back from the trash.
func (s *Store) RestoreWeekItem(ctx context.Context, id int64) error {
	return s.restoreRow(ctx, "week_items", "week item", id)
}

// RestoreDevelopmentGoal brings a development goal back from the trash.
func (s *Store) RestoreDevelopmentGoal(ctx context.Context, id int64) error {
	return s.restoreRow(ctx, "development_goals", "goal", id)
}

// trashRow and restoreRow move a row with no stored summaries into and out
// of the trash; a row already there (or not) is not found.
func (s *Store) trashRow(ctx context.Context, table, what string, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		return mustChange(res, err, what, id)
	})
}

func (s *Store) restoreRow(ctx context.Context, table, what string, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", id)
		return mustChange(res, err, what, id)
	})
}
