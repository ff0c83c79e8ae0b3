package store

import (
	"errors"

	"modernc.org/sqlite"

	"kams/backend/domain"
)

// SQLite's primary result codes (the low byte of an extended code) for the
// failures a user can do something about.
const (
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteFull     = 13
	sqlitePerm     = 3
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// storageError gives a driver error the user can act on a translation key
// (domain.CodeStorage), so that "database or disk is full (13)" reaches the
// UI as "the disk is full, nothing was saved"; any other error is returned
// as it is.
func storageError(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	var e *domain.Error
	if errors.As(err, &e) {
		return err // already said in the user's terms
	}
	switch se.Code() & 0xff {
	case sqliteFull:
		return domain.Storage("store.diskFull", err)
	case sqliteReadOnly:
		return domain.Storage("store.readOnly", err)
	case sqliteBusy, sqliteLocked:
		return domain.Storage("store.busy", err)
	}
	return err
}
