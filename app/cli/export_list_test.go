package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunExportList(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want []string // in the file
	}{
		{[]string{"accounts", "--tier", "strategic", "--lang", "en"}, []string{"Name,Short name", "Strategic"}},
		{[]string{"contacts", "--account", "江宁汽车"}, []string{"姓名,公司", "江宁新能源汽车股份有限公司"}},
		{[]string{"visits", "--kind", "visit,call"}, []string{"客户,日期,类型"}},
		{[]string{"deals", "--status", "won", "--lang", "en"}, []string{"Account,Deal name", "Won"}},
		{[]string{"targets", "--period", "2026"}, []string{"期间,对象,名称"}},
		{[]string{"assessments", "--lang", "en"}, []string{"Period,Member,Role"}},
	} {
		out := filepath.Join(dir, c.args[0]+".csv")
		var stdout bytes.Buffer
		args := append([]string{"export", "list", c.args[0], "--db", db, "--out", out}, c.args[1:]...)
		if err := run(t, args, &stdout); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(string(data), w) {
				t.Errorf("%q wrote no %q", args, w)
			}
		}
		if !strings.Contains(stdout.String(), out) {
			t.Errorf("%q printed %q", args, stdout.String())
		}
	}
}

// An unknown list, account, period or filter value exits non-zero and
// writes nothing.
func TestRunExportListRefuses(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.xlsx")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "list"}, "which list"},
		{[]string{"export", "list", "people", "--db", db, "--out", out}, `no list "people"`},
		{[]string{"export", "list", "contacts", "--db", db, "--out", out, "--account", "无此公司"}, "no account"},
		{[]string{"export", "list", "contacts", "--db", db, "--out", out, "--account", "999999"}, "no account"},
		{[]string{"export", "list", "accounts", "--db", db, "--out", out, "--tier", "gold"}, `--tier: "gold"`},
		{[]string{"export", "list", "targets", "--db", db, "--out", out, "--period", "2026-Q9"}, "--period"},
		{[]string{"export", "list", "visits", "--db", db, "--out", out, "--from", "2026-02-30"}, "--from"},
		{[]string{"export", "list", "accounts", "--db", db, "--out", filepath.Join(dir, "a.pdf")}, "neither .xlsx nor .csv"},
		{[]string{"export", "list", "accounts", "--db", filepath.Join(dir, "none.db"), "--out", out}, "no database"},
		{[]string{"export", "list", "accounts", "--db", db, "--out", out, "--lang", "fr"}, "--lang"},
	} {
		err := run(t, c.args, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want an error saying %q", c.args, err, c.want)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("written: %v", left)
	}
}
