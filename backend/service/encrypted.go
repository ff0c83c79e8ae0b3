package service

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"filippo.io/age"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// The book in one encrypted file, to carry to a new laptop: a checked
// snapshot sealed with age's passphrase (scrypt) recipient — a well-kept
// format any age tool opens, not a cipher of our own.

// scryptWorkFactor is age's default (about a second of work per file).
var scryptWorkFactor = 18

// SetScryptWorkFactor changes the work factor of the files sealed from now
// on: tests lower it (the app never calls it), since each file otherwise
// costs a second, several under the race detector.
func SetScryptWorkFactor(logN int) { scryptWorkFactor = logN }

// minPassphrase is the shortest passphrase a book is sealed with.
const minPassphrase = 8

// ageHeader begins every age file.
var ageHeader = []byte("age-encryption.org/v1")

// IsEncrypted says whether the file at path is an age file.
func IsEncrypted(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, domain.Refused("backup.missing", map[string]any{"file": filepath.Base(path)})
	}
	defer f.Close()
	head := make([]byte, len(ageHeader))
	n, _ := io.ReadFull(f, head)
	return bytes.Equal(head[:n], ageHeader), nil
}

// CheckPassphrase refuses a passphrase too short to seal a book with.
func CheckPassphrase(passphrase string) error {
	if len([]rune(passphrase)) < minPassphrase {
		var v domain.Validation
		v.Add("passphrase", "error.passphraseShort", map[string]any{"min": minPassphrase})
		return v.Err()
	}
	return nil
}

// ExportEncrypted writes the book, as a checked snapshot, to out sealed
// with the passphrase. out appears whole or not at all, mode 0600.
func ExportEncrypted(ctx context.Context, st *store.Store, out, passphrase string) (store.BookSummary, error) {
	var sum store.BookSummary
	if err := CheckPassphrase(passphrase); err != nil {
		return sum, err
	}
	dir := filepath.Dir(out)
	plain, err := os.CreateTemp(dir, ".kams-export-*.db")
	if err != nil {
		return sum, fmt.Errorf("backup: %w", err)
	}
	plain.Close()
	defer os.Remove(plain.Name())
	if err := st.Snapshot(ctx, plain.Name()); err != nil {
		return sum, err
	}
	if sum, err = store.Inspect(ctx, plain.Name(), false); err != nil {
		return sum, err
	}
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return sum, fmt.Errorf("backup: %w", err)
	}
	r.SetWorkFactor(scryptWorkFactor)
	in, err := os.Open(plain.Name())
	if err != nil {
		return sum, fmt.Errorf("backup: %w", err)
	}
	defer in.Close()
	sealed, err := writePrivate(dir, ".kams-sealed-*.age", func(w io.Writer) error {
		aw, err := age.Encrypt(w, r)
		if err != nil {
			return err
		}
		_, err = io.Copy(aw, in)
		return errors.Join(err, aw.Close())
	})
	if err == nil {
		if err = os.Rename(sealed, out); err != nil {
			os.Remove(sealed)
		}
	}
	if err != nil {
		return sum, fmt.Errorf("backup: %w", err)
	}
	return sum, nil
}

// RestoreEncrypted opens an encrypted book file with the passphrase into a
// private file beside dbPath and restores it as Restore does. A wrong
// passphrase or a damaged file is refused with its key and nothing is
// written.
func RestoreEncrypted(ctx context.Context, dbPath, from, passphrase string, now clock.Clock) (store.BookSummary, error) {
	var sum store.BookSummary
	name := map[string]any{"file": filepath.Base(from)}
	src, err := os.Open(from)
	if err != nil {
		return sum, domain.Refused("backup.missing", name)
	}
	defer src.Close()
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return sum, domain.Refused("backup.wrongPassphrase", name)
	}
	r, err := age.Decrypt(bufio.NewReader(src), id)
	if err != nil {
		var none *age.NoIdentityMatchError
		if errors.As(err, &none) {
			return sum, domain.Refused("backup.wrongPassphrase", name)
		}
		return sum, domain.Refused("backup.damaged", name)
	}
	opened := false // past creating the file: what fails now is the file's content
	plain, err := writePrivate(filepath.Dir(dbPath), ".kams-opened-*.db", func(w io.Writer) error {
		opened = true
		_, err := io.Copy(w, r)
		return err
	})
	switch {
	case err != nil && !opened:
		return sum, fmt.Errorf("restore: %w", err)
	case err != nil:
		// A cut or altered file fails age's authentication part way.
		return sum, domain.Refused("backup.damaged", name)
	}
	defer os.Remove(plain)
	return Restore(ctx, dbPath, plain, now)
}
