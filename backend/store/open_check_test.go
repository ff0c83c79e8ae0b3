package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"kams/backend/clock/clocktest"
)

// A book from a newer KAMS in rollback-journal mode (as an older SQLite
// tool or a restore leaves it) is refused before anything is written: not
// switched to WAL, not one byte changed, no -wal or -shm left.
func TestOpenRefusesNewerSchemaUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.db")
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(DELETE)")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"CREATE TABLE t(x)", "INSERT INTO t VALUES (1)", fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path, clocktest.New().Clock())
	if err == nil {
		s.Close()
		t.Fatal("opened a book from a newer KAMS")
	}
	if !errors.Is(err, ErrNewerSchema) {
		t.Errorf("err = %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Errorf("the refused file changed (journal mode byte at 18: %d → %d)", before[18], after[18])
	}
	for _, p := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was created", filepath.Base(p))
		}
	}
}

func TestOpenRefusesNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	text := []byte("这不是数据库 — just some text that happens to end in .db\n")
	if err := os.WriteFile(path, bytes.Repeat(text, 20), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path, clocktest.New().Clock())
	if err == nil {
		s.Close()
		t.Fatal("opened a text file as a book")
	}
	if !errors.Is(err, ErrNotADatabase) {
		t.Errorf("err = %v, want ErrNotADatabase", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, bytes.Repeat(text, 20)) {
		t.Error("the refused file changed")
	}
}

// A book copied in with mode 0644 (and its -wal/-shm) is made private on
// open, like a new one.
func TestOpenMakesAnExistingBookPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix file modes")
	}
	path := filepath.Join(t.TempDir(), "kams.db")
	s, err := Open(context.Background(), path, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if _, err := os.Stat(p); err != nil {
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err = Open(context.Background(), path, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.CreateAccount(context.Background(), account("权限测试")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %o, want 600", filepath.Base(p), fi.Mode().Perm())
		}
	}
}
