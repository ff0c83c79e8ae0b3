package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// NamedRecord is a live record of an account found by its name: a person or a
// deal, for an import to resolve the names a file gives.
type NamedRecord struct {
	ID      int64
	Account int64
	Name    string
}

// lookupChunk keeps an IN list well under SQLite's parameter limit.
const lookupChunk = 500

// AccountsNamed finds the live accounts with these names (case-insensitive
// as the unique index is) and returns their ids by strings.ToLower(name).
func (s *Store) AccountsNamed(ctx context.Context, names []string) (map[string]int64, error) {
	out := map[string]int64{}
	for start := 0; start < len(names); start += lookupChunk {
		part := names[start:min(start+lookupChunk, len(names))]
		args := make([]any, len(part))
		for i, n := range part {
			args[i] = n
		}
		rows, err := s.r.QueryContext(ctx, `SELECT id, name FROM accounts INDEXED BY accounts_live_name
			WHERE deleted_at IS NULL AND name COLLATE NOCASE IN (`+placeholders(len(part))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: find accounts by name: %w", err)
		}
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: find accounts by name: %w", err)
			}
			out[strings.ToLower(name)] = id
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: find accounts by name: %w", err)
		}
	}
	return out, nil
}

// PeopleOf lists the live people of these accounts by name.
func (s *Store) PeopleNamed(ctx context.Context, accounts []int64) ([]NamedRecord, error) {
	return s.namedOf(ctx, "SELECT id, account_id, name FROM contacts INDEXED BY contacts_account WHERE deleted_at IS NULL AND account_id IN ", accounts)
}

// DealsOf lists the live deals of these accounts by name.
func (s *Store) DealsNamed(ctx context.Context, accounts []int64) ([]NamedRecord, error) {
	return s.namedOf(ctx, "SELECT id, account_id, name FROM opportunities WHERE deleted_at IS NULL AND account_id IN ", accounts)
}

func (s *Store) namedOf(ctx context.Context, query string, accounts []int64) ([]NamedRecord, error) {
	out := []NamedRecord{}
	for start := 0; start < len(accounts); start += lookupChunk {
		part := accounts[start:min(start+lookupChunk, len(accounts))]
		rows, err := s.r.QueryContext(ctx, query+"("+placeholders(len(part))+")", idArgs(part)...)
		if err != nil {
			return nil, fmt.Errorf("store: find by name: %w", err)
		}
		for rows.Next() {
			var n NamedRecord
			if err := rows.Scan(&n.ID, &n.Account, &n.Name); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: find by name: %w", err)
			}
			out = append(out, n)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: find by name: %w", err)
		}
	}
	return out, nil
}

// ImportContact is a person to import: Contact.ReportsTo is a person in the
// book, or ReportsToRow the index in the batch of the person (in the same
// file) they report to, -1 for none.
type ImportContact struct {
	Contact      domain.Contact
	ReportsToRow int
}

// ImportBatch is one file's records, all of one kind, checked.
type ImportBatch struct {
	Accounts []domain.Account
	Contacts []ImportContact
	Deals    []domain.Opportunity
	Visits   []domain.Interaction
}

// Import writes a checked batch in one transaction, through the same
// inserts as the forms (so every index, search entry and stored fact is
// kept as the app keeps it): all of it, or on any error nothing. day is
// the user's today, the day new deals enter their stage.
func (s *Store) Import(ctx context.Context, b ImportBatch, day string) (int, error) {
	n := 0
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, a := range b.Accounts {
			if _, err := s.insertAccount(ctx, tx, a); err != nil {
				return err
			}
			n++
		}
		ids := make([]int64, len(b.Contacts))
		for i, c := range b.Contacts {
			if err := liveAccount(ctx, tx, c.Contact.AccountID); err != nil {
				return err
			}
			if err := checkReportsTo(ctx, tx, c.Contact.AccountID, 0, c.Contact.ReportsTo); err != nil {
				return err
			}
			id, err := s.insertContact(ctx, tx, c.Contact)
			if err != nil {
				return err
			}
			ids[i] = id
			n++
		}
		for i, c := range b.Contacts {
			if c.ReportsToRow < 0 {
				continue
			}
			if c.ReportsToRow >= len(ids) || c.ReportsToRow == i {
				return fmt.Errorf("store: import: person %d reports to row %d", i, c.ReportsToRow)
			}
			if _, err := tx.ExecContext(ctx, "UPDATE contacts SET reports_to = ? WHERE id = ?", ids[c.ReportsToRow], ids[i]); err != nil {
				return fmt.Errorf("store: import: reports to: %w", err)
			}
		}
		for _, o := range b.Deals {
			if err := liveAccount(ctx, tx, o.AccountID); err != nil {
				return err
			}
			if _, err := s.insertDeal(ctx, tx, o, day); err != nil {
				return err
			}
			n++
		}
		if len(b.Visits) > 0 {
			me, err := s.loggedBy(ctx, tx)
			if err != nil {
				return err
			}
			for _, in := range b.Visits {
				if err := liveAccount(ctx, tx, in.AccountID); err != nil {
					return err
				}
				if _, err := s.insertInteraction(ctx, tx, in, me); err != nil {
					return err
				}
				n++
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}
