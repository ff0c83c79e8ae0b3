package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Backups is the settings' backups card: the snapshots kept beside the
// book (service.Backups), backing up now, showing the folder and restoring
// one. It also takes the snapshot when the window closes and the daily
// one while it is open, of whichever book the window has open then.
type Backups struct {
	svc     *service.Backups
	reveal  func(string) error
	facades *facades
	mu      sync.Mutex   // one restore at a time
	owned   []*book.Book // books a restore opened; closed when the window ends
	stop    chan struct{}
}

// List reads the snapshots, newest first, each with what it holds: at most
// 7 daily, 4 weekly and 12 monthly ones and the few a restore kept.
func (b *Backups) List() ([]service.Snapshot, error) { return b.svc.List(ctx()) }

// Take writes a snapshot of the book now.
func (b *Backups) Take() (service.Snapshot, error) { return b.svc.Take(ctx()) }

// Reveal shows the backups folder in the system's file manager (making it
// when missing) and returns it.
func (b *Backups) Reveal() (string, error) {
	dir := b.svc.Dir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return dir, err
	}
	return dir, b.reveal(dir)
}

// Restore replaces the open book with the snapshot called name (one of
// List's): the snapshot is checked before anything changes, the book is
// closed, kept as a snapshot of its own and replaced, then opened again
// and every facade works on it. The page reloads after it. A refused
// snapshot changes nothing.
func (b *Backups) Restore(name string) (store.BookSummary, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if name == "" || name != filepath.Base(name) || !strings.HasSuffix(name, ".db") {
		var v domain.Validation
		v.Add("name", "error.choice", nil)
		return store.BookSummary{}, v.Err()
	}
	cur := b.facades.book
	from := filepath.Join(cur.Backups.Dir(), name)
	sum, err := store.Inspect(ctx(), from, true)
	if err != nil {
		return sum, err
	}
	path, clock := cur.Store.Path(), cur.Clock
	if err := cur.Close(); err != nil {
		return sum, err
	}
	sum, err = service.Restore(ctx(), path, from, clock)
	// Open the book again whether or not the restore went through: a
	// refused one left the book as it was.
	nb, oerr := book.Open(context.Background(), path, clock)
	if oerr != nil {
		return sum, errors.Join(err, fmt.Errorf("restore: reopen %s: %w", path, oerr))
	}
	b.facades.attach(nb)
	b.owned = append(b.owned, nb)
	return sum, err
}

// started begins the daily snapshots: ten minutes after the window opens
// (a big book's snapshot is seconds of work: never while the first screens
// load), then once an hour it takes one if the newest is a day old.
func (b *Backups) started() {
	b.stop = make(chan struct{})
	go func(stop chan struct{}) {
		wait := time.NewTimer(10 * time.Minute)
		defer wait.Stop()
		for {
			select {
			case <-stop:
				return
			case <-wait.C:
			}
			b.mu.Lock()
			if b.svc != nil {
				if due, err := b.svc.Due(); err == nil && due {
					if _, err := b.svc.Take(ctx()); err != nil {
						fmt.Fprintln(os.Stderr, "kams: daily backup:", err)
					}
				}
			}
			b.mu.Unlock()
			wait.Reset(time.Hour)
		}
	}(b.stop)
}

// shutdown takes the snapshot of the book as the window leaves it and
// closes the books a restore opened.
func (b *Backups) shutdown() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stop != nil {
		close(b.stop)
		b.stop = nil
	}
	if b.svc != nil {
		if _, err := b.svc.Take(ctx()); err != nil {
			fmt.Fprintln(os.Stderr, "kams: backup on close:", err)
		}
	}
	for _, nb := range b.owned {
		nb.Close()
	}
	b.owned = nil
}
