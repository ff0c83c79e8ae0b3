package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Calendar entry kinds: what a dated record of the book is.
const (
	EntryStep   = "step"   // an interaction's next step, not done
	EntryAction = "action" // an account plan's action, planned or doing
	EntryReview = "review" // an account plan's review date
	// EntryActivity is a marketing activity (any status) running on a
	// day of the range.
	EntryActivity = "activity"
)

// CalendarEntry is one dated record as the calendar export writes it.
type CalendarEntry struct {
	Kind        string
	ID          int64 // the interaction's or action's id; the plan's for a review
	Position    int   // a review's place in its plan's list
	Date        string
	Title       string // the next step, the action, the review's note
	Detail      string // the interaction's summary; the action's owner
	AccountID   int64
	AccountName string
	Year        int    // the plan's year (actions, reviews)
	Status      string // an action's or activity's status
	UpdatedAt   string // the record's (or its plan's) last change, a UTC stamp
	End         string // an activity's last day
	Type        string // an activity's type id
}

// MaxCalendarPage is the most entries one CalendarPage reads: more than a
// screen's page (the export streams them to a file, not to the window).
const MaxCalendarPage = 1000

// CalendarCursor is where the next page of one kind of entries starts:
// after the last entry of the page before (zero: from the start).
type CalendarCursor struct {
	Date     string
	Key      int64 // the plan of an action; the plan of a review
	ID       int64
	Position int
}

// CalendarPage reads up to limit entries of kind dated from from to to
// (YYYY-MM-DD, both included), of live accounts, after the cursor, in the
// order of the index it reads through, and the cursor after them; fewer
// than limit (at most MaxCalendarPage) means the kind is done. Each page is one indexed range read,
// so a book of any size is exported in bounded pieces.
func (s *Store) CalendarPage(ctx context.Context, kind, from, to string, after CalendarCursor, limit int) ([]CalendarEntry, CalendarCursor, error) {
	if limit <= 0 || limit > MaxCalendarPage {
		limit = MaxCalendarPage
	}
	var (
		q    string
		args []any
	)
	switch kind {
	case EntryStep:
		q = `SELECT i.id, 0, i.next_due, i.next_step, i.summary, a.id, a.name, 0, '', i.updated_at, '', ''
			FROM interactions i INDEXED BY interactions_due JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL
			WHERE i.next_due <> '' AND i.next_done = 0 AND i.deleted_at IS NULL AND i.next_due BETWEEN ? AND ?
			AND (i.next_due, i.id) > (?, ?) ORDER BY i.next_due, i.id LIMIT ?`
		args = []any{from, to, after.Date, after.ID, limit}
	case EntryAction:
		q = `SELECT pa.id, 0, pa.due, pa.item, COALESCE((SELECT m.name FROM members m WHERE m.id = pa.owner_id), ''),
			a.id, a.name, p.year, pa.status, p.updated_at, '', ''
			FROM plan_actions pa INDEXED BY plan_actions_overdue JOIN account_plans p ON p.id = pa.plan_id
			JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL
			WHERE pa.status IN ('planned','doing') AND pa.due <> '' AND pa.due BETWEEN ? AND ?
			AND (pa.due, pa.plan_id, pa.id) > (?, ?, ?) ORDER BY pa.due, pa.plan_id, pa.id LIMIT ?`
		args = []any{from, to, after.Date, after.Key, after.ID, limit}
	case EntryReview:
		q = `SELECT r.plan_id, r.position, r.date, r.note, '', a.id, a.name, p.year, '', p.updated_at, '', ''
			FROM plan_reviews r JOIN account_plans p ON p.id = r.plan_id
			JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL
			WHERE (r.plan_id, r.position) > (?, ?) AND r.date BETWEEN ? AND ?
			ORDER BY r.plan_id, r.position LIMIT ?`
		args = []any{after.Key, after.Position, from, to, limit}
	case EntryActivity:
		// An activity lasts at most domain.MaxActivityDays: one that runs
		// into the range started at most that long before it, so the read
		// stays one range of activities_list.
		q = `SELECT x.id, 0, x.start_date, x.title, x.place, 0, '', 0, x.status, x.updated_at, x.end_date, x.type
			FROM activities x INDEXED BY activities_list
			WHERE x.deleted_at IS NULL AND x.start_date BETWEEN date(?, '-60 days') AND ? AND x.end_date >= ?
			AND (x.start_date, x.id) > (?, ?) ORDER BY x.start_date, x.id LIMIT ?`
		args = []any{from, to, from, after.Date, after.ID, limit}
	default:
		return nil, after, fmt.Errorf("store: calendar: unknown kind %q", kind)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, after, fmt.Errorf("store: calendar %s: %w", kind, err)
	}
	defer rows.Close()
	out := []CalendarEntry{}
	for rows.Next() {
		e := CalendarEntry{Kind: kind}
		var detail sql.NullString
		if err := rows.Scan(&e.ID, &e.Position, &e.Date, &e.Title, &detail, &e.AccountID, &e.AccountName,
			&e.Year, &e.Status, &e.UpdatedAt, &e.End, &e.Type); err != nil {
			return nil, after, fmt.Errorf("store: calendar %s: %w", kind, err)
		}
		e.Detail = detail.String
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, after, fmt.Errorf("store: calendar %s: %w", kind, err)
	}
	if n := len(out); n > 0 {
		last := out[n-1]
		after = CalendarCursor{Date: last.Date, ID: last.ID, Position: last.Position}
		switch kind {
		case EntryAction:
			after.Key, err = s.actionPlan(ctx, last.ID)
		case EntryReview:
			after.Key, after.ID = last.ID, 0
		}
	}
	return out, after, err
}

func (s *Store) actionPlan(ctx context.Context, id int64) (int64, error) {
	var plan int64
	if err := s.r.QueryRowContext(ctx, "SELECT plan_id FROM plan_actions WHERE id = ?", id).Scan(&plan); err != nil {
		return 0, fmt.Errorf("store: calendar action %d: %w", id, err)
	}
	return plan, nil
}

// BookID is the book's own identifier, made once (random) the first time
// it is asked for and kept in the settings table: calendar entries carry
// it in their UIDs, so two books never collide in one calendar while one
// book's entries stay the same across exports (and backups, which copy it).
func (s *Store) BookID(ctx context.Context) (string, error) {
	var id string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('bookId', json_quote(lower(hex(randomblob(16)))))
			ON CONFLICT(key) DO NOTHING`); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, "SELECT json_extract(value, '$') FROM settings WHERE key = 'bookId'").Scan(&id)
	})
	if err != nil {
		return "", fmt.Errorf("store: book id: %w", err)
	}
	return id, nil
}

// ActivitiesOn reads the first limit live marketing activities running on
// day (YYYY-MM-DD), soonest start first, and how many there are.
func (s *Store) ActivitiesOn(ctx context.Context, day string, limit int) ([]ActivityRow, int, error) {
	const on = ` FROM activities x INDEXED BY activities_list WHERE x.deleted_at IS NULL
		AND x.start_date BETWEEN date(?1, '-60 days') AND ?1 AND x.end_date >= ?1`
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+on, day).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count activities on %s: %w", day, err)
	}
	_, limit = ClampPage(0, limit)
	rows, err := s.queryActivityRows(ctx, "SELECT "+activityRowColumns+on+" ORDER BY x.start_date, x.id LIMIT ?2", day, limit)
	return rows, total, err
}
