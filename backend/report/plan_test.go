package report_test

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kams/backend/domain"
	"kams/backend/report"
)

// realPlan is a plan of the sample's largest account as a user fills it in.
func realPlan(tb testing.TB) report.PlanData {
	b := sampleBrief(tb)
	p := report.PlanData{Printed: clock(), Currency: "CNY", Year: 2026, Account: b.Account, Scores: b.Scores,
		Contacts: b.People, Stages: domain.DefaultStages()}
	for _, d := range b.Deals {
		p.Deals = append(p.Deals, domain.Opportunity{Name: d.Name, Stage: "solution", Amount: d.Amount,
			Probability: d.Probability, CloseDate: d.CloseDate, Status: domain.DealOpen})
	}
	p.Deals = append(p.Deals, domain.Opportunity{Name: "电池包检测线（一期）", Stage: "commit", Amount: 1_200_000_00,
		Probability: 100, CloseDate: "2026-01-20", Status: domain.DealWon})
	p.Plan = report.PlanSections{
		Business:     "新能源乘用车整车制造，年产能 30 万辆，2025 年营收 420 亿元。",
		Strategy:     "三年内进入欧洲市场；电池自制率提升到 60%。",
		Organisation: "集团下设制造、研发、采购三大中心，采购由副总裁统一审批。",
		Procurement:  "2026 年新建第二工厂，涂装与总装线设备招标在第三季度。",
		Position:     "我方为焊装线主供应商，涂装线尚未进入。",
		SalesHistory: []report.PlanSales{{Period: "2024", Amount: 2_600_000_00}, {Period: "2025", Amount: 4_100_000_00}},
		Strengths:    []string{"焊装线交付口碑好", "本地服务团队 2 小时响应"},
		Weaknesses:   []string{"涂装工艺案例少"},
		Chances:      []string{"第二工厂新建产线"},
		Threats:      []string{"竞争对手低价进入", "客户自研部分设备"},
		Objectives: []report.PlanObjective{{Kind: "revenue", Text: "年度销售额达到 6,000 万元", Measure: "签约金额", Target: "¥6,000万", Due: "2026-12-31"},
			{Kind: "share", Text: "钱包份额提升到 35%", Measure: "我方销售 ÷ 品类采购", Target: "35%", Due: "2026-12-31"},
			{Kind: "relationship", Text: "关系阶段进入互相依存期", Measure: "高层互访两次", Target: "互相依存期", Due: "2026-09-30"}},
		Strategies: []string{"以焊装线的成功案例切入涂装线", "建立高层定期互访机制"},
		Actions: []report.PlanAction{{Item: "组织涂装线技术交流会", Owner: "张伟", Due: "2026-04-15", Status: "doing"},
			{Item: "邀请采购副总裁参观样板工厂", Owner: "李娜", Due: "2026-02-28", Status: "todo"},
			{Item: "提交第二工厂整体方案", Owner: "张伟", Due: "2026-06-30", Status: "done"}},
		Resources: []string{"售前工程师两名，支持三个月", "样板工厂参观费用 5 万元"},
		Risks:     []report.PlanRisk{{Risk: "竞争对手低价投标", Counter: "强调全生命周期成本，提供分期付款"}},
		Reviews:   []report.PlanReview{{Date: "2026-06-30", Note: "半年回顾：目标达成与行动计划"}, {Date: "2026-12-15", Note: "年度回顾"}},
	}
	p.Targets = []report.PlanTarget{{Period: "2026", RevenueTarget: 6_000_000_00, Revenue: 1_200_000_00, NewOppsTarget: 6, NewOpps: 2, VisitsTarget: 48, Visits: 11},
		{Period: "2026-Q1", RevenueTarget: 1_000_000_00, Revenue: 1_200_000_00, NewOppsTarget: 2, NewOpps: 2, VisitsTarget: 12, Visits: 11}}
	return p
}

// userTexts are texts of the user's that the plan must print.
func userTexts(p report.PlanData) []string {
	s := p.Plan
	out := []string{p.Account.Name, s.Business, s.Strategy, s.Organisation, s.Procurement, s.Position}
	out = append(out, s.Strengths...)
	out = append(out, s.Weaknesses...)
	out = append(out, s.Chances...)
	out = append(out, s.Threats...)
	out = append(out, s.Strategies...)
	out = append(out, s.Resources...)
	for _, a := range s.Actions {
		out = append(out, a.Item)
	}
	for _, o := range s.Objectives {
		out = append(out, o.Text)
	}
	for _, r := range s.Risks {
		out = append(out, r.Risk, r.Counter)
	}
	for _, r := range s.Reviews {
		out = append(out, r.Note)
	}
	for _, d := range p.Deals {
		out = append(out, d.Name)
	}
	for _, c := range p.Contacts {
		out = append(out, c.Name)
	}
	return out
}

func TestPlanSections(t *testing.T) {
	p := realPlan(t)
	for _, tt := range []struct {
		lang     string
		headings []string
	}{
		{"zh", []string{"大客户计划", "2026 年度", "关键数据", "一、客户现状", "客户业务", "经营战略", "组织结构", "采购规划",
			"二、我方地位", "销售历史", "三、SWOT 分析", "优势 S", "劣势 W", "机会 O", "威胁 T", "四、目标", "五、策略",
			"六、行动计划", "七、所需资源", "八、风险与对策", "九、回顾日期", "十、商机", "销售漏斗", "十一、关系图",
			"十二、目标与达成", "第 1 页 / 共"}},
		{"en", []string{"Account plan", "Year 2026", "Key figures", "1. The customer's situation", "Customer business",
			"2. Our position", "3. SWOT", "Strengths", "Weaknesses", "Opportunities", "Threats", "4. Objectives",
			"5. Strategies", "6. Action plan", "7. Resources needed", "8. Risks and counter-measures", "9. Review dates",
			"10. Opportunities", "Sales funnel", "11. Relationship map", "12. Targets and achievement", "Page 1 of"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			path := writeDoc(t, func(w *bytes.Buffer) error { return report.Plan(w, p, tt.lang) }, "plan-"+tt.lang)
			pages := checkDoc(t, path, tt.lang)
			text := noSpace(tool(t, "pdftotext", path, "-"))
			for _, want := range append(tt.headings, userTexts(p)...) {
				if !strings.Contains(text, noSpace(want)) {
					t.Errorf("the %s plan does not show %q", tt.lang, want)
				}
			}
			if strings.Contains(text, noSpace(tr(tt.lang, "(Not filled in)", "（未填写）"))) {
				t.Errorf("a filled-in plan says a section is not filled in")
			}
			if pages < 3 {
				t.Errorf("the plan has %d pages", pages)
			}
		})
	}
}

func tr(lang, en, zh string) string {
	if lang == "en" {
		return en
	}
	return zh
}

func TestPlanEmptySections(t *testing.T) {
	p := report.PlanData{Printed: clock(), Currency: "CNY", Year: 2026,
		Account: domain.Account{Name: "新客户", Status: domain.StatusProspect, Stage: domain.StageExploratory},
		Scores:  domain.Scores{Quadrant: domain.QuadrantUnclassified, ShareOfWallet: -1}}
	path := writeDoc(t, func(w *bytes.Buffer) error { return report.Plan(w, p, "zh") }, "plan-empty")
	checkDoc(t, path, "zh")
	text := noSpace(tool(t, "pdftotext", path, "-"))
	// Situation ×4, position, SWOT, objectives, strategies, actions,
	// resources, risks, reviews, deals, map, targets.
	if n := strings.Count(text, "（未填写）"); n < 15 {
		t.Errorf("an empty plan says 未填写 %d times, want one per empty part:\n%s", n, text)
	}
}

// bigPlan has 60 actions, 80 people in a tree both too wide and too deep
// for a page, and long texts.
func bigPlan(tb testing.TB) report.PlanData {
	p := realPlan(tb)
	p.Plan.Actions = nil
	for i := 1; i <= 60; i++ {
		item := fmt.Sprintf("行动项%02d：与客户的工艺部门确认第二工厂涂装线的节拍、产能与验收标准，", i)
		if i%7 == 0 {
			item += strings.Repeat("并形成书面纪要（含附件）。", 12)
		}
		p.Plan.Actions = append(p.Plan.Actions, report.PlanAction{Item: item, Owner: "负责人" + strconv.Itoa(i%5),
			Due: fmt.Sprintf("2026-%02d-15", 1+i%12), Status: []string{"todo", "doing", "done", "cancelled"}[i%4]})
	}
	p.Plan.Business = strings.Repeat("客户业务覆盖整车、电池与储能，海外市场快速增长（尤其是欧洲）。", 60)
	p.Plan.Strengths = nil
	for i := 0; i < 30; i++ {
		p.Plan.Strengths = append(p.Plan.Strengths, fmt.Sprintf("优势%02d：交付及时，服务响应快，客户满意度高。", i))
	}
	// 80 people: a chief with six reports; the first has 30 reports (too
	// wide), the second a chain 14 deep (too deep), the others small teams.
	var people []domain.Contact
	add := func(boss int64, title string) int64 {
		id := int64(len(people) + 1)
		people = append(people, domain.Contact{ID: id, ReportsTo: boss, Name: fmt.Sprintf("人员%02d", id), Title: title,
			Role: domain.BuyingRoles[int(id)%len(domain.BuyingRoles)], Attitude: int(id)%5 - 2,
			Influence: []domain.Influence{domain.InfluenceHigh, domain.InfluenceMedium, domain.InfluenceLow}[id%3]})
		return id
	}
	chief := add(0, "总经理")
	wide := add(chief, "制造副总裁")
	deep := add(chief, "研发副总裁")
	for i := 0; i < 30; i++ {
		add(wide, "车间主任")
	}
	boss := deep
	for i := 0; i < 14; i++ {
		boss = add(boss, "工程师")
	}
	for len(people) < 80 {
		head := add(chief, "部门经理")
		for j := 0; j < 3 && len(people) < 80; j++ {
			add(head, "主管")
		}
	}
	p.Contacts = people
	return p
}

func TestPlanBig(t *testing.T) {
	p := bigPlan(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			path := writeDoc(t, func(w *bytes.Buffer) error { return report.Plan(w, p, lang) }, "plan-big-"+lang)
			checkDoc(t, path, lang)
			text := noSpace(tool(t, "pdftotext", path, "-"))
			// A cell's lines sit between other columns' in the text: read
			// the item column alone, by its left edge.
			items := columnText(tool(t, "pdftotext", "-bbox", path, "-"), "行动项01")
			for _, a := range p.Plan.Actions {
				if !strings.Contains(items, noSpace(a.Item)) {
					t.Errorf("action %q is missing", a.Item)
				}
			}
			for _, c := range p.Contacts {
				if !strings.Contains(text, c.Name) {
					t.Errorf("person %q is missing", c.Name)
				}
			}
		})
	}
}

// columnText joins, in reading order, the words that start where the word
// beginning with first starts: the lines of one table column.
func columnText(bbox, first string) string {
	words := wordPattern.FindAllStringSubmatch(bbox, -1)
	x := -1.0
	for _, w := range words {
		if strings.HasPrefix(w[5], first) {
			x = num(w[1])
			break
		}
	}
	var b strings.Builder
	for _, w := range words {
		if d := num(w[1]) - x; d > -0.5 && d < 0.5 {
			b.WriteString(w[5])
		}
	}
	return b.String()
}

// writeDoc renders a document and keeps it in a file (and in $BRIEF_DUMP).
func writeDoc(t *testing.T, render func(*bytes.Buffer) error, name string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("%s is not a PDF", name)
	}
	if d := os.Getenv("BRIEF_DUMP"); d != "" {
		if err := os.WriteFile(filepath.Join(d, name+".pdf"), buf.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

var (
	pagePattern = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordPattern = regexp.MustCompile(`<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>`)
)

// checkDoc checks what every page of a report must be: fonts embedded,
// every word inside the margins, ink on the page, and its footer "page n
// of N". It returns the number of pages.
func checkDoc(t *testing.T, path, lang string) int {
	t.Helper()
	info := tool(t, "pdfinfo", path)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo shows no pages:\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])

	fonts := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	if len(fonts) < 3 {
		t.Errorf("pdffonts lists no font")
	}
	for _, line := range fonts[min(2, len(fonts)):] {
		f := strings.Fields(line)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
	}

	bbox := tool(t, "pdftotext", "-bbox", path, "-")
	parts := pagePattern.Split(bbox, -1)[1:]
	sizes := pagePattern.FindAllStringSubmatch(bbox, -1)
	if len(parts) != pages {
		t.Fatalf("pdftotext shows %d pages, pdfinfo %d", len(parts), pages)
	}
	mm := report.Margin / 25.4 * 72
	const slack = 0.5
	for i, part := range parts {
		w, h := num(sizes[i][1]), num(sizes[i][2])
		for _, wd := range wordPattern.FindAllStringSubmatch(part, -1) {
			x0, y0, x1, y1 := num(wd[1]), num(wd[2]), num(wd[3]), num(wd[4])
			if x0 < mm-slack || y0 < mm-slack || x1 > w-mm+slack || y1 > h-mm+slack {
				t.Errorf("page %d: word %q at (%.1f,%.1f)–(%.1f,%.1f) is outside the margins", i+1, wd[5], x0, y0, x1, y1)
			}
		}
	}
	text := tool(t, "pdftotext", "-layout", path, "-")
	for i, page := range strings.Split(text, "\f")[:pages] {
		want := fmt.Sprintf("第 %d 页 / 共 %d 页", i+1, pages)
		if lang == "en" {
			want = fmt.Sprintf("Page %d of %d", i+1, pages)
		}
		if !strings.Contains(noSpace(page), noSpace(want)) {
			t.Errorf("page %d has no footer %q", i+1, want)
		}
	}

	prefix := filepath.Join(t.TempDir(), "page")
	tool(t, "pdftoppm", "-png", "-r", "30", path, prefix)
	shots, _ := filepath.Glob(prefix + "*.png")
	if len(shots) != pages {
		t.Errorf("pdftoppm made %d pictures of %d pages", len(shots), pages)
	}
	for _, s := range shots {
		f, err := os.Open(s)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if ink := inked(img); ink < 0.005 {
			t.Errorf("%s is blank: %.2f%% ink", filepath.Base(s), ink*100)
		}
	}
	return pages
}

func BenchmarkPlan(b *testing.B) {
	p := bigPlan(b)
	for _, lang := range []string{"zh", "en"} {
		b.Run(lang, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := report.Plan(&buf, p, lang); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
		})
	}
}
