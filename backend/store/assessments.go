package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// Templates lists the assessment templates by name.
func (s *Store) Templates(ctx context.Context) ([]domain.Template, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT id, name, items, updated_at FROM assessment_templates ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("store: list templates: %w", err)
	}
	defer rows.Close()
	out := []domain.Template{}
	for rows.Next() {
		var t domain.Template
		var items string
		if err := rows.Scan(&t.ID, &t.Name, &items, &t.UpdatedAt); err != nil {
			return nil, fmt.Errorf("store: list templates: %w", err)
		}
		if err := json.Unmarshal([]byte(items), &t.Items); err != nil {
			return nil, fmt.Errorf("store: template %d: %w", t.ID, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list templates: %w", err)
	}
	return out, nil
}

// Template loads one template.
func (s *Store) Template(ctx context.Context, id int64) (domain.Template, error) {
	list, err := s.Templates(ctx)
	if err != nil {
		return domain.Template{}, err
	}
	for _, t := range list {
		if t.ID == id {
			return t, nil
		}
	}
	return domain.Template{}, domain.NotFound("template", id)
}

// SaveTemplate adds (ID 0) or updates a validated template and returns its
// id. Assessments keep their own copy of the items, so an edit changes
// only the assessments made after it.
func (s *Store) SaveTemplate(ctx context.Context, t domain.Template) (int64, error) {
	id := t.ID
	items, _ := json.Marshal(t.Items)
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var other int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM assessment_templates WHERE name = ? COLLATE NOCASE AND id <> ?", t.Name, t.ID).Scan(&other)
		if err == nil {
			return domain.Conflict("name", "error.duplicateTemplate", map[string]any{"name": t.Name})
		} else if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store: check template name: %w", err)
		}
		if t.ID == 0 {
			res, err := tx.ExecContext(ctx, "INSERT INTO assessment_templates (name, items, updated_at) VALUES (?, ?, ?)", t.Name, string(items), s.stamp())
			if err != nil {
				return fmt.Errorf("store: add template: %w", err)
			}
			id, err = res.LastInsertId()
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE assessment_templates SET name = ?, items = ?, updated_at = ? WHERE id = ?", t.Name, string(items), s.stamp(), t.ID)
		if err != nil {
			return fmt.Errorf("store: update template %d: %w", t.ID, err)
		}
		return mustAffect(res, "template", t.ID)
	})
	return id, err
}

// DeleteTemplate deletes a template; the assessments made from it keep
// their items and its name.
func (s *Store) DeleteTemplate(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM assessment_templates WHERE id = ?", id)
		if err != nil {
			return fmt.Errorf("store: delete template %d: %w", id, err)
		}
		return mustAffect(res, "template", id)
	})
}

// MemberFigures reads what the data holds about a member between two days
// (inclusive), and their revenue target for period if one is set.
func (s *Store) MemberFigures(ctx context.Context, memberID int64, period, from, to string) (domain.MemberFigures, error) {
	return memberFigures(ctx, s.r, memberID, period, from, to)
}

// rowQuerier is a pool or a transaction: the sample computes figures
// inside its own transaction.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func memberFigures(ctx context.Context, q rowQuerier, memberID int64, period, from, to string) (domain.MemberFigures, error) {
	var f domain.MemberFigures
	var target sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM opportunities WHERE owner_id = ?1 AND deleted_at IS NULL AND status = 'won' AND closed_on BETWEEN ?2 AND ?3),
		(SELECT COALESCE(sum(amount), 0) FROM opportunities WHERE owner_id = ?1 AND deleted_at IS NULL AND status = 'won' AND closed_on BETWEEN ?2 AND ?3),
		(SELECT count(*) FROM opportunities WHERE owner_id = ?1 AND deleted_at IS NULL AND status = 'lost' AND closed_on BETWEEN ?2 AND ?3),
		(SELECT count(*) FROM interactions WHERE member_id = ?1 AND deleted_at IS NULL AND date BETWEEN ?2 AND ?3
			AND kind IN (`+visitKinds()+`)),
		(SELECT count(*) FROM opportunities WHERE owner_id = ?1 AND deleted_at IS NULL AND created_on BETWEEN ?2 AND ?3),
		(SELECT revenue FROM targets WHERE member_id = ?1 AND period = ?4)`,
		memberID, from, to, period).Scan(&f.Won, &f.WonAmount, &f.Lost, &f.Visits, &f.NewDeals, &target)
	if err != nil {
		return f, fmt.Errorf("store: figures of member %d: %w", memberID, err)
	}
	f.Target, f.HasTarget = target.Int64, target.Valid
	return f, nil
}

// ErrAssessmentFinal refuses to change a finalised assessment.
var ErrAssessmentFinal = &domain.Error{Code: domain.CodeConflict, Key: "error.assessmentFinal"}

const assessmentColumns = `a.id, a.member_id, m.name, m.role, a.period, COALESCE(a.template_id, 0), a.template_name,
	a.status, a.comments, a.total, a.grade, a.finalised_at, a.updated_at`

// Assessments lists the assessments of a period ("" for all), best first.
func (s *Store) Assessments(ctx context.Context, period string) ([]domain.Assessment, error) {
	where := "WHERE a.period = ? ORDER BY a.total DESC, m.name"
	args := []any{period}
	if period == "" {
		where, args = "ORDER BY a.period DESC, a.total DESC, m.name", nil
	}
	return s.queryAssessments(ctx, where, args...)
}

// MemberAssessments lists a member's assessments, newest period first.
func (s *Store) MemberAssessments(ctx context.Context, memberID int64) ([]domain.Assessment, error) {
	return s.queryAssessments(ctx, "WHERE a.member_id = ? ORDER BY a.period DESC", memberID)
}

// Assessment loads one assessment with its items and reopenings.
func (s *Store) Assessment(ctx context.Context, id int64) (domain.Assessment, error) {
	list, err := s.queryAssessments(ctx, "WHERE a.id = ?", id)
	if err != nil {
		return domain.Assessment{}, err
	}
	if len(list) == 0 {
		return domain.Assessment{}, domain.NotFound("assessment", id)
	}
	return list[0], nil
}

func (s *Store) queryAssessments(ctx context.Context, where string, args ...any) ([]domain.Assessment, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT "+assessmentColumns+" FROM assessments a JOIN members m ON m.id = a.member_id "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list assessments: %w", err)
	}
	out := []domain.Assessment{}
	byID := map[int64]int{}
	for rows.Next() {
		var a domain.Assessment
		if err := rows.Scan(&a.ID, &a.MemberID, &a.MemberName, &a.MemberRole, &a.Period, &a.TemplateID, &a.TemplateName,
			&a.Status, &a.Comments, &a.Total, &a.Grade, &a.FinalisedAt, &a.UpdatedAt); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: list assessments: %w", err)
		}
		a.Items, a.Reopens = []domain.AssessmentItem{}, []domain.Reopen{}
		byID[a.ID] = len(out)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list assessments: %w", err)
	}
	if len(out) == 0 {
		return out, nil
	}
	// The items and reopenings of the listed assessments, in two queries.
	ids, _ := json.Marshal(keys(byID))
	items, err := s.r.QueryContext(ctx, `SELECT assessment_id, id, kind, metric, name, weight, target, cap, actual, computable, entered, rating, score
		FROM assessment_items WHERE assessment_id IN (SELECT value FROM json_each(?)) ORDER BY assessment_id, position`, string(ids))
	if err != nil {
		return nil, fmt.Errorf("store: assessment items: %w", err)
	}
	defer items.Close()
	for items.Next() {
		var aid int64
		var it domain.AssessmentItem
		var computable, entered int
		if err := items.Scan(&aid, &it.ID, &it.Kind, &it.Metric, &it.Name, &it.Weight, &it.Target, &it.Cap, &it.Actual,
			&computable, &entered, &it.Rating, &it.Score); err != nil {
			return nil, fmt.Errorf("store: assessment items: %w", err)
		}
		it.Computable, it.Entered = computable != 0, entered != 0
		out[byID[aid]].Items = append(out[byID[aid]].Items, it)
	}
	if err := items.Err(); err != nil {
		return nil, fmt.Errorf("store: assessment items: %w", err)
	}
	reopens, err := s.r.QueryContext(ctx, `SELECT assessment_id, at, reason FROM assessment_reopens
		WHERE assessment_id IN (SELECT value FROM json_each(?)) ORDER BY id`, string(ids))
	if err != nil {
		return nil, fmt.Errorf("store: assessment reopenings: %w", err)
	}
	defer reopens.Close()
	for reopens.Next() {
		var aid int64
		var r domain.Reopen
		if err := reopens.Scan(&aid, &r.At, &r.Reason); err != nil {
			return nil, fmt.Errorf("store: assessment reopenings: %w", err)
		}
		out[byID[aid]].Reopens = append(out[byID[aid]].Reopens, r)
	}
	if err := reopens.Err(); err != nil {
		return nil, fmt.Errorf("store: assessment reopenings: %w", err)
	}
	return out, nil
}

func keys(m map[int64]int) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// CreateAssessment writes a new scored assessment with its items; a member
// has one assessment per period.
func (s *Store) CreateAssessment(ctx context.Context, a domain.Assessment) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.insertAssessment(ctx, tx, a)
		return err
	})
	return id, err
}

func (s *Store) insertAssessment(ctx context.Context, tx *sql.Tx, a domain.Assessment) (int64, error) {
	if err := liveMember(ctx, tx, a.MemberID); err != nil {
		return 0, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM assessments WHERE member_id = ? AND period = ?", a.MemberID, a.Period).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: check assessment: %w", err)
	}
	if n > 0 {
		return 0, domain.Conflict("period", "error.assessmentExists", map[string]any{"period": a.Period})
	}
	now := s.stamp()
	if a.Status == "" {
		a.Status = domain.AssessmentDraft
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO assessments (member_id, period, template_id, template_name, status, comments, total, grade,
		finalised_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.MemberID, a.Period, nullID(a.TemplateID), a.TemplateName, a.Status, a.Comments, a.Total, a.Grade, a.FinalisedAt, now, now)
	if err != nil {
		return 0, fmt.Errorf("store: add assessment: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: add assessment: %w", err)
	}
	for i, it := range a.Items {
		if _, err := tx.ExecContext(ctx, `INSERT INTO assessment_items (assessment_id, position, kind, metric, name, weight, target, cap,
			actual, computable, entered, rating, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, it.Kind, it.Metric, it.Name, it.Weight, it.Target, it.Cap, it.Actual, boolInt(it.Computable), boolInt(it.Entered), it.Rating, it.Score); err != nil {
			return 0, fmt.Errorf("store: add assessment item: %w", err)
		}
	}
	return id, nil
}

// SaveAssessment writes a draft's comments, scores and items' actuals and
// ratings in one transaction; a final assessment is refused.
func (s *Store) SaveAssessment(ctx context.Context, a domain.Assessment) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := draft(ctx, tx, a.ID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE assessments SET comments = ?, total = ?, grade = ?, updated_at = ? WHERE id = ?",
			a.Comments, a.Total, a.Grade, s.stamp(), a.ID); err != nil {
			return fmt.Errorf("store: save assessment %d: %w", a.ID, err)
		}
		for _, it := range a.Items {
			if _, err := tx.ExecContext(ctx, `UPDATE assessment_items SET actual = ?, computable = ?, entered = ?, rating = ?, score = ?
				WHERE id = ? AND assessment_id = ?`, it.Actual, boolInt(it.Computable), boolInt(it.Entered), it.Rating, it.Score, it.ID, a.ID); err != nil {
				return fmt.Errorf("store: save assessment item %d: %w", it.ID, err)
			}
		}
		return nil
	})
}

func draft(ctx context.Context, tx *sql.Tx, id int64) error {
	var status string
	err := tx.QueryRowContext(ctx, "SELECT status FROM assessments WHERE id = ?", id).Scan(&status)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.NotFound("assessment", id)
	}
	if err != nil {
		return fmt.Errorf("store: load assessment %d: %w", id, err)
	}
	if status != string(domain.AssessmentDraft) {
		return ErrAssessmentFinal
	}
	return nil
}

// FinaliseAssessment locks a draft on day.
func (s *Store) FinaliseAssessment(ctx context.Context, id int64, day string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := draft(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "UPDATE assessments SET status = 'final', finalised_at = ?, updated_at = ? WHERE id = ?", day, s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: finalise assessment %d: %w", id, err)
		}
		return nil
	})
}

// ErrNotFinal refuses to reopen an assessment that is not final.
var ErrNotFinal = &domain.Error{Code: domain.CodeConflict, Key: "error.assessmentNotFinal"}

// ReopenAssessment opens a final assessment for edits again and records
// when and why, in one transaction.
func (s *Store) ReopenAssessment(ctx context.Context, id int64, at, reason string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		err := draft(ctx, tx, id)
		if err == nil {
			return ErrNotFinal
		}
		if !errors.Is(err, ErrAssessmentFinal) {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO assessment_reopens (assessment_id, at, reason) VALUES (?, ?, ?)", id, at, reason); err != nil {
			return fmt.Errorf("store: reopen assessment %d: %w", id, err)
		}
		_, err = tx.ExecContext(ctx, "UPDATE assessments SET status = 'draft', finalised_at = '', updated_at = ? WHERE id = ?", s.stamp(), id)
		if err != nil {
			return fmt.Errorf("store: reopen assessment %d: %w", id, err)
		}
		return nil
	})
}

// DeleteAssessment deletes a draft; a final assessment is reopened first.
func (s *Store) DeleteAssessment(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := draft(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM assessments WHERE id = ?", id)
		if err != nil {
			return fmt.Errorf("store: delete assessment %d: %w", id, err)
		}
		return nil
	})
}
