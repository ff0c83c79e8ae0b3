package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"kams/backend/clock/clocktest"
)

// hostileQueries are inputs a search box can receive by paste or by a
// scripted call: control characters, FTS5 syntax, broken UTF-8.
var hostileQueries = []string{
	"\x00", "a\x00b", "上海\x00", "\x00\x00\x00", "恒\x00通汽车", `"`, `""`, `"""`, `a"b`, "*", "^", "-", "a OR b",
	"NEAR(a b)", "a AND", "(", ")", "{", "col:val", "\x01\x02\x03", "\t\n\r", "\u200b", "\u202e恒通", "\ufeff",
	"\xff\xfe", "a\xffb", "恒\x7f通", strings.Repeat("\x00", 300), strings.Repeat("恒", 300), "'", "';--", "%", "_",
	`\`, "\u0085", "\u2028",
}

func TestSearchTakesAnyInput(t *testing.T) {
	s := newStore(t)
	id, err := s.CreateAccount(context.Background(), account("上海恒通汽车股份有限公司"))
	if err != nil {
		t.Fatal(err)
	}
	addContact(t, s, id, "张恒通", "采购经理")
	for _, q := range hostileQueries {
		search(t, s, q)
	}
	// The control characters are ignored, not searched for: the name is
	// still found through a query with a NUL in it.
	if got := hitIDs(search(t, s, "恒\x00通").Accounts); len(got) != 1 || got[0] != id {
		t.Errorf("Search(恒\\x00通) accounts = %v, want [%d]", got, id)
	}
}

// FuzzSearch runs the hostile inputs as its seed corpus on every go test;
// go test -fuzz=FuzzSearch ./backend/store explores from them.
func FuzzSearch(f *testing.F) {
	for _, q := range hostileQueries {
		f.Add(q)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"), clocktest.New().Clock())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	if _, err := s.CreateAccount(context.Background(), account("上海恒通汽车股份有限公司")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q); err != nil {
			t.Fatalf("Search(%q) (valid UTF-8: %v): %v", q, utf8.ValidString(q), err)
		}
	})
}
