package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// An account's revenue objective for a year is one number: the revenue of
// its target for that year (targets, period 'YYYY'), which the targets
// board and achievement already read. The plan's revenue objective reads
// and writes it; account_plans.revenue_target is no longer read, and
// migration 15 moved what it held into the targets (mergePlanRevenue).

// planRevenueSQL is a plan row's revenue objective: its year's target.
const planRevenueSQL = `COALESCE((SELECT t.revenue FROM targets t WHERE t.account_id = account_plans.account_id
	AND t.period = CAST(account_plans.year AS TEXT)), 0)`

// revenueWrite says what writing a plan does to its year's target.
type revenueWrite int

const (
	// revenueSet makes the target's revenue the plan's (the user saved
	// the objectives): a target is created when there is none and the
	// figure is not 0.
	revenueSet revenueWrite = iota
	// revenueFill sets it only where the year has no revenue target yet
	// (0 or no row): the sample's plans, a plan copied into a new year
	// (last year's figure as a start), the migration.
	revenueFill
)

// writePlanRevenue writes an account's revenue target for a year as mode says.
func (s *Store) writePlanRevenue(ctx context.Context, tx *sql.Tx, account int64, year int, revenue int64, mode revenueWrite) error {
	period := strconv.Itoa(year)
	only := ""
	if mode == revenueFill {
		if revenue == 0 {
			return nil
		}
		only = " AND revenue = 0"
	}
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `UPDATE targets SET revenue = ?, updated_at = ? WHERE account_id = ? AND period = ?`+only,
		revenue, now, account, period)
	if err != nil {
		return fmt.Errorf("store: save plan revenue %d/%d: %w", account, year, err)
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 || revenue == 0 {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO targets (period, account_id, revenue, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, period, account, revenue, now)
	if err != nil {
		return fmt.Errorf("store: save plan revenue %d/%d: %w", account, year, err)
	}
	return nil
}

// mergePlanRevenue (migration 15) makes each plan's revenue objective its
// year's target: where the year had no revenue target the plan's figure
// becomes it; where both were set and differ, the target wins (it is what
// achievement was measured against) and the plan's own figure is kept,
// word for word, as a line added to the end of the plan's objectives text,
// so no number the user typed disappears. The old column is then zeroed.
func mergePlanRevenue(s *Store, ctx context.Context, tx *sql.Tx) error {
	lang, currency := "zh-CN", "CNY"
	for key, dst := range map[string]*string{"language": &lang, "currency": &currency} {
		var raw string
		err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&raw)
		if err == nil {
			var v string
			if json.Unmarshal([]byte(raw), &v) == nil && v != "" {
				*dst = v
			}
		} else if err != sql.ErrNoRows {
			return fmt.Errorf("store: merge plan revenue: %w", err)
		}
	}
	type plan struct {
		id, account, revenue, target int64
		year                         int
		hasTarget                    bool
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.account_id, p.year, p.revenue_target, t.revenue IS NOT NULL, COALESCE(t.revenue, 0)
		FROM account_plans p LEFT JOIN targets t ON t.account_id = p.account_id AND t.period = CAST(p.year AS TEXT)
		WHERE p.revenue_target > 0`)
	if err != nil {
		return fmt.Errorf("store: merge plan revenue: %w", err)
	}
	var plans []plan
	for rows.Next() {
		var p plan
		if err := rows.Scan(&p.id, &p.account, &p.year, &p.revenue, &p.hasTarget, &p.target); err != nil {
			rows.Close()
			return fmt.Errorf("store: merge plan revenue: %w", err)
		}
		plans = append(plans, p)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("store: merge plan revenue: %w", err)
	}
	for _, p := range plans {
		if p.target != 0 && p.target != p.revenue {
			note := fmt.Sprintf("（合并前本计划的营收目标为 %s %s；现以目标管理中的 %d 年目标 %s %s 为准）",
				currency, majorUnits(p.revenue), p.year, currency, majorUnits(p.target))
			if strings.HasPrefix(lang, "en") {
				note = fmt.Sprintf("(Before the merge this plan's revenue objective was %s %s; the %d target in Targets, %s %s, is now the one figure.)",
					currency, majorUnits(p.revenue), p.year, currency, majorUnits(p.target))
			}
			_, err := tx.ExecContext(ctx, `UPDATE account_plans SET objectives = CASE objectives WHEN '' THEN ?1
				ELSE objectives || char(10) || ?1 END WHERE id = ?2`, note, p.id)
			if err != nil {
				return fmt.Errorf("store: merge plan revenue %d: %w", p.id, err)
			}
			continue
		}
		if err := s.writePlanRevenue(ctx, tx, p.account, p.year, p.revenue, revenueFill); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE account_plans SET revenue_target = 0 WHERE revenue_target <> 0"); err != nil {
		return fmt.Errorf("store: merge plan revenue: %w", err)
	}
	return nil
}

// majorUnits writes an amount in minor units (fen, cents) as whole major
// units with thousands separators and the cents when there are any:
// 6000000000 → "60,000,000".
func majorUnits(minor int64) string {
	whole, cents := minor/100, minor%100
	digits := strconv.FormatInt(whole, 10)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if cents != 0 {
		fmt.Fprintf(&b, ".%02d", cents)
	}
	return b.String()
}
