package service_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

type assessEnv struct {
	ctx    context.Context
	st     *store.Store
	team   *service.Team
	svc    *service.Assessments
	member domain.Member
	tpl    domain.Template
}

// newAssessEnv: 王磊 leads one account with two deals won and one lost in
// 2026-Q1 and two visits; a template of two KPIs, one manual KPI and two
// ratings.
func newAssessEnv(t *testing.T) *assessEnv {
	t.Helper()
	now := func() time.Time { return time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC) }
	e := &assessEnv{ctx: context.Background(), st: newStoreAt(t, now)}
	e.team, e.svc = service.NewTeam(e.st, now), service.NewAssessments(e.st, now)
	a := account("江宁新能源汽车股份有限公司")
	a.Manager = "王磊"
	deal := func(name string, amount int64, status, closed string) store.SeedDeal {
		return store.SeedDeal{Account: a.Name, Deal: domain.Opportunity{Name: name, Amount: amount, CloseDate: closed, ClosedOn: closed,
			Stage: "commit", Status: status}, Visits: []domain.StageVisit{{Stage: "commit", Entered: "2026-01-05", Left: closed}}}
	}
	visit := func(day string) store.SeedInteraction {
		return store.SeedInteraction{Account: a.Name, Interaction: domain.Interaction{Date: day, Kind: "visit"}}
	}
	err := e.st.Seed(e.ctx, store.Seed{Accounts: []domain.Account{a},
		Deals: []store.SeedDeal{deal("总装线", 300_0000_00, "won", "2026-02-10"), deal("电池包线", 100_0000_00, "won", "2026-03-01"),
			deal("涂装线", 80_0000_00, "lost", "2026-03-15")},
		Interactions: []store.SeedInteraction{visit("2026-01-10"), visit("2026-02-20")}})
	if err != nil {
		t.Fatal(err)
	}
	members, err := e.team.Members(e.ctx)
	if err != nil || len(members) != 1 {
		t.Fatalf("members = %v, %v", members, err)
	}
	e.member = members[0]
	e.tpl, err = e.svc.SaveTemplate(e.ctx, domain.Template{Name: "季度考核", Items: []domain.TemplateItem{
		{Kind: domain.ItemKPI, Metric: domain.MetricWonRevenue, Weight: 40, Target: 500_0000_00},
		{Kind: domain.ItemKPI, Metric: domain.MetricVisits, Weight: 20, Target: 4},
		{Kind: domain.ItemKPI, Metric: domain.MetricCollectionRate, Weight: 10, Target: 90},
		{Kind: domain.ItemRating, Name: "专业能力", Weight: 15},
		{Kind: domain.ItemRating, Name: "团队合作", Weight: 15}}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestSaveTemplateRefusesWeightsNot100(t *testing.T) {
	e := newAssessEnv(t)
	bad := e.tpl
	bad.Items = append([]domain.TemplateItem{}, bad.Items...)
	bad.Items[0].Weight = 50
	_, err := e.svc.SaveTemplate(e.ctx, bad)
	f := wantCode(t, err, domain.CodeValidation).Fields
	if len(f) != 1 || f[0].Key != "error.weightSum" || f[0].Params["sum"] != 110 {
		t.Fatalf("fields = %+v, want error.weightSum with sum 110", f)
	}
	got, _ := e.st.Template(e.ctx, e.tpl.ID)
	if got.Items[0].Weight != 40 {
		t.Errorf("refused save changed the template: %+v", got.Items[0])
	}
}

func TestAssessmentLifecycle(t *testing.T) {
	e := newAssessEnv(t)
	a, err := e.svc.Create(e.ctx, e.member.ID, "2026-Q1", e.tpl.ID)
	if err != nil {
		t.Fatal(err)
	}
	// 400万 of 500万 → 32; 2 visits of 4 → 10; collection not typed in → 0.
	want := []struct {
		actual     float64
		computable bool
		score      float64
	}{{400_0000_00, true, 32}, {2, true, 10}, {0, false, 0}, {0, false, 0}, {0, false, 0}}
	for i, w := range want {
		it := a.Items[i]
		if it.Actual != w.actual || it.Computable != w.computable || it.Score != w.score {
			t.Errorf("item %d = actual %v computable %v score %v, want %+v", i, it.Actual, it.Computable, it.Score, w)
		}
	}
	if a.Total != 42 || a.Grade != "D" || a.Status != domain.AssessmentDraft {
		t.Errorf("new assessment: total %v grade %s status %s", a.Total, a.Grade, a.Status)
	}
	if _, err := e.svc.Create(e.ctx, e.member.ID, "2026-Q1", e.tpl.ID); err == nil {
		t.Error("a second assessment of the same period was accepted")
	}

	// A template edit after creation leaves the assessment's copy alone.
	edited := e.tpl
	edited.Items = append([]domain.TemplateItem{}, e.tpl.Items...)
	edited.Items[0].Target, edited.Items[0].Weight, edited.Items[1].Weight = 100, 50, 10
	if _, err := e.svc.SaveTemplate(e.ctx, edited); err != nil {
		t.Fatal(err)
	}

	edit := domain.AssessmentEdit{ID: a.ID, Comments: "  开拓有力，回款需跟进 ", Items: []domain.ItemEdit{
		{ID: a.Items[0].ID, Actual: 1, Entered: true}, // computed KPI: not typed over
		{ID: a.Items[2].ID, Actual: 81, Entered: true},
		{ID: a.Items[3].ID, Rating: 4}, {ID: a.Items[4].ID, Rating: 5}}}
	a, err = e.svc.Update(e.ctx, edit)
	if err != nil {
		t.Fatal(err)
	}
	// 32 + 10 + 9 (81/90 × 10) + 12 + 15 = 78 → B.
	if a.Items[0].Actual != 400_0000_00 || a.Items[0].Target != 500_0000_00 {
		t.Errorf("computed KPI changed by an edit or a template change: %+v", a.Items[0])
	}
	if a.Total != 78 || a.Grade != "B" || a.Comments != "开拓有力，回款需跟进" {
		t.Errorf("after update: total %v grade %s comments %q", a.Total, a.Grade, a.Comments)
	}
	bad := edit
	bad.Items = []domain.ItemEdit{{ID: a.Items[3].ID, Rating: 7}}
	if _, err := e.svc.Update(e.ctx, bad); err == nil {
		t.Error("rating 7 accepted")
	}

	a, err = e.svc.Finalise(e.ctx, a.ID)
	if err != nil || a.Status != domain.AssessmentFinal || a.FinalisedAt != "2026-04-20" {
		t.Fatalf("finalise: %+v, %v", a, err)
	}
	edit.Comments = "改动"
	if _, err := e.svc.Update(e.ctx, edit); !errors.Is(err, store.ErrAssessmentFinal) {
		t.Errorf("edit of a final assessment: %v, want error.assessmentFinal", err)
	}
	if _, err := e.svc.Recompute(e.ctx, a.ID); !errors.Is(err, store.ErrAssessmentFinal) {
		t.Errorf("recompute of a final assessment: %v", err)
	}
	if err := e.svc.Delete(e.ctx, a.ID); !errors.Is(err, store.ErrAssessmentFinal) {
		t.Errorf("delete of a final assessment: %v", err)
	}
	if got, _ := e.svc.Get(e.ctx, a.ID); got.Comments != "开拓有力，回款需跟进" {
		t.Errorf("refused edit changed the assessment: %q", got.Comments)
	}

	if _, err := e.svc.Reopen(e.ctx, a.ID, "  "); err == nil {
		t.Error("reopen without a reason accepted")
	}
	a, err = e.svc.Reopen(e.ctx, a.ID, "回款数据更正")
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != domain.AssessmentDraft || len(a.Reopens) != 1 || a.Reopens[0] != (domain.Reopen{At: "2026-04-20", Reason: "回款数据更正"}) {
		t.Errorf("after reopen: status %s reopens %+v", a.Status, a.Reopens)
	}
	if _, err := e.svc.Reopen(e.ctx, a.ID, "again"); err == nil {
		t.Error("reopening a draft accepted")
	}
	if _, err := e.svc.Update(e.ctx, edit); err != nil {
		t.Errorf("edit after reopen: %v", err)
	}
}

func TestReview(t *testing.T) {
	e := newAssessEnv(t)
	_, err := e.svc.Review(e.ctx, "2026-Q1")
	if wantCode(t, err, domain.CodeNotFound).Key != "error.noAssessments" {
		t.Errorf("review of an empty period: %v", err)
	}
	zhou, err := e.team.CreateMember(e.ctx, domain.Member{Name: "周杰", Role: domain.RolePreSales})
	if err != nil {
		t.Fatal(err)
	}
	prev, _ := e.svc.Create(e.ctx, e.member.ID, "2025-Q4", e.tpl.ID)
	a, _ := e.svc.Create(e.ctx, e.member.ID, "2026-Q1", e.tpl.ID)
	b, _ := e.svc.Create(e.ctx, zhou.ID, "2026-Q1", e.tpl.ID)
	b, err = e.svc.Update(e.ctx, domain.AssessmentEdit{ID: b.ID, Items: []domain.ItemEdit{{ID: b.Items[3].ID, Rating: 5}, {ID: b.Items[4].ID, Rating: 5}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Finalise(e.ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.team.SaveTraining(e.ctx, domain.Training{MemberID: zhou.ID, Course: "顾问式销售", Date: "2026-02-15", Hours: 16, Result: "优秀"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.team.SaveTraining(e.ctx, domain.Training{MemberID: zhou.ID, Course: "旧课程", Date: "2025-06-01", Hours: 8}); err != nil {
		t.Fatal(err)
	}
	r, err := e.svc.Review(e.ctx, "2026-Q1")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Members) != 2 || r.Members[0].Name != "王磊" || r.Members[0].Rank != 1 || r.Members[1].Total != b.Total {
		t.Fatalf("members = %+v", r.Members)
	}
	w := r.Members[0]
	if !w.Final || len(w.KPIs) != 3 || len(w.Ratings) != 2 || w.KPIs[0].Actual != 400_0000_00 || w.KPIs[2].Computable {
		t.Errorf("王磊's page = %+v", w)
	}
	if w.Previous == nil || w.Previous.Period != "2025-Q4" || w.Previous.Total != prev.Total {
		t.Errorf("previous = %+v, want 2025-Q4 total %v", w.Previous, prev.Total)
	}
	if r.Members[1].Previous != nil || len(r.Members[1].Training) != 1 || r.Members[1].Training[0].Course != "顾问式销售" {
		t.Errorf("周杰's page = %+v", r.Members[1])
	}
	if r.Summary.Grades["D"] != 2 || r.Summary.Final != 1 || len(r.Summary.Achievements) != 2 {
		t.Errorf("summary = %+v", r.Summary)
	}
}

func TestTeamMembersAndAccountTeams(t *testing.T) {
	e := newAssessEnv(t)
	if _, err := e.team.CreateMember(e.ctx, domain.Member{Name: "王磊", Role: domain.RoleSalesRep}); err == nil {
		t.Error("a second 王磊 accepted")
	}
	zhou, err := e.team.CreateMember(e.ctx, domain.Member{Name: " 周杰 ", Role: domain.RolePreSales,
		Skills: []domain.Skill{{Name: "PLC", Level: 4}, {Name: " ", Level: 0}}})
	if err != nil {
		t.Fatal(err)
	}
	if zhou.Name != "周杰" || len(zhou.Skills) != 1 {
		t.Errorf("created = %+v", zhou)
	}
	accounts, _ := e.st.Accounts(e.ctx, false)
	team, err := e.team.SetAccountTeam(e.ctx, domain.AccountTeam{AccountID: accounts[0].ID, LeadID: zhou.ID,
		Members: []domain.AccountMember{{MemberID: e.member.ID, Role: domain.RoleSalesRep}}})
	if err != nil {
		t.Fatal(err)
	}
	if team.LeadName != "周杰" || len(team.Members) != 1 || team.Members[0].Name != "王磊" {
		t.Errorf("team = %+v", team)
	}
	members, _ := e.team.Members(e.ctx)
	for _, m := range members {
		if m.Name == "周杰" && (m.Leads != 1 || m.Serves != 0) {
			t.Errorf("周杰 leads %v serves %v", m.Leads, m.Serves)
		}
		if m.Name == "王磊" && (m.Leads != 0 || m.Serves != 1) {
			t.Errorf("王磊 leads %v serves %v", m.Leads, m.Serves)
		}
	}
	if err := e.team.DeleteMember(e.ctx, zhou.ID, 0); !errors.Is(err, store.ErrNeedsNewLead) {
		t.Errorf("delete a lead: %v", err)
	}
	if err := e.team.DeleteMember(e.ctx, zhou.ID, e.member.ID); err != nil {
		t.Fatal(err)
	}
	team, _ = e.team.AccountTeam(e.ctx, accounts[0].ID)
	if team.LeadID != e.member.ID || len(team.Members) != 0 {
		t.Errorf("after handover: %+v", team)
	}
}
