package service_test

import (
	"context"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
)

func TestPlanGetDefaults(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	a := account("江宁汽车")
	a.OurSales, a.CategorySpend, a.Stage = 46, 125, domain.StageInterdependent
	a.BusinessStrategy, a.SupplyChainStrategy, a.ProcurementPlans = "扩产", "双供应商", strings.Repeat("采", domain.MaxLongText)
	id, err := st.CreateAccount(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []domain.Contact{
		{AccountID: id, Name: "杨帆", Title: "设备部经理", Influence: domain.InfluenceMedium},
		{AccountID: id, Name: "周建国", Title: "总裁", Department: "总裁办", Influence: domain.InfluenceHigh},
	} {
		if _, err := st.CreateContact(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	plans := book.New(st).Plans
	v, err := plans.Get(ctx, id, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if v.Exists || len(v.Years) != 0 || v.AccountName != "江宁汽车" {
		t.Errorf("a year without a plan: exists %v, years %v, name %q", v.Exists, v.Years, v.AccountName)
	}
	p := v.Plan
	if p.AccountID != id || p.Year != 2026 || p.Strategy != "扩产\n双供应商" {
		t.Errorf("new plan = %+v", p)
	}
	if p.Organisation != "周建国 · 总裁 · 总裁办\n杨帆 · 设备部经理" {
		t.Errorf("organisation = %q, want the most influential first", p.Organisation)
	}
	if n := len([]rune(p.Procurement)); n != domain.MaxPlanText {
		t.Errorf("procurement prefill has %d characters, want it clipped to %d", n, domain.MaxPlanText)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("the prefilled plan is not valid: %v", err)
	}
	want := service.PlanPosition{OurSales: 46, CategorySpend: 125, Share: 46.0 / 125, Stage: domain.StageInterdependent,
		Status: domain.StatusActive, WonByYear: v.Position.WonByYear}
	if !reflect.DeepEqual(v.Position, want) || v.Position.WonByYear == nil {
		t.Errorf("position = %+v, want %+v", v.Position, want)
	}
	if v.Limits["strengths"] != domain.MaxPlanText {
		t.Errorf("limits = %v", v.Limits)
	}

	if _, err := plans.Get(ctx, id, 1999); err == nil {
		t.Error("year 1999 accepted")
	}
	if _, err := plans.Get(ctx, 999, 2026); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("missing account: %v, want not found", err)
	}
	if x := service.Position(domain.Account{}, nil); x.Share != -1 {
		t.Errorf("share with no category spend = %v, want -1", x.Share)
	}
}

func TestPlanSaveAndCopy(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	id, err := st.CreateAccount(ctx, account("苏电智能"))
	if err != nil {
		t.Fatal(err)
	}
	plans := book.New(st).Plans
	p := domain.AccountPlan{AccountID: id, Year: 2026, Strengths: "系统互联",
		Actions: []domain.PlanAction{{Item: "二期预算", Owner: " 王磊 ", Due: "2026-11-30"}}}
	saved, err := plans.Save(ctx, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := plans.Get(ctx, id, 2026)
	if err != nil {
		t.Fatal(err)
	}
	a := v.Plan.Actions
	if !v.Exists || v.Plan.Strengths != "系统互联" || len(a) != 1 || a[0].ID != saved.ActionIDs[0] ||
		a[0].Owner != "王磊" || a[0].Status != domain.ActionPlanned {
		t.Errorf("saved plan = %+v (exists %v)", v.Plan, v.Exists)
	}

	bad := v.Plan
	bad.Strengths = strings.Repeat("长", domain.MaxPlanText+1)
	if _, err := plans.Save(ctx, bad, []domain.PlanSection{domain.SectionSWOT}); err == nil {
		t.Fatal("a too long text was saved")
	}
	if _, err := plans.Save(ctx, v.Plan, []domain.PlanSection{"everything"}); err == nil {
		t.Fatal("an unknown section was accepted")
	}
	if again, _ := plans.Get(ctx, id, 2026); again.Plan.Strengths != "系统互联" {
		t.Errorf("a refused save changed the plan: %q", again.Plan.Strengths)
	}

	c, err := plans.CopyFromYear(ctx, id, 2026, 2027)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Exists || c.Plan.Year != 2027 || c.Plan.Actions[0].Due != "2027-11-30" || !reflect.DeepEqual(c.Years, []int{2027, 2026}) {
		t.Errorf("copy = %+v, years %v", c.Plan, c.Years)
	}
	for _, tt := range []struct{ from, to int }{{2026, 2027}, {2026, 2026}} {
		_, err := plans.CopyFromYear(ctx, id, tt.from, tt.to)
		var e *domain.Error
		if !errors.As(err, &e) || e.Key != "error.planExists" || e.Fields[0].Field != "year" {
			t.Errorf("copy %d→%d: %v, want error.planExists on year", tt.from, tt.to, err)
		}
	}
}

// The sample has this year's plans for three accounts, last year's for two,
// and one account whose only plan is last year's, to show the copy.
func TestSamplePlans(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	today := st.Clock()()
	if err := st.Seed(ctx, service.Demo(today)); err != nil {
		t.Fatal(err)
	}
	list, err := st.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range list {
		ids[a.Name] = a.ID
	}
	plans := book.New(st).Plans
	y := today.Year()
	for name, want := range map[string][]int{
		"江宁新能源汽车股份有限公司": {y, y - 1}, "苏电智能电网设备有限公司": {y}, "华北钢铁集团有限公司": {y},
		"天工精密电子有限公司": {y - 1}, "南粤食品饮料有限公司": {},
	} {
		v, err := plans.Get(ctx, ids[name], y)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(v.Years, want) {
			t.Errorf("%s: years %v, want %v", name, v.Years, want)
		}
		// Beside the plan, the account's target of the year from the
		// targets, with what was won: set for the sample's key accounts.
		if v.Target.Period != strconv.Itoa(y) || v.Target.Scope.AccountID != ids[name] {
			t.Errorf("%s: target %+v, want the account's for %d", name, v.Target, y)
		}
		if name == "江宁新能源汽车股份有限公司" && (!v.Target.Set || v.Target.Revenue.Target <= 0) {
			t.Errorf("%s: no revenue target for %d: %+v", name, y, v.Target)
		}
		for _, yr := range v.Years {
			p, err := st.Plan(ctx, ids[name], yr)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Validate(); err != nil {
				t.Errorf("%s %d: %v", name, yr, err)
			}
			if len(p.Actions) == 0 || len(p.Risks) == 0 || len(p.Reviews) == 0 || p.Strategies == "" {
				t.Errorf("%s %d: the plan is not filled in", name, yr)
			}
			for _, r := range p.Reviews {
				if !strings.HasPrefix(r.Date, strconv.Itoa(p.Year)) {
					t.Errorf("%s %d: review on %s, outside the plan's year", name, yr, r.Date)
				}
			}
		}
	}
}

// A plan of an account in the trash is read as it is (the targets count
// live accounts only, so its target reads as not set).
func TestPlanOfATrashedAccountOpens(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	id, err := st.CreateAccount(ctx, account("江宁汽车"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := service.NewTargets(st, st.Clock()).Save(ctx, domain.Target{Period: "2026", AccountID: id, Revenue: 500}); err != nil {
		t.Fatal(err)
	}
	if err := st.TrashAccount(ctx, id); err != nil {
		t.Fatal(err)
	}
	v, err := book.New(st).Plans.Get(ctx, id, 2026)
	if err != nil {
		t.Fatalf("plan of a trashed account: %v", err)
	}
	if v.AccountName != "江宁汽车" || v.Target.Period != "2026" || v.Target.Name != "江宁汽车" || v.Target.Set {
		t.Errorf("plan view %+v", v)
	}
}
