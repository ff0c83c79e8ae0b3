package app

import (
	"os"

	"kams/backend/service"
)

// Backups is the settings' backups card: the snapshots kept beside the
// book (service.Backups), backing up now and showing the folder.
type Backups struct {
	svc    *service.Backups
	reveal func(string) error
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
