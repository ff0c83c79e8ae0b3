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

	"github.com/wailsapp/wails/v2/pkg/runtime"

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
	wctx    context.Context // Wails' context, for the file dialogs; set at start-up
	facades *facades
	mu      sync.Mutex   // one restore at a time
	owned   []*book.Book // books a restore opened; closed when the window ends
	stop    chan struct{}
}

// List reads the snapshots, newest first, each with what it holds: at most
// 7 daily, 4 weekly and 12 monthly ones and the few a restore kept.
func (b *Backups) List() (res []service.Snapshot, err error) {
	defer guard(&err)
	return b.svc.List(ctx())
}

// Take writes a snapshot of the book now.
func (b *Backups) Take() (res service.Snapshot, err error) {
	defer guard(&err)
	return b.svc.Take(ctx())
}

// Reveal shows the backups folder in the system's file manager (making it
// when missing) and returns it.
func (b *Backups) Reveal() (res string, err error) {
	defer guard(&err)
	dir := b.svc.Dir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return dir, err
	}
	return dir, b.reveal(dir)
}

// Restore replaces the open book with the snapshot called name (one of
// List's): see RestoreFile.
func (b *Backups) Restore(name string) (res store.BookSummary, err error) {
	defer guard(&err)
	if name == "" || name != filepath.Base(name) || !strings.HasSuffix(name, ".db") {
		var v domain.Validation
		v.Add("name", "error.choice", nil)
		return store.BookSummary{}, v.Err()
	}
	return b.RestoreFile(filepath.Join(b.svc.Dir(), name), "")
}

// RestoreFile replaces the open book with a backup file from anywhere (a
// snapshot, or a sealed file with its passphrase): the file is checked (or
// opened with the passphrase) before anything changes, the book is closed,
// kept as a snapshot of its own and replaced, then opened again and every
// facade works on it. The page reloads after it. A refused file changes
// nothing.
func (b *Backups) RestoreFile(path, passphrase string) (res store.BookSummary, err error) {
	defer guard(&err)
	b.mu.Lock()
	defer b.mu.Unlock()
	encrypted, err := service.IsEncrypted(path)
	if err != nil {
		return store.BookSummary{}, err
	}
	var checked store.BookSummary
	if !encrypted {
		// Checked before the book is closed: a bad file changes nothing.
		if checked, err = store.Inspect(ctx(), path, true); err != nil {
			return checked, err
		}
	}
	clock := b.facades.book.Clock
	return b.replaceBook(func(dbPath string) (store.BookSummary, error) {
		if encrypted {
			return service.RestoreEncrypted(ctx(), dbPath, path, passphrase, clock)
		}
		return service.RestoreInspected(ctx(), dbPath, path, checked, clock)
	})
}

// replaceBook closes the open book (replication first: Litestream must
// not hold the file), lets restore replace the file, forgets Litestream's
// state of the old file, and opens the book again whether or not the
// restore went through (a refused one left the book as it was); every
// facade then works on it and replication follows its settings. The
// caller holds mu.
func (b *Backups) replaceBook(restore func(dbPath string) (store.BookSummary, error)) (store.BookSummary, error) {
	cur := b.facades.book
	dbPath, clock := cur.Store.Path(), cur.Clock
	b.facades.replication.pause()
	if err := cur.Close(); err != nil {
		return store.BookSummary{}, err
	}
	sum, err := restore(dbPath)
	if err == nil {
		err = service.ForgetReplicaState(dbPath)
	}
	nb, oerr := book.Open(context.Background(), dbPath, clock)
	if oerr != nil {
		return sum, errors.Join(err, fmt.Errorf("restore: reopen %s: %w", dbPath, oerr))
	}
	b.facades.attach(nb)
	b.owned = append(b.owned, nb)
	b.facades.replication.follow(nb)
	return sum, err
}

// BackupFile is what the UI learns of a backup file before restoring it:
// whether it is sealed and, if not, what it holds.
type BackupFile struct {
	Path      string            `json:"path"`
	Encrypted bool              `json:"encrypted"`
	Book      store.BookSummary `json:"book"`
}

// InspectFile checks a backup file the user chose.
func (b *Backups) InspectFile(path string) (res BackupFile, err error) {
	defer guard(&err)
	f := BackupFile{Path: path}
	enc, err := service.IsEncrypted(path)
	if err != nil || enc {
		f.Encrypted = enc
		return f, err
	}
	f.Book, err = store.Inspect(ctx(), path, true)
	return f, err
}

// ChooseFile asks for a backup file with the native open dialog; "" when
// the user cancels.
func (b *Backups) ChooseFile(title string) (res string, err error) {
	defer guard(&err)
	return runtime.OpenFileDialog(b.wctx, runtime.OpenDialogOptions{Title: title, DefaultDirectory: b.svc.Dir(),
		Filters: []runtime.FileFilter{{DisplayName: "KAMS (*.db, *.age)", Pattern: "*.db;*.age"}, {DisplayName: "*", Pattern: "*"}}})
}

// ExportSealed asks where to write the book sealed with the passphrase
// (the native save dialog) and writes it there; "" when the user cancels.
func (b *Backups) ExportSealed(title, passphrase string) (res string, err error) {
	defer guard(&err)
	if err := service.CheckPassphrase(passphrase); err != nil {
		return "", err
	}
	path, err := runtime.SaveFileDialog(b.wctx, runtime.SaveDialogOptions{Title: title, DefaultFilename: "kams-book.age",
		Filters: []runtime.FileFilter{{DisplayName: "age (*.age)", Pattern: "*.age"}}})
	if err != nil || path == "" {
		return "", err
	}
	return path, b.ExportSealedTo(path, passphrase)
}

// ExportSealedTo writes the book sealed with the passphrase to path (the
// dialog's answer; the end-to-end tests stand in for the dialog here).
func (b *Backups) ExportSealedTo(path, passphrase string) (err error) {
	defer guard(&err)
	b.mu.Lock()
	defer b.mu.Unlock()
	_, err = service.ExportEncrypted(ctx(), b.facades.book.Store, path, passphrase)
	return err
}

// started begins the daily snapshots: ten minutes after the window opens
// (a big book's snapshot is seconds of work: never while the first screens
// load), then once an hour it takes one if the newest is a day old.
func (b *Backups) started() {
	b.stop = make(chan struct{})
	stop := b.stop
	goSafe("daily backups", func() {
		wait := time.NewTimer(10 * time.Minute)
		defer wait.Stop()
		for {
			select {
			case <-stop:
				return
			case <-wait.C:
			}
			b.daily()
			wait.Reset(time.Hour)
		}
	})
}

// daily takes the day's snapshot when the newest is a day old.
func (b *Backups) daily() {
	b.mu.Lock()
	defer b.mu.Unlock() // also when Take panics: the window's restore and close still run
	if b.svc == nil {
		return
	}
	if due, err := b.svc.Due(); err == nil && due {
		if _, err := b.svc.Take(ctx()); err != nil {
			logger().Error("daily backup", "detail", scrub(err.Error()))
		}
	}
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
			logger().Error("backup on close", "detail", scrub(err.Error()))
		}
	}
	for _, nb := range b.owned {
		nb.Close()
	}
	b.owned = nil
}
