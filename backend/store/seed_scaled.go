package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// SeedMore writes one more batch of a scaled demo book into the database
// that Seed began: its accounts, their people, interactions and deals, and
// the account teams, in one transaction and through the same inserts as
// Seed, so every index, search entry and summary is kept as the app keeps
// it. The accounts must be new; the members the teams name must exist.
// A big book is written as Seed and then SeedMore batch after batch, so
// that no transaction (and no seed in memory) holds the whole book.
func (s *Store) SeedMore(ctx context.Context, seed Seed) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		accounts, err := s.seedRecords(ctx, tx, seed, true)
		if err != nil {
			return err
		}
		member := map[string]int64{}
		for _, at := range seed.Team.AccountTeams {
			for _, m := range at.Members {
				if _, ok := member[m.Name]; ok {
					continue
				}
				var id int64
				err := tx.QueryRowContext(ctx, "SELECT id FROM members WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL", m.Name).Scan(&id)
				if err != nil && !errors.Is(err, sql.ErrNoRows) {
					return fmt.Errorf("store: seed: find member %q: %w", m.Name, err)
				}
				member[m.Name] = id // 0: unknown, which seedAccountTeams refuses
			}
		}
		if err := seedAccountTeams(ctx, tx, seed.Team.AccountTeams, accounts, member); err != nil {
			return err
		}
		return s.seedMarketing(ctx, tx, seed, accounts)
	})
}
