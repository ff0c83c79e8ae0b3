package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kams/backend/domain"
)

func TestRunExportPlan(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	for _, lang := range []string{"zh", "en"} {
		out := filepath.Join(dir, "江宁-2026-大客户计划-"+lang+".pdf")
		var stdout bytes.Buffer
		args := []string{"export", "plan", "--db", db, "--account", "江宁汽车", "--year", "2026", "--out", out, "--lang", lang}
		if err := run(t, args, &stdout); err != nil {
			t.Fatalf("run(t, %q): %v", args, err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Fatalf("%s is not a PDF", out)
		}
		if !strings.Contains(stdout.String(), out) {
			t.Errorf("export printed %q, want it to name %s", stdout.String(), out)
		}
		if _, err := exec.LookPath("pdftotext"); err == nil {
			text, err := exec.Command("pdftotext", out, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(text), "江宁新能源汽车股份有限公司") {
				t.Errorf("the %s plan does not name the account", lang)
			}
		}
	}
}

// The sample's team was assessed in the two quarters before today: the
// review of the last one has the team page and a page per member.
func TestRunExportReview(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	period := domain.PreviousPeriod(domain.QuarterOf(testClock.Now()))
	for _, lang := range []string{"zh", "en"} {
		out := filepath.Join(dir, "review-"+lang+".pdf")
		var stdout bytes.Buffer
		args := []string{"export", "review", "--db", db, "--period", period, "--out", out, "--lang", lang}
		if err := run(t, args, &stdout); err != nil {
			t.Fatalf("run(t, %q): %v", args, err)
		}
		if _, err := exec.LookPath("pdftotext"); err != nil {
			continue
		}
		info, err := exec.Command("pdfinfo", out).Output()
		if err != nil {
			t.Fatal(err)
		}
		text, err := exec.Command("pdftotext", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		members := 0
		for _, m := range []string{"王磊", "李娜", "陈志强", "刘洋", "赵敏", "周杰", "孙悦", "张建国"} {
			if strings.Contains(string(text), m) {
				members++
			}
		}
		if members < 5 || !strings.Contains(string(info), fmt.Sprintf("Pages:           %d\n", members+1)) {
			t.Errorf("%s review names %d sample members; want at least 5 and a page each plus the team's:\n%s", lang, members, info)
		}
	}
}

func TestRunExportPlanAndReviewRefuse(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"plan: unknown account", []string{"plan", "--db", db, "--account", "没有这个客户", "--year", "2026", "--out", out}, "没有这个客户"},
		{"plan: bad year", []string{"plan", "--db", db, "--account", "江宁汽车", "--year", "26", "--out", out}, "--year"},
		{"plan: unwritable path", []string{"plan", "--db", db, "--account", "江宁汽车", "--year", "2026", "--out", filepath.Join(dir, "no", "dir", "p.pdf")}, "cannot write"},
		{"plan: no account", []string{"plan", "--db", db, "--out", out}, "--account"},
		{"plan: missing database", []string{"plan", "--db", filepath.Join(dir, "x.db"), "--account", "1", "--out", out}, "no database"},
		{"review: no assessments", []string{"review", "--db", db, "--period", "2020-Q3", "--out", out}, "no assessments for period 2020-Q3"},
		{"review: not a period", []string{"review", "--db", db, "--period", "2026-Q5", "--out", out}, "--period"},
		{"review: no period", []string{"review", "--db", db, "--out", out}, "--period"},
		{"review: unknown language", []string{"review", "--db", db, "--period", "2026", "--out", out, "--lang", "fr"}, "--lang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout bytes.Buffer
			err := run(t, append([]string{"export"}, tt.args...), &stdout)
			if err == nil {
				t.Fatal("export succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
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
