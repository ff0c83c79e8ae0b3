package domain_test

import (
	"testing"
	"time"

	"kams/backend/domain"
)

func TestKPIScore(t *testing.T) {
	for _, c := range []struct {
		name           string
		weight         int
		target, actual float64
		cap            int
		want           float64
	}{
		{"on target", 30, 100, 100, 120, 30},
		{"half way", 30, 100, 50, 120, 15},
		{"above target, under the cap", 30, 100, 110, 120, 33},
		{"far above target stops at the cap", 30, 100, 300, 120, 36},
		{"cap of 100 stops at the target", 30, 100, 150, 100, 30},
		{"nothing done", 30, 100, 0, 120, 0},
		{"negative actual scores nothing", 30, 100, -5, 120, 0},
		{"no target scores nothing", 30, 0, 50, 120, 0},
		{"rounds to one decimal", 10, 3, 1, 120, 3.3},
		{"money in minor units", 40, 5e8, 4e8, 120, 32},
	} {
		if got := domain.KPIScore(c.weight, c.target, c.actual, c.cap); got != c.want {
			t.Errorf("%s: KPIScore(%d, %v, %v, %d) = %v, want %v", c.name, c.weight, c.target, c.actual, c.cap, got, c.want)
		}
	}
}

func TestRatingScore(t *testing.T) {
	for _, c := range []struct {
		weight, rating int
		want           float64
	}{{10, 5, 10}, {10, 4, 8}, {10, 1, 2}, {10, 0, 0}, {15, 3, 9}, {7, 3, 4.2}, {10, 9, 10}, {10, -1, 0}} {
		if got := domain.RatingScore(c.weight, c.rating); got != c.want {
			t.Errorf("RatingScore(%d, %d) = %v, want %v", c.weight, c.rating, got, c.want)
		}
	}
}

func TestGrade(t *testing.T) {
	s := domain.DefaultAssessment()
	for _, c := range []struct {
		total float64
		want  string
	}{{120, "A"}, {90, "A"}, {89.9, "B"}, {75, "B"}, {74.9, "C"}, {60, "C"}, {59.9, "D"}, {0, "D"}} {
		if got := s.Grade(c.total); got != c.want {
			t.Errorf("Grade(%v) = %s, want %s", c.total, got, c.want)
		}
	}
	custom := domain.AssessmentSettings{Cap: 150, A: 80, B: 70, C: 50}
	if got := custom.Grade(79); got != "B" {
		t.Errorf("custom Grade(79) = %s, want B", got)
	}
}

func TestAssessmentSettingsValidate(t *testing.T) {
	if err := domain.DefaultAssessment().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	for _, c := range []struct {
		name  string
		s     domain.AssessmentSettings
		field string
		key   string
	}{
		{"cap under 100", domain.AssessmentSettings{Cap: 90, A: 90, B: 75, C: 60}, "cap", "error.range"},
		{"cap over 300", domain.AssessmentSettings{Cap: 400, A: 90, B: 75, C: 60}, "cap", "error.range"},
		{"B above A", domain.AssessmentSettings{Cap: 120, A: 75, B: 90, C: 60}, "grades", "error.gradeOrder"},
		{"B equals C", domain.AssessmentSettings{Cap: 120, A: 90, B: 60, C: 60}, "grades", "error.gradeOrder"},
		{"A over 100", domain.AssessmentSettings{Cap: 120, A: 101, B: 75, C: 60}, "a", "error.range"},
	} {
		t.Run(c.name, func(t *testing.T) { wantOneFieldError(t, c.s.Validate(), c.field, c.key, nil) })
	}
	set := domain.DefaultSettings()
	set.Assessment.C = 95
	wantOneFieldError(t, set.Validate(), "assessment.grades", "error.gradeOrder", nil)
}

func kpi(m domain.Metric, weight int, target float64) domain.TemplateItem {
	return domain.TemplateItem{Kind: domain.ItemKPI, Metric: m, Weight: weight, Target: target}
}

func rating(name string, weight int) domain.TemplateItem {
	return domain.TemplateItem{Kind: domain.ItemRating, Name: name, Weight: weight}
}

func TestTemplateValidate(t *testing.T) {
	valid := func() domain.Template {
		return domain.Template{Name: "大客户经理季度考核", Items: []domain.TemplateItem{
			kpi(domain.MetricWonRevenue, 40, 5e8), kpi(domain.MetricVisits, 20, 30), rating("团队合作", 20), rating("工作态度", 20)}}
	}
	if v := valid(); v.Validate() != nil {
		t.Fatalf("valid template refused: %v", v.Validate())
	}
	for _, c := range []struct {
		name   string
		change func(*domain.Template)
		field  string
		key    string
		params map[string]any
	}{
		{"weights under 100", func(t *domain.Template) { t.Items[0].Weight = 30 }, "weights", "error.weightSum", map[string]any{"sum": 90}},
		{"weights over 100", func(t *domain.Template) { t.Items[1].Weight = 35 }, "weights", "error.weightSum", map[string]any{"sum": 115}},
		{"no name", func(t *domain.Template) { t.Name = "  " }, "name", "error.required", nil},
		{"no items", func(t *domain.Template) { t.Items = nil }, "items", "error.required", nil},
		{"unknown metric", func(t *domain.Template) { t.Items[0].Metric = "profit" }, "items.0.metric", "error.choice", nil},
		{"no target", func(t *domain.Template) { t.Items[1].Target = 0 }, "items.1.target", "error.positive", nil},
		{"cap below 100", func(t *domain.Template) { t.Items[0].Cap = 80 }, "items.0.cap", "error.range", nil},
		{"rating without a name", func(t *domain.Template) { t.Items[2].Name = "" }, "items.2.name", "error.required", nil},
		{"unknown kind", func(t *domain.Template) { t.Items[3].Kind = "bonus" }, "items.3.kind", "error.choice", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			tpl := valid()
			c.change(&tpl)
			wantOneFieldError(t, tpl.Validate(), c.field, c.key, c.params)
		})
	}
}

func TestFiguresActual(t *testing.T) {
	f := domain.MemberFigures{Won: 3, WonAmount: 6e8, Lost: 1, Visits: 14, NewDeals: 5, Target: 5e8, HasTarget: true}
	none := domain.MemberFigures{}
	for _, c := range []struct {
		name       string
		f          domain.MemberFigures
		m          domain.Metric
		want       float64
		computable bool
	}{
		{"won revenue", f, domain.MetricWonRevenue, 6e8, true},
		{"target achievement", f, domain.MetricTargetAchievement, 120, true},
		{"no target: not computable", domain.MemberFigures{WonAmount: 6e8}, domain.MetricTargetAchievement, 0, false},
		{"zero target: not computable", domain.MemberFigures{WonAmount: 6e8, HasTarget: true}, domain.MetricTargetAchievement, 0, false},
		{"win rate", f, domain.MetricWinRate, 75, true},
		{"nothing closed: no win rate", none, domain.MetricWinRate, 0, false},
		{"all lost: win rate 0", domain.MemberFigures{Lost: 2}, domain.MetricWinRate, 0, true},
		{"visits", f, domain.MetricVisits, 14, true},
		{"no visits is 0, not unknown", none, domain.MetricVisits, 0, true},
		{"new opportunities", f, domain.MetricNewOpportunities, 5, true},
		{"average deal", f, domain.MetricAvgDeal, 2e8, true},
		{"nothing won: no average", none, domain.MetricAvgDeal, 0, false},
		{"collection rate has no data", f, domain.MetricCollectionRate, 0, false},
	} {
		got, ok := c.f.Actual(c.m)
		if got != c.want || ok != c.computable {
			t.Errorf("%s: Actual(%s) = %v, %v; want %v, %v", c.name, c.m, got, ok, c.want, c.computable)
		}
	}
}

func TestRescore(t *testing.T) {
	a := domain.Assessment{Items: []domain.AssessmentItem{
		{TemplateItem: kpi(domain.MetricWonRevenue, 40, 100), Actual: 150, Computable: true},                                                                    // capped at 120%: 48
		{TemplateItem: domain.TemplateItem{Kind: domain.ItemKPI, Metric: domain.MetricWinRate, Weight: 20, Target: 50, Cap: 100}, Actual: 60, Computable: true}, // own cap 100%: 20
		{TemplateItem: kpi(domain.MetricTargetAchievement, 10, 100)},                                                                                            // not computable: 0
		{TemplateItem: kpi(domain.MetricCollectionRate, 10, 90), Actual: 45, Entered: true},                                                                     // typed in: 5
		{TemplateItem: rating("团队合作", 20), Rating: 4},                                                                                                           // 16
	}}
	a.Rescore(domain.DefaultAssessment())
	wantScores := []float64{48, 20, 0, 5, 16}
	for i, w := range wantScores {
		if a.Items[i].Score != w {
			t.Errorf("item %d score = %v, want %v", i, a.Items[i].Score, w)
		}
	}
	if a.Total != 89 || a.Grade != "B" {
		t.Errorf("total %v grade %s, want 89 B", a.Total, a.Grade)
	}
}

func TestPeriods(t *testing.T) {
	for _, c := range []struct{ p, from, to, prev string }{
		{"2026-Q1", "2026-01-01", "2026-03-31", "2025-Q4"},
		{"2026-Q3", "2026-07-01", "2026-09-30", "2026-Q2"},
		{"2024-Q1", "2024-01-01", "2024-03-31", "2023-Q4"},
		{"2026-H1", "2026-01-01", "2026-06-30", "2025-H2"},
		{"2026-H2", "2026-07-01", "2026-12-31", "2026-H1"},
		{"2026", "2026-01-01", "2026-12-31", "2025"},
	} {
		from, to, err := domain.PeriodRange(c.p)
		if err != nil || from != c.from || to != c.to {
			t.Errorf("PeriodRange(%s) = %s, %s, %v; want %s, %s", c.p, from, to, err, c.from, c.to)
		}
		if got := domain.PreviousPeriod(c.p); got != c.prev {
			t.Errorf("PreviousPeriod(%s) = %s, want %s", c.p, got, c.prev)
		}
	}
	for _, bad := range []string{"", "2026-Q5", "2026-07", "26-Q1", "2026-H3", "2026Q1"} {
		_, _, err := domain.PeriodRange(bad)
		wantOneFieldError(t, err, "period", "error.period", nil)
	}
	if got := domain.QuarterOf(time.Date(2026, 8, 4, 0, 0, 0, 0, time.UTC)); got != "2026-Q3" {
		t.Errorf("QuarterOf = %s", got)
	}
}

func TestMemberValidate(t *testing.T) {
	valid := func() domain.Member {
		return domain.Member{Name: "王磊", Role: domain.RoleKeyAccountManager, Email: "wang@example.com",
			Skills: []domain.Skill{{Name: "商务谈判", Level: 5}, {Name: "PLC", Level: 3}}}
	}
	if m := valid(); m.Validate() != nil {
		t.Fatalf("valid member refused: %v", m.Validate())
	}
	for _, c := range []struct {
		name   string
		change func(*domain.Member)
		field  string
		key    string
	}{
		{"no name", func(m *domain.Member) { m.Name = "" }, "name", "error.required"},
		{"unknown role", func(m *domain.Member) { m.Role = "ceo" }, "role", "error.choice"},
		{"bad email", func(m *domain.Member) { m.Email = "wang" }, "email", "error.email"},
		{"skill level 0", func(m *domain.Member) { m.Skills[1].Level = 0 }, "skills.1", "error.score"},
		{"skill level 6", func(m *domain.Member) { m.Skills[0].Level = 6 }, "skills.0", "error.score"},
		{"same skill twice", func(m *domain.Member) { m.Skills[1].Name = "商务谈判" }, "skills.1", "error.duplicateSkill"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := valid()
			c.change(&m)
			wantOneFieldError(t, m.Validate(), c.field, c.key, nil)
		})
	}
	team := domain.AccountTeam{AccountID: 1, LeadID: 2, Members: []domain.AccountMember{{MemberID: 2, Role: domain.RolePreSales}}}
	wantOneFieldError(t, team.Validate(), "members.0", "error.teamTwice", nil)
	team = domain.AccountTeam{AccountID: 1}
	wantOneFieldError(t, team.Validate(), "leadId", "error.required", nil)
}
