package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/store"
)

// testClock is the clock every command of these tests runs on.
var testClock = clocktest.New()

// run runs the command line as main would, on the test clock, with no
// desktop shell.
func run(t *testing.T, args []string, stdout io.Writer) error {
	t.Helper()
	return Run(args, Env{Stdout: stdout, Clock: testClock.Clock(), Version: "1.2.3-test"})
}

func TestRunVersion(t *testing.T) {
	var out bytes.Buffer
	if err := run(t, []string{"version"}, &out); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "kams 1.2.3-test\n"; got != want {
		t.Errorf("version printed %q, want %q", got, want)
	}
}

// The desktop gets the book opened on the clock main hands in; while Wails
// generates the bindings it gets none, and no database is made.
func TestRunDesktopOpensTheBook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kams.db")
	var got *book.Book
	env := Env{Stdout: io.Discard, Clock: testClock.Clock(), Desktop: func(b *book.Book) error {
		got = b
		return nil
	}}
	if err := Run([]string{"--db", path}, env); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.Store.Path() != path || got.Clock().IsZero() || !got.Clock().Equal(testClock.Now()) {
		t.Fatalf("desktop got %+v, want the book at %s on the test clock", got, path)
	}
	env.Bindings = true
	other := filepath.Join(t.TempDir(), "other.db")
	if err := Run([]string{"--db", other}, env); err != nil {
		t.Fatal(err)
	}
	if got != nil {
		t.Error("the bindings build got a book")
	}
	if _, err := os.Stat(other); err == nil {
		t.Error("the bindings build made a database")
	}
	if err := Run(nil, Env{Stdout: io.Discard}); err == nil {
		t.Error("a command line without a clock ran")
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
	if err := run(t, []string{"demo", "--db", path}, &out); err != nil {
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

	st, err := store.Open(ctx, path, testClock.Clock())
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
	if err := run(t, []string{"demo", "--db", path}, &out); err == nil {
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
			st, err := store.Open(context.Background(), p, testClock.Clock())
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
			if err := run(t, []string{"demo", "--db", path}, &bytes.Buffer{}); err == nil {
				t.Fatal("demo over an existing file succeeded")
			}
			if after := stateOf(t, path); after != before {
				t.Errorf("refused demo changed the file")
			}
		})
	}
}

func TestRunDemoScaled(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "big.db")
	var out bytes.Buffer
	if err := run(t, []string{"demo", "--db", path, "--accounts", "30"}, &out); err != nil {
		t.Fatalf("demo --accounts 30: %v", err)
	}
	for _, want := range []string{"30 of 30 accounts", "30 accounts written in", path} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo printed %q, want %q in it", out.String(), want)
		}
	}
	st, err := store.Open(ctx, path, testClock.Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 30 {
		t.Errorf("the big book has %d accounts, want 30", len(list))
	}
	found := false
	for _, a := range list {
		found = found || a.Name == "江宁新能源汽车股份有限公司"
	}
	if !found {
		t.Error("the big book lacks the sample's 江宁新能源汽车股份有限公司")
	}
}

func TestRunDemoRefusesBadAccounts(t *testing.T) {
	for _, n := range []string{"0", "-1", "abc", "1.5", "20001", ""} {
		path := filepath.Join(t.TempDir(), "big.db")
		var out bytes.Buffer
		err := run(t, []string{"demo", "--db", path, "--accounts=" + n}, &out)
		if err == nil || !strings.Contains(err.Error(), "--accounts") || !strings.Contains(err.Error(), "20000") {
			t.Errorf("demo --accounts %s = %v, want an error naming --accounts and its range", n, err)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("demo --accounts %s left a file (%v)", n, err)
		}
	}
}

func TestRunDemoNeedsDB(t *testing.T) {
	tests := [][]string{
		{"demo"},
		{"demo", "--db", ""},
	}
	for _, args := range tests {
		var out bytes.Buffer
		err := run(t, args, &out)
		if err == nil {
			t.Errorf("run(t, %q) succeeded without a database path", args)
			continue
		}
		if !strings.Contains(err.Error(), "--db") {
			t.Errorf("run(t, %q) = %v, want it to ask for --db", args, err)
		}
	}
}

// demoDB writes the sample database for the export tests.
// It is written once (by the demo command itself) and each test gets a
// copy of its own.
func demoDB(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kams-cli-demo-")
		if err != nil {
			demoErr = err
			return
		}
		demoPath = filepath.Join(dir, "kams.db")
		demoErr = Run([]string{"demo", "--db", demoPath}, Env{Stdout: io.Discard, Clock: testClock.Clock()})
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	b, err := os.ReadFile(demoPath)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "kams.db")
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return db
}

var (
	demoOnce sync.Once
	demoPath string
	demoErr  error
)

// TestMain removes the shared demo database after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if demoPath != "" {
		os.RemoveAll(filepath.Dir(demoPath))
	}
	os.Exit(code)
}

func TestRunExportBrief(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	st, err := store.Open(ctx, db, testClock.Clock())
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
			if err := run(t, args, &stdout); err != nil {
				t.Fatalf("run(t, %q): %v", args, err)
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
	if err := run(t, []string{"export", "brief", "--db", db, "--account", "江宁汽车", "--out", out, "--lang", "en"}, &bytes.Buffer{}); err != nil {
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
			err := run(t, append([]string{"export", "brief"}, tt.args...), &stdout)
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
	if err := run(t, []string{"export", "plan"}, &bytes.Buffer{}); err == nil {
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
	err := run(t, []string{"export", "brief", "--db", db, "--account", "江宁汽车", "--out", out}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "cannot write") {
		t.Errorf("export into a read-only directory: %v", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("export wrote into a read-only directory")
	}
}

// Files named beside the book reach the window, as absolute paths, with
// --db before or after them; a .db/.kams named without --db is the book.
func TestRunDesktopHandsOverGivenFiles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var opened string
	var given []string
	env := Env{Stdout: io.Discard, Clock: testClock.Clock(),
		Desktop:    func(b *book.Book) error { opened = b.Store.Path(); return nil },
		GivenFiles: func(f []string) { given = f }}
	cases := []struct {
		args       []string
		book       string
		files      []string
		unknownArg bool
	}{
		{[]string{"--db", "a.db", "list.xlsx"}, "a.db", []string{filepath.Join(dir, "list.xlsx")}, false},
		{[]string{"list.xlsx", "--db=a.db", "b.age"}, "a.db", []string{filepath.Join(dir, "list.xlsx"), filepath.Join(dir, "b.age")}, false},
		{[]string{"other.kams"}, "other.kams", nil, false},
		{[]string{"c.db", "sealed.age"}, "c.db", []string{filepath.Join(dir, "sealed.age")}, false},
		{[]string{"-db", "a.db", "--", "-odd name.csv"}, "a.db", []string{filepath.Join(dir, "-odd name.csv")}, false},
		{[]string{"--db", "a.db", "--unknown-flag", "x.csv"}, "a.db", []string{filepath.Join(dir, "x.csv")}, true},
	}
	for _, c := range cases {
		opened, given = "", nil
		if err := Run(c.args, env); err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if opened != c.book || !slices.Equal(given, c.files) {
			t.Errorf("%v: book %q files %q, want %q %q", c.args, opened, given, c.book, c.files)
		}
	}
}
