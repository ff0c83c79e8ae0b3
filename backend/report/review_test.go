package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"kams/backend/domain"
	"kams/backend/report"
)

// team is a review of n members; heavy fills every list past what a page
// holds.
func team(n int, heavy bool) report.ReviewData {
	r := report.ReviewData{Printed: clock(), Currency: "CNY", Team: "华东大客户部", Period: "2026-Q3", PreviousPeriod: "2026-Q2"}
	kpis := []string{"销售额", "目标达成率", "新增商机", "拜访次数", "回款率", "客户满意度"}
	for i := 0; i < n; i++ {
		m := report.ReviewMember{Name: fmt.Sprintf("成员%02d", i+1), Role: []string{"kam", "sales", "presales", "service", "manager"}[i%5],
			Total: float64(60 + i*7%40), PreviousTotal: float64(55 + i*5%40), Grade: []string{"A", "B", "C", "D"}[i%4],
			Achievement: float64(40+i*13%90) / 100, Comments: fmt.Sprintf("成员%02d评语：本季度拜访客户积极，商机推进稳定；下季度需加强回款管理。", i+1)}
		nk := len(kpis)
		if heavy {
			nk = 20
			m.Comments = strings.Repeat(m.Comments, 20)
		}
		for k := 0; k < nk; k++ {
			m.KPIs = append(m.KPIs, report.ReviewKPI{Name: domain.Text{Zh: kpis[k%len(kpis)], En: fmt.Sprintf("KPI %d", k+1)},
				Weight: 15, Target: "¥500万", Actual: "¥460万", Score: float64(70 + k*3%30), PreviousScore: float64(65 + k*5%30)})
		}
		for _, q := range []string{"专业能力", "工作态度", "团队协作"} {
			m.Ratings = append(m.Ratings, report.ReviewRating{Name: domain.Text{Zh: q, En: q}, Score: 1 + (i+len(q))%5})
		}
		nt := 2
		if heavy {
			nt = 25
		}
		for t := 0; t < nt; t++ {
			m.Training = append(m.Training, report.ReviewTraining{Course: fmt.Sprintf("大客户销售技巧第%d讲", t+1),
				Date: "2026-08-12", Hours: 6, Result: "合格"})
		}
		r.Members = append(r.Members, m)
	}
	return r
}

func TestReview(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		heavy bool
		lang  string
	}{
		{"six members", 6, false, "zh"},
		{"six members in English", 6, false, "en"},
		{"full lists are cut to one page", 4, true, "zh"},
		{"a large team", 40, false, "zh"},
		{"no members", 0, false, "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := team(tt.n, tt.heavy)
			path := writeDoc(t, func(w *bytes.Buffer) error { return report.Review(w, r, tt.lang) }, "review-"+strings.ReplaceAll(tt.name, " ", "-"))
			if pages := checkDoc(t, path, tt.lang); pages != tt.n+1 {
				t.Errorf("%d pages for %d members, want %d", pages, tt.n, tt.n+1)
			}
			text := tool(t, "pdftotext", "-layout", path, "-")
			pages := strings.Split(text, "\f")
			for i, m := range r.Members {
				page := noSpace(pages[i+1])
				for _, want := range []string{m.Name, m.Training[0].Course} {
					if !strings.Contains(page, noSpace(want)) {
						t.Errorf("page %d does not show %q", i+2, want)
					}
				}
				if !strings.Contains(page, "评语") {
					t.Errorf("page %d does not show the comments", i+2)
				}
				if tt.heavy && !strings.Contains(page, "共20") {
					t.Errorf("page %d does not say how many KPIs it shows", i+2)
				}
			}
			heads := map[string][]string{"zh": {"团队绩效考核", "排名", "等级分布", "销售目标达成率"},
				"en": {"Team performance review", "Ranking", "Grade distribution", "Revenue target achievement"}}[tt.lang]
			if tt.n > 0 {
				for _, h := range heads {
					if !strings.Contains(noSpace(pages[0]), noSpace(h)) {
						t.Errorf("the summary does not show %q", h)
					}
				}
			}
		})
	}
}

func BenchmarkReview(b *testing.B) {
	r := team(12, false)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := report.Review(&buf, r, "zh"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
}
