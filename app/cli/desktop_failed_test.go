package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"kams/app/book"
	"kams/backend/store"
)

// A book that cannot be opened still opens the window, which says why;
// the file is left as it was.
func TestRunDesktopShowsWhyTheBookDidNotOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kams.db")
	text := []byte("not a database\n")
	if err := os.WriteFile(path, text, 0o600); err != nil {
		t.Fatal(err)
	}
	var got *book.Failure
	env := Env{Stdout: io.Discard, Clock: testClock.Clock(),
		Desktop: func(*book.Book) error { t.Error("the desktop got a book"); return nil },
		DesktopFailed: func(f book.Failure) error {
			got = &f
			return nil
		}}
	if err := Run([]string{"--db", path}, env); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.Path != path || !errors.Is(got.Err, store.ErrNotADatabase) || got.Clock == nil {
		t.Fatalf("failure = %+v, want ErrNotADatabase for %s", got, path)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, text) {
		t.Error("the file changed")
	}
	env.DesktopFailed = nil
	if err := Run([]string{"--db", path}, env); !errors.Is(err, store.ErrNotADatabase) {
		t.Errorf("without a failure window: %v, want ErrNotADatabase", err)
	}
}
