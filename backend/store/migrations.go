package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are append-only: never edit one that has shipped, add another.
// PRAGMA user_version records how many have run.
var migrations = []string{
	// 1: settings, team members (who manages an account), accounts.
	`CREATE TABLE settings (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	) STRICT;

	CREATE TABLE members (
		id         INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		created_at TEXT NOT NULL
	) STRICT;
	CREATE UNIQUE INDEX members_name ON members(name COLLATE NOCASE);

	CREATE TABLE accounts (
		id                    INTEGER PRIMARY KEY,
		name                  TEXT NOT NULL,
		short_name            TEXT NOT NULL DEFAULT '',
		english_name          TEXT NOT NULL DEFAULT '',
		industry              TEXT NOT NULL DEFAULT '',
		region                TEXT NOT NULL DEFAULT '',
		address               TEXT NOT NULL DEFAULT '',
		employees             INTEGER NOT NULL DEFAULT 0,
		revenue               INTEGER NOT NULL DEFAULT 0,
		business_strategy     TEXT NOT NULL DEFAULT '',
		supply_chain_strategy TEXT NOT NULL DEFAULT '',
		procurement_plans     TEXT NOT NULL DEFAULT '',
		competitors           TEXT NOT NULL DEFAULT '',
		our_sales             INTEGER NOT NULL DEFAULT 0,
		category_spend        INTEGER NOT NULL DEFAULT 0,
		status                TEXT NOT NULL CHECK (status IN ('prospect','active','dormant','lost')),
		manager_id            INTEGER REFERENCES members(id) ON DELETE SET NULL,
		stage                 TEXT NOT NULL CHECK (stage IN ('exploratory','basic','cooperative','interdependent','integrated')),
		notes                 TEXT NOT NULL DEFAULT '',
		id_large_orders       INTEGER NOT NULL DEFAULT 0 CHECK (id_large_orders BETWEEN 0 AND 5),
		id_strategic          INTEGER NOT NULL DEFAULT 0 CHECK (id_strategic BETWEEN 0 AND 5),
		id_influence          INTEGER NOT NULL DEFAULT 0 CHECK (id_influence BETWEEN 0 AND 5),
		id_technology         INTEGER NOT NULL DEFAULT 0 CHECK (id_technology BETWEEN 0 AND 5),
		id_market             INTEGER NOT NULL DEFAULT 0 CHECK (id_market BETWEEN 0 AND 5),
		kc_high_value         INTEGER NOT NULL DEFAULT 0,
		kc_barrier            INTEGER NOT NULL DEFAULT 0,
		kc_future_competition INTEGER NOT NULL DEFAULT 0,
		kc_core_market        INTEGER NOT NULL DEFAULT 0,
		cl_volume             INTEGER NOT NULL DEFAULT 0 CHECK (cl_volume BETWEEN 0 AND 5),
		cl_profitability      INTEGER NOT NULL DEFAULT 0 CHECK (cl_profitability BETWEEN 0 AND 5),
		cl_strategic_fit      INTEGER NOT NULL DEFAULT 0 CHECK (cl_strategic_fit BETWEEN 0 AND 5),
		cl_ease               INTEGER NOT NULL DEFAULT 0 CHECK (cl_ease BETWEEN 0 AND 5),
		cl_growth             INTEGER NOT NULL DEFAULT 0 CHECK (cl_growth BETWEEN 0 AND 5),
		cl_projects           INTEGER NOT NULL DEFAULT 0 CHECK (cl_projects BETWEEN 0 AND 5),
		cl_share_room         INTEGER NOT NULL DEFAULT 0 CHECK (cl_share_room BETWEEN 0 AND 5),
		cl_tech_absorption    INTEGER NOT NULL DEFAULT 0 CHECK (cl_tech_absorption BETWEEN 0 AND 5),
		cl_coverage           INTEGER NOT NULL DEFAULT 0 CHECK (cl_coverage BETWEEN 0 AND 5),
		cl_satisfaction       INTEGER NOT NULL DEFAULT 0 CHECK (cl_satisfaction BETWEEN 0 AND 5),
		created_at            TEXT NOT NULL,
		updated_at            TEXT NOT NULL,
		deleted_at            TEXT
	) STRICT;
	-- Two live accounts may not share a name; one in the trash may.
	CREATE UNIQUE INDEX accounts_live_name ON accounts(name COLLATE NOCASE) WHERE deleted_at IS NULL;
	CREATE INDEX accounts_manager ON accounts(manager_id);`,
}

// SchemaVersion is the version a fully migrated database has.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("store: read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("store: database schema %d is newer than this app (%d): update KAMS", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
	}
	return nil
}
