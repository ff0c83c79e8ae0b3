package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// Named is a record's id and name: a team member or an account that
// targets are set for.
type Named struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// SaveTarget sets (or replaces) the target of an account or a member for a
// period. The account must be live; the member must exist.
func (s *Store) SaveTarget(ctx context.Context, t domain.Target) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		col, id := "member_id", t.MemberID
		if t.AccountID > 0 {
			col, id = "account_id", t.AccountID
			if err := liveAccount(ctx, tx, id); err != nil {
				return err
			}
		} else {
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM members WHERE id = ?", id).Scan(&n); err != nil {
				return fmt.Errorf("store: find member %d: %w", id, err)
			}
			if n == 0 {
				return domain.NotFound("member", id)
			}
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE targets SET revenue = ?, new_opportunities = ?, visits = ?, updated_at = ?
			WHERE `+col+` = ? AND period = ?`, t.Revenue, t.NewOpportunities, t.Visits, now, id, t.Period)
		if err != nil {
			return fmt.Errorf("store: save target: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n > 0 {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO targets (period, `+col+`, revenue, new_opportunities, visits, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`, t.Period, id, t.Revenue, t.NewOpportunities, t.Visits, now)
		if err != nil {
			return fmt.Errorf("store: save target: %w", err)
		}
		return nil
	})
}

// Targets lists the targets set for the given periods (of members and of
// live accounts).
func (s *Store) Targets(ctx context.Context, periods ...string) ([]domain.Target, error) {
	out := []domain.Target{}
	if len(periods) == 0 {
		return out, nil
	}
	args := make([]any, len(periods))
	for i, p := range periods {
		args[i] = p
	}
	return s.queryTargets(ctx, `t.period IN (`+placeholders(len(periods))+`) AND (t.account_id IS NULL OR a.deleted_at IS NULL)
		ORDER BY t.period, t.id`, args...)
}

// PeriodTargets lists the targets of a period set for members and for the
// live accounts given: what one page of the targets board shows.
func (s *Store) PeriodTargets(ctx context.Context, period string, accountIDs []int64) ([]domain.Target, error) {
	in := "NULL"
	if len(accountIDs) > 0 {
		in = placeholders(len(accountIDs))
	}
	return s.queryTargets(ctx, `t.period = ? AND (t.member_id IS NOT NULL OR (t.account_id IN (`+in+`) AND a.deleted_at IS NULL))
		ORDER BY t.id`, append([]any{period}, idArgs(accountIDs)...)...)
}

// queryTargets lists the targets (joined to their account as a) that where
// picks.
func (s *Store) queryTargets(ctx context.Context, where string, args ...any) ([]domain.Target, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT t.period, COALESCE(t.account_id, 0), COALESCE(t.member_id, 0), t.revenue,
		t.new_opportunities, t.visits, t.updated_at FROM targets t LEFT JOIN accounts a ON a.id = t.account_id
		WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list targets: %w", err)
	}
	defer rows.Close()
	out := []domain.Target{}
	for rows.Next() {
		var t domain.Target
		if err := rows.Scan(&t.Period, &t.AccountID, &t.MemberID, &t.Revenue, &t.NewOpportunities, &t.Visits, &t.UpdatedAt); err != nil {
			return nil, fmt.Errorf("store: list targets: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list targets: %w", err)
	}
	return out, nil
}

// TargetMembers lists the team members by name, with their ids.
func (s *Store) TargetMembers(ctx context.Context) ([]Named, error) {
	return s.named(ctx, "SELECT id, name FROM members ORDER BY name COLLATE NOCASE, id")
}

// TargetAccountQuery asks for one page of the targets board's accounts.
type TargetAccountQuery struct {
	Period string // the period whose targets Focus looks at
	Text   string // part of the name, short name or English name; "" for any
	// Focus keeps the accounts with a target in the period or led by Lead
	// (0: with a target only).
	Focus  bool
	Lead   int64
	Offset int
	Limit  int
}

// TargetAccountPage lists one page of live accounts by name (pinyin), with their
// ids, and how many there are in all.
func (s *Store) TargetAccountPage(ctx context.Context, q TargetAccountQuery) ([]Named, int, error) {
	where := " FROM accounts a WHERE a.deleted_at IS NULL"
	var args []any
	if q.Text != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(q.Text) + "%"
		where += ` AND (a.name LIKE ? ESCAPE '\' OR a.short_name LIKE ? ESCAPE '\' OR a.english_name LIKE ? ESCAPE '\')`
		args = append(args, like, like, like)
	}
	if q.Focus {
		// The period's targets are few beside the accounts: one lookup each.
		where += ` AND (a.id IN (SELECT t.account_id FROM targets t WHERE t.period = ? AND t.account_id IS NOT NULL) OR a.manager_id = ?)`
		args = append(args, q.Period, q.Lead)
	}
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*)"+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count target accounts: %w", err)
	}
	list, err := s.named(ctx, "SELECT a.id, a.name"+where+" ORDER BY a.name_key, a.id LIMIT ? OFFSET ?",
		append(args, q.Limit, q.Offset)...)
	return list, total, err
}

func (s *Store) named(ctx context.Context, query string, args ...any) ([]Named, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list names: %w", err)
	}
	defer rows.Close()
	out := []Named{}
	for rows.Next() {
		var n Named
		if err := rows.Scan(&n.ID, &n.Name); err != nil {
			return nil, fmt.Errorf("store: list names: %w", err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list names: %w", err)
	}
	return out, nil
}

// MemberByName finds a team member's id by name (any case).
func (s *Store) MemberByName(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.r.QueryRowContext(ctx, "SELECT id FROM members WHERE name = ? COLLATE NOCASE", name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, domain.NotFound("member", 0)
	}
	if err != nil {
		return 0, fmt.Errorf("store: find member %q: %w", name, err)
	}
	return id, nil
}

// ActualsBy says whom actuals are grouped by.
type ActualsBy string

const (
	ByAccount ActualsBy = "account" // deals' and interactions' account
	ByMember  ActualsBy = "member"  // deals' owner, interactions' author
)

// Actuals computes, per account or per member (only == 0 for all, else just
// that one), what was done in the period: revenue of the deals won in it
// (closed_on in the period), deals created in it, and visits (interactions
// of domain.VisitKinds dated in it). Trashed deals, interactions and
// accounts do not count.
func (s *Store) Actuals(ctx context.Context, p domain.Period, by ActualsBy, only int64) (map[int64]domain.Actuals, error) {
	if only > 0 {
		return s.ActualsOf(ctx, p, by, []int64{only})
	}
	return s.ActualsOf(ctx, p, by, nil)
}

// ActualsOf is Actuals of the accounts or members given (all with none):
// a page of the targets board counts only its own rows, each an index
// range on (account or member, day).
func (s *Store) ActualsOf(ctx context.Context, p domain.Period, by ActualsBy, ids []int64) (map[int64]domain.Actuals, error) {
	dealCol, inCol := "o.account_id", "i.account_id"
	if by == ByMember {
		dealCol, inCol = "o.owner_id", "i.member_id"
	}
	filter := func(col string) (string, []any) {
		args := []any{p.From, p.To}
		if len(ids) > 0 {
			return " AND " + col + " IN (" + placeholders(len(ids)) + ")", append(args, idArgs(ids)...)
		}
		return " AND " + col + " IS NOT NULL", args
	}
	out := map[int64]domain.Actuals{}
	add := func(query string, args []any, set func(*domain.Actuals, int64)) error {
		rows, err := s.r.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("store: actuals: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, v int64
			if err := rows.Scan(&id, &v); err != nil {
				return fmt.Errorf("store: actuals: %w", err)
			}
			a := out[id]
			set(&a, v)
			out[id] = a
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: actuals: %w", err)
		}
		return nil
	}
	// A deal counts while its account is live: "not among the few trashed
	// accounts" (accounts_trashed, read once) lets the deal indexes of
	// migration 9 answer alone, with no lookup of each deal's account.
	deals := ` FROM opportunities o WHERE o.deleted_at IS NULL
		AND o.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL) AND `
	where, args := filter(dealCol)
	if err := add(`SELECT `+dealCol+`, sum(o.amount)`+deals+`o.status = 'won' AND o.closed_on BETWEEN ? AND ?`+where+` GROUP BY 1`,
		args, func(a *domain.Actuals, v int64) { a.Revenue = v }); err != nil {
		return nil, err
	}
	// created_on is the user's day the deal was made (created_at is UTC).
	// Several members: the period's deals by day (opportunities_created),
	// not every deal they ever owned (the "+" keeps SQLite off the owner
	// index, which it would pick for the IN list).
	created := where
	if by == ByMember && len(ids) > 1 {
		created = strings.Replace(where, " AND "+dealCol, " AND +"+dealCol, 1)
	}
	if err := add(`SELECT `+dealCol+`, count(*)`+deals+`o.created_on BETWEEN ? AND ?`+created+` GROUP BY 1`,
		args, func(a *domain.Actuals, v int64) { a.NewOpportunities = int(v) }); err != nil {
		return nil, err
	}
	if from, to, ok := monthRange(p); ok {
		read := s.memberVisits
		if by == ByAccount {
			read = s.accountVisits
		}
		visits, err := read(ctx, from, to, ids)
		if err != nil {
			return nil, err
		}
		for id, n := range visits {
			if n != 0 {
				a := out[id]
				a.Visits = n
				out[id] = a
			}
		}
		return out, nil
	}
	where, args = filter(inCol)
	if err := add(`SELECT `+inCol+`, count(*) FROM interactions i JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL
		WHERE i.deleted_at IS NULL AND i.kind IN (`+visitKinds()+`) AND i.date BETWEEN ? AND ?`+where+` GROUP BY 1`,
		args, func(a *domain.Actuals, v int64) { a.Visits = int(v) }); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenWeighted is the weighted amount of the open deals (of one owner, or
// all with owner 0) of live accounts expected to close in the period.
func (s *Store) OpenWeighted(ctx context.Context, stages []domain.Stage, p domain.Period, owner int64) (int64, error) {
	// The deal's account is checked against the few trashed ones: a row
	// read per open deal less than joining the live ones.
	q := `SELECT o.stage, o.override, o.probability, sum(o.amount) FROM opportunities o
		WHERE o.deleted_at IS NULL AND o.status = 'open' AND o.close_date BETWEEN ? AND ?
		AND o.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)`
	args := []any{p.From, p.To}
	if owner > 0 {
		q += " AND o.owner_id = ?"
		args = append(args, owner)
	}
	rows, err := s.r.QueryContext(ctx, q+" GROUP BY 1, 2, 3", args...)
	if err != nil {
		return 0, fmt.Errorf("store: open pipeline: %w", err)
	}
	defer rows.Close()
	var total int64
	for rows.Next() {
		var o domain.Opportunity
		var amount int64
		if err := rows.Scan(&o.Stage, &o.Override, &o.Probability, &amount); err != nil {
			return 0, fmt.Errorf("store: open pipeline: %w", err)
		}
		o.Status = domain.DealOpen
		total += domain.Weighted(amount, domain.EffectiveProbability(o, stages))
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("store: open pipeline: %w", err)
	}
	return total, nil
}

// visitKinds is domain.VisitKinds as an SQL list of literals (fixed words,
// not user input).
func visitKinds() string {
	q := make([]string, len(domain.VisitKinds))
	for i, k := range domain.VisitKinds {
		q[i] = "'" + string(k) + "'"
	}
	return strings.Join(q, ", ")
}
