package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Members lists the names of the team, for the account-manager picker.
func (s *Store) Members(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT name FROM members WHERE deleted_at IS NULL ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("store: list members: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("store: list members: %w", err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list members: %w", err)
	}
	return out, nil
}

// memberID finds the team member called name, adding them when new, so that
// typing a manager's name is all it takes; a member who had left comes back.
// An empty name is no manager.
func memberID(ctx context.Context, tx *sql.Tx, name, now string) (sql.NullInt64, error) {
	if name == "" {
		return sql.NullInt64{}, nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM members WHERE name = ? COLLATE NOCASE", name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		res, err := tx.ExecContext(ctx, "INSERT INTO members (name, created_at) VALUES (?, ?)", name, now)
		if err != nil {
			return sql.NullInt64{}, fmt.Errorf("store: add member %q: %w", name, err)
		}
		id, err = res.LastInsertId()
		if err != nil {
			return sql.NullInt64{}, fmt.Errorf("store: add member %q: %w", name, err)
		}
	} else if err != nil {
		return sql.NullInt64{}, fmt.Errorf("store: find member %q: %w", name, err)
	} else if _, err := tx.ExecContext(ctx, "UPDATE members SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", id); err != nil {
		return sql.NullInt64{}, fmt.Errorf("store: bring back member %q: %w", name, err)
	}
	return sql.NullInt64{Int64: id, Valid: true}, nil
}
