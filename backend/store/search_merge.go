package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// The search indexes are FTS5 tables: every write transaction leaves its
// entries in a new small segment, and FTS5 merges them only once four
// pile up on a level, so a large book keeps ten or more segments per
// index. A query opens every term of it in every segment, which made long
// queries cost several milliseconds. FTS5's 'optimize' folds them into one
// but holds the write lock for seconds on a large book. Instead, once the
// user has stopped writing for a moment, searchMerger merges them in small
// steps ('merge', with usermerge 2: any two segments on a level), each its
// own short transaction, so a user's save waits at most one step.

const (
	// mergePages is the work of one step, in pages written (~4 KB each):
	// about 30–60 ms on a large book.
	mergePages = 64
	// mergeIdle is how long after the last write the merging starts.
	mergeIdle = 2 * time.Second
	// mergePause lies between steps, so that waiting writers go first.
	mergePause = 5 * time.Millisecond
)

var searchTables = []string{"search_tri", "search_bi"}

// mergeSearchStep does one bounded step of merging on each search index
// that needs it; more is false once no index has work left.
func (s *Store) mergeSearchStep(ctx context.Context) (more bool, err error) {
	for _, t := range searchTables {
		worked, err := s.mergeSearchTable(ctx, t)
		if err != nil {
			return false, err
		}
		more = more || worked
	}
	return more, nil
}

func (s *Store) mergeSearchTable(ctx context.Context, table string) (bool, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("store: merge search: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // committed below
	// usermerge 2 lets 'merge' take any two segments of a level (FTS5's
	// default waits for four); it is kept in the index's own config.
	var usermerge int
	err = tx.QueryRowContext(ctx, "SELECT v FROM "+table+"_config WHERE k = 'usermerge'").Scan(&usermerge)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("store: merge search %s: %w", table, err)
	}
	if usermerge != 2 {
		if _, err := tx.ExecContext(ctx, "INSERT INTO "+table+" ("+table+", rank) VALUES ('usermerge', 2)"); err != nil {
			return false, fmt.Errorf("store: merge search %s: %w", table, err)
		}
	}
	var before, after int64
	total := func(v *int64) error { return tx.QueryRowContext(ctx, "SELECT total_changes()").Scan(v) }
	if err := total(&before); err != nil {
		return false, fmt.Errorf("store: merge search: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO "+table+" ("+table+", rank) VALUES ('merge', ?)", mergePages); err != nil {
		return false, fmt.Errorf("store: merge search %s: %w", table, err)
	}
	if err := total(&after); err != nil {
		return false, fmt.Errorf("store: merge search: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: merge search: %w", err)
	}
	// The command counts as one change; a merge that did work writes pages.
	return after-before > 1, nil
}

// MergeSearchIndex merges the search indexes' segments step by step until
// none is left to merge or ctx ends. The background merger does the same
// when the user is idle; this is for a caller that wants it done now.
func (s *Store) MergeSearchIndex(ctx context.Context) error {
	for ctx.Err() == nil {
		more, err := s.mergeSearchStep(ctx)
		if err != nil || !more {
			return err
		}
	}
	return ctx.Err()
}

// searchMerger runs the merge steps in the background after writes, and
// once after the store opens.
type searchMerger struct {
	wrote  chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

func (s *Store) startSearchMerger() {
	ctx, cancel := context.WithCancel(context.Background())
	m := &searchMerger{wrote: make(chan struct{}, 1), cancel: cancel, done: make(chan struct{})}
	s.merger = m
	// A book may come with unmerged segments (an older version, a bulk
	// load): look once the app has been idle for a moment.
	m.noteWrite()
	go func() {
		defer close(m.done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-m.wrote:
			}
			// Wait until no write came for mergeIdle.
			idle := time.NewTimer(mergeIdle)
		wait:
			for {
				select {
				case <-ctx.Done():
					idle.Stop()
					return
				case <-m.wrote:
					idle.Reset(mergeIdle)
				case <-idle.C:
					break wait
				}
			}
			for {
				more, err := s.mergeSearchStep(ctx)
				if err != nil || !more {
					break // a failed step is retried after the next write
				}
				select {
				case <-ctx.Done():
					return
				case <-time.After(mergePause):
				}
			}
		}
	}()
}

// noteWrite tells the merger that a write transaction committed.
func (m *searchMerger) noteWrite() {
	if m == nil {
		return
	}
	select {
	case m.wrote <- struct{}{}:
	default:
	}
}

// stop ends the merger, waiting for a step under way.
func (m *searchMerger) stop() {
	if m == nil {
		return
	}
	m.cancel()
	<-m.done
}
