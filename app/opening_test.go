package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
)

// failedWindow is the window started on a file that is not a book.
func failedWindow(t *testing.T) (*facades, string) {
	t.Helper()
	dir := t.TempDir()
	bad := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(bad, []byte("shopping list, not a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	clk := clocktest.New().Clock()
	_, err := book.Open(context.Background(), bad, clk)
	if err == nil {
		t.Fatal("a text file opened as a book")
	}
	f := newFacades(nil, "test")
	f.opening.failure = &book.Failure{Path: bad, Err: err, Clock: clk}
	t.Cleanup(f.opening.close)
	return f, dir
}

func TestOpeningSaysWhyAndOpensAnother(t *testing.T) {
	f, dir := failedWindow(t)
	s, _ := f.opening.State()
	if s.Open || s.Problem != "notADatabase" || s.Path != filepath.Join(dir, "notes.db") || s.Detail == "" {
		t.Fatalf("state = %+v, want notADatabase for notes.db", s)
	}
	// An empty file is not a book either: opening it must not make one.
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	if s, err := f.opening.OpenBook(empty); err != nil || s.Open || s.Problem != "notADatabase" {
		t.Errorf("OpenBook(empty) = %+v, %v", s, err)
	}
	if fi, _ := os.Stat(empty); fi.Size() != 0 {
		t.Error("the empty file was made a book")
	}
	_, err := f.opening.OpenBook(filepath.Join(dir, "missing.db"))
	wantFieldError(t, "missing file", err, "path", "error.notFound")

	// A real book opens, and the facades work on it.
	good := filepath.Join(dir, "good.db")
	b, err := book.Open(context.Background(), good, clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Accounts.Create(context.Background(), domain.Account{Name: "恒通汽车", Status: domain.StatusActive, Stage: domain.StageBasic}); err != nil {
		t.Fatal(err)
	}
	b.Close()
	if s, err := f.opening.OpenBook(good); err != nil || !s.Open || s.Problem != "" {
		t.Fatalf("OpenBook(good) = %+v, %v", s, err)
	}
	boot, err := f.system.Boot()
	if err != nil || boot.DBPath != good {
		t.Fatalf("Boot after opening = %+v, %v", boot, err)
	}
}

func TestOpeningStartsANewBook(t *testing.T) {
	f, dir := failedWindow(t)
	_, err := f.opening.CreateBook(filepath.Join(dir, "notes.db"))
	wantFieldError(t, "existing file", err, "path", "openFailed.exists")
	s, err := f.opening.CreateBook(filepath.Join(dir, "fresh"))
	if err != nil || !s.Open {
		t.Fatalf("CreateBook = %+v, %v", s, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "fresh.db")); err != nil {
		t.Errorf("no fresh.db: %v", err)
	}
	if boot, err := f.system.Boot(); err != nil || !boot.OfferSample {
		t.Errorf("a new book should offer the sample: %+v, %v", boot, err)
	}
}

func TestOpeningShowsTheBackupsFolder(t *testing.T) {
	f, dir := failedWindow(t)
	var shown []string
	f.opening.reveal = func(p string) error { shown = append(shown, p); return nil }
	got, err := f.opening.OpenBackups()
	want := filepath.Join(dir, "backups")
	if err != nil || got != want || len(shown) != 1 || shown[0] != want {
		t.Fatalf("OpenBackups = %q, %v (shown %v), want %s", got, err, shown, want)
	}
	if fi, err := os.Stat(want); err != nil || !fi.IsDir() {
		t.Errorf("the backups folder was not made: %v", err)
	}
}
