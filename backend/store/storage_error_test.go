package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"

	"kams/backend/domain"
)

// wantStorageError checks that err reaches the UI as a storage error with
// the key, not as the driver's English text.
func wantStorageError(t *testing.T, err error, key string) {
	t.Helper()
	var e *domain.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *domain.Error", err, err)
	}
	ui := domain.UIError(err)
	if ui.Code != domain.CodeStorage || ui.Key != key {
		t.Fatalf("UIError = %q %q, want %q %q (error: %v)", ui.Code, ui.Key, domain.CodeStorage, key, err)
	}
}

func countAccounts(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow("SELECT count(*) FROM accounts").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// execW runs a pragma on the single write connection.
func execW(t *testing.T, s *Store, q string) {
	t.Helper()
	if _, err := s.w.Exec(q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func TestDiskFullIsAStorageError(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	var pages int
	if err := s.w.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	// The file may not grow: the next pages a write needs are "disk full".
	execW(t, s, fmt.Sprintf("PRAGMA max_page_count = %d", pages))
	before := countAccounts(t, s)
	var err error
	for i := 0; i < 200 && err == nil; i++ {
		a := account(fmt.Sprintf("满盘客户%d", i))
		a.Notes = strings.Repeat("备注", 2000)
		_, err = s.CreateAccount(ctx, a)
	}
	if err == nil {
		t.Fatal("200 accounts of 12 KB each fit in a database that may not grow")
	}
	wantStorageError(t, err, "store.diskFull")
	execW(t, s, "PRAGMA max_page_count = 1073741823")
	if _, err := s.CreateAccount(ctx, account("空间恢复后")); err != nil {
		t.Fatalf("after space came back: %v", err)
	}
	if got := countAccounts(t, s); got < before+1 {
		t.Errorf("accounts = %d, want at least %d", got, before+1)
	}
}

func TestReadOnlyAndBusyAreStorageErrors(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	execW(t, s, "PRAGMA query_only = 1")
	_, err := s.CreateAccount(ctx, account("只读"))
	wantStorageError(t, err, "store.readOnly")
	execW(t, s, "PRAGMA query_only = 0")

	// Another program holds the write lock, and this one will not wait.
	other, err := sql.Open("sqlite", "file:"+s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	execW(t, s, "PRAGMA busy_timeout = 0")
	_, err = s.CreateAccount(ctx, account("占用"))
	wantStorageError(t, err, "store.busy")
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
}
