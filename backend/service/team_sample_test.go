package service_test

import (
	"context"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
)

// The sample's team: at least five members in every role, account teams,
// and for each member two finalised quarters before today's, whose KPI
// actuals come from the sample's own deals and interactions.
func TestSampleTeam(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	st := newStoreAt(t, func() time.Time { return today })
	if err := st.Seed(ctx, service.Demo(today)); err != nil {
		t.Fatal(err)
	}
	team := service.NewTeam(st, st.Clock())
	svc := service.NewAssessments(st, st.Clock())
	members, err := team.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	roles := map[domain.MemberRole]int{}
	teams := 0
	for _, m := range members {
		roles[m.Role]++
		teams += m.Serves
	}
	if len(members) < 5 || len(roles) != len(domain.MemberRoles) || teams == 0 {
		t.Errorf("%d members, roles %v, %d team places", len(members), roles, teams)
	}
	for _, p := range []string{"2026-Q3", "2026-Q2"} {
		r, err := svc.Review(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Members) != len(members) || r.Summary.Final != len(members) {
			t.Errorf("%s: %d assessed, %d final, want %d", p, len(r.Members), r.Summary.Final, len(members))
		}
		if r.Summary.Grades["A"]+r.Summary.Grades["B"] == 0 || r.Summary.Grades["D"] == len(members) {
			t.Errorf("%s: implausible grades %v", p, r.Summary.Grades)
		}
		for _, m := range r.Members {
			t.Logf("%s %s %s %.1f %s", p, m.Name, m.Role, m.Total, m.Grade)
			if p == "2026-Q3" && m.Previous == nil {
				t.Errorf("%s has no previous quarter", m.Name)
			}
		}
	}
	if _, err := svc.Review(ctx, "2026-Q4"); err == nil {
		t.Error("the current quarter is not assessed yet")
	}
	tr, err := team.Trainings(ctx, 0)
	if err != nil || len(tr) < len(members) {
		t.Errorf("%d training records, %v", len(tr), err)
	}
}
