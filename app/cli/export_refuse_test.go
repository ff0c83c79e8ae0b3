package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Export never creates a database: an empty --db file (a failed copy, a
// touch) is refused as it is, not turned into a new empty book.
func TestExportRefusesAnEmptyFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "brief.pdf")
	for _, args := range [][]string{
		{"export", "brief", "--db", db, "--account", "1", "--out", out},
		{"export", "review", "--db", db, "--period", "2026", "--out", out},
	} {
		var stdout bytes.Buffer
		err := run(t, args, &stdout)
		if err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s: error %v, want it to say the file is empty", args[1], err)
		}
		if fi, err := os.Stat(db); err != nil || fi.Size() != 0 {
			t.Fatalf("the empty file was written to: %v, %d bytes", err, fi.Size())
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s: left %d files, want only the empty database", args[1], len(entries))
		}
	}
}
