package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// TestBackupAndRestoreFromTheShell: kams backup writes a snapshot to a new
// file only; kams restore puts it back over a book that changed, keeping
// the changed book in its backups folder; a damaged file is refused.
func TestBackupAndRestoreFromTheShell(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "carry.db")
	var stdout bytes.Buffer
	if err := run(t, []string{"backup", "--db", db, "--out", out}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "15 accounts") {
		t.Errorf("backup printed %q", stdout.String())
	}
	if err := run(t, []string{"backup", "--db", db, "--out", out}, &stdout); err == nil {
		t.Error("backup wrote over an existing file")
	}
	if err := run(t, []string{"backup", "--db", filepath.Join(t.TempDir(), "none.db"), "--out", out + "2"}, &stdout); err == nil {
		t.Error("backup of a missing book made one")
	}
	// An empty file is not a book either: backing it up must not make one.
	empty := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(empty, nil, 0o600)
	if err := run(t, []string{"backup", "--db", empty, "--out", out + "3"}, &stdout); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("backup of an empty file: %v", err)
	}
	if fi, _ := os.Stat(empty); fi.Size() != 0 {
		t.Error("backup made the empty file a book")
	}

	st, err := store.Open(ctx, db, testClock.Clock())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateAccount(ctx, domain.Account{Name: "备份之后的新客户", Status: domain.StatusActive, Stage: domain.StageBasic}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	stdout.Reset()
	if err := run(t, []string{"restore", "--db", db, "--from", out}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "15 accounts") {
		t.Errorf("restore printed %q", stdout.String())
	}
	sum, err := store.Inspect(ctx, db, true)
	if err != nil || sum.Accounts != 15 {
		t.Fatalf("restored book: %+v %v", sum, err)
	}
	entries, err := os.ReadDir(service.BackupDir(db))
	if err != nil || len(entries) != 1 {
		t.Fatalf("backups beside the book: %v %v", entries, err)
	}
	kept, err := store.Inspect(ctx, filepath.Join(service.BackupDir(db), entries[0].Name()), true)
	if err != nil || kept.Accounts != 16 {
		t.Fatalf("the replaced book's snapshot: %+v %v", kept, err)
	}

	damaged := filepath.Join(t.TempDir(), "damaged.db")
	b, _ := os.ReadFile(out)
	if err := os.WriteFile(damaged, b[:len(b)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)
	if err := run(t, []string{"restore", "--db", db, "--from", damaged}, &stdout); err == nil || !strings.Contains(err.Error(), "backup.damaged") {
		t.Errorf("a damaged snapshot: %v", err)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the book")
	}
}

// TestEncryptedBackupFromTheShell: kams backup --encrypt seals the book
// with the passphrase from a file; kams restore reads it from standard
// input ("-") on another laptop; without a passphrase, or with a wrong
// one, nothing is written.
func TestEncryptedBackupFromTheShell(t *testing.T) {
	service.SetScryptWorkFactor(10)
	defer service.SetScryptWorkFactor(18)
	db := demoDB(t)
	dir := t.TempDir()
	pass := filepath.Join(dir, "pass.txt")
	os.WriteFile(pass, []byte("带到新电脑上 2026\n"), 0o600)
	sealed := filepath.Join(dir, "kams.age")
	var out bytes.Buffer
	if err := run(t, []string{"backup", "--db", db, "--out", sealed, "--encrypt"}, &out); err == nil {
		t.Error("--encrypt without a passphrase went through")
	}
	if err := run(t, []string{"backup", "--db", db, "--out", sealed, "--encrypt", "--passphrase-file", pass}, &out); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(t.TempDir(), "kams.db")
	if err := run(t, []string{"restore", "--db", fresh, "--from", sealed}, &out); err == nil {
		t.Error("an encrypted file was restored without a passphrase")
	}
	withStdin := func(pass string, args ...string) error {
		return Run(args, Env{Stdout: &out, Clock: testClock.Clock(), Stdin: strings.NewReader(pass)})
	}
	if err := withStdin("wrong\n", "restore", "--db", fresh, "--from", sealed, "--passphrase-file", "-"); err == nil ||
		!strings.Contains(err.Error(), "backup.wrongPassphrase") {
		t.Errorf("a wrong passphrase: %v", err)
	}
	if _, err := os.Stat(fresh); err == nil {
		t.Error("a refused restore made a book")
	}
	out.Reset()
	if err := withStdin("带到新电脑上 2026\n", "restore", "--db", fresh, "--from", sealed, "--passphrase-file", "-"); err != nil {
		t.Fatal(err)
	}
	if sum, err := store.Inspect(context.Background(), fresh, true); err != nil || sum.Accounts != 15 {
		t.Fatalf("the book on the new laptop: %+v %v", sum, err)
	}
}
