package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// sameVersion checks the UPDATE of a record edited in a form, whose WHERE
// compares the version the form read (and whose SET adds one): the check
// and the write are one statement, so no other save can slip between them.
// The caller saw the row exist in the same transaction, so no row changed
// means it was saved elsewhere since the form read it.
func sameVersion(res sql.Result, err error, what string, id int64) error {
	if err != nil {
		return fmt.Errorf("store: update %s %d: %w", what, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: update %s %d: %w", what, id, err)
	}
	if n == 0 {
		return domain.ChangedElsewhere(what, id)
	}
	return nil
}

// bumpSection checks that a plan's section is still at the version the
// editor read and counts this save, in one statement; it returns the new
// version, or a changed-elsewhere error when another window saved the
// section since.
func bumpSection(ctx context.Context, tx *sql.Tx, planID int64, sec domain.PlanSection, read int64) (int64, error) {
	path := `$."` + string(sec) + `"` // sec is one of domain.PlanSections, checked by the service
	var v int64
	err := tx.QueryRowContext(ctx, `UPDATE account_plans
		SET section_versions = json_set(section_versions, ?, COALESCE(json_extract(section_versions, ?), 0) + 1)
		WHERE id = ? AND COALESCE(json_extract(section_versions, ?), 0) = ?
		RETURNING json_extract(section_versions, ?)`, path, path, planID, path, read, path).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, domain.ChangedElsewhere("plan", planID)
	}
	if err != nil {
		return 0, fmt.Errorf("store: save plan %d: %w", planID, err)
	}
	return v, nil
}
