package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// Account groups (集团/子公司): an account's parent is the user's; the
// group it is in (the top of its tree) and each group's rollup are the
// store's, kept in the same transaction (groups_migration.go).

// SetParent makes parent the parent account of id (0: none), refusing
// itself, a parent in the trash or gone, and a parent below id (a loop).
// It regroups the trees the move touches; the account's version and
// updated_at stay, since its form does not hold the parent.
func (s *Store) SetParent(ctx context.Context, id, parent int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return setParent(ctx, tx, id, parent) })
}

func setParent(ctx context.Context, tx *sql.Tx, id, parent int64) error {
	if err := liveAccount(ctx, tx, id); err != nil {
		return err
	}
	if parent != 0 {
		if parent == id {
			return domain.Conflict("parent", "error.parentSelf", nil)
		}
		var name string
		err := tx.QueryRowContext(ctx, "SELECT name FROM accounts WHERE id = ? AND deleted_at IS NULL", parent).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Conflict("parent", "error.parentMissing", nil)
		}
		if err != nil {
			return fmt.Errorf("store: set parent of %d: %w", id, err)
		}
		below, err := isAncestor(ctx, tx, id, parent)
		if err != nil {
			return err
		}
		if below {
			return domain.Conflict("parent", "error.parentLoop", map[string]any{"name": name})
		}
	}
	oldRoot, err := rootOf(ctx, tx, id)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET parent_id = ? WHERE id = ?", sql.NullInt64{Int64: parent, Valid: parent != 0}, id); err != nil {
		return fmt.Errorf("store: set parent of %d: %w", id, err)
	}
	newRoot, err := rootOf(ctx, tx, id)
	if err != nil {
		return err
	}
	if err := regroupTree(ctx, tx, newRoot); err != nil {
		return err
	}
	if oldRoot != newRoot && oldRoot != id {
		return regroupTree(ctx, tx, oldRoot)
	}
	return nil
}

// isAncestor is whether a is above b in its tree, or b itself.
func isAncestor(ctx context.Context, tx *sql.Tx, a, b int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `WITH RECURSIVE up(id) AS (SELECT ? UNION
		SELECT x.parent_id FROM accounts x JOIN up ON x.id = up.id WHERE x.parent_id IS NOT NULL)
		SELECT count(*) FROM up WHERE id = ?`, b, a).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: account tree: %w", err)
	}
	return n > 0, nil
}

// rootOf is the top of id's tree (id when it has no parent).
func rootOf(ctx context.Context, tx *sql.Tx, id int64) (int64, error) {
	var root int64
	err := tx.QueryRowContext(ctx, `WITH RECURSIVE up(id, parent) AS (SELECT id, parent_id FROM accounts WHERE id = ? UNION
		SELECT x.id, x.parent_id FROM accounts x JOIN up ON x.id = up.parent)
		SELECT id FROM up WHERE parent IS NULL`, id).Scan(&root)
	if err != nil {
		return 0, fmt.Errorf("store: account tree of %d: %w", id, err)
	}
	return root, nil
}

// regroupTree sets the group of every account in the tree under top (an
// account with no parent): top's id when it has subsidiaries, none when
// it stands alone. The triggers move the rollups.
func regroupTree(ctx context.Context, tx *sql.Tx, top int64) error {
	var children int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM accounts WHERE parent_id = ? LIMIT 1)", top).Scan(&children); err != nil {
		return fmt.Errorf("store: regroup %d: %w", top, err)
	}
	if children == 0 {
		_, err := tx.ExecContext(ctx, "UPDATE accounts SET group_id = NULL WHERE id = ? AND group_id IS NOT NULL", top)
		if err != nil {
			return fmt.Errorf("store: regroup %d: %w", top, err)
		}
		return nil
	}
	_, err := tx.ExecContext(ctx, `WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT x.id FROM accounts x JOIN sub ON x.parent_id = sub.id)
		UPDATE accounts SET group_id = ?1 WHERE id IN (SELECT id FROM sub) AND group_id IS NOT ?1`, top)
	if err != nil {
		return fmt.Errorf("store: regroup %d: %w", top, err)
	}
	return nil
}

// unlinkTree takes the account id, about to be deleted, out of its tree:
// its subsidiaries become the tops of their own trees, and what remains of
// its own tree is regrouped.
func unlinkTree(ctx context.Context, tx *sql.Tx, id int64) error {
	root, err := rootOf(ctx, tx, id)
	if err != nil {
		return err
	}
	children, err := queryIDs(ctx, tx, "SELECT id FROM accounts WHERE parent_id = ?", id)
	if err != nil {
		return fmt.Errorf("store: unlink %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET parent_id = NULL WHERE parent_id = ?", id); err != nil {
		return fmt.Errorf("store: unlink %d: %w", id, err)
	}
	for _, c := range children {
		if err := regroupTree(ctx, tx, c); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET parent_id = NULL, group_id = NULL WHERE id = ?", id); err != nil {
		return fmt.Errorf("store: unlink %d: %w", id, err)
	}
	if root != id {
		return regroupTree(ctx, tx, root)
	}
	return nil
}

// trashedAccount is nil when id is an account in the trash.
func trashedAccount(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accounts WHERE id = ? AND deleted_at IS NOT NULL", id).Scan(&n); err != nil {
		return fmt.Errorf("store: find account %d: %w", id, err)
	}
	if n == 0 {
		return domain.NotFound("account", id)
	}
	return nil
}
