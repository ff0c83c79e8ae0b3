package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"kams/backend/domain"
)

// Snapshot writes a consistent copy of the book to dest: SQLite's VACUUM
// INTO from a reader (a WAL snapshot, so writes go on meanwhile) into a
// temporary file beside dest, checked with integrity_check, made private
// (0600) and only then renamed over dest. dest is whole or untouched; a
// live WAL database is never copied file by file.
func (s *Store) Snapshot(ctx context.Context, dest string) error {
	tmp, err := os.CreateTemp(filepath.Dir(dest), ".kams-snapshot-*.db")
	if err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	name := tmp.Name()
	tmp.Close()
	os.Remove(name) // VACUUM INTO writes only to a file that does not exist
	done := false
	defer func() {
		if !done {
			os.Remove(name)
		}
	}()
	if _, err := s.r.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	if _, err := Inspect(ctx, name, true); err != nil {
		return err
	}
	if err := syncFile(name, 0o600); err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	if err := os.Rename(name, dest); err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	done = true
	return nil
}

// syncFile makes a file private and flushes it to the disk.
func syncFile(path string, mode os.FileMode) error {
	if err := os.Chmod(path, mode); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR, mode)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}

// BookSummary is what a book file holds, shown before a restore and in the
// list of backups: its schema version and its live accounts, people and
// deals.
type BookSummary struct {
	Schema   int `json:"schema"`
	Accounts int `json:"accounts"`
	People   int `json:"people"`
	Deals    int `json:"deals"`
}

// Inspect reads a book file without changing it (read-only, immutable:
// no journal, no WAL, no -shm is made) and says what it holds. With check,
// it first runs integrity_check. A file that is not a KAMS book, is
// damaged or comes from a newer app is refused with a key the UI
// translates.
func Inspect(ctx context.Context, path string, check bool) (BookSummary, error) {
	var sum BookSummary
	info, err := os.Stat(path)
	if err != nil {
		return sum, domain.Refused("backup.missing", map[string]any{"file": filepath.Base(path)})
	}
	if info.Size() == 0 {
		return sum, domain.Refused("backup.notBook", map[string]any{"file": filepath.Base(path)})
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&immutable=1")
	if err != nil {
		return sum, fmt.Errorf("store: inspect %s: %w", path, err)
	}
	defer db.Close()
	damaged := domain.Refused("backup.damaged", map[string]any{"file": filepath.Base(path)})
	if check {
		var ok string
		if err := db.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&ok); err != nil || ok != "ok" {
			return sum, damaged
		}
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&sum.Schema); err != nil {
		return sum, damaged
	}
	if sum.Schema > SchemaVersion() {
		return sum, domain.Refused("backup.newer", map[string]any{"file": filepath.Base(path)})
	}
	err = db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM accounts WHERE deleted_at IS NULL),
		(SELECT count(*) FROM contacts WHERE deleted_at IS NULL),
		(SELECT count(*) FROM opportunities WHERE deleted_at IS NULL)`).Scan(&sum.Accounts, &sum.People, &sum.Deals)
	if err != nil {
		return sum, domain.Refused("backup.notBook", map[string]any{"file": filepath.Base(path)})
	}
	return sum, nil
}

// Checkpoint folds the WAL into the database file and reports whether
// another connection (another window on the same book) held it back: a
// file-level restore must not happen under an open app.
func (s *Store) Checkpoint(ctx context.Context) (busy bool, err error) {
	var b, log, done int
	if err := s.w.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&b, &log, &done); err != nil {
		return false, fmt.Errorf("store: checkpoint: %w", err)
	}
	return b != 0, nil
}
