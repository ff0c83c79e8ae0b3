package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The customer profile form and the funnel table print in both languages
// and say what they are about.
func TestRunExportProfileAndFunnel(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		args []string
		want map[string][]string // lang → texts
	}{
		{"profile", []string{"profile", "--account", "江宁汽车"}, map[string][]string{
			"zh": {"客户档案表", "江宁新能源汽车股份有限公司", "下属公司", "鼎盛锂电科技有限公司", "大客户识别", "第1页/共2页"},
			"en": {"Customer profile", "江宁新能源汽车股份有限公司", "Subsidiaries", "Key-account identification", "Page 1 of 2"}}},
		{"profile of a subsidiary", []string{"profile", "--account", "鼎盛锂电"}, map[string][]string{
			"zh": {"上级公司", "江宁新能源汽车股份有限公司"}, "en": {"Parent company"}}},
		{"funnel of the team", []string{"funnel", "--period", "2026-Q4"}, map[string][]string{
			"zh": {"销售漏斗表", "全团队 · 2026-Q4", "按大客户经理", "王磊", "招投标与商务谈判"},
			"en": {"Sales funnel table", "Whole team · 2026-Q4", "By key-account manager", "Bid & negotiate"}}},
		{"funnel of a lead", []string{"funnel", "--period", "2026", "--member", "王磊"}, map[string][]string{
			"zh": {"王磊 · 2026", "三、商机明细"}, "en": {"王磊 · 2026", "3. The opportunities"}}},
	} {
		for _, lang := range []string{"zh", "en"} {
			out := filepath.Join(dir, c.name+"-"+lang+".pdf")
			var stdout bytes.Buffer
			args := append(append([]string{"export"}, c.args...), "--db", db, "--out", out, "--lang", lang)
			if err := run(t, args, &stdout); err != nil {
				t.Fatalf("%q: %v", args, err)
			}
			if !strings.Contains(stdout.String(), out) {
				t.Errorf("%s printed %q", c.name, stdout.String())
			}
			if _, err := exec.LookPath("pdftotext"); err != nil {
				continue
			}
			text, err := exec.Command("pdftotext", out, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want[lang] {
				if !strings.Contains(string(text), w) {
					t.Errorf("%s (%s) does not say %q", c.name, lang, w)
				}
			}
		}
	}
}

// An unknown account, member or period exits with an error and writes
// nothing.
func TestRunExportProfileAndFunnelRefuse(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"profile: unknown account", []string{"profile", "--db", db, "--account", "没有这个客户", "--out", out}, "没有这个客户"},
		{"profile: unknown id", []string{"profile", "--db", db, "--account", "99999", "--out", out}, "99999"},
		{"profile: no account", []string{"profile", "--db", db, "--out", out}, "--account"},
		{"funnel: unknown member", []string{"funnel", "--db", db, "--period", "2026", "--member", "无名氏", "--out", out}, "无名氏"},
		{"funnel: unknown member id", []string{"funnel", "--db", db, "--period", "2026", "--member", "99999", "--out", out}, "99999"},
		{"funnel: not a period", []string{"funnel", "--db", db, "--period", "2026-Q5", "--out", out}, "--period"},
		{"funnel: no period", []string{"funnel", "--db", db, "--out", out}, "--period"},
		{"funnel: missing database", []string{"funnel", "--db", filepath.Join(dir, "x.db"), "--period", "2026", "--out", out}, "no database"},
		{"funnel: unknown language", []string{"funnel", "--db", db, "--period", "2026", "--out", out, "--lang", "fr"}, "--lang"},
	} {
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
