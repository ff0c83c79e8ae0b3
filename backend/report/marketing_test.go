package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"kams/backend/domain"
	"kams/backend/report"
)

func seminar(people, deals int) report.MarketingActivityData {
	a := report.MarketingActivityData{Printed: clock(), Currency: "CNY", Type: domain.Text{Zh: "技术交流会", En: "Seminar"},
		Title: "2026 智能工厂技术交流会（南京站）", Start: "2026-05-12", End: "2026-05-13", Place: "南京金陵饭店", Status: "reviewed",
		Accounts: []string{"江宁新能源汽车股份有限公司", "苏州精工机械有限公司"},
		Costs:    []domain.Cost{{Category: "venue", Budget: 30_000_00, Actual: 28_000_00}, {Category: "catering", Budget: 12_000_00, Actual: 14_500_00}},
		Cost:     42_500_00, Notes: "议程：数字化车间、AGV 调度、MES 集成。", Review: "到场率高；苏州精工的技术总监提出试点需求。"}
	for i := range people {
		a.People = append(a.People, report.MarketingPerson{Name: fmt.Sprintf("联系人%02d", i+1), Account: a.Accounts[i%2], Attended: i%3 != 0})
	}
	for i := range deals {
		st := []string{"won", "open", "lost"}[i%3]
		a.Deals = append(a.Deals, report.MarketingDeal{Name: fmt.Sprintf("产线改造%d期", i+1), Account: a.Accounts[i%2], Status: st,
			Amount: int64(100_000_00 * (i + 1)), Live: i != 4})
		if st == "won" && i != 4 {
			a.Revenue += int64(100_000_00 * (i + 1))
		}
	}
	return a
}

func TestMarketingActivityReport(t *testing.T) {
	for _, tc := range []struct {
		name          string
		people, deals int
		lang          string
		wants         []string
	}{
		{"held and reviewed", 6, 3, "zh", []string{"市场活动报告", "技术交流会", "南京金陵饭店", "归因规则", "产出的商机", "产线改造1期", "客户", "复盘", "+135%"}},
		{"in English", 6, 3, "en", []string{"Marketing activity report", "Seminar", "Attribution rule", "Deals it produced", "Venue", "+135%"}},
		{"a big one flows over pages", 120, 40, "zh", []string{"联系人120", "产线改造40期"}},
		{"nothing linked, no people", 0, 0, "en", []string{"−100%", "(Not filled in)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := seminar(tc.people, tc.deals)
			path := writeDoc(t, func(w *bytes.Buffer) error { return report.MarketingActivity(w, a, tc.lang) }, "marketing-"+strings.ReplaceAll(tc.name, " ", "-"))
			pages := checkDoc(t, path, tc.lang)
			if tc.people > 100 && pages < 3 {
				t.Errorf("%d pages for %d people and %d deals", pages, tc.people, tc.deals)
			}
			text := noSpace(tool(t, "pdftotext", "-layout", path, "-"))
			noKeys(t, text)
			for _, w := range tc.wants {
				if !strings.Contains(text, noSpace(w)) {
					t.Errorf("the report does not show %q", w)
				}
			}
		})
	}
}

func TestMarketingPeriodReport(t *testing.T) {
	line := func(zh, en string, planN, n, held int, budget, cost, planRev, rev int64) report.MarketingLine {
		return report.MarketingLine{Name: domain.Text{Zh: zh, En: en}, PlanActivities: planN, PlanBudget: budget, PlanRevenue: planRev,
			Activities: n, Held: held, Cost: cost, Revenue: rev}
	}
	p := report.MarketingPeriodData{Printed: clock(), Currency: "CNY", Period: "2026",
		Lines: []report.MarketingLine{
			line("技术交流会", "Seminar", 6, 5, 4, 300_000_00, 260_000_00, 5_000_000_00, 3_200_000_00),
			line("展会", "Exhibition", 2, 2, 2, 800_000_00, 910_000_00, 3_000_000_00, 400_000_00),
			line("客户联谊", "Customer event", 0, 1, 1, 0, 30_000_00, 0, 0),
		},
		Total: line("", "", 8, 8, 7, 1_100_000_00, 1_200_000_00, 8_000_000_00, 3_600_000_00),
	}
	for q := 1; q <= 4; q++ {
		p.Quarters = append(p.Quarters, line(fmt.Sprintf("2026 Q%d", q), fmt.Sprintf("2026 Q%d", q), 2, 2, 2, 250_000_00, 300_000_00, 0, int64(q)*500_000_00))
	}
	for i := range 90 {
		p.Activities = append(p.Activities, report.MarketingRow{Start: fmt.Sprintf("2026-%02d-%02d", 1+i%12, 1+i%28), Title: fmt.Sprintf("活动%02d 客户交流", i+1),
			Status: "done", Type: domain.Text{Zh: "技术交流会", En: "Seminar"}, Accounts: 1 + i%5, Cost: 10_000_00, Won: int64(i%4) * 10_000_00})
	}
	p.ActivitiesTotal = 95
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			path := writeDoc(t, func(w *bytes.Buffer) error { return report.MarketingPeriod(w, p, lang) }, "marketing-period-"+lang)
			if pages := checkDoc(t, path, lang); pages < 2 {
				t.Errorf("%d pages for 90 activities", pages)
			}
			text := noSpace(tool(t, "pdftotext", "-layout", path, "-"))
			wants := map[string][]string{
				"zh": {"市场活动报告·2026", "计划与实际", "技术交流会", "按季度", "2026Q3", "费用占预算", "活动90客户交流", "（列出90/共95）", "+1,131%", "−56%", "+200%"},
				"en": {"Marketing activity report · 2026", "Plan against actual", "Exhibition", "By quarter", "Cost against budget", "(90 of 95 shown)", "Attribution rule"},
			}[lang]
			noKeys(t, text)
			for _, w := range wants {
				if !strings.Contains(text, noSpace(w)) {
					t.Errorf("the report does not show %q", w)
				}
			}
		})
	}
}

// noKeys fails when a message key printed as itself (a word missing from
// the report's messages).
func noKeys(t *testing.T, text string) {
	t.Helper()
	for _, prefix := range []string{"mkt.", "mstatus.", "mcost.", "dstatus.", "col."} {
		if strings.Contains(text, prefix) {
			t.Errorf("the report prints a message key %s…", prefix)
		}
	}
}
