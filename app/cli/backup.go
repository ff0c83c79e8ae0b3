package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"kams/app/book"
	"kams/backend/service"
	"kams/backend/store"
)

// backup writes a snapshot of a book to a file of the user's choosing (not
// thinned with the automatic ones).
func backup(args []string, env Env) error {
	fl := flag.NewFlagSet("kams backup", flag.ContinueOnError)
	db := fl.String("db", "", "the book to back up")
	out := fl.String("out", "", "the snapshot file to write (must not exist)")
	encrypt := fl.Bool("encrypt", false, "seal the file with a passphrase (age), to carry to another laptop")
	passFile := fl.String("passphrase-file", "", "the file holding the passphrase, - for standard input")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *db == "" || *out == "" || *encrypt != (*passFile != "") {
		return errors.New("backup: kams backup --db PATH --out FILE [--encrypt --passphrase-file FILE|-]")
	}
	if err := existingBook(*db, "backup"); err != nil {
		return err
	}
	if _, err := os.Stat(*out); err == nil {
		return fmt.Errorf("backup: %s exists; a backup is only written to a new file", *out)
	}
	ctx := context.Background()
	b, err := book.Open(ctx, *db, env.Clock)
	if err != nil {
		return err
	}
	defer b.Close()
	var sum store.BookSummary
	if *encrypt {
		pass, err := readPassphrase(*passFile, env)
		if err != nil {
			return err
		}
		if sum, err = service.ExportEncrypted(ctx, b.Store, *out, pass); err != nil {
			return err
		}
	} else {
		if err := b.Store.Snapshot(ctx, *out); err != nil {
			return err
		}
		if sum, err = store.Inspect(ctx, *out, false); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stdout, "kams: %s backed up to %s (%s)\n", *db, *out, holds(sum))
	return nil
}

// readPassphrase reads a passphrase from a file, or standard input for
// "-": its first line, without the line end.
func readPassphrase(path string, env Env) (string, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(env.stdin(), 4096))
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("passphrase: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// restore replaces a book with a snapshot, keeping the book it replaces
// as a snapshot in its backups folder. The app must not have the book open.
func restore(args []string, env Env) error {
	fl := flag.NewFlagSet("kams restore", flag.ContinueOnError)
	db := fl.String("db", "", "the book to replace (made if missing)")
	from := fl.String("from", "", "the snapshot to restore")
	passFile := fl.String("passphrase-file", "", "for an encrypted file: the file holding the passphrase, - for standard input")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *db == "" || *from == "" {
		return errors.New("restore: kams restore --db PATH --from FILE [--passphrase-file FILE|-]")
	}
	start := env.Clock()
	encrypted, err := service.IsEncrypted(*from)
	if err != nil {
		return err
	}
	var sum store.BookSummary
	switch {
	case encrypted && *passFile == "":
		return fmt.Errorf("restore: %s is encrypted: give --passphrase-file FILE or -", *from)
	case encrypted:
		pass, err := readPassphrase(*passFile, env)
		if err != nil {
			return err
		}
		sum, err = service.RestoreEncrypted(context.Background(), *db, *from, pass, env.Clock)
		if err != nil {
			return err
		}
	default:
		if sum, err = service.Restore(context.Background(), *db, *from, env.Clock); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stdout, "kams: %s restored from %s (%s) in %s\n", *db, *from, holds(sum),
		env.Clock().Sub(start).Round(100*time.Millisecond))
	return nil
}

func holds(s store.BookSummary) string {
	return fmt.Sprintf("%d accounts, %d people, %d deals", s.Accounts, s.People, s.Deals)
}
