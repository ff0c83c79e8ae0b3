package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
)

// The sample's calendar: an .ics a real parser reads, with the sample's
// next steps, plan actions and reviews, the same UIDs on a second export.
func TestRunExportICS(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	uids := func(path string) map[string]bool {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		cal, err := ics.ParseCalendar(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		out := map[string]bool{}
		for _, e := range cal.Events() {
			out[e.Id()] = true
		}
		return out
	}
	first := filepath.Join(dir, "kams.ics")
	var stdout bytes.Buffer
	if err := run(t, []string{"export", "ics", "--db", db, "--out", first}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), first) {
		t.Errorf("printed %q", stdout.String())
	}
	a := uids(first)
	kinds := map[string]int{}
	for uid := range a {
		kinds[strings.SplitN(uid, "-", 2)[0]]++
	}
	if kinds["step"] == 0 || kinds["action"] == 0 || kinds["review"] == 0 {
		t.Errorf("the sample's calendar has %v; want steps, actions and reviews", kinds)
	}
	second := filepath.Join(dir, "again.ics")
	if err := run(t, []string{"export", "ics", "--db", db, "--out", second, "--lang", "en"}, &stdout); err != nil {
		t.Fatal(err)
	}
	b := uids(second)
	for uid := range a {
		if !b[uid] {
			t.Errorf("%s is not in the second export", uid)
		}
	}
	if len(a) != len(b) {
		t.Errorf("%d then %d events", len(a), len(b))
	}
}

// A bad range, a missing --out or book writes nothing and exits non-zero.
func TestRunExportICSRefuses(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "x.ics")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--db", db, "--out", out, "--from", "2026-02-30"}, "--from"},
		{[]string{"--db", db, "--out", out, "--to", "soon"}, "--to"},
		{[]string{"--db", db, "--out", out, "--from", "2026-07-01", "--to", "2026-06-01"}, "before"},
		{[]string{"--db", db}, "--out"},
		{[]string{"--db", filepath.Join(dir, "none.db"), "--out", out}, "no database"},
		{[]string{"--db", db, "--out", out, "--lang", "fr"}, "--lang"},
	} {
		var stdout bytes.Buffer
		err := run(t, append([]string{"export", "ics"}, c.args...), &stdout)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want it to mention %s", c.args, err, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v wrote %s", c.args, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("a missing book was created")
	}
}
