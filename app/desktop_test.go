package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/options"
)

// What a given file is comes from its first bytes, not its name alone.
func TestClassify(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := map[string]string{
		write("book.kams", append([]byte("SQLite format 3\x00"), make([]byte, 84)...)):   FileBook,
		write("renamed.txt", append([]byte("SQLite format 3\x00"), make([]byte, 84)...)): FileBook,
		write("kams-book.age", []byte("age-encryption.org/v1\n-> scrypt x 18\n")):        FileSealed,
		write("list.xlsx", append([]byte("PK\x03\x04"), make([]byte, 60)...)):            FileSheet,
		write("visits.CSV", []byte("a,b\n")):                                             FileSheet,
		write("fake.xlsx", []byte("not a zip")):                                          FileOther,
		write("fake.db", []byte("hello")):                                                FileOther,
		write("empty.db", nil):                                                           FileOther,
		filepath.Join(dir, "gone.age"):                                                   FileMissing,
		dir:                                                                              FileOther,
	}
	for path, want := range cases {
		if got := classify(path); got != want {
			t.Errorf("classify(%s) = %s, want %s", filepath.Base(path), got, want)
		}
	}
}

// A second launch's files, relative to where it was started; its own book
// (named with --db or first) is not one of them.
func TestSecondLaunchFiles(t *testing.T) {
	wd := "/home/u/docs"
	cases := []struct {
		args []string
		want []string
	}{
		{nil, nil},
		{[]string{"--db", "a.db"}, nil},
		{[]string{"--db", "a.db", "list.xlsx"}, []string{"/home/u/docs/list.xlsx"}},
		{[]string{"list.xlsx", "--db=/x/a.db", "/tmp/b.age"}, []string{"/home/u/docs/list.xlsx", "/tmp/b.age"}},
		{[]string{"a.kams", "b.csv"}, []string{"/home/u/docs/b.csv"}},
		{[]string{"--db", "a.db", "other.db"}, []string{"/home/u/docs/other.db"}},
		{[]string{"-db", "a.db", "--", "-x.csv"}, []string{"/home/u/docs/-x.csv"}},
		{[]string{"--db", "a.db", "--verbose", "x.csv"}, []string{"/home/u/docs/x.csv"}},
	}
	for _, c := range cases {
		got := secondLaunchFiles(options.SecondInstanceData{Args: c.args, WorkingDirectory: wd})
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.args, got, c.want)
		}
	}
}

// Given files wait in the inbox until the page takes them, once; the
// current book is told apart from another one.
func TestDesktopTakeFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.csv")
	if err := os.WriteFile(p, []byte("a\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := &Desktop{inbox: &fileInbox{}}
	d.deliver(nil, []string{p, filepath.Join(dir, "nope.db")})
	got, err := d.TakeFiles()
	if err != nil || len(got) != 2 || got[0].Kind != FileSheet || got[0].Name != "x.csv" || got[1].Kind != FileMissing {
		t.Fatalf("TakeFiles = %+v, %v", got, err)
	}
	if again, _ := d.TakeFiles(); len(again) != 0 {
		t.Errorf("taken twice: %+v", again)
	}
	if err := d.OpenBookWindow(p); err == nil {
		t.Error("a CSV opened as a book")
	}
}
