package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kams/backend/store"
)

func TestRunVersion(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"version"}, &out); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "kams "+version+"\n"; got != want {
		t.Errorf("version printed %q, want %q", got, want)
	}
	if version == "" {
		t.Error("version is empty")
	}
}

// fileState is what must not change when demo refuses a file.
type fileState struct {
	size int64
	mod  string
	sum  [sha256.Size]byte
}

func stateOf(t *testing.T, path string) fileState {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fileState{size: fi.Size(), mod: fi.ModTime().String(), sum: sha256.Sum256(b)}
}

func TestRunDemo(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "演示 demo.db")
	var out bytes.Buffer
	if err := run([]string{"demo", "--db", path}, &out); err != nil {
		t.Fatalf("demo: %v", err)
	}
	if !strings.Contains(out.String(), path) {
		t.Errorf("demo printed %q, want it to name %s", out.String(), path)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("demo database has mode %v, want 0600", perm)
	}

	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("store.Open of the demo database: %v", err)
	}
	list, err := st.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 12 {
		t.Errorf("demo database has %d live accounts, want at least 12", len(list))
	}
	offered, err := st.Flag(ctx, "sampleOffered")
	if err != nil {
		t.Fatal(err)
	}
	if !offered {
		t.Error("demo database would still offer the sample")
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	before := stateOf(t, path)
	out.Reset()
	if err := run([]string{"demo", "--db", path}, &out); err == nil {
		t.Fatal("a second demo over the same file succeeded")
	}
	if after := stateOf(t, path); after != before {
		t.Errorf("refused demo changed the file: %+v → %+v", before, after)
	}
	if out.Len() != 0 {
		t.Errorf("refused demo printed %q", out.String())
	}
}

func TestRunDemoRefusesAnyExistingFile(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(path string) error
	}{
		{"text file", func(p string) error { return os.WriteFile(p, []byte("not a database"), 0o600) }},
		// SQLite would take an empty file for a new database.
		{"empty file", func(p string) error { return os.WriteFile(p, nil, 0o600) }},
		{"KAMS database without accounts", func(p string) error {
			st, err := store.Open(context.Background(), p)
			if err != nil {
				return err
			}
			return st.Close()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kams.db")
			if err := tt.prepare(path); err != nil {
				t.Fatal(err)
			}
			before := stateOf(t, path)
			if err := run([]string{"demo", "--db", path}, &bytes.Buffer{}); err == nil {
				t.Fatal("demo over an existing file succeeded")
			}
			if after := stateOf(t, path); after != before {
				t.Errorf("refused demo changed the file")
			}
		})
	}
}

func TestRunDemoNeedsDB(t *testing.T) {
	tests := [][]string{
		{"demo"},
		{"demo", "--db", ""},
	}
	for _, args := range tests {
		var out bytes.Buffer
		err := run(args, &out)
		if err == nil {
			t.Errorf("run(%q) succeeded without a database path", args)
			continue
		}
		if !strings.Contains(err.Error(), "--db") {
			t.Errorf("run(%q) = %v, want it to ask for --db", args, err)
		}
	}
}
