package store

import (
	"context"
	"database/sql"
	"fmt"
)

// seedTargetsAndWeek writes the user's name (as a setting and a member),
// the targets and the user's week of a seed, inside the seed's
// transaction.
func (s *Store) seedTargetsAndWeek(ctx context.Context, tx *sql.Tx, seed Seed, accounts map[string]int64) error {
	now := s.stamp()
	if seed.MyName != "" {
		if err := putSetting(ctx, tx, "myName", seed.MyName); err != nil {
			return err
		}
		if _, err := memberID(ctx, tx, seed.MyName, now); err != nil {
			return err
		}
	}
	for _, st := range seed.Targets {
		t := st.Target
		var account, member sql.NullInt64
		if st.Account != "" {
			if account.Int64 = accounts[st.Account]; account.Int64 == 0 {
				return fmt.Errorf("store: seed: no account %q for a target", st.Account)
			}
			account.Valid = true
		} else {
			var err error
			if member, err = memberID(ctx, tx, st.Member, now); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO targets (period, account_id, member_id, revenue, new_opportunities, visits, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, t.Period, account, member, t.Revenue, t.NewOpportunities, t.Visits, now); err != nil {
			return fmt.Errorf("store: seed target %s: %w", t.Period, err)
		}
	}
	for _, sw := range seed.WeekItems {
		w := sw.Item
		if sw.Account != "" {
			if w.AccountID = accounts[sw.Account]; w.AccountID == 0 {
				return fmt.Errorf("store: seed: no account %q for a week item", sw.Account)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO week_items (week, title, account_id, done, created_at) VALUES (?, ?, ?, ?, ?)`,
			w.Week, w.Title, nullID(w.AccountID), boolInt(w.Done), now); err != nil {
			return fmt.Errorf("store: seed week item: %w", err)
		}
	}
	for _, c := range seed.WeekChecks {
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO week_checks (week, item) VALUES (?, ?)", c.Week, c.Item); err != nil {
			return fmt.Errorf("store: seed week check: %w", err)
		}
	}
	for _, g := range seed.Goals {
		if _, err := tx.ExecContext(ctx, "INSERT INTO development_goals (title, due, done, created_at) VALUES (?, ?, ?, ?)",
			g.Title, g.Due, boolInt(g.Done), now); err != nil {
			return fmt.Errorf("store: seed goal: %w", err)
		}
	}
	return nil
}
