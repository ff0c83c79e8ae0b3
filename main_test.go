package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strconv"
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

// demoDB writes the sample database for the export tests.
func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kams.db")
	if err := run([]string{"demo", "--db", db}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestRunExportBrief(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	list, err := st.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Name == "江宁新能源汽车股份有限公司" {
			id = a.ID
		}
	}
	st.Close()
	if id == 0 {
		t.Fatal("the sample has no 江宁新能源汽车股份有限公司")
	}

	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
	}{
		{"by name, Chinese by default", []string{"--account", "江宁新能源汽车股份有限公司"}},
		{"by id, in English", []string{"--account", strconv.FormatInt(id, 10), "--lang", "en"}},
		{"by short name", []string{"--account", "江宁汽车", "--lang", "zh-CN"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "简报 "+strconv.Itoa(i)+".pdf")
			var stdout bytes.Buffer
			args := append([]string{"export", "brief", "--db", db, "--out", out}, tt.args...)
			if err := run(args, &stdout); err != nil {
				t.Fatalf("run(%q): %v", args, err)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte("%PDF-")) || len(b) < 10_000 {
				t.Errorf("%s is not a brief: %d bytes", out, len(b))
			}
			if !strings.Contains(stdout.String(), out) {
				t.Errorf("export printed %q, want it to name %s", stdout.String(), out)
			}
		})
	}
	// Nothing but the PDFs: no temporary files left behind.
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(tests) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the output directory holds %q", names)
	}

	// Over an existing file: replaced whole.
	out := filepath.Join(dir, "简报 0.pdf")
	if err := run([]string{"export", "brief", "--db", db, "--account", "江宁汽车", "--out", out, "--lang", "en"}, &bytes.Buffer{}); err != nil {
		t.Errorf("export over an existing file: %v", err)
	}
}

func TestRunExportBriefRefuses(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "brief.pdf")
	missing := filepath.Join(dir, "missing.db")
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"unknown account", []string{"--db", db, "--account", "没有这个客户", "--out", out}, "没有这个客户"},
		{"unknown id", []string{"--db", db, "--account", "9999", "--out", out}, "9999"},
		{"missing database", []string{"--db", missing, "--account", "1", "--out", out}, "no database"},
		{"database is a directory", []string{"--db", dir, "--account", "1", "--out", out}, "not a database"},
		{"unwritable directory", []string{"--db", db, "--account", "江宁汽车", "--out", filepath.Join(dir, "no", "such", "dir", "brief.pdf")}, "cannot write"},
		{"out is a directory", []string{"--db", db, "--account", "江宁汽车", "--out", dir}, "cannot write"},
		{"unknown language", []string{"--db", db, "--account", "江宁汽车", "--out", out, "--lang", "fr"}, "--lang"},
		{"no account", []string{"--db", db, "--out", out}, "--account"},
		{"no out", []string{"--db", db, "--account", "1"}, "--out"},
		{"no db", []string{"--account", "1", "--out", out}, "--db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout bytes.Buffer
			err := run(append([]string{"export", "brief"}, tt.args...), &stdout)
			if err == nil {
				t.Fatal("export succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("printed %q", stdout.String())
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 0 {
				t.Errorf("left %d files behind in %s", len(entries), dir)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("export created the missing database")
	}
	if err := run([]string{"export", "plan"}, &bytes.Buffer{}); err == nil {
		t.Error("export of an unknown document succeeded")
	}
}

func TestRunExportBriefReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only directories")
	}
	db := demoDB(t)
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	out := filepath.Join(dir, "brief.pdf")
	err := run([]string{"export", "brief", "--db", db, "--account", "江宁汽车", "--out", out}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "cannot write") {
		t.Errorf("export into a read-only directory: %v", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("export wrote into a read-only directory")
	}
}
