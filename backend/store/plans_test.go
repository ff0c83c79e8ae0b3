package store

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"kams/backend/domain"
)

// planFixture is a store with one account and a full plan for 2026.
func planFixture(t *testing.T) (*Store, domain.AccountPlan) {
	t.Helper()
	s := newStore(t)
	id, err := s.CreateAccount(context.Background(), account("江宁汽车"))
	if err != nil {
		t.Fatal(err)
	}
	p := domain.AccountPlan{AccountID: id, Year: 2026,
		Business: "整车", Strategy: "扩产", Organisation: "周建国 · 总裁", Procurement: "合肥基地",
		SalesHistory: "五年", ShareOfWallet: "37%", Stage: domain.StageInterdependent,
		Strengths: "S", Weaknesses: "W", Opportunities: "O", Threats: "T",
		RevenueTarget: 60_000_000_00, ShareTarget: 45, StageTarget: domain.StageIntegrated, Objectives: "赢合肥",
		Strategies: "本地服务", Resources: "售前 2 名",
		Actions: []domain.PlanAction{
			{Item: "投标", Owner: "王磊", Due: "2026-03-01", Status: domain.ActionDoing},
			{Item: "高层拜访", Owner: "新同事", Due: "", Status: domain.ActionPlanned},
			{Item: "验收", Owner: "", Due: "2026-01-10", Status: domain.ActionDone},
		},
		Risks:   []domain.PlanRisk{{Risk: "价格", Countermeasure: "TCO"}, {Risk: "关系", Countermeasure: "拜访"}},
		Reviews: []domain.PlanReview{{Date: "2026-03-31", Note: "Q1"}, {Date: "2026-06-30"}},
	}
	saved, err := s.SavePlan(context.Background(), p, domain.PlanSections)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.ActionIDs) != 3 || saved.UpdatedAt == "" {
		t.Fatalf("SavePlan = %+v, want 3 action ids and a time", saved)
	}
	for i, id := range saved.ActionIDs {
		p.Actions[i].ID = id
	}
	p.UpdatedAt, p.Versions = saved.UpdatedAt, saved.Versions
	return s, p
}

func TestPlanRoundTrip(t *testing.T) {
	s, want := planFixture(t)
	got, err := s.Plan(context.Background(), want.AccountID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Plan =\n%+v\nwant\n%+v", got, want)
	}
	members, err := s.Members(context.Background())
	if err != nil || !reflect.DeepEqual(members, []string{"新同事", "王磊"}) {
		t.Errorf("Members = %v, %v; an action's new owner joins the team", members, err)
	}
	if _, err := s.Plan(context.Background(), want.AccountID, 2025); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("Plan(2025) error = %v, want not found", err)
	}
}

// Saving one section leaves the others as they are, so two autosaves of
// different sections never undo each other, in whichever order they land.
func TestSavePlanSectionKeepsOtherSections(t *testing.T) {
	s, want := planFixture(t)
	ctx := context.Background()
	swot := domain.AccountPlan{AccountID: want.AccountID, Year: 2026, Strengths: "新优势", Versions: want.Versions}
	situation := domain.AccountPlan{AccountID: want.AccountID, Year: 2026, Business: "新业务", Versions: want.Versions}
	if _, err := s.SavePlan(ctx, swot, []domain.PlanSection{domain.SectionSWOT}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SavePlan(ctx, situation, []domain.PlanSection{domain.SectionSituation}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Plan(ctx, want.AccountID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	want.Strengths, want.Weaknesses, want.Opportunities, want.Threats = "新优势", "", "", ""
	want.Business, want.Strategy, want.Organisation, want.Procurement = "新业务", "", "", ""
	want.UpdatedAt = got.UpdatedAt
	want.Versions = map[domain.PlanSection]int64{}
	for _, sec := range domain.PlanSections {
		want.Versions[sec] = 1
	}
	want.Versions[domain.SectionSWOT], want.Versions[domain.SectionSituation] = 2, 2
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after two section saves:\n%+v\nwant\n%+v", got, want)
	}
}

// The action plan keeps the ids of the lines it keeps, adds new lines,
// drops the lines left out, and never touches another plan's line.
func TestSavePlanActions(t *testing.T) {
	s, p := planFixture(t)
	ctx := context.Background()
	other := domain.AccountPlan{AccountID: p.AccountID, Year: 2027,
		Actions: []domain.PlanAction{{Item: "明年", Status: domain.ActionPlanned}}}
	os, err := s.SavePlan(ctx, other, []domain.PlanSection{domain.SectionActions})
	if err != nil {
		t.Fatal(err)
	}
	p.Actions = []domain.PlanAction{
		{ID: p.Actions[2].ID, Item: "验收（改）", Status: domain.ActionDone},
		{Item: "新行", Owner: "王磊", Status: domain.ActionPlanned},
		{ID: os.ActionIDs[0], Item: "偷来的 id", Status: domain.ActionPlanned},
	}
	saved, err := s.SavePlan(ctx, p, []domain.PlanSection{domain.SectionActions})
	if err != nil {
		t.Fatal(err)
	}
	if saved.ActionIDs[0] != p.Actions[0].ID {
		t.Errorf("kept line got id %d, want %d", saved.ActionIDs[0], p.Actions[0].ID)
	}
	if saved.ActionIDs[1] == 0 || saved.ActionIDs[2] == os.ActionIDs[0] {
		t.Errorf("ids = %v: a new line needs an id, another plan's id is not this plan's", saved.ActionIDs)
	}
	got, err := s.Plan(ctx, p.AccountID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, a := range got.Actions {
		items = append(items, a.Item)
	}
	if !reflect.DeepEqual(items, []string{"验收（改）", "新行", "偷来的 id"}) {
		t.Errorf("actions = %v", items)
	}
	next, err := s.Plan(ctx, p.AccountID, 2027)
	if err != nil || len(next.Actions) != 1 || next.Actions[0].Item != "明年" {
		t.Errorf("the other plan's actions = %+v, %v; want untouched", next.Actions, err)
	}
}

// A save that fails part-way changes nothing: the sections it wrote before
// the failure are rolled back with it.
func TestSavePlanIsAtomic(t *testing.T) {
	s, want := planFixture(t)
	ctx := context.Background()
	bad := want
	bad.Business = "不应保存"
	bad.Actions = []domain.PlanAction{{Item: "x", Status: "bogus"}} // refused by the table's CHECK
	if _, err := s.SavePlan(ctx, bad, domain.PlanSections); err == nil {
		t.Fatal("SavePlan with a bad status succeeded")
	}
	got, err := s.Plan(ctx, want.AccountID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after a failed save:\n%+v\nwant\n%+v", got, want)
	}
	if _, err := s.SavePlan(ctx, domain.AccountPlan{AccountID: want.AccountID, Year: 2030}, []domain.PlanSection{"bogus"}); err == nil {
		t.Error("an unknown section was accepted")
	}
	if years, _ := s.PlanYears(ctx, want.AccountID); !reflect.DeepEqual(years, []int{2026}) {
		t.Errorf("years = %v: a failed save created a plan", years)
	}
}

func TestCopyPlan(t *testing.T) {
	s, from := planFixture(t)
	ctx := context.Background()
	if err := s.CopyPlan(ctx, from.AccountID, 2026, 2027); err != nil {
		t.Fatal(err)
	}
	got, err := s.Plan(ctx, from.AccountID, 2027)
	if err != nil {
		t.Fatal(err)
	}
	want := domain.CopyPlan(from, 2027)
	for i := range want.Actions {
		want.Actions[i].ID = got.Actions[i].ID
	}
	want.UpdatedAt = got.UpdatedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("copied plan =\n%+v\nwant\n%+v", got, want)
	}
	if len(got.Actions) != 2 || got.Actions[0].ID == from.Actions[0].ID {
		t.Errorf("copied actions %+v: want the two open ones as new lines", got.Actions)
	}

	// A year that has a plan is not overwritten.
	edited := got
	edited.Strengths = "已改"
	if _, err := s.SavePlan(ctx, edited, []domain.PlanSection{domain.SectionSWOT}); err != nil {
		t.Fatal(err)
	}
	err = s.CopyPlan(ctx, from.AccountID, 2026, 2027)
	var e *domain.Error
	if !errors.As(err, &e) || e.Code != domain.CodeConflict || e.Key != "error.planExists" {
		t.Fatalf("second copy error = %v, want conflict error.planExists", err)
	}
	if again, _ := s.Plan(ctx, from.AccountID, 2027); again.Strengths != "已改" {
		t.Errorf("a refused copy changed the plan: strengths %q", again.Strengths)
	}
	if err := s.CopyPlan(ctx, from.AccountID, 2020, 2028); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("copy from a year without a plan: %v, want not found", err)
	}
	if years, _ := s.PlanYears(ctx, from.AccountID); !reflect.DeepEqual(years, []int{2027, 2026}) {
		t.Errorf("years = %v, want [2027 2026]", years)
	}
}

// A plan stays with its account in the trash, cannot be edited there, and
// goes when the account is purged.
func TestPlanFollowsAccountToTrashAndPurge(t *testing.T) {
	s, p := planFixture(t)
	ctx := context.Background()
	if err := s.TrashAccount(ctx, p.AccountID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Plan(ctx, p.AccountID, 2026); err != nil {
		t.Errorf("plan of a trashed account: %v", err)
	}
	if _, err := s.SavePlan(ctx, p, domain.PlanSections); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("saving the plan of a trashed account: %v, want not found", err)
	}
	if err := s.PurgeAccount(ctx, p.AccountID); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"account_plans", "plan_actions", "plan_risks", "plan_reviews"} {
		var n int
		if err := s.r.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s has %d rows after the purge (%v)", table, n, err)
		}
	}
}

func TestWonByYear(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	deal := func(name string, amount int64, status, closed string) SeedDeal {
		return SeedDeal{Account: "A", Deal: domain.Opportunity{Name: name, Amount: amount, Stage: "commit",
			Status: status, CloseDate: closed, ClosedOn: closed}}
	}
	err := s.Seed(ctx, Seed{Accounts: []domain.Account{account("A")}, Deals: []SeedDeal{
		deal("a", 100, domain.DealWon, "2025-03-01"), deal("b", 50, domain.DealWon, "2025-11-30"),
		deal("c", 70, domain.DealWon, "2026-01-02"), deal("d", 999, domain.DealLost, "2026-02-02"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.WonByYear(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []YearSales{{2025, 2, 150}, {2026, 1, 70}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WonByYear = %+v, want %+v", got, want)
	}
}
