package report_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/service"
	"kams/backend/store"
)

// largest is the sample account with the most people, deals and interactions.
const largest = "江宁新能源汽车股份有限公司"

var clock = func() time.Time { return time.Date(2026, 3, 16, 9, 0, 0, 0, time.Local) }

// sampleBrief gathers the brief of the largest account of a fresh sample
// database.
func sampleBrief(tb testing.TB) report.BriefData {
	tb.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(tb.TempDir(), "kams.db"), clock)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
		tb.Fatal(err)
	}
	r := book.New(st).Reports
	a, err := r.FindAccount(ctx, largest)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := r.BriefData(ctx, a.ID)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// tool runs a poppler tool on a file, skipping the test when it is not
// installed (scripts/deps.sh test installs poppler-utils).
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not installed (poppler-utils)", name)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %q: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func writePDF(t *testing.T, b report.BriefData, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Brief(&buf, b, lang); err != nil {
		t.Fatalf("Brief(%s): %v", lang, err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("Brief(%s) did not write a PDF", lang)
	}
	path := filepath.Join(t.TempDir(), "brief-"+lang+".pdf")
	// BRIEF_DUMP=DIR keeps a copy of each brief, to look at.
	if d := os.Getenv("BRIEF_DUMP"); d != "" {
		if err := os.WriteFile(filepath.Join(d, strings.ReplaceAll(t.Name(), "/", "-")+".pdf"), buf.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBriefSample(t *testing.T) {
	b := sampleBrief(t)
	if len(b.People) == 0 || len(b.Deals) == 0 || len(b.Interactions) == 0 {
		t.Fatalf("the sample brief is missing data: %d people, %d deals, %d interactions",
			len(b.People), len(b.Deals), len(b.Interactions))
	}
	for _, tt := range []struct {
		lang     string
		headings []string
	}{
		{"zh", []string{"会前简报", "客户概况", "会见对象", "未结商机", "最近互动", "下一步行动", "风险提示", "第 1 页 / 共 1 页"}},
		{"en", []string{"Meeting brief", "Account at a glance", "People to meet", "Open opportunities",
			"Last interactions", "Next steps", "Red flags", "Page 1 of 1"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			path := writePDF(t, b, tt.lang)
			checkPDF(t, path)
			// pdftotext drops the narrow spaces between Chinese and digits.
			text := noSpace(tool(t, "pdftotext", "-layout", path, "-"))
			for _, want := range append(tt.headings, largest, b.People[0].Name, b.Deals[0].Name) {
				if !strings.Contains(text, noSpace(want)) {
					t.Errorf("the %s brief does not show %q", tt.lang, want)
				}
			}
		})
	}
}

// checkPDF checks what every brief must be: one page, every font
// embedded, every word inside the margins, and something printed.
func checkPDF(t *testing.T, path string) {
	t.Helper()
	if info := tool(t, "pdfinfo", path); !regexp.MustCompile(`(?m)^Pages:\s+1$`).MatchString(info) {
		t.Errorf("not one page:\n%s", info)
	}

	fonts := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	if len(fonts) < 3 {
		t.Errorf("pdffonts lists no font:\n%s", strings.Join(fonts, "\n"))
	}
	for _, line := range fonts[min(2, len(fonts)):] {
		// name type [type] encoding emb sub uni object ID: emb is 5th from the end.
		f := strings.Fields(line)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
	}

	bbox := tool(t, "pdftotext", "-bbox", path, "-")
	page := regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)"`).FindStringSubmatch(bbox)
	if page == nil {
		t.Fatalf("pdftotext -bbox shows no page")
	}
	w, h := num(page[1]), num(page[2])
	m := report.Margin / 25.4 * 72 // points
	const slack = 0.5
	words := regexp.MustCompile(`<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>`).
		FindAllStringSubmatch(bbox, -1)
	if len(words) < 50 {
		t.Errorf("only %d words on the page", len(words))
	}
	for _, wd := range words {
		x0, y0, x1, y1 := num(wd[1]), num(wd[2]), num(wd[3]), num(wd[4])
		if x0 < m-slack || y0 < m-slack || x1 > w-m+slack || y1 > h-m+slack {
			t.Errorf("word %q at (%.1f,%.1f)–(%.1f,%.1f) is outside the %.1fpt margins of a %.0f×%.0f page",
				wd[5], x0, y0, x1, y1, m, w, h)
		}
	}

	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm is not installed (poppler-utils)")
	}
	prefix := filepath.Join(t.TempDir(), "page")
	tool(t, "pdftoppm", "-png", "-r", "60", "-singlefile", path, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if ink := inked(img); ink < 0.01 {
		t.Errorf("the page is blank: %.2f%% of its pixels are not white", ink*100)
	}
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

func num(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// inked is the share of pixels that are not white.
func inked(img image.Image) float64 {
	r := img.Bounds()
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr < 0xf000 || cg < 0xf000 || cb < 0xf000 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

// TestBriefAlwaysOnePage fills every list to the brim with the longest
// texts the app accepts: the brief still is one page, cut with "…".
func TestBriefAlwaysOnePage(t *testing.T) {
	long := func(zh string, n int) string { return strings.Repeat(zh, n) }
	b := report.BriefData{
		Printed:  clock(),
		Currency: "CNY",
		Account: domain.Account{Name: long("超长名称的客户股份有限公司，", 15), Industry: long("行业", 100),
			Region: long("Region ", 28), Status: domain.StatusActive, Stage: domain.StageIntegrated,
			Manager: long("王", 200), OurSales: domain.MaxMoney},
		Scores: domain.Scores{Identification: 100, KeyAccount: true, Quadrant: domain.QuadrantStrategic, ShareOfWallet: 1},
	}
	for i := 0; i < 40; i++ {
		b.People = append(b.People, domain.Contact{Name: long("欧阳", 100), Title: long("Director ", 22),
			Role: domain.RoleEconomic, Influence: domain.InfluenceHigh, Attitude: -2,
			Interests: long("高尔夫、围棋（业余五段），", 1500)})
		b.Deals = append(b.Deals, report.BriefDeal{Name: long("Deal name ", 20), Amount: domain.MaxMoney,
			Stage: domain.Text{Zh: long("阶段", 50), En: long("Stage ", 30)}, CloseDate: "2026-12-31", Probability: 100})
		in := domain.Interaction{Date: "2026-03-01", Kind: "tech", ContactNames: []string{long("欧阳", 100), "李雷"},
			Summary: long("技术交流：演示方案。", 2000), NextStep: long("提交方案，", 4000), NextDue: "2026-03-01"}
		b.Interactions = append(b.Interactions, in)
		b.Steps = append(b.Steps, in)
		b.Flags = append(b.Flags, domain.RedFlag{Key: "flag.highInfluenceOpponent", Params: map[string]any{"name": long("欧阳", 100)}})
	}
	b.PeopleTotal, b.DealsTotal, b.InteractionsTotal, b.StepsTotal = 41, 42, 43, 44
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			path := writePDF(t, b, lang)
			checkPDF(t, path)
			text := noSpace(tool(t, "pdftotext", "-layout", path, "-"))
			if !strings.Contains(text, "…") {
				t.Error("nothing was cut with …")
			}
			shown := map[string]string{"zh": "/共41）", "en": "of41shown"}[lang]
			if !strings.Contains(text, shown) {
				t.Errorf("the people's heading does not say how many are shown (%q)", shown)
			}
		})
	}
}

func TestBriefEmptyAccount(t *testing.T) {
	b := report.BriefData{Printed: clock(), Currency: "CNY",
		Account: domain.Account{Name: "新客户", Status: domain.StatusProspect, Stage: domain.StageExploratory},
		Scores:  domain.Scores{Quadrant: domain.QuadrantUnclassified, ShareOfWallet: -1}}
	path := writePDF(t, b, "zh")
	text := tool(t, "pdftotext", "-layout", path, "-")
	if n := strings.Count(text, "无"); n < 5 {
		t.Errorf("an empty account's brief says 无 %d times, want one per empty section:\n%s", n, text)
	}
}

func TestBriefRejectsUnknownLanguage(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Brief(&buf, report.BriefData{}, "fr"); err == nil {
		t.Error("Brief in French succeeded")
	}
	if buf.Len() != 0 {
		t.Error("Brief in French wrote output")
	}
}

func BenchmarkBrief(b *testing.B) {
	data := sampleBrief(b)
	for _, lang := range []string{"zh", "en"} {
		b.Run(lang, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := report.Brief(&buf, data, lang); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
		})
	}
}
