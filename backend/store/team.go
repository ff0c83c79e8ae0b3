package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// TeamMembers lists the live members with the accounts each leads and serves.
func (s *Store) TeamMembers(ctx context.Context) ([]domain.Member, error) {
	return s.queryMembers(ctx, "WHERE m.deleted_at IS NULL ORDER BY m.name")
}

// TeamMember loads one live member.
func (s *Store) TeamMember(ctx context.Context, id int64) (domain.Member, error) {
	list, err := s.queryMembers(ctx, "WHERE m.id = ? AND m.deleted_at IS NULL", id)
	if err != nil {
		return domain.Member{}, err
	}
	if len(list) == 0 {
		return domain.Member{}, domain.NotFound("member", id)
	}
	return list[0], nil
}

// queryMembers counts each member's accounts from the indexes: the led
// ones in accounts_scores, the served ones checked against the few
// trashed accounts rather than read one by one.
func (s *Store) queryMembers(ctx context.Context, where string, args ...any) ([]domain.Member, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT m.id, m.name, m.role, m.title, m.phone, m.email, m.skills, m.created_at, m.version,
		(SELECT count(*) FROM accounts a WHERE a.manager_id = m.id AND a.deleted_at IS NULL),
		(SELECT count(*) FROM account_members am WHERE am.member_id = m.id
			AND am.account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL))
		FROM members m `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list members: %w", err)
	}
	defer rows.Close()
	out := []domain.Member{}
	for rows.Next() {
		var m domain.Member
		var skills string
		if err := rows.Scan(&m.ID, &m.Name, &m.Role, &m.Title, &m.Phone, &m.Email, &skills, &m.CreatedAt, &m.Version, &m.Leads, &m.Serves); err != nil {
			return nil, fmt.Errorf("store: list members: %w", err)
		}
		if err := json.Unmarshal([]byte(skills), &m.Skills); err != nil {
			return nil, fmt.Errorf("store: member %d: %w", m.ID, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list members: %w", err)
	}
	return out, nil
}

// CreateMember adds a validated member; a name already used (also by a
// member who left) is a conflict.
func (s *Store) CreateMember(ctx context.Context, m domain.Member) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := memberNameFree(ctx, tx, m.Name, 0); err != nil {
			return err
		}
		skills, _ := json.Marshal(m.Skills)
		res, err := tx.ExecContext(ctx, `INSERT INTO members (name, role, title, phone, email, skills, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, m.Name, m.Role, m.Title, m.Phone, m.Email, string(skills), s.stamp())
		if err != nil {
			return fmt.Errorf("store: insert member %q: %w", m.Name, err)
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// UpdateMember saves a live member's fields.
func (s *Store) UpdateMember(ctx context.Context, m domain.Member) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := memberNameFree(ctx, tx, m.Name, m.ID); err != nil {
			return err
		}
		skills, _ := json.Marshal(m.Skills)
		res, err := tx.ExecContext(ctx, `UPDATE members SET name = ?, role = ?, title = ?, phone = ?, email = ?, skills = ?,
			version = version + 1 WHERE id = ? AND deleted_at IS NULL AND version = ?`,
			m.Name, m.Role, m.Title, m.Phone, m.Email, string(skills), m.ID, m.Version)
		if err != nil {
			return fmt.Errorf("store: update member %d: %w", m.ID, err)
		}
		if mustAffect(res, "member", m.ID) == nil {
			return nil
		}
		// No row: a member gone is not found, a live one was saved since.
		if err := liveMember(ctx, tx, m.ID); err != nil {
			return err
		}
		return domain.ChangedElsewhere("member", m.ID)
	})
}

func memberNameFree(ctx context.Context, tx *sql.Tx, name string, self int64) error {
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM members WHERE name = ? COLLATE NOCASE AND id <> ?", name, self).Scan(&other)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: check member name: %w", err)
	}
	return domain.Conflict("name", "error.duplicateMember", map[string]any{"name": name})
}

// ErrNeedsNewLead refuses to remove a member who leads accounts until a new
// lead is chosen for them.
var ErrNeedsNewLead = &domain.Error{Code: domain.CodeConflict, Key: "error.needsNewLead"}

// DeleteMember marks a member as gone, in one transaction: the accounts they
// lead (live or in the trash) pass to newLead, and they leave every
// account team. Their deals, interactions, assessments and training stay
// theirs. A member who leads accounts needs a live newLead other than
// themselves.
func (s *Store) DeleteMember(ctx context.Context, id, newLead int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := liveMember(ctx, tx, id); err != nil {
			return err
		}
		var led int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accounts WHERE manager_id = ?", id).Scan(&led); err != nil {
			return fmt.Errorf("store: count accounts led by %d: %w", id, err)
		}
		if led > 0 {
			if newLead == 0 || newLead == id {
				return &domain.Error{Code: domain.CodeConflict, Key: "error.needsNewLead", Params: map[string]any{"n": led},
					Fields: []domain.FieldError{{Field: "newLead", Key: "error.needsNewLead", Params: map[string]any{"n": led}}}}
			}
			if err := liveMember(ctx, tx, newLead); err != nil {
				return err
			}
			// The new lead leaves the teams of the accounts they now lead.
			if _, err := tx.ExecContext(ctx, `DELETE FROM account_members WHERE member_id = ?
				AND account_id IN (SELECT id FROM accounts WHERE manager_id = ?)`, newLead, id); err != nil {
				return fmt.Errorf("store: hand over accounts: %w", err)
			}
			if _, err := tx.ExecContext(ctx, "UPDATE accounts SET manager_id = ?, updated_at = ? WHERE manager_id = ?", newLead, s.stamp(), id); err != nil {
				return fmt.Errorf("store: hand over accounts: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM account_members WHERE member_id = ?", id); err != nil {
			return fmt.Errorf("store: remove member %d from teams: %w", id, err)
		}
		_, err := tx.ExecContext(ctx, "UPDATE members SET deleted_at = ? WHERE id = ?", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: delete member %d: %w", id, err)
		}
		return nil
	})
}

func liveMember(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM members WHERE id = ? AND deleted_at IS NULL", id).Scan(&n); err != nil {
		return fmt.Errorf("store: find member %d: %w", id, err)
	}
	if n == 0 {
		return domain.NotFound("member", id)
	}
	return nil
}

// AccountTeam reads an account's lead and team, in the order they were set.
func (s *Store) AccountTeam(ctx context.Context, accountID int64) (domain.AccountTeam, error) {
	t := domain.AccountTeam{AccountID: accountID, Members: []domain.AccountMember{}}
	err := s.r.QueryRowContext(ctx, `SELECT COALESCE(a.manager_id, 0), COALESCE(m.name, '')
		FROM accounts a LEFT JOIN members m ON m.id = a.manager_id WHERE a.id = ?`, accountID).Scan(&t.LeadID, &t.LeadName)
	if errors.Is(err, sql.ErrNoRows) {
		return t, domain.NotFound("account", accountID)
	}
	if err != nil {
		return t, fmt.Errorf("store: load team of account %d: %w", accountID, err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT am.member_id, m.name, am.role FROM account_members am
		JOIN members m ON m.id = am.member_id WHERE am.account_id = ? ORDER BY am.position`, accountID)
	if err != nil {
		return t, fmt.Errorf("store: load team of account %d: %w", accountID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var m domain.AccountMember
		if err := rows.Scan(&m.MemberID, &m.Name, &m.Role); err != nil {
			return t, fmt.Errorf("store: load team of account %d: %w", accountID, err)
		}
		t.Members = append(t.Members, m)
	}
	if err := rows.Err(); err != nil {
		return t, fmt.Errorf("store: load team of account %d: %w", accountID, err)
	}
	return t, nil
}

// SetAccountTeam sets a live account's lead and replaces its team in one
// transaction; every member named must be live.
func (s *Store) SetAccountTeam(ctx context.Context, t domain.AccountTeam) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := liveAccount(ctx, tx, t.AccountID); err != nil {
			return err
		}
		ids := []int64{t.LeadID}
		for _, m := range t.Members {
			ids = append(ids, m.MemberID)
		}
		for _, id := range ids {
			if err := liveMember(ctx, tx, id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "UPDATE accounts SET manager_id = ?, updated_at = ? WHERE id = ?", t.LeadID, s.stamp(), t.AccountID); err != nil {
			return fmt.Errorf("store: set lead of account %d: %w", t.AccountID, err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM account_members WHERE account_id = ?", t.AccountID); err != nil {
			return fmt.Errorf("store: set team of account %d: %w", t.AccountID, err)
		}
		for i, m := range t.Members {
			if _, err := tx.ExecContext(ctx, "INSERT INTO account_members (account_id, member_id, role, position) VALUES (?, ?, ?, ?)",
				t.AccountID, m.MemberID, m.Role, i); err != nil {
				return fmt.Errorf("store: set team of account %d: %w", t.AccountID, err)
			}
		}
		return nil
	})
}

// Trainings lists a member's training, newest first; memberID 0 lists
// everyone's.
func (s *Store) Trainings(ctx context.Context, memberID int64) ([]domain.Training, error) {
	if memberID == 0 {
		return s.queryTrainings(ctx, "ORDER BY t.date DESC, t.id DESC")
	}
	return s.queryTrainings(ctx, "WHERE t.member_id = ? ORDER BY t.date DESC, t.id DESC", memberID)
}

// TrainingsBetween lists the training of every member between two days
// (inclusive), by member and date.
func (s *Store) TrainingsBetween(ctx context.Context, from, to string) ([]domain.Training, error) {
	return s.queryTrainings(ctx, "WHERE t.date BETWEEN ? AND ? ORDER BY t.member_id, t.date", from, to)
}

func (s *Store) queryTrainings(ctx context.Context, where string, args ...any) ([]domain.Training, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT t.id, t.member_id, m.name, t.course, t.date, t.hours, t.result
		FROM trainings t JOIN members m ON m.id = t.member_id `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list training: %w", err)
	}
	defer rows.Close()
	out := []domain.Training{}
	for rows.Next() {
		var t domain.Training
		if err := rows.Scan(&t.ID, &t.MemberID, &t.MemberName, &t.Course, &t.Date, &t.Hours, &t.Result); err != nil {
			return nil, fmt.Errorf("store: list training: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list training: %w", err)
	}
	return out, nil
}

// SaveTraining adds (ID 0) or updates a training record of a live member
// and returns its id.
func (s *Store) SaveTraining(ctx context.Context, t domain.Training) (int64, error) {
	id := t.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := liveMember(ctx, tx, t.MemberID); err != nil {
			return err
		}
		if t.ID == 0 {
			res, err := tx.ExecContext(ctx, "INSERT INTO trainings (member_id, course, date, hours, result) VALUES (?, ?, ?, ?, ?)",
				t.MemberID, t.Course, t.Date, t.Hours, t.Result)
			if err != nil {
				return fmt.Errorf("store: add training: %w", err)
			}
			id, err = res.LastInsertId()
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE trainings SET member_id = ?, course = ?, date = ?, hours = ?, result = ? WHERE id = ?",
			t.MemberID, t.Course, t.Date, t.Hours, t.Result, t.ID)
		if err != nil {
			return fmt.Errorf("store: update training %d: %w", t.ID, err)
		}
		return mustAffect(res, "training", t.ID)
	})
	return id, err
}

// DeleteTraining deletes a training record.
func (s *Store) DeleteTraining(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM trainings WHERE id = ?", id)
		if err != nil {
			return fmt.Errorf("store: delete training %d: %w", id, err)
		}
		return mustAffect(res, "training", id)
	})
}
