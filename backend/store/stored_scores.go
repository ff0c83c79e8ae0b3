package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// migrationStoredScores (migration 13) stores each account's scores, as
// domain.Score computes them from the account and the scoring settings, in
// the account's own row: the list, the board, the funnel, the matrix, the
// week and Home filter and sort by them through an index instead of
// scoring the whole book per call. They are written by Go, never by SQL:
// domain.Score stays the one rendering of the method's rules.
//
// They stay exact in the transaction of every write that can change them:
// inserting or saving an account (insertAccount, UpdateAccount score the
// row they write) and saving other scoring settings (SaveSettings rescores
// every account, trashed ones too, so a restore brings back current
// scores). stored_scores_test.go compares them with domain.Score after
// every kind of write.
//
// The three wide covering indexes that let the list, the board and the
// matrix compute scores from ratings (accounts_scoring, accounts_scores,
// accounts_list) give way to one narrow one over the stored scores.
const migrationStoredScores = `ALTER TABLE accounts ADD COLUMN score_identification REAL NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN score_key INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN score_attractiveness REAL NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN score_potential REAL NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN score_relationship REAL NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN tier TEXT NOT NULL DEFAULT 'unclassified';
	-- The name's sort key by pinyin (name_key.go).
	ALTER TABLE accounts ADD COLUMN name_key BLOB NOT NULL DEFAULT x'';

	DROP INDEX accounts_scoring;
	DROP INDEX accounts_scores;
	DROP INDEX accounts_list;

	-- What every list, filter and count of live accounts reads: a lead's
	-- accounts are a range; the rows' long texts are never walked.
	-- deleted_at is in it (always NULL) because SQLite counts an index
	-- covering only when it holds the columns of its own WHERE too.
	CREATE INDEX accounts_book ON accounts(manager_id, tier, score_key, score_identification, score_attractiveness,
		score_potential, score_relationship, status, our_sales, updated_at,
		coaches, economic_buyers, opponents, key_never_met, key_oldest_contact,
		name_key, name, short_name, english_name, industry, region, deleted_at) WHERE deleted_at IS NULL;
	-- The key accounts, best first, with their red-flag inputs (Home's
	-- flagged key accounts, the key-only filters), and a tier (the tier
	-- filters) are ranges of their own.
	CREATE INDEX accounts_key ON accounts(score_key, score_identification,
		coaches, economic_buyers, opponents, key_never_met, key_oldest_contact, deleted_at) WHERE deleted_at IS NULL;
	CREATE INDEX accounts_tier ON accounts(tier) WHERE deleted_at IS NULL;
	-- The list's default order, most recently changed first, and its order
	-- by name, each walked to a page.
	CREATE INDEX accounts_updated ON accounts(updated_at) WHERE deleted_at IS NULL;
	CREATE INDEX accounts_name_key ON accounts(name_key) WHERE deleted_at IS NULL;

	-- One member's deals created in a period (Home's dashboard, a row of
	-- the targets board) are a range, not every deal they ever owned.
	CREATE INDEX opportunities_owner_created ON opportunities(owner_id, created_on, account_id, deleted_at)
		WHERE deleted_at IS NULL;
	-- A member's won deals: opportunities_owner_won covers what this
	-- narrower index began, and SQLite picked the narrower one and read
	-- every deal's row for its amount. A member's open pipeline of a
	-- period (Home's dashboard) is a range of its own.
	DROP INDEX opportunities_owner;
	CREATE INDEX opportunities_owner_open ON opportunities(owner_id, status, close_date, stage, override, probability,
		amount, account_id, deleted_at) WHERE deleted_at IS NULL;
	-- A page of accounts' won revenue and new deals (the targets board):
	-- a range per account instead of every won deal of the book.
	CREATE INDEX opportunities_account_actuals ON opportunities(account_id, status, closed_on, amount, created_on, deleted_at)
		WHERE deleted_at IS NULL;

	-- portfolio_changes counts the writes that can move the portfolio
	-- matrix: an account's name, lead, scores or trash state, a member's
	-- name, the scoring weights. The matrix keeps its scored book until it
	-- changes, so logging a visit or moving a deal does not read 5,000
	-- accounts again. (A trigger fires on an UPDATE that names one of its
	-- columns, whatever the value: the facts the contacts' triggers write
	-- to an account name none.)
	CREATE TABLE portfolio_changes (n INTEGER NOT NULL) STRICT;
	INSERT INTO portfolio_changes VALUES (0);
	CREATE TRIGGER portfolio_account_added AFTER INSERT ON accounts BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_account_purged AFTER DELETE ON accounts BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_account_changed AFTER UPDATE OF name, short_name, manager_id, deleted_at,
		score_identification, score_key, score_attractiveness, score_potential, score_relationship, tier ON accounts BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_member_added AFTER INSERT ON members BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_member_removed AFTER DELETE ON members BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_member_changed AFTER UPDATE OF name, deleted_at ON members BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_weights_added AFTER INSERT ON settings WHEN new.key = 'scoring' BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_weights_changed AFTER UPDATE ON settings
		WHEN (new.key = 'scoring' OR old.key = 'scoring') AND (new.value IS NOT old.value OR new.key IS NOT old.key) BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;
	CREATE TRIGGER portfolio_weights_removed AFTER DELETE ON settings WHEN old.key = 'scoring' BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;`

// PortfolioChanges counts the writes that can change what the portfolio
// matrix shows (see portfolio_changes): equal counts, equal matrix.
func (s *Store) PortfolioChanges(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, "SELECT n FROM portfolio_changes").Scan(&n); err != nil {
		return 0, fmt.Errorf("store: portfolio changes: %w", err)
	}
	return n, nil
}

// scoreColumns are the stored scores in the order stored.values gives them.
const scoreColumns = `score_identification, score_key, score_attractiveness, score_potential, score_relationship, tier`

// derivedColumns are what an account's write stores beside what the user
// wrote: its scores and its name's sort key, in derivedValues' order.
const derivedColumns = scoreColumns + `, name_key`

// stored is what an account row holds of its scores.
type stored struct {
	identification                          float64
	key                                     bool
	attractiveness, potential, relationship float64
	tier                                    string
}

func storedOf(s domain.Scores) stored {
	return stored{s.Identification, s.KeyAccount, s.Attractiveness, s.Potential, s.Relationship, string(s.Quadrant)}
}

// values are the stored scores in scoreColumns' order.
func (x stored) values() []any {
	return []any{x.identification, boolInt(x.key), x.attractiveness, x.potential, x.relationship, x.tier}
}

// derivedValues are an account's stored scores under the settings and
// its name key.
func derivedValues(a domain.Account, sc domain.ScoringSettings) []any {
	return append(storedOf(domain.Score(a, sc)).values(), nameKey(a.Name))
}

// scoringIn reads the scoring settings inside a write's transaction, over
// the defaults as Settings does.
func scoringIn(ctx context.Context, tx *sql.Tx) (domain.ScoringSettings, error) {
	sc := domain.DefaultScoring()
	var v string
	err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = 'scoring'").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return sc, nil
	}
	if err != nil {
		return sc, fmt.Errorf("store: load scoring: %w", err)
	}
	if err := json.Unmarshal([]byte(v), &sc); err != nil {
		return sc, fmt.Errorf("store: load scoring: %w", err)
	}
	return sc, nil
}

// rescoreAll stores every account's scores (trashed ones too) under the
// scoring settings saved in tx, writing only the rows that change.
func rescoreAll(ctx context.Context, tx *sql.Tx) error {
	sc, err := scoringIn(ctx, tx)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.stage, a.our_sales, a.category_spend, `+packedRatingsSQL+`,
		a.score_identification, a.score_key, a.score_attractiveness, a.score_potential, a.score_relationship, a.tier
		FROM accounts a`)
	if err != nil {
		return fmt.Errorf("store: rescore accounts: %w", err)
	}
	type change struct {
		id     int64
		values []any
	}
	var changes []change
	for rows.Next() {
		var x ScoreInput
		var old stored
		if err := rows.Scan(&x.ID, &x.Stage, &x.OurSales, &x.CategorySpend, &x.Ratings, &old.identification, &old.key,
			&old.attractiveness, &old.potential, &old.relationship, &old.tier); err != nil {
			rows.Close()
			return fmt.Errorf("store: rescore accounts: %w", err)
		}
		if now := storedOf(domain.Score(x.Account(), sc)); now != old {
			changes = append(changes, change{x.ID, now.values()})
		}
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return fmt.Errorf("store: rescore accounts: %w", err)
	}
	if len(changes) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `UPDATE accounts SET score_identification = ?, score_key = ?, score_attractiveness = ?,
		score_potential = ?, score_relationship = ?, tier = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("store: rescore accounts: %w", err)
	}
	defer stmt.Close()
	for _, c := range changes {
		if _, err := stmt.ExecContext(ctx, append(c.values, c.id)...); err != nil {
			return fmt.Errorf("store: rescore account %d: %w", c.id, err)
		}
	}
	return nil
}

// packedRatingsSQL packs an account's fifteen 0–5 ratings 3 bits each into
// one integer, in ScoreInput.Ratings' order: each column read costs, and a
// big book scores thousands of rows. (SQLite's << and | bind alike: hence
// the brackets.)
const packedRatingsSQL = `a.id_large_orders | (a.id_strategic << 3) | (a.id_influence << 6) | (a.id_technology << 9) | (a.id_market << 12) |
	(a.cl_volume << 15) | (a.cl_profitability << 18) | (a.cl_strategic_fit << 21) | (a.cl_ease << 24) |
	(a.cl_growth << 27) | (a.cl_projects << 30) | (a.cl_share_room << 33) | (a.cl_tech_absorption << 36) |
	(a.cl_coverage << 39) | (a.cl_satisfaction << 42)`
