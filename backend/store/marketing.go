package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// ActivityQuery picks a page of the marketing activities: From..To
// (inclusive YYYY-MM-DD start days, "" for open), a type, a status and an
// account ("" and 0 for any), newest first.
type ActivityQuery struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Type      string `json:"type"`
	Status    string `json:"status"`
	AccountID int64  `json:"accountId"`
	Offset    int    `json:"offset"`
	Limit     int    `json:"limit"`
}

// ActivityRow is an activity as a list shows it, with its stored facts.
type ActivityRow struct {
	ID     int64  `json:"id"`
	Type   string `json:"type"`
	Title  string `json:"title"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Place  string `json:"place"`
	Status string `json:"status"`
	domain.ActivityFacts
	DeletedAt string `json:"deletedAt"`
}

const activityRowColumns = `x.id, x.type, x.title, x.start_date, x.end_date, x.place, x.status,
	x.budget, x.cost, x.accounts, x.invited, x.attended, x.deals, x.won, COALESCE(x.deleted_at, '')`

func scanActivityRow(r scanner) (ActivityRow, error) {
	var a ActivityRow
	err := r.Scan(&a.ID, &a.Type, &a.Title, &a.Start, &a.End, &a.Place, &a.Status,
		&a.Budget, &a.Cost, &a.Accounts, &a.Invited, &a.Attended, &a.Deals, &a.Won, &a.DeletedAt)
	return a, err
}

// ActivityPage reads one page of the live activities the query picks,
// newest start first, and how many it picks. The activities_list index
// serves the date range; an account's activities come from its own index.
func (s *Store) ActivityPage(ctx context.Context, q ActivityQuery) ([]ActivityRow, int, error) {
	where := []string{"x.deleted_at IS NULL"}
	var args []any
	from := "activities x"
	if q.AccountID > 0 {
		from = "activity_accounts aa JOIN activities x ON x.id = aa.activity_id"
		where = append(where, "aa.account_id = ?")
		args = append(args, q.AccountID)
	}
	if q.From != "" {
		where, args = append(where, "x.start_date >= ?"), append(args, q.From)
	}
	if q.To != "" {
		where, args = append(where, "x.start_date <= ?"), append(args, q.To)
	}
	if q.Type != "" {
		where, args = append(where, "x.type = ?"), append(args, q.Type)
	}
	if q.Status != "" {
		where, args = append(where, "x.status = ?"), append(args, q.Status)
	}
	cond := " FROM " + from + " WHERE " + strings.Join(where, " AND ")
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count activities: %w", err)
	}
	offset, limit := ClampPage(q.Offset, q.Limit)
	rows, err := s.queryActivityRows(ctx, "SELECT "+activityRowColumns+cond+" ORDER BY x.start_date DESC, x.id DESC LIMIT ? OFFSET ?",
		append(args, limit, offset)...)
	return rows, total, err
}

func (s *Store) queryActivityRows(ctx context.Context, query string, args ...any) ([]ActivityRow, error) {
	return queryAll(ctx, s.r, "activities", scanActivityRow, query, args...)
}

// ActivitiesBetween lists the live activities starting from..to (the
// marketing control of a year or quarter, the report), oldest first, at
// most limit of them.
func (s *Store) ActivitiesBetween(ctx context.Context, from, to string, limit int) ([]ActivityRow, error) {
	return s.queryActivityRows(ctx, "SELECT "+activityRowColumns+` FROM activities x
		WHERE x.deleted_at IS NULL AND x.start_date BETWEEN ? AND ? ORDER BY x.start_date, x.id LIMIT ?`, from, to, limit)
}

// TrashedActivityPage reads one page of the activities in the trash, most
// recently trashed first, and how many there are.
func (s *Store) TrashedActivityPage(ctx context.Context, offset, limit int) ([]ActivityRow, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM activities WHERE deleted_at IS NOT NULL").Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed activities: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	rows, err := s.queryActivityRows(ctx, "SELECT "+activityRowColumns+` FROM activities x INDEXED BY activities_trashed
		WHERE x.deleted_at IS NOT NULL ORDER BY x.deleted_at DESC, x.id DESC LIMIT ? OFFSET ?`, limit, offset)
	return rows, total, err
}

// Activity reads one live activity with its accounts, people, costs and
// linked deals.
func (s *Store) Activity(ctx context.Context, id int64) (domain.Activity, domain.ActivityFacts, error) {
	var a domain.Activity
	var f domain.ActivityFacts
	err := s.r.QueryRowContext(ctx, `SELECT id, type, title, start_date, end_date, place, status, notes, review, version,
		created_at, updated_at, budget, cost, accounts, invited, attended, deals, won
		FROM activities WHERE id = ? AND deleted_at IS NULL`, id).Scan(&a.ID, &a.Type, &a.Title, &a.Start, &a.End, &a.Place,
		&a.Status, &a.Notes, &a.Review, &a.Version, &a.CreatedAt, &a.UpdatedAt,
		&f.Budget, &f.Cost, &f.Accounts, &f.Invited, &f.Attended, &f.Deals, &f.Won)
	if errors.Is(err, sql.ErrNoRows) {
		return a, f, domain.NotFound("activity", id)
	}
	if err != nil {
		return a, f, fmt.Errorf("store: load activity %d: %w", id, err)
	}
	if a.Accounts, err = queryIDs(ctx, s.r, "SELECT account_id FROM activity_accounts WHERE activity_id = ? ORDER BY account_id", id); err != nil {
		return a, f, fmt.Errorf("store: activity %d accounts: %w", id, err)
	}
	if a.Deals, err = queryIDs(ctx, s.r, "SELECT deal_id FROM activity_deals WHERE activity_id = ? ORDER BY deal_id", id); err != nil {
		return a, f, fmt.Errorf("store: activity %d deals: %w", id, err)
	}
	if a.Accounts == nil {
		a.Accounts = []int64{}
	}
	if a.Deals == nil {
		a.Deals = []int64{}
	}
	if a.Invitees, err = s.invitees(ctx, id); err != nil {
		return a, f, err
	}
	a.Costs, err = s.activityCosts(ctx, id)
	return a, f, err
}

func (s *Store) invitees(ctx context.Context, id int64) ([]domain.Invitee, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, c.name, c.account_id, a.name, ac.attended FROM activity_contacts ac
		JOIN contacts c ON c.id = ac.contact_id JOIN accounts a ON a.id = c.account_id
		WHERE ac.activity_id = ? ORDER BY a.name, c.name, c.id`, id)
	if err != nil {
		return nil, fmt.Errorf("store: activity %d people: %w", id, err)
	}
	defer rows.Close()
	out := []domain.Invitee{}
	for rows.Next() {
		var p domain.Invitee
		if err := rows.Scan(&p.ContactID, &p.Name, &p.AccountID, &p.AccountName, &p.Attended); err != nil {
			return nil, fmt.Errorf("store: activity %d people: %w", id, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: activity %d people: %w", id, err)
	}
	return out, nil
}

func (s *Store) activityCosts(ctx context.Context, id int64) ([]domain.Cost, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT category, budget, actual FROM activity_costs WHERE activity_id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("store: activity %d costs: %w", id, err)
	}
	defer rows.Close()
	byCat := map[string]domain.Cost{}
	for rows.Next() {
		var c domain.Cost
		if err := rows.Scan(&c.Category, &c.Budget, &c.Actual); err != nil {
			return nil, fmt.Errorf("store: activity %d costs: %w", id, err)
		}
		byCat[c.Category] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: activity %d costs: %w", id, err)
	}
	out := []domain.Cost{}
	for _, cat := range domain.CostCategories { // the form's order
		if c, ok := byCat[cat]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// SaveActivity adds (ID 0) or updates an activity with its accounts,
// people, costs and deals, in one transaction; an update carries the
// version it read. Its people must belong to its accounts, and so must
// its deals. It returns the id.
func (s *Store) SaveActivity(ctx context.Context, a domain.Activity) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.writeActivity(ctx, tx, a)
		return err
	})
	return id, err
}

// writeActivity adds or updates an activity with its children inside tx.
func (s *Store) writeActivity(ctx context.Context, tx *sql.Tx, a domain.Activity) (int64, error) {
	id := a.ID
	err := func() error {
		if err := checkActivityLinks(ctx, tx, a); err != nil {
			return err
		}
		now := s.stamp()
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO activities (type, title, start_date, end_date, place, status, notes, review,
				created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				a.Type, a.Title, a.Start, a.End, a.Place, a.Status, a.Notes, a.Review, now, now)
			if err != nil {
				return fmt.Errorf("store: add activity: %w", err)
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			if err := liveActivity(ctx, tx, id); err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `UPDATE activities SET type = ?, title = ?, start_date = ?, end_date = ?, place = ?,
				status = ?, notes = ?, review = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND deleted_at IS NULL AND version = ?`,
				a.Type, a.Title, a.Start, a.End, a.Place, a.Status, a.Notes, a.Review, now, id, a.Version)
			if err := sameVersion(res, err, "activity", id); err != nil {
				return err
			}
		}
		if err := writeActivityChildren(ctx, tx, id, a); err != nil {
			return err
		}
		return index(ctx, tx, kindActivity, id, activityText(a))
	}()
	return id, err
}

func activityText(a domain.Activity) string {
	return strings.Join([]string{a.Title, a.Place, a.Notes}, "\n")
}

func liveActivity(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM activities WHERE id = ? AND deleted_at IS NULL", id).Scan(&n); err != nil {
		return fmt.Errorf("store: find activity %d: %w", id, err)
	}
	if n == 0 {
		return domain.NotFound("activity", id)
	}
	return nil
}

// checkActivityLinks refuses accounts that are not live, and people and
// deals that are not live or not of the activity's accounts.
func checkActivityLinks(ctx context.Context, tx *sql.Tx, a domain.Activity) error {
	accounts := map[int64]bool{}
	for _, id := range a.Accounts {
		if err := liveAccount(ctx, tx, id); err != nil {
			return err
		}
		accounts[id] = true
	}
	for _, p := range a.Invitees {
		var acc int64
		err := tx.QueryRowContext(ctx, "SELECT account_id FROM contacts WHERE id = ? AND deleted_at IS NULL", p.ContactID).Scan(&acc)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("contact", p.ContactID)
		}
		if err != nil {
			return fmt.Errorf("store: find contact %d: %w", p.ContactID, err)
		}
		if !accounts[acc] {
			return domain.Conflict("invitees", "marketing.error.personElsewhere", nil)
		}
	}
	for _, d := range a.Deals {
		var acc int64
		err := tx.QueryRowContext(ctx, "SELECT account_id FROM opportunities WHERE id = ? AND deleted_at IS NULL", d).Scan(&acc)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("deal", d)
		}
		if err != nil {
			return fmt.Errorf("store: find deal %d: %w", d, err)
		}
		if !accounts[acc] {
			return domain.Conflict("deals", "marketing.error.dealElsewhere", nil)
		}
	}
	return nil
}

// writeActivityChildren replaces the activity's accounts, people, costs
// and deals with a's, touching only the rows that change (so the
// triggers move only the facts that change).
func writeActivityChildren(ctx context.Context, tx *sql.Tx, id int64, a domain.Activity) error {
	if err := syncIDs(ctx, tx, "activity_accounts", "account_id", id, a.Accounts); err != nil {
		return err
	}
	if err := syncIDs(ctx, tx, "activity_deals", "deal_id", id, a.Deals); err != nil {
		return err
	}
	keep := make([]int64, 0, len(a.Invitees))
	for _, p := range a.Invitees {
		keep = append(keep, p.ContactID)
	}
	if err := syncIDs(ctx, tx, "activity_contacts", "contact_id", id, keep); err != nil {
		return err
	}
	for _, p := range a.Invitees {
		if _, err := tx.ExecContext(ctx, "UPDATE activity_contacts SET attended = ? WHERE activity_id = ? AND contact_id = ? AND attended <> ?",
			boolInt(p.Attended), id, p.ContactID, boolInt(p.Attended)); err != nil {
			return fmt.Errorf("store: activity %d people: %w", id, err)
		}
	}
	cats := make([]any, 0, len(a.Costs)+1)
	cats = append(cats, id)
	for _, c := range a.Costs {
		cats = append(cats, c.Category)
		if _, err := tx.ExecContext(ctx, `INSERT INTO activity_costs (activity_id, category, budget, actual) VALUES (?, ?, ?, ?)
			ON CONFLICT DO UPDATE SET budget = excluded.budget, actual = excluded.actual
			WHERE budget <> excluded.budget OR actual <> excluded.actual`, id, c.Category, c.Budget, c.Actual); err != nil {
			return fmt.Errorf("store: activity %d costs: %w", id, err)
		}
	}
	q := "DELETE FROM activity_costs WHERE activity_id = ?"
	if len(a.Costs) > 0 {
		q += " AND category NOT IN (" + placeholders(len(a.Costs)) + ")"
	}
	if _, err := tx.ExecContext(ctx, q, cats...); err != nil {
		return fmt.Errorf("store: activity %d costs: %w", id, err)
	}
	return nil
}

// syncIDs makes the link rows (activity_id, col) of table exactly ids.
func syncIDs(ctx context.Context, tx *sql.Tx, table, col string, id int64, ids []int64) error {
	args := append([]any{id}, idArgs(ids)...)
	q := "DELETE FROM " + table + " WHERE activity_id = ?"
	if len(ids) > 0 {
		q += " AND " + col + " NOT IN (" + placeholders(len(ids)) + ")"
	}
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("store: %s of activity %d: %w", table, id, err)
	}
	for _, x := range ids {
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO "+table+" (activity_id, "+col+") VALUES (?, ?)", id, x); err != nil {
			return fmt.Errorf("store: %s of activity %d: %w", table, id, err)
		}
	}
	return nil
}

// DeleteActivity moves an activity to the trash (out of the search; its
// attended people's last contact no longer counts it).
func (s *Store) DeleteActivity(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE activities SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		if err := mustChange(res, err, "activity", id); err != nil {
			return err
		}
		return unindex(ctx, tx, kindActivity, id)
	})
}

// RestoreActivity brings an activity back from the trash.
func (s *Store) RestoreActivity(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE activities SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", id)
		if err := mustChange(res, err, "activity", id); err != nil {
			return err
		}
		return reindexRecord(ctx, tx, kindActivity, id)
	})
}

// SetActivityStatus moves an activity along planned → done → reviewed
// (or back), without a form's version: the list's own quick step.
func (s *Store) SetActivityStatus(ctx context.Context, id int64, status string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE activities SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL",
			status, s.stamp(), id)
		return mustChange(res, err, "activity", id)
	})
}
