package service_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
)

func TestPlanDataOfTheSample(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	now := func() time.Time { return time.Date(2026, 3, 16, 9, 0, 0, 0, time.Local) }
	if err := service.NewSample(st, now).Load(ctx); err != nil {
		t.Fatal(err)
	}
	r := service.NewReports(st, now)
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
	if a.BusinessStrategy != "" && p.Plan.Strategy != a.BusinessStrategy {
		t.Errorf("the plan's strategy %q is not the profile's", p.Plan.Strategy)
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
	r := service.NewReports(newStore(t), time.Now)
	var e *domain.Error
	if _, err := r.ReviewData(ctx, "2026-Q3"); !errors.As(err, &e) || e.Key != "error.noAssessments" {
		t.Errorf("review of a period without assessments: %v", err)
	}
	if _, err := r.ReviewData(ctx, "Q3"); !errors.As(err, &e) || e.Code != domain.CodeValidation {
		t.Errorf("review of a bad period: %v", err)
	}
}
