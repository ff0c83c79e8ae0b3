package store

import (
	"context"
	"database/sql"
	"fmt"

	"kams/backend/domain"
)

// SeedContact is a person to seed: Key names them within their account,
// ReportsTo names their manager's Key ("" for none).
type SeedContact struct {
	Account   string
	Key       string
	ReportsTo string
	Contact   domain.Contact
}

// SeedInteraction is an interaction to seed, with the Keys of the people
// present.
type SeedInteraction struct {
	Account     string
	People      []string
	Interaction domain.Interaction
}

// Seed is a whole demo database: accounts, their people, the interactions.
type Seed struct {
	Accounts     []domain.Account
	Contacts     []SeedContact
	Interactions []SeedInteraction
}

// ErrNotEmpty refuses to seed a database that holds accounts.
var ErrNotEmpty = &domain.Error{Code: domain.CodeConflict, Key: "error.sampleNotEmpty"}

// SeedAccounts seeds accounts only.
func (s *Store) SeedAccounts(ctx context.Context, list []domain.Account) error {
	return s.Seed(ctx, Seed{Accounts: list})
}

// Seed writes a whole demo database in one transaction into a database
// that has no accounts (live or in the trash); otherwise it returns
// ErrNotEmpty and writes nothing.
func (s *Store) Seed(ctx context.Context, seed Seed) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accounts").Scan(&n); err != nil {
			return fmt.Errorf("store: count accounts: %w", err)
		}
		if n > 0 {
			return ErrNotEmpty
		}
		accounts := map[string]int64{}
		for _, a := range seed.Accounts {
			id, err := s.insertAccount(ctx, tx, a)
			if err != nil {
				return err
			}
			accounts[a.Name] = id
		}
		people := map[string]int64{} // account + "/" + key
		for _, sc := range seed.Contacts {
			c := sc.Contact
			if c.AccountID = accounts[sc.Account]; c.AccountID == 0 {
				return fmt.Errorf("store: seed: no account %q for %s", sc.Account, sc.Key)
			}
			id, err := s.insertContact(ctx, tx, c)
			if err != nil {
				return err
			}
			people[sc.Account+"/"+sc.Key] = id
		}
		for _, sc := range seed.Contacts {
			if sc.ReportsTo == "" {
				continue
			}
			manager := people[sc.Account+"/"+sc.ReportsTo]
			if manager == 0 {
				return fmt.Errorf("store: seed: %s reports to unknown %s", sc.Key, sc.ReportsTo)
			}
			if _, err := tx.ExecContext(ctx, "UPDATE contacts SET reports_to = ? WHERE id = ?", manager, people[sc.Account+"/"+sc.Key]); err != nil {
				return fmt.Errorf("store: seed: %w", err)
			}
		}
		for _, si := range seed.Interactions {
			in := si.Interaction
			if in.AccountID = accounts[si.Account]; in.AccountID == 0 {
				return fmt.Errorf("store: seed: no account %q for an interaction", si.Account)
			}
			in.ContactIDs = nil
			for _, k := range si.People {
				id := people[si.Account+"/"+k]
				if id == 0 {
					return fmt.Errorf("store: seed: unknown person %s at %s", k, si.Account)
				}
				in.ContactIDs = append(in.ContactIDs, id)
			}
			if _, err := s.insertInteraction(ctx, tx, in); err != nil {
				return err
			}
		}
		return nil
	})
}
