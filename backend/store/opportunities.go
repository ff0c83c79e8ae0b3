package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"kams/backend/domain"
)

// dealColumns read the deal's own row only: the day it entered its stage
// and its last interaction are digests (digests.go), not subqueries.
const dealColumns = `o.id, o.account_id, a.name, o.name, o.amount, o.close_date, o.stage, o.override, o.probability,
	o.competitors, o.solution, o.criteria, o.status, o.loss_reason, o.step,
	o.el_need, o.el_budget, o.el_decision, o.el_timeline, o.el_fit, o.el_competitive, o.el_profitability,
	o.tasks_done, o.closed_on,
	o.stage_since, o.last_interaction,
	o.created_at, o.updated_at, COALESCE(o.deleted_at, ''), o.version`

const dealFrom = ` FROM opportunities o JOIN accounts a ON a.id = o.account_id`

func (s *Store) queryDeals(ctx context.Context, where string, args ...any) ([]domain.Opportunity, error) {
	return queryDealsOn(ctx, s.r, where, args...)
}

// queryDealsOn reads deals on a pool or in a read transaction.
func queryDealsOn(ctx context.Context, db querier, where string, args ...any) ([]domain.Opportunity, error) {
	return queryDealsSQL(ctx, db, "SELECT "+dealColumns+dealFrom+" "+where, args...)
}

// queryDealsSQL reads deals with a whole query whose columns are
// dealColumns.
func queryDealsSQL(ctx context.Context, db querier, query string, args ...any) ([]domain.Opportunity, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list deals: %w", err)
	}
	out := []domain.Opportunity{}
	byID := map[int64]int{}
	for rows.Next() {
		var o domain.Opportunity
		var tasks string
		e := &o.Elements
		if err := rows.Scan(&o.ID, &o.AccountID, &o.AccountName, &o.Name, &o.Amount, &o.CloseDate, &o.Stage, &o.Override, &o.Probability,
			&o.Competitors, &o.Solution, &o.Criteria, &o.Status, &o.LossReason, &o.Step,
			&e.Need, &e.Budget, &e.Decision, &e.Timeline, &e.Fit, &e.Competitive, &e.Profitability,
			&tasks, &o.ClosedOn, &o.StageSince, &o.LastInteraction, &o.CreatedAt, &o.UpdatedAt, &o.DeletedAt, &o.Version); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: list deals: %w", err)
		}
		if err := json.Unmarshal([]byte(tasks), &o.TasksDone); err != nil || o.TasksDone == nil {
			o.TasksDone = []string{}
		}
		o.People = []domain.DealPerson{}
		byID[o.ID] = len(out)
		out = append(out, o)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("store: list deals: %w", err)
	}
	return out, attachDealPeople(ctx, db, out, byID)
}

func attachDealPeople(ctx context.Context, db querier, list []domain.Opportunity, byID map[int64]int) error {
	if len(list) == 0 {
		return nil
	}
	where := "1"
	var args []any
	if len(list) < 500 {
		where = "oc.opportunity_id IN (" + placeholders(len(list)) + ")"
		for _, o := range list {
			args = append(args, o.ID)
		}
	}
	rows, err := db.QueryContext(ctx, `SELECT oc.opportunity_id, c.id, c.name, oc.role, c.attitude, c.influence, `+lastContactSQL+`
		FROM opportunity_contacts oc JOIN contacts c ON c.id = oc.contact_id
		WHERE `+where+` AND c.deleted_at IS NULL ORDER BY oc.opportunity_id, c.id`, args...)
	if err != nil {
		return fmt.Errorf("store: deal people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var p domain.DealPerson
		if err := rows.Scan(&id, &p.ContactID, &p.Name, &p.Role, &p.Attitude, &p.Influence, &p.LastContact); err != nil {
			return fmt.Errorf("store: deal people: %w", err)
		}
		if i, ok := byID[id]; ok {
			list[i].People = append(list[i].People, p)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: deal people: %w", err)
	}
	return nil
}

// Deals lists the live deals of live accounts, of one account or (with 0) all.
func (s *Store) Deals(ctx context.Context, accountID int64) ([]domain.Opportunity, error) {
	if accountID != 0 {
		return s.queryDeals(ctx, "WHERE o.account_id = ? AND o.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY o.close_date, o.id", accountID)
	}
	return s.queryDeals(ctx, "WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY o.close_date, o.id")
}

// Deal loads one deal, live or trashed.
func (s *Store) Deal(ctx context.Context, id int64) (domain.Opportunity, error) {
	list, err := s.queryDeals(ctx, "WHERE o.id = ?", id)
	if err != nil {
		return domain.Opportunity{}, err
	}
	if len(list) == 0 {
		return domain.Opportunity{}, domain.NotFound("opportunity", id)
	}
	return list[0], nil
}

// CreateDeal adds a deal to a live account; its first stage stay starts on
// day (YYYY-MM-DD).
func (s *Store) CreateDeal(ctx context.Context, o domain.Opportunity, day string) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := liveAccount(ctx, tx, o.AccountID); err != nil {
			return err
		}
		var err error
		id, err = s.insertDeal(ctx, tx, o, day)
		return err
	})
	return id, err
}

func (s *Store) insertDeal(ctx context.Context, tx *sql.Tx, o domain.Opportunity, day string) (int64, error) {
	if o.Status != domain.DealOpen && o.ClosedOn == "" {
		o.ClosedOn = day
	}
	// One reading of the clock: the stamp in UTC, the day the deal was made
	// in the user's own time zone (the clock's).
	at := s.now()
	now := at.UTC().Format(time.RFC3339)
	id, err := s.insertDealRow(ctx, tx, o, now, at.Format(time.DateOnly), now)
	if err != nil {
		return 0, err
	}
	if err := addVisit(ctx, tx, id, domain.StageVisit{Stage: o.Stage, Entered: day}); err != nil {
		return 0, err
	}
	if o.Status != domain.DealOpen {
		if err := leaveStage(ctx, tx, id, o.ClosedOn); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// insertDealRow writes the deal and its people with the stamps given and
// createdOn, the local day of created (until an interaction, the day it
// was last touched); its stage history is the caller's.
func (s *Store) insertDealRow(ctx context.Context, tx *sql.Tx, o domain.Opportunity, created, createdOn, updated string) (int64, error) {
	tasks, _ := json.Marshal(o.TasksDone)
	e := o.Elements
	res, err := tx.ExecContext(ctx, `INSERT INTO opportunities (account_id, name, amount, close_date, stage, override, probability,
		competitors, solution, criteria, status, loss_reason, step, el_need, el_budget, el_decision, el_timeline, el_fit,
		el_competitive, el_profitability, tasks_done, closed_on, touched, created_on, created_at, updated_at, owner_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
		(SELECT manager_id FROM accounts WHERE id = ?1))`,
		o.AccountID, o.Name, o.Amount, o.CloseDate, o.Stage, boolInt(o.Override), overrideProb(o),
		o.Competitors, o.Solution, o.Criteria, o.Status, o.LossReason, o.Step, e.Need, e.Budget, e.Decision, e.Timeline, e.Fit,
		e.Competitive, e.Profitability, string(tasks), o.ClosedOn, createdOn, createdOn, created, updated)
	if err != nil {
		return 0, fmt.Errorf("store: insert deal %q: %w", o.Name, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert deal %q: %w", o.Name, err)
	}
	if err := setDealPeople(ctx, tx, o.AccountID, id, o.People); err != nil {
		return 0, err
	}
	return id, nil
}

func overrideProb(o domain.Opportunity) int {
	if o.Override {
		return o.Probability
	}
	return 0
}

// UpdateDeal saves a live deal. A change of stage closes the stay in the
// old stage (with its days) and opens one in the new; winning or losing
// closes the stay and dates the close; reopening starts a new stay.
func (s *Store) UpdateDeal(ctx context.Context, o domain.Opportunity, day string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var account int64
		var stage, status, closedOn string
		err := tx.QueryRowContext(ctx, "SELECT account_id, stage, status, closed_on FROM opportunities WHERE id = ? AND deleted_at IS NULL", o.ID).
			Scan(&account, &stage, &status, &closedOn)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("opportunity", o.ID)
		}
		if err != nil {
			return fmt.Errorf("store: update deal %d: %w", o.ID, err)
		}
		wasOpen, isOpen := status == domain.DealOpen, o.Status == domain.DealOpen
		switch {
		case wasOpen && !isOpen:
			closedOn = day
			if err := leaveStage(ctx, tx, o.ID, day); err != nil {
				return err
			}
		case !wasOpen && isOpen:
			closedOn = ""
			if err := enterStage(ctx, tx, o.ID, o.Stage, day); err != nil {
				return err
			}
		case isOpen && stage != o.Stage:
			if err := leaveStage(ctx, tx, o.ID, day); err != nil {
				return err
			}
			if err := enterStage(ctx, tx, o.ID, o.Stage, day); err != nil {
				return err
			}
		}
		tasks, _ := json.Marshal(o.TasksDone)
		e := o.Elements
		// A save since the form read o.Version changes no row: the whole
		// transaction, stage history included, is rolled back.
		res, err := tx.ExecContext(ctx, `UPDATE opportunities SET name = ?, amount = ?, close_date = ?, stage = ?, override = ?, probability = ?,
			competitors = ?, solution = ?, criteria = ?, status = ?, loss_reason = ?, step = ?, el_need = ?, el_budget = ?,
			el_decision = ?, el_timeline = ?, el_fit = ?, el_competitive = ?, el_profitability = ?, tasks_done = ?, closed_on = ?,
			updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
			o.Name, o.Amount, o.CloseDate, o.Stage, boolInt(o.Override), overrideProb(o),
			o.Competitors, o.Solution, o.Criteria, o.Status, o.LossReason, o.Step, e.Need, e.Budget,
			e.Decision, e.Timeline, e.Fit, e.Competitive, e.Profitability, string(tasks), closedOn, s.stamp(), o.ID, o.Version)
		if err := sameVersion(res, err, "opportunity", o.ID); err != nil {
			return err
		}
		return setDealPeople(ctx, tx, account, o.ID, o.People)
	})
}

// StageVisits is a deal's stage history, oldest first; with 0, every
// deal's.
func (s *Store) StageVisits(ctx context.Context, deal int64) ([]domain.StageVisit, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT opportunity_id, stage, entered, left_on, days FROM stage_visits WHERE ? IN (0, opportunity_id) ORDER BY id", deal)
	if err != nil {
		return nil, fmt.Errorf("store: stage history of %d: %w", deal, err)
	}
	defer rows.Close()
	out := []domain.StageVisit{}
	for rows.Next() {
		var v domain.StageVisit
		if err := rows.Scan(&v.DealID, &v.Stage, &v.Entered, &v.Left, &v.Days); err != nil {
			return nil, fmt.Errorf("store: stage history of %d: %w", deal, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stage history of %d: %w", deal, err)
	}
	return out, nil
}

// enterStage opens a stay in a stage.
func enterStage(ctx context.Context, tx *sql.Tx, deal int64, stage, day string) error {
	return addVisit(ctx, tx, deal, domain.StageVisit{Stage: stage, Entered: day})
}

// leaveStage closes the deal's open stay on day and stores its length.
func leaveStage(ctx context.Context, tx *sql.Tx, deal int64, day string) error {
	var id int64
	var entered, stage string
	err := tx.QueryRowContext(ctx, "SELECT id, entered, stage FROM stage_visits WHERE opportunity_id = ? AND left_on = '' ORDER BY id DESC LIMIT 1", deal).Scan(&id, &entered, &stage)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: deal %d leaves its stage: %w", deal, err)
	}
	days := 0
	if a, err1 := time.Parse(time.DateOnly, entered); err1 == nil {
		if b, err2 := time.Parse(time.DateOnly, day); err2 == nil && b.After(a) {
			days = int(b.Sub(a).Hours() / 24)
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE stage_visits SET left_on = ?, days = ? WHERE id = ?", day, days, id); err != nil {
		return fmt.Errorf("store: deal %d leaves its stage: %w", deal, err)
	}
	return countStay(ctx, tx, deal, stage, days)
}

// setDealPeople replaces the people linked to a deal; each must be a live
// person of the deal's account.
func setDealPeople(ctx context.Context, tx *sql.Tx, account, deal int64, people []domain.DealPerson) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM opportunity_contacts WHERE opportunity_id = ?", deal); err != nil {
		return fmt.Errorf("store: deal people: %w", err)
	}
	for _, p := range people {
		var ok int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM contacts WHERE id = ? AND account_id = ? AND deleted_at IS NULL", p.ContactID, account).Scan(&ok); err != nil {
			return fmt.Errorf("store: deal people: %w", err)
		}
		if ok == 0 {
			return domain.Conflict("people", "error.otherAccount", nil)
		}
		if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO opportunity_contacts (opportunity_id, contact_id, role) VALUES (?, ?, ?)",
			deal, p.ContactID, string(p.Role)); err != nil {
			return fmt.Errorf("store: deal people: %w", err)
		}
	}
	return nil
}

// TrashDeal moves a deal to the trash.
func (s *Store) TrashDeal(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE opportunities SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: trash deal %d: %w", id, err)
		}
		return mustAffect(res, "opportunity", id)
	})
}

// RestoreDeal brings a deal back from the trash.
func (s *Store) RestoreDeal(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE opportunities SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", id)
		if err != nil {
			return fmt.Errorf("store: restore deal %d: %w", id, err)
		}
		return mustAffect(res, "opportunity", id)
	})
}
