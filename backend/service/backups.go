package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Backups keeps automatic snapshots of the book in a folder beside it
// (backups/), named by the local time they were taken, and thins them to
// 7 daily, 4 weekly and 12 monthly ones.
type Backups struct {
	store *store.Store
	now   clock.Clock
}

// NewBackups builds the service over a store; now is the clock.
func NewBackups(s *store.Store, now clock.Clock) *Backups { return &Backups{store: s, now: now} }

// BackupDir is the backups folder of a book file.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// snapshotLayout names a snapshot by the local time it was taken; the
// book a restore replaced is kept under its own prefix and never thinned
// away (the user may have restored the wrong snapshot).
const (
	snapshotPrefix = "kams-"
	replacedPrefix = "before-restore-"
	snapshotLayout = "20060102-150405"
	snapshotExt    = ".db"
)

// Snapshot is one backup file: when it was taken, its size and what it
// holds.
type Snapshot struct {
	Name  string            `json:"name"`
	Taken string            `json:"taken"` // local "YYYY-MM-DD HH:MM:SS"
	Size  int64             `json:"size"`
	Book  store.BookSummary `json:"book"`
	// Replaced is the book a restore replaced, kept until the user
	// deletes it.
	Replaced bool `json:"replaced"`
	taken    time.Time
}

// Dir is this book's backups folder.
func (b *Backups) Dir() string { return BackupDir(b.store.Path()) }

// Take writes a snapshot of the book now and thins the folder.
func (b *Backups) Take(ctx context.Context) (Snapshot, error) { return b.take(ctx, snapshotPrefix) }

func (b *Backups) take(ctx context.Context, prefix string) (Snapshot, error) {
	if err := os.MkdirAll(b.Dir(), 0o700); err != nil {
		return Snapshot{}, fmt.Errorf("backups: %w", err)
	}
	at := b.now().In(b.now.Location())
	name := prefix + at.Format(snapshotLayout) + snapshotExt
	path := filepath.Join(b.Dir(), name)
	if _, err := os.Stat(path); err == nil {
		// Twice in one second (a close right after "back up now"): the
		// first one holds the same book.
		return b.describe(ctx, name)
	}
	if err := b.store.Snapshot(ctx, path); err != nil {
		return Snapshot{}, err
	}
	if prefix == snapshotPrefix {
		if err := b.Prune(); err != nil {
			return Snapshot{}, err
		}
	}
	return b.describe(ctx, name)
}

// Due says whether the newest snapshot is a day old or more (or there is
// none): the app then takes one while it runs.
func (b *Backups) Due() (bool, error) {
	list, err := b.files()
	if err != nil {
		return false, err
	}
	return len(list) == 0 || b.now().Sub(list[0].taken) >= 24*time.Hour, nil
}

// List reads every snapshot, newest first, with what each holds.
func (b *Backups) List(ctx context.Context) ([]Snapshot, error) {
	list, err := b.files()
	if err != nil {
		return nil, err
	}
	for i := range list {
		sum, err := store.Inspect(ctx, filepath.Join(b.Dir(), list[i].Name), false)
		if err == nil {
			list[i].Book = sum
		}
	}
	return list, nil
}

func (b *Backups) describe(ctx context.Context, name string) (Snapshot, error) {
	path := filepath.Join(b.Dir(), name)
	info, err := os.Stat(path)
	if err != nil {
		return Snapshot{}, fmt.Errorf("backups: %w", err)
	}
	sum, err := store.Inspect(ctx, path, false)
	if err != nil {
		return Snapshot{}, err
	}
	taken, replaced, _ := parseSnapshotName(name, b.now.Location())
	return Snapshot{Name: name, Taken: taken.Format(time.DateTime), Size: info.Size(), Book: sum, Replaced: replaced, taken: taken}, nil
}

// files lists the snapshot files, newest first, without opening them.
func (b *Backups) files() ([]Snapshot, error) {
	entries, err := os.ReadDir(b.Dir())
	if errors.Is(err, fs.ErrNotExist) {
		return []Snapshot{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups: %w", err)
	}
	out := []Snapshot{}
	for _, e := range entries {
		taken, replaced, ok := parseSnapshotName(e.Name(), b.now.Location())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, Snapshot{Name: e.Name(), Taken: taken.Format(time.DateTime), Size: info.Size(), Replaced: replaced, taken: taken})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].taken.After(out[j].taken) })
	return out, nil
}

// parseSnapshotName reads when a snapshot was taken from its name, and
// whether it is a book a restore replaced.
func parseSnapshotName(name string, loc *time.Location) (taken time.Time, replaced bool, ok bool) {
	stamp, ok := strings.CutPrefix(name, snapshotPrefix)
	if !ok {
		if stamp, ok = strings.CutPrefix(name, replacedPrefix); !ok {
			return time.Time{}, false, false
		}
		replaced = true
	}
	if stamp, ok = strings.CutSuffix(stamp, snapshotExt); !ok {
		return time.Time{}, false, false
	}
	t, err := time.ParseInLocation(snapshotLayout, stamp, loc)
	return t, replaced, err == nil
}

// Prune removes the automatic snapshots Keep does not keep.
func (b *Backups) Prune() error {
	all, err := b.files()
	if err != nil {
		return err
	}
	list := all[:0]
	for _, s := range all {
		if !s.Replaced {
			list = append(list, s)
		}
	}
	times := make([]time.Time, len(list))
	for i, s := range list {
		times[i] = s.taken
	}
	keep := Keep(times)
	for i, s := range list {
		if !keep[i] {
			if err := os.Remove(filepath.Join(b.Dir(), s.Name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("backups: %w", err)
			}
		}
	}
	return nil
}

// Keep says which snapshots (taken at these local times, newest first) to
// keep: the newest of each of the last 7 days that have one, of the last 4
// ISO weeks and of the last 12 months. The newest is always kept.
func Keep(taken []time.Time) map[int]bool {
	keep := map[int]bool{}
	rule := func(limit int, period func(time.Time) string) {
		seen := map[string]bool{}
		for i, t := range taken {
			p := period(t)
			if seen[p] {
				continue
			}
			if len(seen) == limit {
				return
			}
			seen[p] = true
			keep[i] = true
		}
	}
	rule(7, func(t time.Time) string { return t.Format(time.DateOnly) })
	rule(4, func(t time.Time) string { y, w := t.ISOWeek(); return fmt.Sprint(y, "-", w) })
	rule(12, func(t time.Time) string { return t.Format("2006-01") })
	return keep
}

// Restore replaces the book file dbPath with the snapshot from (the book
// must be closed: the command line, or the window after closing its book).
// The snapshot is checked first and refused, changing nothing, if it is
// damaged, not a book or from a newer app; it is copied beside the book;
// the current book is kept as before-restore-….db (or byte for byte as
// damaged-….db); the copy is renamed over it and opened once, so an older
// schema migrates. It returns what the restored book holds.
func Restore(ctx context.Context, dbPath, from string, now clock.Clock) (store.BookSummary, error) {
	sum, err := store.Inspect(ctx, from, true)
	if err != nil {
		return sum, err
	}
	return RestoreInspected(ctx, dbPath, from, sum, now)
}

// RestoreInspected is Restore of a snapshot the caller has just checked
// with store.Inspect (integrity included), which gave sum: the window
// checks before it closes its book, and a big book's check is seconds of
// reading not worth doing twice.
func RestoreInspected(ctx context.Context, dbPath, from string, sum store.BookSummary, now clock.Clock) (store.BookSummary, error) {
	// The copy first: nothing changes until it is whole beside the book.
	tmp, err := copyFile(from, filepath.Dir(dbPath), ".kams-restore-*.db")
	if err != nil {
		return sum, fmt.Errorf("restore: %w", err)
	}
	if _, err := os.Stat(dbPath); err == nil {
		if err := backUpBeforeRestore(ctx, dbPath, now); err != nil {
			os.Remove(tmp)
			return sum, err
		}
	}
	// The old book's WAL must not be replayed into the new file.
	for _, f := range []string{dbPath + "-wal", dbPath + "-shm"} {
		if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.Remove(tmp)
			return sum, fmt.Errorf("restore: %w", err)
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		os.Remove(tmp)
		return sum, fmt.Errorf("restore: %w", err)
	}
	// Open once: an older snapshot's schema migrates now, not at the next
	// start.
	st, err := store.Open(ctx, dbPath, now)
	if err != nil {
		return sum, err
	}
	return sum, st.Close()
}

// backUpBeforeRestore keeps the book a restore replaces: a snapshot in its
// backups folder, refused while another window holds the book open; a
// book too damaged to open is kept byte for byte as damaged-….db, never
// thinned away.
func backUpBeforeRestore(ctx context.Context, dbPath string, now clock.Clock) error {
	st, err := store.Open(ctx, dbPath, now)
	if err != nil {
		return keepDamaged(dbPath, now)
	}
	busy, err := st.Checkpoint(ctx)
	if err == nil && busy {
		return errors.Join(domain.Refused("backup.bookOpen", nil), st.Close())
	}
	if err == nil {
		_, err = NewBackups(st, now).take(ctx, replacedPrefix)
	}
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// It opens but cannot be copied whole (a damaged page): the very
		// case a restore is for. Keep its bytes instead.
		return keepDamaged(dbPath, now)
	}
	return nil
}

// keepDamaged copies a book (and its WAL) byte for byte into its backups
// folder as damaged-….db, never thinned away.
func keepDamaged(dbPath string, now clock.Clock) error {
	dir := BackupDir(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	for _, f := range []string{dbPath, dbPath + "-wal"} {
		if _, err := os.Stat(f); err != nil {
			continue
		}
		if _, err := copyFile(f, dir, "damaged-"+now().Format(snapshotLayout)+"-*"+filepath.Ext(f)); err != nil {
			return fmt.Errorf("restore: keep the damaged book: %w", err)
		}
	}
	return nil
}

// copyFile copies src into a new private file in dir named by pattern
// (os.CreateTemp's) and returns its path.
func copyFile(src, dir, pattern string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	return writePrivate(dir, pattern, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// writePrivate writes what fill writes to a new file in dir named by
// pattern (os.CreateTemp's, so private: 0600), flushed to the disk, and
// returns its path. On any error the file is removed. Backups stream
// hundreds of megabytes: they never go through memory whole.
func writePrivate(dir, pattern string, fill func(io.Writer) error) (string, error) {
	out, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	err = fill(out)
	if err == nil {
		err = out.Sync()
	}
	if err = errors.Join(err, out.Close()); err != nil {
		os.Remove(out.Name())
		return "", err
	}
	return out.Name(), nil
}
