package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// lastContactSQL is a contact's last-contact day, stored since migration 9
// (account_facts.go) and kept by triggers.
const lastContactSQL = `c.last_contact`

const contactColumns = `c.id, c.account_id, a.name, c.name, c.title, c.department, COALESCE(c.reports_to, 0),
	c.phone, c.mobile, c.email, c.wechat, c.birthday, c.interests, c.notes,
	c.role, c.attitude, c.influence, c.strength, c.last_contact,
	c.created_at, c.updated_at, COALESCE(c.deleted_at, ''), c.version`

const contactFrom = ` FROM contacts c JOIN accounts a ON a.id = c.account_id`

func scanContact(row scanner) (domain.Contact, error) {
	var c domain.Contact
	err := row.Scan(&c.ID, &c.AccountID, &c.AccountName, &c.Name, &c.Title, &c.Department, &c.ReportsTo,
		&c.Phone, &c.Mobile, &c.Email, &c.WeChat, &c.Birthday, &c.Interests, &c.Notes,
		&c.Role, &c.Attitude, &c.Influence, &c.Strength, &c.LastContact,
		&c.CreatedAt, &c.UpdatedAt, &c.DeletedAt, &c.Version)
	return c, err
}

func (s *Store) queryContacts(ctx context.Context, where string, args ...any) ([]domain.Contact, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT "+contactColumns+contactFrom+" "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list contacts: %w", err)
	}
	defer rows.Close()
	out := []domain.Contact{}
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list contacts: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list contacts: %w", err)
	}
	return out, nil
}

// Contacts lists the live people of an account.
func (s *Store) Contacts(ctx context.Context, accountID int64) ([]domain.Contact, error) {
	return s.queryContacts(ctx, "WHERE c.account_id = ? AND c.deleted_at IS NULL ORDER BY c.id", accountID)
}

// LiveContacts lists the live people of every live account, for the red
// flags of the accounts list and the birthdays of the home screen.
func (s *Store) LiveContacts(ctx context.Context) ([]domain.Contact, error) {
	return s.queryContacts(ctx, "WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY c.account_id, c.id")
}

// TrashedContacts lists the people in the trash (of live accounts).
func (s *Store) TrashedContacts(ctx context.Context) ([]domain.Contact, error) {
	return s.queryContacts(ctx, "WHERE c.deleted_at IS NOT NULL AND a.deleted_at IS NULL ORDER BY c.deleted_at DESC")
}

// Contact loads one person, live or trashed.
func (s *Store) Contact(ctx context.Context, id int64) (domain.Contact, error) {
	c, err := scanContact(s.r.QueryRowContext(ctx, "SELECT "+contactColumns+contactFrom+" WHERE c.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, domain.NotFound("contact", id)
	}
	if err != nil {
		return c, fmt.Errorf("store: load contact %d: %w", id, err)
	}
	return c, nil
}

// CreateContact adds a person to a live account.
func (s *Store) CreateContact(ctx context.Context, c domain.Contact) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := liveAccount(ctx, tx, c.AccountID); err != nil {
			return err
		}
		if err := checkReportsTo(ctx, tx, c.AccountID, 0, c.ReportsTo); err != nil {
			return err
		}
		var err error
		id, err = s.insertContact(ctx, tx, c)
		return err
	})
	return id, err
}

func (s *Store) insertContact(ctx context.Context, tx *sql.Tx, c domain.Contact) (int64, error) {
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO contacts (account_id, name, title, department, reports_to,
		phone, mobile, email, wechat, birthday, interests, notes, role, attitude, influence, strength, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.AccountID, c.Name, c.Title, c.Department, nullID(c.ReportsTo), c.Phone, c.Mobile, c.Email, c.WeChat,
		c.Birthday, c.Interests, c.Notes, string(c.Role), c.Attitude, string(c.Influence), c.Strength, now, now)
	if err != nil {
		return 0, fmt.Errorf("store: insert contact %q: %w", c.Name, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert contact %q: %w", c.Name, err)
	}
	return id, index(ctx, tx, kindContact, id, contactText(c))
}

// UpdateContact saves every field of a live person; the account stays.
func (s *Store) UpdateContact(ctx context.Context, c domain.Contact) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		account, live, err := liveContactAccount(ctx, tx, c.ID)
		if err != nil {
			return err
		}
		if err := checkReportsTo(ctx, tx, account, c.ID, c.ReportsTo); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE contacts SET name = ?, title = ?, department = ?, reports_to = ?,
			phone = ?, mobile = ?, email = ?, wechat = ?, birthday = ?, interests = ?, notes = ?,
			role = ?, attitude = ?, influence = ?, strength = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ?`,
			c.Name, c.Title, c.Department, nullID(c.ReportsTo), c.Phone, c.Mobile, c.Email, c.WeChat,
			c.Birthday, c.Interests, c.Notes, string(c.Role), c.Attitude, string(c.Influence), c.Strength, s.stamp(), c.ID, c.Version)
		if err := sameVersion(res, err, "contact", c.ID); err != nil {
			return err
		}
		if !live {
			return nil // a trashed account keeps its people out of the search
		}
		return index(ctx, tx, kindContact, c.ID, contactText(c))
	})
}

// SetReportsTo changes only whom a person reports to (the map's drag and
// drop); 0 makes them top level.
func (s *Store) SetReportsTo(ctx context.Context, id, manager int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		account, _, err := liveContactAccount(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := checkReportsTo(ctx, tx, account, id, manager); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "UPDATE contacts SET reports_to = ?, updated_at = ? WHERE id = ?", nullID(manager), s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: move contact %d: %w", id, err)
		}
		return nil
	})
}

// TrashContact moves a person to the trash. Their reports keep pointing to
// them, so a restore brings the whole map back; meanwhile the map shows
// those reports at the top level.
func (s *Store) TrashContact(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE contacts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: trash contact %d: %w", id, err)
		}
		if err := mustAffect(res, "contact", id); err != nil {
			return err
		}
		return unindex(ctx, tx, kindContact, id)
	})
}

// RestoreContact brings a person back from the trash. Under a trashed
// account they stay out of the search until the account is restored.
func (s *Store) RestoreContact(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE contacts SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: restore contact %d: %w", id, err)
		}
		if err := mustAffect(res, "contact", id); err != nil {
			return err
		}
		_, live, err := liveContactAccount(ctx, tx, id)
		if err != nil || !live {
			return err
		}
		return reindexRecord(ctx, tx, kindContact, id)
	})
}

// PurgeContact deletes a person in the trash for good.
func (s *Store) PurgeContact(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM contacts WHERE id = ? AND deleted_at IS NOT NULL", id)
		if err != nil {
			return fmt.Errorf("store: purge contact %d: %w", id, err)
		}
		if err := mustAffect(res, "contact", id); err != nil {
			return err
		}
		return unindex(ctx, tx, kindContact, id)
	})
}

func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

func liveAccount(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accounts WHERE id = ? AND deleted_at IS NULL", id).Scan(&n); err != nil {
		return fmt.Errorf("store: find account %d: %w", id, err)
	}
	if n == 0 {
		return domain.NotFound("account", id)
	}
	return nil
}

// liveContactAccount finds the account of a live person, and whether that
// account is live (a trashed one keeps its people out of the search).
func liveContactAccount(ctx context.Context, tx *sql.Tx, id int64) (account int64, live bool, err error) {
	err = tx.QueryRowContext(ctx, `SELECT c.account_id, a.deleted_at IS NULL FROM contacts c
		JOIN accounts a ON a.id = c.account_id WHERE c.id = ? AND c.deleted_at IS NULL`, id).Scan(&account, &live)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, domain.NotFound("contact", id)
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: find contact %d: %w", id, err)
	}
	return account, live, nil
}

// checkReportsTo refuses a manager who is not a live person of the same
// account, and a reporting loop: walking up from the new manager must
// never reach the person themselves.
func checkReportsTo(ctx context.Context, tx *sql.Tx, account, self, manager int64) error {
	if manager == 0 {
		return nil
	}
	loop := domain.Conflict("reportsTo", "error.reportsLoop", nil)
	if manager == self {
		return loop
	}
	if self != 0 {
		// An unchanged manager stays, even one in the trash: editing a
		// report must not fail because their manager was trashed.
		var current sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT reports_to FROM contacts WHERE id = ?", self).Scan(&current); err != nil {
			return fmt.Errorf("store: check reports-to: %w", err)
		}
		if current.Valid && current.Int64 == manager {
			return nil
		}
	}
	var managerAccount int64
	err := tx.QueryRowContext(ctx, "SELECT account_id FROM contacts WHERE id = ? AND deleted_at IS NULL", manager).Scan(&managerAccount)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && managerAccount != account) {
		return domain.Conflict("reportsTo", "error.otherAccount", nil)
	}
	if err != nil {
		return fmt.Errorf("store: check reports-to: %w", err)
	}
	if self == 0 {
		return nil
	}
	var found int
	err = tx.QueryRowContext(ctx, `WITH RECURSIVE up(id) AS (
			SELECT ? UNION SELECT c.reports_to FROM contacts c JOIN up ON c.id = up.id WHERE c.reports_to IS NOT NULL
		) SELECT count(*) FROM up WHERE id = ?`, manager, self).Scan(&found)
	if err != nil {
		return fmt.Errorf("store: check reports-to: %w", err)
	}
	if found > 0 {
		return loop
	}
	return nil
}
