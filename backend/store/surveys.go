package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kams/backend/domain"
)

const surveyColumns = `v.id, v.account_id, a.name, COALESCE(v.contact_id, 0), COALESCE(c.name, ''), v.period, v.date, v.score,
	v.recommend, v.comments, v.created_at, v.updated_at, COALESCE(v.deleted_at, '')`

const surveyFrom = ` FROM surveys v JOIN accounts a ON a.id = v.account_id LEFT JOIN contacts c ON c.id = v.contact_id`

func (s *Store) querySurveys(ctx context.Context, tail string, args ...any) ([]domain.Survey, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT "+surveyColumns+surveyFrom+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list surveys: %w", err)
	}
	defer rows.Close()
	out := []domain.Survey{}
	for rows.Next() {
		var v domain.Survey
		if err := rows.Scan(&v.ID, &v.AccountID, &v.AccountName, &v.ContactID, &v.ContactName, &v.Period, &v.Date, &v.Score,
			&v.Recommend, &v.Comments, &v.CreatedAt, &v.UpdatedAt, &v.DeletedAt); err != nil {
			return nil, fmt.Errorf("store: list surveys: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list surveys: %w", err)
	}
	return out, nil
}

// SurveyPage reads one page of an account's live survey answers, newest
// quarter first, and how many there are.
func (s *Store) SurveyPage(ctx context.Context, account int64, offset, limit int) ([]domain.Survey, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM surveys WHERE account_id = ? AND deleted_at IS NULL", account).
		Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count surveys: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.querySurveys(ctx, " WHERE v.account_id = ? AND v.deleted_at IS NULL ORDER BY v.period DESC, v.date DESC, v.id DESC LIMIT ? OFFSET ?",
		account, limit, offset)
	return list, total, err
}

// TrashedSurveyPage reads one page of the survey answers in the trash (of
// live accounts), most recently trashed first.
func (s *Store) TrashedSurveyPage(ctx context.Context, offset, limit int) ([]domain.Survey, int, error) {
	const where = " WHERE v.deleted_at IS NOT NULL AND a.deleted_at IS NULL"
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM surveys v JOIN accounts a ON a.id = v.account_id"+where).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed surveys: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	list, err := s.querySurveys(ctx, where+" ORDER BY v.deleted_at DESC, v.id DESC LIMIT ? OFFSET ?", limit, offset)
	return list, total, err
}

// Satisfaction is an account's satisfaction per quarter, oldest first, of
// the last limit quarters surveyed.
func (s *Store) Satisfaction(ctx context.Context, account int64, limit int) ([]domain.SatisfactionPoint, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT period, count(*), avg(score), avg(recommend),
		sum(recommend >= 9), sum(recommend <= 6) FROM surveys WHERE account_id = ? AND deleted_at IS NULL
		GROUP BY period ORDER BY period DESC LIMIT ?`, account, limit)
	if err != nil {
		return nil, fmt.Errorf("store: satisfaction: %w", err)
	}
	defer rows.Close()
	out := []domain.SatisfactionPoint{}
	for rows.Next() {
		var p domain.SatisfactionPoint
		var promoters, detractors int
		if err := rows.Scan(&p.Period, &p.Answers, &p.Score, &p.Recommend, &promoters, &detractors); err != nil {
			return nil, fmt.Errorf("store: satisfaction: %w", err)
		}
		p.NPS = (100*(promoters-detractors) + p.Answers/2) / p.Answers
		out = append([]domain.SatisfactionPoint{p}, out...)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: satisfaction: %w", err)
	}
	return out, nil
}

// CreateSurvey records a survey answer of a live account.
func (s *Store) CreateSurvey(ctx context.Context, v domain.Survey) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.insertSurvey(ctx, tx, v)
		return err
	})
	return id, err
}

func (s *Store) insertSurvey(ctx context.Context, tx *sql.Tx, v domain.Survey) (int64, error) {
	if err := liveAccount(ctx, tx, v.AccountID); err != nil {
		return 0, err
	}
	if err := checkServiceContact(ctx, tx, v.AccountID, v.ContactID, 0); err != nil {
		return 0, err
	}
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO surveys (account_id, contact_id, period, date, score, recommend, comments, created_at, updated_at)
		VALUES (?,?,?,?,?,?,?,?,?)`, v.AccountID, nullID(v.ContactID), v.Period, v.Date, v.Score, v.Recommend, v.Comments, now, now)
	if err != nil {
		return 0, fmt.Errorf("store: insert survey: %w", err)
	}
	return res.LastInsertId()
}

// UpdateSurvey saves a live survey answer; its account does not change.
func (s *Store) UpdateSurvey(ctx context.Context, v domain.Survey) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var account, contact int64
		err := tx.QueryRowContext(ctx, "SELECT account_id, COALESCE(contact_id, 0) FROM surveys WHERE id = ? AND deleted_at IS NULL",
			v.ID).Scan(&account, &contact)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.NotFound("survey", v.ID)
		}
		if err != nil {
			return fmt.Errorf("store: update survey %d: %w", v.ID, err)
		}
		if err := checkServiceContact(ctx, tx, account, v.ContactID, contact); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE surveys SET contact_id = ?, period = ?, date = ?, score = ?, recommend = ?, comments = ?,
			updated_at = ? WHERE id = ? AND deleted_at IS NULL`, nullID(v.ContactID), v.Period, v.Date, v.Score, v.Recommend, v.Comments,
			s.stamp(), v.ID)
		return mustChange(res, err, "survey", v.ID)
	})
}

// TrashSurvey moves a survey answer to the trash.
func (s *Store) TrashSurvey(ctx context.Context, id int64) error {
	return s.trashRow(ctx, "surveys", "survey", id)
}

// RestoreSurvey brings a survey answer back from the trash.
func (s *Store) RestoreSurvey(ctx context.Context, id int64) error {
	return s.restoreRow(ctx, "surveys", "survey", id)
}

// PurgeSurvey deletes a survey answer in the trash for good.
func (s *Store) PurgeSurvey(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM surveys WHERE id = ? AND deleted_at IS NOT NULL", id)
		return mustChange(res, err, "survey", id)
	})
}
