package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"kams/backend/domain"
)

const interactionColumns = `i.id, i.account_id, a.name, COALESCE(i.opportunity_id, 0), i.date, i.kind, i.summary, i.outcome,
	i.next_step, i.next_due, i.next_done, i.created_at, i.updated_at, COALESCE(i.deleted_at, '')`

const interactionFrom = ` FROM interactions i JOIN accounts a ON a.id = i.account_id`

func (s *Store) queryInteractions(ctx context.Context, where string, args ...any) ([]domain.Interaction, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT "+interactionColumns+interactionFrom+" "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list interactions: %w", err)
	}
	out := []domain.Interaction{}
	byID := map[int64]int{}
	for rows.Next() {
		var i domain.Interaction
		if err := rows.Scan(&i.ID, &i.AccountID, &i.AccountName, &i.OpportunityID, &i.Date, &i.Kind, &i.Summary, &i.Outcome,
			&i.NextStep, &i.NextDue, &i.NextDone, &i.CreatedAt, &i.UpdatedAt, &i.DeletedAt); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: list interactions: %w", err)
		}
		i.ContactIDs, i.ContactNames = []int64{}, []string{}
		byID[i.ID] = len(out)
		out = append(out, i)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("store: list interactions: %w", err)
	}
	return out, s.attachPeople(ctx, out, byID)
}

// attachPeople fills the people present at each interaction, in one query.
func (s *Store) attachPeople(ctx context.Context, list []domain.Interaction, byID map[int64]int) error {
	if len(list) == 0 {
		return nil
	}
	ids := make([]any, 0, len(list))
	for _, i := range list {
		ids = append(ids, i.ID)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT ic.interaction_id, c.id, c.name FROM interaction_contacts ic
		JOIN contacts c ON c.id = ic.contact_id
		WHERE ic.interaction_id IN (`+placeholders(len(ids))+`)
		ORDER BY ic.interaction_id, ic.position`, ids...)
	if err != nil {
		return fmt.Errorf("store: interaction people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var iid, cid int64
		var name string
		if err := rows.Scan(&iid, &cid, &name); err != nil {
			return fmt.Errorf("store: interaction people: %w", err)
		}
		i := &list[byID[iid]]
		i.ContactIDs = append(i.ContactIDs, cid)
		i.ContactNames = append(i.ContactNames, name)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: interaction people: %w", err)
	}
	return nil
}

// Interactions is an account's timeline, newest first.
func (s *Store) Interactions(ctx context.Context, accountID int64) ([]domain.Interaction, error) {
	return s.queryInteractions(ctx, "WHERE i.account_id = ? AND i.deleted_at IS NULL ORDER BY i.date DESC, i.id DESC", accountID)
}

// Interaction loads one interaction, live or trashed.
func (s *Store) Interaction(ctx context.Context, id int64) (domain.Interaction, error) {
	list, err := s.queryInteractions(ctx, "WHERE i.id = ?", id)
	if err != nil {
		return domain.Interaction{}, err
	}
	if len(list) == 0 {
		return domain.Interaction{}, domain.NotFound("interaction", id)
	}
	return list[0], nil
}

// OpenSteps lists the next steps not done and due on or before until
// (overdue ones included), of live accounts, soonest first.
func (s *Store) OpenSteps(ctx context.Context, until string) ([]domain.Interaction, error) {
	return s.queryInteractions(ctx, `WHERE i.next_due <> '' AND i.next_done = 0 AND i.deleted_at IS NULL
		AND a.deleted_at IS NULL AND i.next_due <= ? ORDER BY i.next_due, i.id`, until)
}

// CreateInteraction logs an interaction with the people present.
func (s *Store) CreateInteraction(ctx context.Context, in domain.Interaction) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := liveAccount(ctx, tx, in.AccountID); err != nil {
			return err
		}
		me, err := s.loggedBy(ctx, tx)
		if err != nil {
			return err
		}
		id, err = s.insertInteraction(ctx, tx, in, me)
		return err
	})
	return id, err
}

// loggedBy is the member a visit the user logs is credited to: the one the
// "my name" setting names (made a member if it is not one yet, as saving
// the setting does), or none when the setting is empty, and the visit goes
// to the account's lead.
func (s *Store) loggedBy(ctx context.Context, tx *sql.Tx) (sql.NullInt64, error) {
	var raw string
	err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = 'myName'").Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return sql.NullInt64{}, nil
	}
	if err != nil {
		return sql.NullInt64{}, fmt.Errorf("store: read my name: %w", err)
	}
	var name string
	if err := json.Unmarshal([]byte(raw), &name); err != nil {
		return sql.NullInt64{}, fmt.Errorf("store: read my name: %w", err)
	}
	return memberID(ctx, tx, strings.TrimSpace(name), s.stamp())
}

// insertInteraction writes an interaction credited to member, or to the
// account's lead when member is null (the sample's and a bulk load's).
func (s *Store) insertInteraction(ctx context.Context, tx *sql.Tx, in domain.Interaction, member sql.NullInt64) (int64, error) {
	now := s.stamp()
	if err := checkDealOf(ctx, tx, in.AccountID, in.OpportunityID); err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO interactions (account_id, opportunity_id, date, kind, summary, outcome, next_step,
		next_due, next_done, created_at, updated_at, member_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10,
		COALESCE(?11, (SELECT manager_id FROM accounts WHERE id = ?1)))`,
		in.AccountID, nullID(in.OpportunityID), in.Date, string(in.Kind), in.Summary, in.Outcome, in.NextStep, in.NextDue, boolInt(in.NextDone), now, member)
	if err != nil {
		return 0, fmt.Errorf("store: insert interaction: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert interaction: %w", err)
	}
	if err := setPeople(ctx, tx, in.AccountID, id, in.ContactIDs); err != nil {
		return 0, err
	}
	if err := touchDeal(ctx, tx, in.OpportunityID); err != nil {
		return 0, err
	}
	return id, index(ctx, tx, kindInteraction, id, interactionText(in))
}

// UpdateInteraction saves every field of a live interaction.
func (s *Store) UpdateInteraction(ctx context.Context, in domain.Interaction) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var account, oldDeal int64
		var live bool
		err := tx.QueryRowContext(ctx, `SELECT i.account_id, COALESCE(i.opportunity_id, 0), a.deleted_at IS NULL FROM interactions i
			JOIN accounts a ON a.id = i.account_id WHERE i.id = ? AND i.deleted_at IS NULL`, in.ID).Scan(&account, &oldDeal, &live)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("interaction", in.ID)
		}
		if err != nil {
			return fmt.Errorf("store: update interaction %d: %w", in.ID, err)
		}
		if err := checkDealOf(ctx, tx, account, in.OpportunityID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE interactions SET opportunity_id = ?, date = ?, kind = ?, summary = ?, outcome = ?, next_step = ?,
			next_due = ?, next_done = ?, updated_at = ? WHERE id = ?`,
			nullID(in.OpportunityID), in.Date, string(in.Kind), in.Summary, in.Outcome, in.NextStep, in.NextDue, boolInt(in.NextDone), s.stamp(), in.ID)
		if err != nil {
			return fmt.Errorf("store: update interaction %d: %w", in.ID, err)
		}
		if err := setPeople(ctx, tx, account, in.ID, in.ContactIDs); err != nil {
			return err
		}
		for _, deal := range []int64{oldDeal, in.OpportunityID} {
			if err := touchDeal(ctx, tx, deal); err != nil {
				return err
			}
		}
		if !live {
			return nil // a trashed account keeps its interactions out of the search
		}
		return index(ctx, tx, kindInteraction, in.ID, interactionText(in))
	})
}

// SetStepDone ticks (or unticks) an interaction's next step.
func (s *Store) SetStepDone(ctx context.Context, id int64, done bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE interactions SET next_done = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
			boolInt(done), s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: tick step %d: %w", id, err)
		}
		return mustAffect(res, "interaction", id)
	})
}

// TrashInteraction moves an interaction to the trash.
func (s *Store) TrashInteraction(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE interactions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: trash interaction %d: %w", id, err)
		}
		if err := mustAffect(res, "interaction", id); err != nil {
			return err
		}
		if err := touchDealOf(ctx, tx, id); err != nil {
			return err
		}
		return unindex(ctx, tx, kindInteraction, id)
	})
}

// RestoreInteraction brings an interaction back from the trash. Under a
// trashed account it stays out of the search until the account is restored.
func (s *Store) RestoreInteraction(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE interactions SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: restore interaction %d: %w", id, err)
		}
		if err := mustAffect(res, "interaction", id); err != nil {
			return err
		}
		var deal int64
		var live bool
		err = tx.QueryRowContext(ctx, `SELECT COALESCE(i.opportunity_id, 0), a.deleted_at IS NULL FROM interactions i
			JOIN accounts a ON a.id = i.account_id WHERE i.id = ?`, id).Scan(&deal, &live)
		if err != nil {
			return fmt.Errorf("store: restore interaction %d: %w", id, err)
		}
		if err := touchDeal(ctx, tx, deal); err != nil {
			return err
		}
		if !live {
			return nil
		}
		return reindexRecord(ctx, tx, kindInteraction, id)
	})
}

// setPeople replaces the people present at an interaction; each must be a
// live person of the interaction's account, or one already recorded as
// present (who may since have gone to the trash).
func setPeople(ctx context.Context, tx *sql.Tx, account, interaction int64, people []int64) error {
	before, err := queryIDs(ctx, tx, "SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?", interaction)
	if err != nil {
		return fmt.Errorf("store: interaction people: %w", err)
	}
	present := map[int64]bool{}
	for _, c := range before {
		present[c] = true
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM interaction_contacts WHERE interaction_id = ?", interaction); err != nil {
		return fmt.Errorf("store: interaction people: %w", err)
	}
	for pos, c := range people {
		var ok int
		err := tx.QueryRowContext(ctx, "SELECT count(*) FROM contacts WHERE id = ? AND account_id = ? AND deleted_at IS NULL", c, account).Scan(&ok)
		if err != nil {
			return fmt.Errorf("store: interaction people: %w", err)
		}
		if ok == 0 && !present[c] {
			return domain.Conflict("contactIds", "error.otherAccount", nil)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO interaction_contacts (interaction_id, contact_id, position) VALUES (?, ?, ?)",
			interaction, c, pos); err != nil {
			return fmt.Errorf("store: interaction people: %w", err)
		}
	}
	return nil
}

// checkDealOf refuses tying an interaction to a deal of another account.
func checkDealOf(ctx context.Context, tx *sql.Tx, account, deal int64) error {
	if deal == 0 {
		return nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM opportunities WHERE id = ? AND account_id = ? AND deleted_at IS NULL", deal, account).Scan(&n); err != nil {
		return fmt.Errorf("store: check deal %d: %w", deal, err)
	}
	if n == 0 {
		return domain.Conflict("opportunityId", "error.otherAccount", nil)
	}
	return nil
}
