package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// PlanSaved is what a save tells the editor: when the plan was saved, and
// when the action plan was among the sections saved, the ids of its
// actions in the order they were given (new lines get theirs here).
type PlanSaved struct {
	UpdatedAt string  `json:"updatedAt"`
	ActionIDs []int64 `json:"actionIds"`
	// Versions are the new versions of the sections saved (only those: the
	// others may have been saved elsewhere, which this window has not read).
	Versions map[domain.PlanSection]int64 `json:"versions"`
}

// Plan loads the plan of an account for a year, or a not-found error. The
// plan and its lists are read in one read transaction, so a save running
// meanwhile is seen whole or not at all.
func (s *Store) Plan(ctx context.Context, accountID int64, year int) (domain.AccountPlan, error) {
	var p domain.AccountPlan
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return p, fmt.Errorf("store: load plan %d/%d: %w", accountID, year, err)
	}
	defer tx.Rollback() //nolint:errcheck // read only
	_, p, err = readPlan(ctx, tx, accountID, year)
	return p, err
}

// readPlan reads a plan with its lists inside tx, returning its row id.
func readPlan(ctx context.Context, tx *sql.Tx, accountID int64, year int) (int64, domain.AccountPlan, error) {
	p := domain.AccountPlan{AccountID: accountID, Year: year}
	var id int64
	var versions string
	err := tx.QueryRowContext(ctx, `SELECT id, business, strategy, organisation, procurement,
		sales_history, share_of_wallet, stage, strengths, weaknesses, opportunities, threats,
		`+planRevenueSQL+`, share_target, stage_target, objectives, strategies, resources, updated_at, section_versions
		FROM account_plans WHERE account_id = ? AND year = ?`, accountID, year).
		Scan(&id, &p.Business, &p.Strategy, &p.Organisation, &p.Procurement,
			&p.SalesHistory, &p.ShareOfWallet, &p.Stage, &p.Strengths, &p.Weaknesses, &p.Opportunities, &p.Threats,
			&p.RevenueTarget, &p.ShareTarget, &p.StageTarget, &p.Objectives, &p.Strategies, &p.Resources, &p.UpdatedAt, &versions)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, p, &domain.Error{Code: domain.CodeNotFound, Key: "error.notFound",
			Params: map[string]any{"what": "plan", "id": accountID, "year": year}}
	}
	if err != nil {
		return 0, p, fmt.Errorf("store: load plan %d/%d: %w", accountID, year, err)
	}
	wrap := func(err error) error { return fmt.Errorf("store: load plan %d/%d: %w", accountID, year, err) }
	if err := json.Unmarshal([]byte(versions), &p.Versions); err != nil {
		return 0, p, wrap(err)
	}
	p.Actions, p.Risks, p.Reviews = []domain.PlanAction{}, []domain.PlanRisk{}, []domain.PlanReview{}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.item, COALESCE(m.name, ''), a.due, a.status
		FROM plan_actions a LEFT JOIN members m ON m.id = a.owner_id WHERE a.plan_id = ? ORDER BY a.position, a.id`, id)
	if err != nil {
		return 0, p, wrap(err)
	}
	for rows.Next() {
		var a domain.PlanAction
		if err := rows.Scan(&a.ID, &a.Item, &a.Owner, &a.Due, &a.Status); err != nil {
			rows.Close()
			return 0, p, wrap(err)
		}
		p.Actions = append(p.Actions, a)
	}
	if err := closeRows(rows); err != nil {
		return 0, p, wrap(err)
	}
	rows, err = tx.QueryContext(ctx, "SELECT risk, countermeasure FROM plan_risks WHERE plan_id = ? ORDER BY position", id)
	if err != nil {
		return 0, p, wrap(err)
	}
	for rows.Next() {
		var r domain.PlanRisk
		if err := rows.Scan(&r.Risk, &r.Countermeasure); err != nil {
			rows.Close()
			return 0, p, wrap(err)
		}
		p.Risks = append(p.Risks, r)
	}
	if err := closeRows(rows); err != nil {
		return 0, p, wrap(err)
	}
	rows, err = tx.QueryContext(ctx, "SELECT date, note FROM plan_reviews WHERE plan_id = ? ORDER BY position", id)
	if err != nil {
		return 0, p, wrap(err)
	}
	for rows.Next() {
		var r domain.PlanReview
		if err := rows.Scan(&r.Date, &r.Note); err != nil {
			rows.Close()
			return 0, p, wrap(err)
		}
		p.Reviews = append(p.Reviews, r)
	}
	if err := closeRows(rows); err != nil {
		return 0, p, wrap(err)
	}
	return id, p, nil
}

// closeRows reports the iteration's error, then closes.
func closeRows(rows *sql.Rows) error {
	err := rows.Err()
	return errors.Join(err, rows.Close())
}

// PlanYears lists the years an account has a plan for, newest first.
func (s *Store) PlanYears(ctx context.Context, accountID int64) ([]int, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT year FROM account_plans WHERE account_id = ? ORDER BY year DESC", accountID)
	if err != nil {
		return nil, fmt.Errorf("store: plan years of %d: %w", accountID, err)
	}
	defer rows.Close()
	out := []int{}
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, fmt.Errorf("store: plan years of %d: %w", accountID, err)
		}
		out = append(out, y)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: plan years of %d: %w", accountID, err)
	}
	return out, nil
}

// SavePlan writes the named sections of a validated plan in one
// transaction, creating the plan if the year has none; the other sections
// keep what they hold. So two saves of different sections never undo each
// other, whatever order they arrive in. The account must be live.
func (s *Store) SavePlan(ctx context.Context, p domain.AccountPlan, sections []domain.PlanSection) (PlanSaved, error) {
	var out PlanSaved
	err := s.tx(ctx, func(tx *sql.Tx) error {
		id, err := s.upsertPlan(ctx, tx, p.AccountID, p.Year)
		if err != nil {
			return err
		}
		out.Versions = map[domain.PlanSection]int64{}
		for _, sec := range sections {
			v, err := bumpSection(ctx, tx, id, sec, p.Versions[sec])
			if err != nil {
				return err
			}
			out.Versions[sec] = v
			ids, err := s.writeSection(ctx, tx, id, p, sec, revenueSet)
			if err != nil {
				return err
			}
			if sec == domain.SectionActions {
				out.ActionIDs = ids
			}
		}
		return tx.QueryRowContext(ctx, "SELECT updated_at FROM account_plans WHERE id = ?", id).Scan(&out.UpdatedAt)
	})
	return out, err
}

// CopyPlan starts the plan of year to as a copy of the plan of year from
// (see domain.CopyPlan), in one transaction: it refuses, changing nothing,
// when the year already has a plan.
func (s *Store) CopyPlan(ctx context.Context, accountID int64, from, to int) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM account_plans WHERE account_id = ? AND year = ?", accountID, to).Scan(&n); err != nil {
			return fmt.Errorf("store: copy plan %d: %w", accountID, err)
		}
		if n > 0 {
			return domain.Conflict("year", "error.planExists", map[string]any{"year": to})
		}
		_, src, err := readPlan(ctx, tx, accountID, from)
		if err != nil {
			return err
		}
		return s.insertPlan(ctx, tx, domain.CopyPlan(src, to), revenueFill)
	})
}

// insertPlan writes a whole plan, all sections, inside tx; revenue says
// what its revenue objective does to the year's target.
func (s *Store) insertPlan(ctx context.Context, tx *sql.Tx, p domain.AccountPlan, revenue revenueWrite) error {
	id, err := s.upsertPlan(ctx, tx, p.AccountID, p.Year)
	if err != nil {
		return err
	}
	for _, sec := range domain.PlanSections {
		if _, err := s.writeSection(ctx, tx, id, p, sec, revenue); err != nil {
			return err
		}
	}
	return nil
}

// upsertPlan finds or creates the plan row of a live account's year and
// stamps it as changed now.
func (s *Store) upsertPlan(ctx context.Context, tx *sql.Tx, accountID int64, year int) (int64, error) {
	if err := liveAccount(ctx, tx, accountID); err != nil {
		return 0, err
	}
	now := s.stamp()
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO account_plans (account_id, year, created_at, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (account_id, year) DO UPDATE SET updated_at = excluded.updated_at RETURNING id`,
		accountID, year, now, now).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: save plan %d/%d: %w", accountID, year, err)
	}
	return id, nil
}

// writeSection writes one section of p into the plan row id; for the
// action plan it returns the actions' ids in p's order. The objectives'
// revenue is the year's target (plan_revenue.go), written as revenue says.
func (s *Store) writeSection(ctx context.Context, tx *sql.Tx, id int64, p domain.AccountPlan, sec domain.PlanSection, revenue revenueWrite) ([]int64, error) {
	var (
		set  string
		args []any
	)
	switch sec {
	case domain.SectionSituation:
		set, args = "business = ?, strategy = ?, organisation = ?, procurement = ?", []any{p.Business, p.Strategy, p.Organisation, p.Procurement}
	case domain.SectionPosition:
		set, args = "sales_history = ?, share_of_wallet = ?, stage = ?", []any{p.SalesHistory, p.ShareOfWallet, string(p.Stage)}
	case domain.SectionSWOT:
		set, args = "strengths = ?, weaknesses = ?, opportunities = ?, threats = ?", []any{p.Strengths, p.Weaknesses, p.Opportunities, p.Threats}
	case domain.SectionObjectives:
		if err := s.writePlanRevenue(ctx, tx, p.AccountID, p.Year, p.RevenueTarget, revenue); err != nil {
			return nil, err
		}
		set, args = "share_target = ?, stage_target = ?, objectives = ?",
			[]any{p.ShareTarget, string(p.StageTarget), p.Objectives}
	case domain.SectionStrategies:
		set, args = "strategies = ?", []any{p.Strategies}
	case domain.SectionResources:
		set, args = "resources = ?", []any{p.Resources}
	case domain.SectionActions:
		return s.writeActions(ctx, tx, id, p.Actions)
	case domain.SectionRisks:
		return nil, writeRows(ctx, tx, "plan_risks", "risk, countermeasure", id, len(p.Risks), func(i int) []any {
			return []any{p.Risks[i].Risk, p.Risks[i].Countermeasure}
		})
	case domain.SectionReviews:
		return nil, writeRows(ctx, tx, "plan_reviews", "date, note", id, len(p.Reviews), func(i int) []any {
			return []any{p.Reviews[i].Date, p.Reviews[i].Note}
		})
	default:
		return nil, fmt.Errorf("store: save plan: unknown section %q", sec)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE account_plans SET "+set+" WHERE id = ?", append(args, id)...); err != nil {
		return nil, fmt.Errorf("store: save plan %d %s: %w", id, sec, err)
	}
	return nil, nil
}

// writeActions makes the plan's actions the given list: lines with an id
// of this plan are updated in place, lines without one are added, lines no
// longer listed are deleted. An id that is not this plan's counts as a new
// line, so a stale or copied id can never touch another plan.
func (s *Store) writeActions(ctx context.Context, tx *sql.Tx, planID int64, list []domain.PlanAction) ([]int64, error) {
	wrap := func(err error) error { return fmt.Errorf("store: save plan %d actions: %w", planID, err) }
	old, err := queryIDs(ctx, tx, "SELECT id FROM plan_actions WHERE plan_id = ?", planID)
	if err != nil {
		return nil, wrap(err)
	}
	mine := map[int64]bool{}
	for _, id := range old {
		mine[id] = true
	}
	kept := map[int64]bool{}
	ids := make([]int64, len(list))
	now := s.stamp()
	for i, a := range list {
		owner, err := memberID(ctx, tx, a.Owner, now)
		if err != nil {
			return nil, err
		}
		if a.ID > 0 && mine[a.ID] && !kept[a.ID] {
			_, err = tx.ExecContext(ctx, "UPDATE plan_actions SET position = ?, item = ?, owner_id = ?, due = ?, status = ? WHERE id = ?",
				i, a.Item, owner, a.Due, string(a.Status), a.ID)
			if err != nil {
				return nil, wrap(err)
			}
			kept[a.ID], ids[i] = true, a.ID
			continue
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO plan_actions (plan_id, position, item, owner_id, due, status) VALUES (?, ?, ?, ?, ?, ?)",
			planID, i, a.Item, owner, a.Due, string(a.Status))
		if err != nil {
			return nil, wrap(err)
		}
		if ids[i], err = res.LastInsertId(); err != nil {
			return nil, wrap(err)
		}
	}
	for _, id := range old {
		if kept[id] {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM plan_actions WHERE id = ?", id); err != nil {
			return nil, wrap(err)
		}
	}
	return ids, nil
}

// writeRows replaces a plan's rows in table (risks, reviews: lists without
// identity of their own) by n rows of the given columns.
func writeRows(ctx context.Context, tx *sql.Tx, table, columns string, planID int64, n int, values func(int) []any) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE plan_id = ?", planID); err != nil {
		return fmt.Errorf("store: save plan %d %s: %w", planID, table, err)
	}
	for i := 0; i < n; i++ {
		args := append([]any{planID, i}, values(i)...)
		if _, err := tx.ExecContext(ctx, "INSERT INTO "+table+" (plan_id, position, "+columns+") VALUES (?, ?, ?, ?)", args...); err != nil {
			return fmt.Errorf("store: save plan %d %s: %w", planID, table, err)
		}
	}
	return nil
}

// YearSales is what an account bought from us in one year: the deals won
// that year (by the day they closed) and their amount in minor units.
type YearSales struct {
	Year   int   `json:"year"`
	Deals  int   `json:"deals"`
	Amount int64 `json:"amount"`
}

// WonByYear sums an account's won deals (live ones) per year of closing,
// oldest year first: the sales history of the plan's "our position".
func (s *Store) WonByYear(ctx context.Context, accountID int64) ([]YearSales, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT CAST(substr(closed_on, 1, 4) AS INTEGER) AS y, count(*), COALESCE(sum(amount), 0)
		FROM opportunities WHERE account_id = ? AND status = 'won' AND deleted_at IS NULL AND closed_on <> ''
		GROUP BY y ORDER BY y`, accountID)
	if err != nil {
		return nil, fmt.Errorf("store: won deals of %d: %w", accountID, err)
	}
	defer rows.Close()
	out := []YearSales{}
	for rows.Next() {
		var y YearSales
		if err := rows.Scan(&y.Year, &y.Deals, &y.Amount); err != nil {
			return nil, fmt.Errorf("store: won deals of %d: %w", accountID, err)
		}
		out = append(out, y)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: won deals of %d: %w", accountID, err)
	}
	return out, nil
}
