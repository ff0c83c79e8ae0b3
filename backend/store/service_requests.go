package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"kams/backend/domain"
)

const serviceColumns = `r.id, r.account_id, a.name, COALESCE(r.contact_id, 0), COALESCE(c.name, ''), COALESCE(m.name, ''),
	r.type, r.severity, r.channel, r.status, r.title, r.description, r.opened, r.resolved, r.resolution,
	r.created_at, r.updated_at, COALESCE(r.deleted_at, ''), r.version`

const serviceFrom = ` FROM service_requests r JOIN accounts a ON a.id = r.account_id
	LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN members m ON m.id = r.owner_id`

func scanService(row scanner) (domain.ServiceRequest, error) {
	var r domain.ServiceRequest
	err := row.Scan(&r.ID, &r.AccountID, &r.AccountName, &r.ContactID, &r.ContactName, &r.Owner,
		&r.Type, &r.Severity, &r.Channel, &r.Status, &r.Title, &r.Description, &r.Opened, &r.Resolved, &r.Resolution,
		&r.CreatedAt, &r.UpdatedAt, &r.DeletedAt, &r.Version)
	return r, err
}

// ServiceQuery picks a page of service requests: of one account (0: all),
// only the open ones, only those past their target (open, opened before
// OverdueCutoffs' day for their severity), by text in the title.
type ServiceQuery struct {
	AccountID int64  `json:"accountId"`
	Text      string `json:"text"`
	OpenOnly  bool   `json:"openOnly"`
	Overdue   bool   `json:"overdue"`
	Type      string `json:"type"`
	Offset    int    `json:"offset"`
	Limit     int    `json:"limit"`
}

// OverdueCutoffs are, per severity, the last opened day an open request
// can have and be past its target today.
type OverdueCutoffs map[domain.Severity]string

// overdueSQL is whether an open request is past its target.
func overdueSQL(cut OverdueCutoffs, args *[]any) string {
	var parts []string
	for _, sev := range domain.Severities {
		parts = append(parts, "(r.severity = ? AND r.opened < ?)")
		*args = append(*args, string(sev), cut[sev])
	}
	return "(r.status IN ('open','progress') AND (" + strings.Join(parts, " OR ") + "))"
}

// ServicePage reads one page of the live requests of live accounts, open
// ones first, newest opened first, and how many match.
func (s *Store) ServicePage(ctx context.Context, q ServiceQuery, cut OverdueCutoffs) ([]domain.ServiceRequest, int, error) {
	where := []string{"r.deleted_at IS NULL", "a.deleted_at IS NULL"}
	var args []any
	if q.AccountID != 0 {
		where = append(where, "r.account_id = ?")
		args = append(args, q.AccountID)
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		where = append(where, `(r.title LIKE ? ESCAPE '\' OR a.name LIKE ? ESCAPE '\')`)
		args = append(args, likePattern(t), likePattern(t))
	}
	if q.OpenOnly {
		where = append(where, "r.status IN ('open','progress')")
	}
	if q.Type != "" {
		where = append(where, "r.type = ?")
		args = append(args, q.Type)
	}
	if q.Overdue {
		where = append(where, overdueSQL(cut, &args))
	}
	cond := " WHERE " + strings.Join(where, " AND ")
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM service_requests r JOIN accounts a ON a.id = r.account_id"+cond,
		args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count service requests: %w", err)
	}
	offset, limit := ClampPage(q.Offset, q.Limit)
	list, err := s.queryServices(ctx, cond+" ORDER BY r.status IN ('resolved','closed'), r.opened DESC, r.id DESC LIMIT ? OFFSET ?",
		append(args, limit, offset)...)
	return list, total, err
}

// TrashedServicePage reads one page of the requests in the trash (of live
// accounts), most recently trashed first.
func (s *Store) TrashedServicePage(ctx context.Context, offset, limit int) ([]domain.ServiceRequest, int, error) {
	const where = " WHERE r.deleted_at IS NOT NULL AND a.deleted_at IS NULL"
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM service_requests r JOIN accounts a ON a.id = r.account_id"+where).
		Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed service requests: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.queryServices(ctx, where+" ORDER BY r.deleted_at DESC, r.id DESC LIMIT ? OFFSET ?", limit, offset)
	return list, total, err
}

func (s *Store) queryServices(ctx context.Context, tail string, args ...any) ([]domain.ServiceRequest, error) {
	return queryAll(ctx, s.r, "list service requests", scanService, "SELECT "+serviceColumns+serviceFrom+tail, args...)
}

// ServiceRequest reads one request, live or in the trash.
func (s *Store) ServiceRequest(ctx context.Context, id int64) (domain.ServiceRequest, error) {
	r, err := scanService(s.r.QueryRowContext(ctx, "SELECT "+serviceColumns+serviceFrom+" WHERE r.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, domain.NotFound("serviceRequest", id)
	}
	if err != nil {
		return r, fmt.Errorf("store: load service request %d: %w", id, err)
	}
	return r, nil
}

// checkServiceContact refuses a contact who is not a live person of the
// account (keeping the one the request already names).
func checkServiceContact(ctx context.Context, tx *sql.Tx, account, contact, kept int64) error {
	if contact == 0 || contact == kept {
		return nil
	}
	var ok int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM contacts WHERE id = ? AND account_id = ? AND deleted_at IS NULL",
		contact, account).Scan(&ok); err != nil {
		return fmt.Errorf("store: service request contact: %w", err)
	}
	if ok == 0 {
		return domain.Conflict("contactId", "error.otherAccount", nil)
	}
	return nil
}

// CreateServiceRequest adds a request to a live account.
func (s *Store) CreateServiceRequest(ctx context.Context, r domain.ServiceRequest) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.insertServiceRequest(ctx, tx, r)
		return err
	})
	return id, err
}

func (s *Store) insertServiceRequest(ctx context.Context, tx *sql.Tx, r domain.ServiceRequest) (int64, error) {
	if err := liveAccount(ctx, tx, r.AccountID); err != nil {
		return 0, err
	}
	if err := checkServiceContact(ctx, tx, r.AccountID, r.ContactID, 0); err != nil {
		return 0, err
	}
	owner, err := memberID(ctx, tx, r.Owner, s.stamp())
	if err != nil {
		return 0, err
	}
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO service_requests (account_id, contact_id, owner_id, type, severity, channel, status,
		title, description, opened, resolved, resolution, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		r.AccountID, nullID(r.ContactID), owner, string(r.Type), string(r.Severity), r.Channel, string(r.Status),
		r.Title, r.Description, r.Opened, r.Resolved, r.Resolution, now, now)
	if err != nil {
		return 0, fmt.Errorf("store: insert service request: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert service request: %w", err)
	}
	return id, index(ctx, tx, kindService, id, serviceText(r))
}

// UpdateServiceRequest saves a live request as the form read it (its
// version); its account does not change.
func (s *Store) UpdateServiceRequest(ctx context.Context, r domain.ServiceRequest) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var account, contact int64
		var live bool
		err := tx.QueryRowContext(ctx, `SELECT r.account_id, COALESCE(r.contact_id, 0), a.deleted_at IS NULL FROM service_requests r
			JOIN accounts a ON a.id = r.account_id WHERE r.id = ? AND r.deleted_at IS NULL`, r.ID).Scan(&account, &contact, &live)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("serviceRequest", r.ID)
		}
		if err != nil {
			return fmt.Errorf("store: update service request %d: %w", r.ID, err)
		}
		if err := checkServiceContact(ctx, tx, account, r.ContactID, contact); err != nil {
			return err
		}
		owner, err := memberID(ctx, tx, r.Owner, s.stamp())
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE service_requests SET contact_id = ?, owner_id = ?, type = ?, severity = ?, channel = ?,
			status = ?, title = ?, description = ?, opened = ?, resolved = ?, resolution = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ?`,
			nullID(r.ContactID), owner, string(r.Type), string(r.Severity), r.Channel, string(r.Status), r.Title, r.Description,
			r.Opened, r.Resolved, r.Resolution, s.stamp(), r.ID, r.Version)
		if err := sameVersion(res, err, "serviceRequest", r.ID); err != nil || !live {
			return err
		}
		return index(ctx, tx, kindService, r.ID, serviceText(r))
	})
}

// TrashServiceRequest moves a request to the trash (and out of the search).
func (s *Store) TrashServiceRequest(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE service_requests SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id)
		if err := mustChange(res, err, "serviceRequest", id); err != nil {
			return err
		}
		return unindex(ctx, tx, kindService, id)
	})
}

// RestoreServiceRequest brings a request back from the trash.
func (s *Store) RestoreServiceRequest(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE service_requests SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL",
			s.stamp(), id)
		if err := mustChange(res, err, "serviceRequest", id); err != nil {
			return err
		}
		var r domain.ServiceRequest
		var live bool
		if err := tx.QueryRowContext(ctx, `SELECT r.title, r.description, r.resolution, a.deleted_at IS NULL FROM service_requests r
			JOIN accounts a ON a.id = r.account_id WHERE r.id = ?`, id).Scan(&r.Title, &r.Description, &r.Resolution, &live); err != nil {
			return fmt.Errorf("store: restore service request %d: %w", id, err)
		}
		if !live {
			return nil // under a trashed account it stays out of the search until the account comes back
		}
		return index(ctx, tx, kindService, id, serviceText(r))
	})
}

// PurgeServiceRequest deletes a request in the trash for good.
func (s *Store) PurgeServiceRequest(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM service_requests WHERE id = ? AND deleted_at IS NOT NULL", id)
		return mustChange(res, err, "serviceRequest", id)
	})
}

func serviceText(r domain.ServiceRequest) string {
	return strings.Join([]string{r.Title, r.Description, r.Resolution}, "\n")
}

func (s *Store) serviceHits(ctx context.Context, ids []int64) ([]SearchHit, error) {
	return s.hits(ctx, "service", ids, `SELECT r.id, r.account_id, r.title, r.opened || ' · ' || a.name
		FROM service_requests r JOIN accounts a ON a.id = r.account_id
		WHERE r.id IN (?) AND r.deleted_at IS NULL AND a.deleted_at IS NULL`)
}

// AccountServiceOpen lists an account's open requests, worst first, up to
// limit.
func (s *Store) AccountServiceOpen(ctx context.Context, account int64, limit int) ([]domain.ServiceRequest, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM service_requests WHERE account_id = ? AND deleted_at IS NULL
		AND status IN ('open','progress')`, account).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: open service requests: %w", err)
	}
	list, err := s.queryServices(ctx, ` WHERE r.account_id = ? AND r.deleted_at IS NULL AND r.status IN ('open','progress')
		ORDER BY CASE r.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, r.opened, r.id LIMIT ?`,
		account, limit)
	return list, total, err
}
