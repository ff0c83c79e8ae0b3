package domain_test

import (
	"reflect"
	"strings"
	"testing"

	"kams/backend/domain"
)

func validPlan() domain.AccountPlan {
	return domain.AccountPlan{AccountID: 1, Year: 2026, Business: "整车", Stage: domain.StageBasic,
		RevenueTarget: 1000, ShareTarget: 45, StageTarget: domain.StageIntegrated,
		Actions: []domain.PlanAction{{Item: "投标", Owner: "王磊", Due: "2026-03-01", Status: domain.ActionDoing}},
		Risks:   []domain.PlanRisk{{Risk: "价格", Countermeasure: "TCO"}},
		Reviews: []domain.PlanReview{{Date: "2026-06-30", Note: "半年回顾"}}}
}

func TestPlanValidateAcceptsValid(t *testing.T) {
	full := validPlan()
	full.Strengths = strings.Repeat("优", domain.MaxPlanText) // runes, not bytes
	full.Actions[0].Item = strings.Repeat("行", domain.MaxPlanLine)
	empty := domain.AccountPlan{AccountID: 1, Year: domain.MinPlanYear}
	blankRows := validPlan()
	blankRows.Actions = append(blankRows.Actions, domain.PlanAction{Status: domain.ActionPlanned})
	blankRows.Reviews = append(blankRows.Reviews, domain.PlanReview{})
	blankRows.Stage, blankRows.StageTarget = "", ""
	for name, p := range map[string]domain.AccountPlan{"valid": validPlan(), "at limits": full, "empty": empty, "blank rows": blankRows} {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v, want nil", name, err)
		}
	}
}

func TestPlanValidateRefuses(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*domain.AccountPlan)
		field  string
		key    string
		params map[string]any
	}{
		{"no account", func(p *domain.AccountPlan) { p.AccountID = 0 }, "accountId", "error.required", nil},
		{"year too early", func(p *domain.AccountPlan) { p.Year = 1999 }, "year", "error.range", map[string]any{"min": 2000, "max": 2100}},
		{"year too late", func(p *domain.AccountPlan) { p.Year = 2101 }, "year", "error.range", nil},
		{"long text", func(p *domain.AccountPlan) { p.Threats = strings.Repeat("险", domain.MaxPlanText+1) }, "threats", "error.tooLong",
			map[string]any{"max": domain.MaxPlanText, "length": domain.MaxPlanText + 1}},
		{"long situation", func(p *domain.AccountPlan) { p.Organisation = strings.Repeat("x", domain.MaxPlanText+1) }, "organisation", "error.tooLong", nil},
		{"bad stage", func(p *domain.AccountPlan) { p.Stage = "friends" }, "stage", "error.choice", nil},
		{"bad stage target", func(p *domain.AccountPlan) { p.StageTarget = "x" }, "stageTarget", "error.choice", nil},
		{"negative revenue", func(p *domain.AccountPlan) { p.RevenueTarget = -1 }, "revenueTarget", "error.amount", nil},
		{"share over 100", func(p *domain.AccountPlan) { p.ShareTarget = 101 }, "shareTarget", "error.range", nil},
		{"negative share", func(p *domain.AccountPlan) { p.ShareTarget = -1 }, "shareTarget", "error.range", nil},
		{"long item", func(p *domain.AccountPlan) { p.Actions[0].Item = strings.Repeat("x", domain.MaxPlanLine+1) }, "actions.0.item", "error.tooLong", nil},
		{"bad due", func(p *domain.AccountPlan) { p.Actions[0].Due = "2026-02-30" }, "actions.0.due", "error.date", nil},
		{"bad status", func(p *domain.AccountPlan) { p.Actions[0].Status = "maybe" }, "actions.0.status", "error.choice", nil},
		{"long owner", func(p *domain.AccountPlan) { p.Actions[0].Owner = strings.Repeat("x", domain.MaxShortText+1) }, "actions.0.owner", "error.tooLong", nil},
		{"long risk", func(p *domain.AccountPlan) { p.Risks[0].Countermeasure = strings.Repeat("x", domain.MaxPlanLine+1) }, "risks.0.countermeasure", "error.tooLong", nil},
		{"bad review date", func(p *domain.AccountPlan) { p.Reviews[0].Date = "30/06/2026" }, "reviews.0.date", "error.date", nil},
		{"too many actions", func(p *domain.AccountPlan) {
			p.Actions = make([]domain.PlanAction, domain.MaxActions+1)
			for i := range p.Actions {
				p.Actions[i].Status = domain.ActionPlanned
			}
		}, "actions", "error.tooManyRows", map[string]any{"max": domain.MaxActions}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			tt.edit(&p)
			wantOneFieldError(t, p.Validate(), tt.field, tt.key, tt.params)
		})
	}
}

// The limits the UI checks before sending are the ones Validate applies.
func TestPlanTextLimitsMatchValidate(t *testing.T) {
	limits := domain.PlanTextLimits()
	for field, max := range limits {
		p := validPlan()
		long := strings.Repeat("字", max+1)
		switch field {
		case "actions.item":
			p.Actions[0].Item = long
		case "actions.owner":
			p.Actions[0].Owner = long
		case "risks.risk":
			p.Risks[0].Risk = long
		case "risks.countermeasure":
			p.Risks[0].Countermeasure = long
		case "reviews.note":
			p.Reviews[0].Note = long
		default:
			s, ok := domain.PlanTextValue(&p, field)
			if !ok {
				t.Fatalf("limit for unknown field %q", field)
			}
			*s = long
		}
		if err := p.Validate(); err == nil {
			t.Errorf("%s: %d characters accepted, limit %d", field, max+1, max)
		}
	}
}

func TestTrimPlanDefaultsStatus(t *testing.T) {
	p := domain.AccountPlan{Actions: []domain.PlanAction{{Owner: " 王磊 ", Due: " 2026-01-02 "}}, Reviews: []domain.PlanReview{{Date: " 2026-03-31"}}}
	domain.TrimPlan(&p)
	want := domain.PlanAction{Owner: "王磊", Due: "2026-01-02", Status: domain.ActionPlanned}
	if p.Actions[0] != want || p.Reviews[0].Date != "2026-03-31" {
		t.Errorf("TrimPlan = %+v %+v", p.Actions[0], p.Reviews[0])
	}
}

func TestShiftYears(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"2026-03-31", 1, "2027-03-31"},
		{"2028-02-29", 1, "2029-02-28"},
		{"2028-02-29", 4, "2032-02-29"},
		{"2027-12-31", -1, "2026-12-31"},
		{"", 1, ""},
		{"soon", 1, "soon"},
	} {
		if got := domain.ShiftYears(tt.in, tt.n); got != tt.want {
			t.Errorf("ShiftYears(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestCopyPlan(t *testing.T) {
	from := validPlan()
	from.UpdatedAt = "2026-05-01T00:00:00Z"
	from.Versions = map[domain.PlanSection]int64{domain.SectionSWOT: 4}
	from.Actions = []domain.PlanAction{
		{ID: 7, Item: "planned", Owner: "王磊", Due: "2026-03-01", Status: domain.ActionPlanned},
		{ID: 8, Item: "doing", Owner: "李娜", Due: "", Status: domain.ActionDoing},
		{ID: 9, Item: "done", Due: "2026-01-01", Status: domain.ActionDone},
		{ID: 10, Item: "cancelled", Status: domain.ActionCancelled},
	}
	got := domain.CopyPlan(from, 2027)
	want := from
	want.Year, want.UpdatedAt = 2027, ""
	want.Versions = map[domain.PlanSection]int64{} // a new plan starts its own versions
	want.Actions = []domain.PlanAction{
		{Item: "planned", Owner: "王磊", Due: "2027-03-01", Status: domain.ActionPlanned},
		{Item: "doing", Owner: "李娜", Status: domain.ActionPlanned},
	}
	want.Reviews = []domain.PlanReview{{Date: "2027-06-30", Note: "半年回顾"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CopyPlan =\n%+v\nwant\n%+v", got, want)
	}
	got.Risks[0].Risk = "changed"
	if from.Risks[0].Risk != "价格" {
		t.Error("the copy shares its risks with the original")
	}
}
