package app

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The lock's id is one per database file, whatever the spelling of its
// path, and fits a D-Bus name element, a Windows mutex name and a file name.
func TestInstanceIDIsOnePerBook(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(a, link); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	id := instanceID(a)
	for _, same := range []string{"a.db", "./sub/../a.db", filepath.Join(dir, ".", "a.db"), link} {
		if got := instanceID(same); got != id {
			t.Errorf("instanceID(%q) = %s, want %s (the same file as %s)", same, got, id, a)
		}
	}
	if instanceID(b) == id {
		t.Errorf("two books share the lock id %s: they could not open side by side", id)
	}
	if !regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{1,60}$`).MatchString(id) {
		t.Errorf("instanceID = %q: not a safe D-Bus element / mutex / file name", id)
	}
	if singleInstance("", &frontWindow{}) != nil {
		t.Error("a lock without a book (generating the bindings)")
	}
	if l := singleInstance(a, &frontWindow{}); l == nil || l.UniqueId != id || l.OnSecondInstanceLaunch == nil {
		t.Errorf("singleInstance(%s) = %+v, want the id and a handler", a, l)
	}
}
