package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// TimelineCursor is where a page of a timeline starts: after the row
// (Date, ID) shown last, newest first; the zero cursor starts at the top.
type TimelineCursor struct {
	Date string `json:"date"`
	ID   int64  `json:"id"`
}

// TimelinePage reads an account's live interactions newest first (date,
// then id), up to limit after the cursor, and counts them all; the
// interactions_timeline index (migration 9) serves both.
func (s *Store) TimelinePage(ctx context.Context, accountID int64, before TimelineCursor, limit int) ([]domain.Interaction, int, error) {
	// Two reads, not one transaction: a write between them only makes
	// the count a row off until the next page, and the page query stays
	// the shared one of interactions.go.
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM interactions INDEXED BY interactions_timeline WHERE account_id = ? AND deleted_at IS NULL",
		accountID).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: timeline count: %w", err)
	}
	where := "WHERE i.account_id = ? AND i.deleted_at IS NULL"
	args := []any{accountID}
	if before.Date != "" {
		// (date, id) < (before): the date bound narrows the index range,
		// the rest drops the rows of that day already shown.
		where += " AND i.date <= ? AND (i.date < ? OR i.id < ?)"
		args = append(args, before.Date, before.Date, before.ID)
	}
	list, err := s.queryInteractions(ctx, where+" ORDER BY i.date DESC, i.id DESC LIMIT ?", append(args, limit)...)
	return list, total, err
}
