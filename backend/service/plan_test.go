package service_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
)

func TestPlanDataOfTheSample(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return time.Date(2026, 3, 16, 9, 0, 0, 0, time.Local) }
	st := newStoreAt(t, now)
	if err := service.NewSample(st, now).Load(ctx); err != nil {
		t.Fatal(err)
	}
	r := book.New(st).Reports
	a, err := r.FindAccount(ctx, "江宁汽车")
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.PlanData(ctx, a.ID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if p.Year != 2026 || p.Account.ID != a.ID || len(p.Contacts) == 0 || len(p.Deals) == 0 || len(p.Stages) == 0 {
		t.Errorf("plan of %d for %d: %d people, %d deals, %d stages", p.Account.ID, p.Year, len(p.Contacts), len(p.Deals), len(p.Stages))
	}
	// The sample's plan for the year comes through: SWOT and strategies as
	// lists, the measurable objectives, the action plan.
	s := p.Plan
	if len(s.Strengths) == 0 || len(s.Threats) == 0 || len(s.Strategies) == 0 || len(s.Actions) == 0 || len(s.Risks) == 0 {
		t.Errorf("plan sections: %+v", s)
	}
	if len(s.Objectives) == 0 || s.Objectives[0].Kind != "revenue" || s.Objectives[0].Amount <= 0 {
		t.Errorf("objectives %+v, want the revenue target first", s.Objectives)
	}
	for _, act := range s.Actions {
		if act.Item == "" || act.Status == "planned" {
			t.Errorf("action %+v: empty, or a status the report does not know", act)
		}
	}
	// A year with no plan prints the one the editor starts from.
	empty, err := r.PlanData(ctx, a.ID, 2030)
	if err != nil {
		t.Fatal(err)
	}
	if a.BusinessStrategy == "" || !strings.Contains(empty.Plan.Strategy, a.BusinessStrategy) {
		t.Errorf("the new plan's strategy %q does not start from the profile's %q", empty.Plan.Strategy, a.BusinessStrategy)
	}
	for _, d := range p.Deals {
		if d.Status == domain.DealOpen && d.Probability == 0 {
			t.Errorf("deal %q has no effective probability", d.Name)
		}
	}
	// The sample sets the key accounts' targets for the year and its
	// quarters; the plan prints them with what was achieved.
	if len(p.Targets) != 5 || p.Targets[0].Period != "2026" || p.Targets[1].Period != "2026-Q1" {
		t.Fatalf("targets: %+v, want the year and its four quarters", p.Targets)
	}
	if p.Targets[0].RevenueTarget == 0 {
		t.Errorf("the sample's key account has no revenue target for 2026: %+v", p.Targets[0])
	}
	var quarters int64
	for _, q := range p.Targets[1:] {
		quarters += q.Revenue
	}
	if quarters != p.Targets[0].Revenue {
		t.Errorf("the quarters' won revenue %d does not add up to the year's %d", quarters, p.Targets[0].Revenue)
	}
	if _, err := r.PlanData(ctx, a.ID, 26); err == nil {
		t.Error("a plan for the year 26 was made")
	}
	if _, err := r.PlanData(ctx, 99999, 2026); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("plan of an unknown account: %v", err)
	}
}

func TestReviewDataRefuses(t *testing.T) {
	ctx := context.Background()
	r := book.New(newStore(t)).Reports
	var e *domain.Error
	if _, err := r.ReviewData(ctx, "2026-Q3"); !errors.As(err, &e) || e.Key != "error.noAssessments" {
		t.Errorf("review of a period without assessments: %v", err)
	}
	if _, err := r.ReviewData(ctx, "Q3"); !errors.As(err, &e) || e.Code != domain.CodeValidation {
		t.Errorf("review of a bad period: %v", err)
	}
}

func TestPlanTextsBecomeLists(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"一\n\n二 \n", []string{"一", "二"}},
		{"- 品牌\n• 服务\n1. 交付\n2、价格\n（3）渠道", []string{"品牌", "服务", "交付", "价格", "渠道"}},
		{"1.5 亿元的框架协议", []string{"1.5 亿元的框架协议"}},
		{"12) Twelve", []string{"Twelve"}},
	} {
		if got := service.PlanLines(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("lines(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
