package store

import (
	"context"
	"database/sql"
	"fmt"

	"kams/backend/domain"
)

// WeekItems lists the activities planned for a week, in the order added.
// An item's account shows only while the account is live.
func (s *Store) WeekItems(ctx context.Context, week string) ([]domain.WeekItem, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT w.id, w.week, w.title, COALESCE(w.account_id, 0),
		COALESCE(CASE WHEN a.deleted_at IS NULL THEN a.name END, ''), w.done
		FROM week_items w LEFT JOIN accounts a ON a.id = w.account_id WHERE w.week = ? AND w.deleted_at IS NULL ORDER BY w.id`, week)
	if err != nil {
		return nil, fmt.Errorf("store: week %s: %w", week, err)
	}
	defer rows.Close()
	out := []domain.WeekItem{}
	for rows.Next() {
		var w domain.WeekItem
		if err := rows.Scan(&w.ID, &w.Week, &w.Title, &w.AccountID, &w.AccountName, &w.Done); err != nil {
			return nil, fmt.Errorf("store: week %s: %w", week, err)
		}
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: week %s: %w", week, err)
	}
	return out, nil
}

// SaveWeekItem adds (ID 0) or updates a planned activity; it returns the id.
func (s *Store) SaveWeekItem(ctx context.Context, w domain.WeekItem) (int64, error) {
	id := w.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if w.AccountID > 0 {
			if err := liveAccount(ctx, tx, w.AccountID); err != nil {
				return err
			}
		}
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO week_items (week, title, account_id, done, created_at) VALUES (?, ?, ?, ?, ?)`,
				w.Week, w.Title, nullID(w.AccountID), boolInt(w.Done), s.stamp())
			if err != nil {
				return fmt.Errorf("store: add week item: %w", err)
			}
			id, err = res.LastInsertId()
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE week_items SET week = ?, title = ?, account_id = ?, done = ? WHERE id = ? AND deleted_at IS NULL`,
			w.Week, w.Title, nullID(w.AccountID), boolInt(w.Done), id)
		return mustChange(res, err, "week item", id)
	})
	return id, err
}

// DeleteWeekItem moves a planned activity to the trash (RestoreWeekItem
// brings it back).
func (s *Store) DeleteWeekItem(ctx context.Context, id int64) error {
	return s.trashRow(ctx, "week_items", "week item", id)
}

// WeekChecks lists the self-check items ticked in a week.
func (s *Store) WeekChecks(ctx context.Context, week string) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT item FROM week_checks WHERE week = ? ORDER BY item", week)
	if err != nil {
		return nil, fmt.Errorf("store: week checks %s: %w", week, err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("store: week checks %s: %w", week, err)
		}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: week checks %s: %w", week, err)
	}
	return out, nil
}

// SetWeekCheck ticks (or unticks) a self-check item for a week.
func (s *Store) SetWeekCheck(ctx context.Context, week, item string, on bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		q := "DELETE FROM week_checks WHERE week = ? AND item = ?"
		if on {
			q = "INSERT OR IGNORE INTO week_checks (week, item) VALUES (?, ?)"
		}
		if _, err := tx.ExecContext(ctx, q, week, item); err != nil {
			return fmt.Errorf("store: week check: %w", err)
		}
		return nil
	})
}

// DevelopmentGoals lists the personal development goals: open ones first.
func (s *Store) DevelopmentGoals(ctx context.Context) ([]domain.DevelopmentGoal, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT id, title, due, done FROM development_goals WHERE deleted_at IS NULL ORDER BY done, id")
	if err != nil {
		return nil, fmt.Errorf("store: development goals: %w", err)
	}
	defer rows.Close()
	out := []domain.DevelopmentGoal{}
	for rows.Next() {
		var g domain.DevelopmentGoal
		if err := rows.Scan(&g.ID, &g.Title, &g.Due, &g.Done); err != nil {
			return nil, fmt.Errorf("store: development goals: %w", err)
		}
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: development goals: %w", err)
	}
	return out, nil
}

// SaveDevelopmentGoal adds (ID 0) or updates a goal; it returns the id.
func (s *Store) SaveDevelopmentGoal(ctx context.Context, g domain.DevelopmentGoal) (int64, error) {
	id := g.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if id == 0 {
			res, err := tx.ExecContext(ctx, "INSERT INTO development_goals (title, due, done, created_at) VALUES (?, ?, ?, ?)",
				g.Title, g.Due, boolInt(g.Done), s.stamp())
			if err != nil {
				return fmt.Errorf("store: add goal: %w", err)
			}
			id, err = res.LastInsertId()
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE development_goals SET title = ?, due = ?, done = ? WHERE id = ? AND deleted_at IS NULL",
			g.Title, g.Due, boolInt(g.Done), id)
		return mustChange(res, err, "goal", id)
	})
	return id, err
}

// DeleteDevelopmentGoal moves a goal to the trash (RestoreDevelopmentGoal
// brings it back).
func (s *Store) DeleteDevelopmentGoal(ctx context.Context, id int64) error {
	return s.trashRow(ctx, "development_goals", "goal", id)
}

// WeekInteractions lists the live interactions dated in [from, to] of live
// accounts, logged by the member (all with member 0), oldest first, at
// most limit of them.
func (s *Store) WeekInteractions(ctx context.Context, from, to string, member int64, limit int) ([]domain.Interaction, error) {
	where, args := weekWhere(from, to, member)
	return s.queryInteractions(ctx, where+" ORDER BY i.date, i.id LIMIT ?", append(args, limit)...)
}

func weekWhere(from, to string, member int64) (string, []any) {
	where := "WHERE i.deleted_at IS NULL AND a.deleted_at IS NULL AND i.date BETWEEN ? AND ?"
	args := []any{from, to}
	if member > 0 {
		where += " AND i.member_id = ?"
		args = append(args, member)
	}
	return where, args
}

// WeekCounts counts the interactions WeekInteractions lists, per account:
// an aggregate over the week's rows only (an index range on the day, or
// on the member and day).
func (s *Store) WeekCounts(ctx context.Context, from, to string, member int64) (map[int64]int, error) {
	where, args := weekWhere(from, to, member)
	return s.countsByID(ctx, "week counts", `SELECT i.account_id, count(*) FROM interactions i
		JOIN accounts a ON a.id = i.account_id `+where+` GROUP BY i.account_id`, args)
}

// mustChange turns an UPDATE or DELETE that touched no row into not-found.
func mustChange(res sql.Result, err error, what string, id int64) error {
	if err != nil {
		return fmt.Errorf("store: save %s %d: %w", what, id, err)
	}
	return mustAffect(res, what, id)
}
