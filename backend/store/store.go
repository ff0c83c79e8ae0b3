// Package store keeps KAMS records in one SQLite file. All SQL lives here:
// one file per aggregate, plain SQL, append-only migrations.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver

	"kams/backend/clock"
)

// Store is the SQLite database. Writes go through a single connection so
// they never wait on each other's locks; reads use a small pool beside it.
type Store struct {
	path string
	w    *sql.DB
	r    *sql.DB
	// now is the clock the composition root hands in: stamps are its
	// instant in UTC, local days its calendar day.
	now clock.Clock
	// writes counts committed write transactions: a result computed from
	// the database stays good while it is unchanged.
	writes atomic.Uint64
	// merger folds the search index's segments together when idle.
	merger *searchMerger
	// healthOn is set once the schema has the stored health (migrated):
	// from then every write transaction settles it (health.go);
	// healthDay is the day every account's health was last settled on.
	healthOn  bool
	healthDay atomic.Value
}

// Open opens (creating it 0600 if needed) and migrates the database at path.
// now is the one clock of the app: the store reads the time only from it.
func Open(ctx context.Context, path string, now clock.Clock) (*Store, error) {
	if now == nil {
		return nil, errors.New("store: open: no clock")
	}
	if err := checkFile(path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// busy_timeout comes first so that the WAL switch itself may wait.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"
	w, err := openCached(dsn + "&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s := &Store{path: path, w: w, r: r, now: now}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if _, err := os.Stat(ReplicaStateDir(path)); err == nil {
		if err := s.LeaveCheckpointsToReplication(ctx, true); err != nil {
			s.Close()
			return nil, err
		}
	}
	s.healthOn = slices.Contains(migrations, migrationService) // not in a test's older schema
	if err := s.SettleDay(ctx); err != nil {
		s.Close()
		return nil, err
	}
	s.startSearchMerger()
	return s, nil
}

// ReplicaStateDir is the folder Litestream keeps beside a book it
// replicates (.NAME-litestream, Litestream's naming).
func ReplicaStateDir(path string) string {
	dir, name := filepath.Split(path)
	return filepath.Join(dir, "."+name+"-litestream")
}

// LeaveCheckpointsToReplication turns the app's own automatic WAL
// checkpoints off (on: a book Litestream replicates) or back to SQLite's
// default of 1000 pages. A checkpoint of the app's may restart the WAL;
// while Litestream runs its read transaction stops that, but a book
// written while Litestream is not running (killed, or replicating from
// another process) would have its WAL restarted under it, and Litestream
// can then mistake the new WAL for the old one. With the app's
// checkpoints off only Litestream checkpoints, and SQLite's checkpoint
// when the last connection closes. Writes go through the one writer
// connection: the setting is on it.
func (s *Store) LeaveCheckpointsToReplication(ctx context.Context, on bool) error {
	pages := 1000
	if on {
		pages = 0
	}
	if _, err := s.w.ExecContext(ctx, fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", pages)); err != nil {
		return fmt.Errorf("store: wal_autocheckpoint: %w", err)
	}
	return nil
}

// Clock is the clock the store was opened with: the services over the store
// read the same one.
func (s *Store) Clock() clock.Clock { return s.now }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes both pools.
func (s *Store) Close() error {
	s.merger.stop()
	return errors.Join(s.r.Close(), s.w.Close())
}

// tx runs fn in one write transaction, committed when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return storageError(fmt.Errorf("store: begin: %w", err))
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return storageError(err)
	}
	if s.healthOn {
		if err := s.settleHealth(ctx, tx); err != nil {
			_ = tx.Rollback()
			return storageError(err)
		}
	}
	if err := tx.Commit(); err != nil {
		return storageError(fmt.Errorf("store: commit: %w", err))
	}
	s.writes.Add(1)
	s.merger.noteWrite()
	return nil
}

// Writes is the number of write transactions committed so far.
func (s *Store) Writes() uint64 { return s.writes.Load() }

func (s *Store) stamp() string { return s.now.Stamp() }

// placeholders is n comma-separated SQL parameters, for an IN list.
func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// idArgs passes ids as the arguments of an IN list.
func idArgs(ids []int64) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
