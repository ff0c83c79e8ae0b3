package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// 市场活动报告 from the shell: the sample's year and quarter of plan
// against actual, and one activity, in both languages.
func TestRunExportMarketing(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	year := strconv.Itoa(testClock.Now().Year())
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"year zh", []string{"--period", year}, []string{"市场活动报告", "计划与实际", "按季度", "归因规则"}},
		{"year en", []string{"--period", year, "--lang", "en"}, []string{"Marketing activity report", "Plan against actual", "By quarter"}},
		{"last year", []string{"--period", strconv.Itoa(testClock.Now().Year() - 1)}, []string{"活动清单"}},
		{"activity zh", []string{"--activity", "1"}, []string{"市场活动报告", "目标客户", "预算与费用"}},
		{"activity en", []string{"--activity", "2", "--lang", "en"}, []string{"Deals it produced", "Won revenue"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".pdf")
			var stdout bytes.Buffer
			args := append([]string{"export", "marketing", "--db", db, "--out", out}, tc.args...)
			if err := run(t, args, &stdout); err != nil {
				t.Fatalf("run(%q): %v", args, err)
			}
			if !strings.Contains(stdout.String(), out) {
				t.Errorf("printed %q, want it to name %s", stdout.String(), out)
			}
			b, err := os.ReadFile(out)
			if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Fatalf("%s is not a PDF: %v", out, err)
			}
			if _, err := exec.LookPath("pdftotext"); err != nil {
				return
			}
			text, err := exec.Command("pdftotext", out, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			flat := strings.Join(strings.Fields(string(text)), "")
			for _, w := range tc.want {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
					t.Errorf("the report does not show %q", w)
				}
			}
		})
	}
}

// An unknown activity or period, or a bad flag, fails and writes nothing.
func TestRunExportMarketingRefuses(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown activity", []string{"--activity", "99999"}, "no activity 99999"},
		{"not an id", []string{"--activity", "abc"}, "--activity"},
		{"a month", []string{"--period", "2026-07"}, "--period"},
		{"not a period", []string{"--period", "2026-Q5"}, "--period"},
		{"nothing in it", []string{"--period", "1999"}, "no marketing activities or plan for 1999"},
		{"both", []string{"--period", "2026", "--activity", "1"}, "one of them"},
		{"neither", nil, "one of them"},
		{"unknown language", []string{"--period", "2026", "--lang", "fr"}, "--lang"},
		{"missing database", []string{"--period", "2026", "--db", filepath.Join(dir, "x.db")}, "no database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout bytes.Buffer
			args := append([]string{"export", "marketing", "--db", db, "--out", out}, tc.args...)
			err := run(t, args, &stdout)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to say %q", err, tc.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("printed %q", stdout.String())
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("left %d files behind", len(entries))
			}
		})
	}
}
