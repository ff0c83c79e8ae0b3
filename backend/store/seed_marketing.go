package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// SeedActivity is a marketing activity to seed: its accounts by name, its
// people by name at their account, its deals by name at their account.
type SeedActivity struct {
	Activity domain.Activity
	Accounts []string
	People   []SeedInvitee
	Deals    []SeedDealRef
}

// SeedInvitee is a person invited to a seeded activity.
type SeedInvitee struct {
	Account, Name string
	Attended      bool
}

// SeedDealRef names a deal of an account.
type SeedDealRef struct{ Account, Name string }

// seedMarketing writes the seed's activities (through the store's own
// write, so their facts, the search and the last contacts follow) and its
// marketing plans; accounts are the seed's accounts by name.
func (s *Store) seedMarketing(ctx context.Context, tx *sql.Tx, seed Seed, accounts map[string]int64) error {
	lookup := func(query, what string, args ...any) (int64, error) {
		var id int64
		err := tx.QueryRowContext(ctx, query, args...).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("store: seed: no %s %v", what, args)
		}
		return id, err
	}
	for _, sa := range seed.Activities {
		a := sa.Activity
		a.Accounts, a.Invitees, a.Deals = nil, nil, nil
		for _, name := range sa.Accounts {
			id := accounts[name]
			if id == 0 {
				return fmt.Errorf("store: seed: no account %q for activity %q", name, a.Title)
			}
			a.Accounts = append(a.Accounts, id)
		}
		for _, p := range sa.People {
			id, err := lookup("SELECT id FROM contacts WHERE account_id = ? AND name = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
				"person", accounts[p.Account], p.Name)
			if err != nil {
				return err
			}
			a.Invitees = append(a.Invitees, domain.Invitee{ContactID: id, Attended: p.Attended})
		}
		for _, d := range sa.Deals {
			id, err := lookup("SELECT id FROM opportunities WHERE account_id = ? AND name = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
				"deal", accounts[d.Account], d.Name)
			if err != nil {
				return err
			}
			a.Deals = append(a.Deals, id)
		}
		if _, err := s.writeActivity(ctx, tx, a); err != nil {
			return fmt.Errorf("store: seed activity %q: %w", a.Title, err)
		}
	}
	for _, p := range seed.MarketingPlans {
		for _, l := range p.Lines {
			if _, err := tx.ExecContext(ctx, `INSERT INTO marketing_plans (period, type, activities, budget, revenue) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING`, p.Period, l.Type, l.Activities, l.Budget, l.Revenue); err != nil {
				return fmt.Errorf("store: seed marketing plan: %w", err)
			}
		}
	}
	return nil
}
