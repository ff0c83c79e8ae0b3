package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// StepsDueOn reads the first limit open next steps due on day (YYYY-MM-DD)
// of live accounts, and how many there are, through the index of open
// steps by due day.
func (s *Store) StepsDueOn(ctx context.Context, day string, limit int) ([]domain.Interaction, int, error) {
	const on = `i.next_due = ? AND i.next_done = 0 AND i.deleted_at IS NULL AND a.deleted_at IS NULL`
	var total int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM interactions i INDEXED BY interactions_due
		JOIN accounts a ON a.id = i.account_id WHERE i.next_due <> '' AND `+on, day).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count steps due %s: %w", day, err)
	}
	_, limit = ClampPage(0, limit)
	list, err := s.queryInteractions(ctx, `WHERE i.next_due <> '' AND `+on+` ORDER BY i.id LIMIT ?`, day, limit)
	return list, total, err
}

// Marker reads a text kept beside the settings (such as the day the
// reminders were last shown); "" when never set.
func (s *Store) Marker(ctx context.Context, key string) (string, error) {
	var v string
	err := s.r.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: load marker %s: %w", key, err)
	}
	var out string
	if err := json.Unmarshal([]byte(v), &out); err != nil {
		return "", fmt.Errorf("store: load marker %s: %w", key, err)
	}
	return out, nil
}

// SetMarkers writes markers (key → text) in one transaction.
func (s *Store) SetMarkers(ctx context.Context, markers map[string]string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for k, v := range markers {
			if err := putSetting(ctx, tx, k, v); err != nil {
				return err
			}
		}
		return nil
	})
}
