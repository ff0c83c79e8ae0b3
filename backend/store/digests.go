package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"kams/backend/domain"
)

// The funnel reads two digests of each deal instead of its history: the
// bitmask of the stages it ever entered (opportunities.reached) and the
// day of its last live interaction, or of its creation (touched, both
// local days). The board's cards read two more: the day the deal entered
// its current stay (stage_since) and the day of its last live interaction
// (last_interaction, '' when none). Every write of a stay or of a deal's
// interaction keeps them, in its transaction.

// stageBit is a stage's bit in reached: its position among the stages.
func stageBit(stage string) int64 {
	if i := stagePos(stage); i >= 0 {
		return 1 << i
	}
	return 0
}

// stagePos is a stage's position, or −1.
func stagePos(stage string) int { return domain.StageIndexOf(domain.DefaultStages(), stage) }

// addVisit records a stay in a stage and marks the stage reached; a stay
// already finished (seeded history) counts its days at once.
func addVisit(ctx context.Context, tx *sql.Tx, deal int64, v domain.StageVisit) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO stage_visits (opportunity_id, stage, entered, left_on, days) VALUES (?, ?, ?, ?, ?)",
		deal, v.Stage, v.Entered, v.Left, v.Days); err != nil {
		return fmt.Errorf("store: deal %d enters %s: %w", deal, v.Stage, err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE opportunities SET reached = reached | ?, stage_since = ? WHERE id = ?", stageBit(v.Stage), v.Entered, deal); err != nil {
		return fmt.Errorf("store: deal %d enters %s: %w", deal, v.Stage, err)
	}
	if v.Left != "" {
		return countStay(ctx, tx, deal, v.Stage, v.Days)
	}
	return nil
}

// countStay adds a finished stay's days to the deal's digest.
func countStay(ctx context.Context, tx *sql.Tx, deal int64, stage string, days int) error {
	i := stagePos(stage)
	if i < 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, fmt.Sprintf("UPDATE opportunities SET days_%d = days_%d + ?, stays_%d = stays_%d + 1 WHERE id = ?", i, i, i, i), days, deal)
	if err != nil {
		return fmt.Errorf("store: deal %d leaves %s: %w", deal, stage, err)
	}
	return nil
}

const lastInteractionSQL = `(SELECT max(i.date) FROM interactions i
	WHERE i.opportunity_id = opportunities.id AND i.deleted_at IS NULL)`

// touchedSQL sets both interaction digests: the last interaction, and the
// last touch (the last interaction, or the day the deal was made).
const touchedSQL = `last_interaction = COALESCE(` + lastInteractionSQL + `, ''),
	touched = COALESCE(` + lastInteractionSQL + `, created_on)`

// stageSinceSQL is the day the deal entered its newest stay.
const stageSinceSQL = `stage_since = COALESCE((SELECT v.entered FROM stage_visits v
	WHERE v.opportunity_id = opportunities.id ORDER BY v.id DESC LIMIT 1), '')`

// touchDeal recomputes the day a deal was last touched (0: no deal).
func touchDeal(ctx context.Context, tx *sql.Tx, deal int64) error {
	if deal == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "UPDATE opportunities SET "+touchedSQL+" WHERE id = ?", deal); err != nil {
		return fmt.Errorf("store: touch deal %d: %w", deal, err)
	}
	return nil
}

// touchDealOf recomputes the last interaction of the deal an interaction is
// tied to.
func touchDealOf(ctx context.Context, tx *sql.Tx, interaction int64) error {
	var deal int64
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(opportunity_id, 0) FROM interactions WHERE id = ?", interaction).Scan(&deal); err != nil {
		return fmt.Errorf("store: touch deal of %d: %w", interaction, err)
	}
	return touchDeal(ctx, tx, deal)
}

// RebuildDealDigests recomputes every deal's digests from its history and
// interactions: for data written around the store (bulk loads, repairs).
func (s *Store) RebuildDealDigests(ctx context.Context) error {
	var bits, stays []string
	for i, st := range domain.DefaultStages() {
		bits = append(bits, fmt.Sprintf("WHEN %s THEN %d", sqlString(st.ID), stageBit(st.ID)))
		finished := fmt.Sprintf("FROM stage_visits v WHERE v.opportunity_id = opportunities.id AND v.stage = %s AND v.left_on <> ''", sqlString(st.ID))
		stays = append(stays, fmt.Sprintf("days_%d = (SELECT COALESCE(sum(v.days), 0) %s), stays_%d = (SELECT count(*) %s)", i, finished, i, finished))
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		// A deal written around the store may lack its local day of creation.
		if err := s.localDays(ctx, tx); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE opportunities SET
			reached = COALESCE((SELECT sum(DISTINCT CASE v.stage `+strings.Join(bits, " ")+` ELSE 0 END)
				FROM stage_visits v WHERE v.opportunity_id = opportunities.id), 0),
			`+touchedSQL+`, `+stageSinceSQL+`, `+strings.Join(stays, ", "))
		if err != nil {
			return fmt.Errorf("store: rebuild deal digests: %w", err)
		}
		return nil
	})
}

// localDays fills in the local day of creation of the deals that lack it:
// the calendar day of their UTC stamp in the clock's time zone, which SQL
// cannot know (its 'localtime' is the process's zone, not the clock's).
func (s *Store) localDays(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, created_at FROM opportunities WHERE created_on = ''")
	if err != nil {
		return fmt.Errorf("store: local days: %w", err)
	}
	days := map[int64]string{}
	for rows.Next() {
		var id int64
		var at string
		if err := rows.Scan(&id, &at); err != nil {
			rows.Close()
			return fmt.Errorf("store: local days: %w", err)
		}
		t, err := time.Parse(time.RFC3339, at)
		if err != nil {
			rows.Close()
			return fmt.Errorf("store: local days: deal %d created %q: %w", id, at, err)
		}
		days[id] = t.In(s.now.Location()).Format(time.DateOnly)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("store: local days: %w", err)
	}
	for id, day := range days {
		if _, err := tx.ExecContext(ctx, "UPDATE opportunities SET created_on = ? WHERE id = ?", day, id); err != nil {
			return fmt.Errorf("store: local days: %w", err)
		}
	}
	return nil
}
