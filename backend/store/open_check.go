package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"modernc.org/sqlite"
)

// The reasons a file cannot be opened as a book, for callers that tell the
// user what to do (the app's "cannot open" window, the command line).
var (
	// ErrNotADatabase: the file is not an SQLite database (or is empty
	// where an existing book was required).
	ErrNotADatabase = errors.New("not a KAMS database")
	// ErrNewerSchema: the file was written by a newer KAMS.
	ErrNewerSchema = errors.New("written by a newer KAMS")
)

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkFile looks at an existing database file before SQLite touches it:
// setting WAL mode, or any pragma that writes, would change a file that is
// then refused. It refuses a file that is not SQLite and one whose schema
// (the header's user_version) is newer than this app's, and makes the file
// and its -wal/-shm private (0600) on Unix. A missing or empty file is
// fine: it becomes a new book.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	defer f.Close()
	header := make([]byte, 100)
	n, err := io.ReadFull(f, header)
	switch {
	case n == 0:
		return nil
	case err != nil || !bytes.Equal(header[:len(sqliteMagic)], sqliteMagic):
		return fmt.Errorf("store: open %s: %w", path, ErrNotADatabase)
	}
	if v := int(binary.BigEndian.Uint32(header[60:64])); v > len(migrations) {
		return newerSchema(path, v)
	}
	return makePrivate(path)
}

func newerSchema(path string, v int) error {
	return fmt.Errorf("store: open %s: schema %d is newer than this app's (%d), update KAMS: %w", path, v, len(migrations), ErrNewerSchema)
}

// makePrivate sets mode 0600 on the database and its -wal/-shm, as a new
// book is created: a book copied or restored with 0644 would otherwise stay
// readable by every user of the machine. Windows has no such modes.
func makePrivate(path string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("store: open %s: %w", path, err)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(p, fi.Mode().Perm()&0o600); err != nil {
				return fmt.Errorf("store: open %s: make it private: %w", path, err)
			}
		}
	}
	return nil
}

// OpenProblem names why Open failed, for the window that tells the user:
// "notADatabase", "newerSchema", "readOnly" (the file or its folder cannot
// be written) or "cannotOpen".
func OpenProblem(err error) string {
	var se *sqlite.Error
	switch {
	case errors.Is(err, ErrNotADatabase):
		return "notADatabase"
	case errors.Is(err, ErrNewerSchema):
		return "newerSchema"
	case errors.Is(err, os.ErrPermission):
		return "readOnly"
	case errors.As(err, &se):
		switch se.Code() & 0xff {
		case sqliteNotADB:
			return "notADatabase"
		case sqliteReadOnly, sqliteCantOpen, sqlitePerm:
			return "readOnly"
		}
	}
	return "cannotOpen"
}
