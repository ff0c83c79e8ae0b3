package service_test

import (
	"context"
	"database/sql"
	"reflect"
	"slices"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/service"
	"kams/backend/store"
)

// dealEnv is a store with one account and the deals service on a clock
// the test moves.
type dealEnv struct {
	ctx     context.Context
	st      *store.Store
	clock   time.Time
	deals   *service.Deals
	account int64
}

func newDealEnv(t *testing.T) *dealEnv {
	t.Helper()
	e := &dealEnv{ctx: context.Background(), clock: time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)}
	e.st = newStoreAt(t, func() time.Time { return e.clock })
	e.deals = service.NewDeals(e.st, e.st.Clock())
	var err error
	if e.account, err = e.st.CreateAccount(e.ctx, account("江宁新能源汽车股份有限公司")); err != nil {
		t.Fatal(err)
	}
	return e
}

// on sets the clock to a day of 2026.
func (e *dealEnv) on(month time.Month, day int) {
	e.clock = time.Date(2026, month, day, 10, 0, 0, 0, time.UTC)
}

// newDeal is a valid open deal in qualify.
func (e *dealEnv) newDeal(name string) domain.Opportunity {
	return domain.Opportunity{AccountID: e.account, Name: name, Amount: 100_000, CloseDate: "2026-09-30",
		Stage: "qualify", Status: domain.DealOpen}
}

func (e *dealEnv) create(t *testing.T, o domain.Opportunity) service.DealView {
	t.Helper()
	v, err := e.deals.Create(e.ctx, o)
	if err != nil {
		t.Fatalf("Create(%s): %v", o.Name, err)
	}
	return v
}

func (e *dealEnv) get(t *testing.T, id int64) domain.Opportunity {
	t.Helper()
	v, err := e.deals.Get(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return v.Deal
}

// visits reads a deal's stays (all deals' with 0).
func (e *dealEnv) visits(t *testing.T, id int64) []domain.StageVisit {
	t.Helper()
	out, err := e.st.StageVisits(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func flagCodes(v service.DealView) []string {
	out := []string{}
	for _, f := range v.Flags {
		out = append(out, f.Code)
	}
	return out
}

func TestDealWritesRejectInvalidWithoutWriting(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*domain.Opportunity)
		field string
	}{
		{"empty name", func(o *domain.Opportunity) { o.Name = " \t " }, "name"},
		{"unknown stage", func(o *domain.Opportunity) { o.Stage = "won" }, "stage"},
		{"no stage", func(o *domain.Opportunity) { o.Stage = "" }, "stage"},
		{"lost without a reason", func(o *domain.Opportunity) { o.Status, o.LossReason = domain.DealLost, "  " }, "lossReason"},
		{"abandoned without a reason", func(o *domain.Opportunity) { o.Status = domain.DealAbandoned }, "lossReason"},
		{"probability 120 with override", func(o *domain.Opportunity) { o.Override, o.Probability = true, 120 }, "probability"},
		{"probability −1 with override", func(o *domain.Opportunity) { o.Override, o.Probability = true, -1 }, "probability"},
		{"bad close date", func(o *domain.Opportunity) { o.CloseDate = "2026-02-30" }, "closeDate"},
		{"unknown status", func(o *domain.Opportunity) { o.Status = "pending" }, "status"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newDealEnv(t)
			o := e.newDeal("合肥基地总装线自动化改造")
			tt.edit(&o)
			_, err := e.deals.Create(e.ctx, o)
			if f := wantCode(t, err, domain.CodeValidation).Fields; len(f) != 1 || f[0].Field != tt.field {
				t.Errorf("Create: fields = %+v, want one on %q", f, tt.field)
			}
			if list, err := e.deals.List(e.ctx, 0); err != nil || len(list) != 0 {
				t.Errorf("Create wrote %d deals (%v)", len(list), err)
			}
			if v := e.visits(t, 0); len(v) != 0 {
				t.Errorf("Create wrote stays %+v", v)
			}

			// The same edit to a saved deal changes nothing.
			saved := e.create(t, e.newDeal("电池包线控制系统")).Deal
			before, stays := e.get(t, saved.ID), e.visits(t, saved.ID)
			o = e.get(t, saved.ID)
			tt.edit(&o)
			e.on(6, 20)
			_, err = e.deals.Update(e.ctx, o)
			if f := wantCode(t, err, domain.CodeValidation).Fields; len(f) != 1 || f[0].Field != tt.field {
				t.Errorf("Update: fields = %+v, want one on %q", f, tt.field)
			}
			if after := e.get(t, saved.ID); !reflect.DeepEqual(after, before) {
				t.Errorf("Update changed the deal:\n%+v\nwas\n%+v", after, before)
			}
			if v := e.visits(t, saved.ID); !reflect.DeepEqual(v, stays) {
				t.Errorf("Update changed the stays: %+v, was %+v", v, stays)
			}
		})
	}
}

func TestDealMoveAndCloseRejectInvalidWithoutWriting(t *testing.T) {
	e := newDealEnv(t)
	v := e.create(t, e.newDeal("合肥基地总装线自动化改造"))
	before, stays := e.get(t, v.Deal.ID), e.visits(t, v.Deal.ID)
	e.on(6, 20)
	_, err := e.deals.Move(e.ctx, v.Deal.ID, "signed")
	if f := wantCode(t, err, domain.CodeValidation).Fields; len(f) != 1 || f[0].Field != "stage" {
		t.Errorf("Move: fields = %+v, want stage", f)
	}
	for _, status := range []string{domain.DealLost, domain.DealAbandoned} {
		_, err = e.deals.Close(e.ctx, v.Deal.ID, status, " ")
		if f := wantCode(t, err, domain.CodeValidation).Fields; len(f) != 1 || f[0].Field != "lossReason" {
			t.Errorf("Close %s: fields = %+v, want lossReason", status, f)
		}
	}
	_, err = e.deals.Close(e.ctx, v.Deal.ID, "closed", "")
	wantCode(t, err, domain.CodeValidation)
	if after := e.get(t, v.Deal.ID); !reflect.DeepEqual(after, before) {
		t.Errorf("deal changed:\n%+v\nwas\n%+v", after, before)
	}
	if got := e.visits(t, v.Deal.ID); !reflect.DeepEqual(got, stays) {
		t.Errorf("stays changed: %+v, was %+v", got, stays)
	}
	_, err = e.deals.Move(e.ctx, 999, "bid")
	wantCode(t, err, domain.CodeNotFound)
}

func TestClosedDealCannotMove(t *testing.T) {
	e := newDealEnv(t)
	v := e.create(t, e.newDeal("焊装线视觉检测"))
	if _, err := e.deals.Close(e.ctx, v.Deal.ID, domain.DealWon, ""); err != nil {
		t.Fatal(err)
	}
	before, stays := e.get(t, v.Deal.ID), e.visits(t, v.Deal.ID)
	_, err := e.deals.Move(e.ctx, v.Deal.ID, "lead")
	if ce := wantCode(t, err, domain.CodeConflict); ce.Key != "error.dealClosed" {
		t.Errorf("Move of a won deal: key %q, want error.dealClosed", ce.Key)
	}
	if after := e.get(t, v.Deal.ID); !reflect.DeepEqual(after, before) {
		t.Errorf("deal changed:\n%+v\nwas\n%+v", after, before)
	}
	if got := e.visits(t, v.Deal.ID); !reflect.DeepEqual(got, stays) {
		t.Errorf("stays changed: %+v, was %+v", got, stays)
	}
	// Dropping it back where it already is stays harmless.
	if _, err := e.deals.Move(e.ctx, v.Deal.ID, before.Stage); err != nil {
		t.Errorf("Move to its own stage: %v", err)
	}
}

func TestDealProbabilityFollowsTheStageUnlessOverridden(t *testing.T) {
	e := newDealEnv(t)
	plain := e.create(t, e.newDeal("总装车间拧紧工位改造"))
	o := e.newDeal("电池包线控制系统")
	o.Override, o.Probability = true, 40
	fixed := e.create(t, o)
	o = e.newDeal("备件寄售协议")
	o.Probability = 120 // ignored without override: not an error
	ignored := e.create(t, o)
	for _, c := range []struct {
		v    service.DealView
		want int
	}{{plain, 25}, {fixed, 40}, {ignored, 25}} {
		if c.v.Deal.Probability != c.want {
			t.Errorf("%s: probability %d, want %d", c.v.Deal.Name, c.v.Deal.Probability, c.want)
		}
	}

	e.on(6, 20)
	for _, id := range []int64{plain.Deal.ID, fixed.Deal.ID} {
		if _, err := e.deals.Move(e.ctx, id, "bid"); err != nil {
			t.Fatal(err)
		}
	}
	if p := e.get(t, plain.Deal.ID).Probability; p != 75 {
		t.Errorf("moved to bid: %d, want 75", p)
	}
	if p := e.get(t, fixed.Deal.ID).Probability; p != 40 {
		t.Errorf("overridden, moved to bid: %d, want 40", p)
	}

	// A new default for bid changes the deal that follows its stage only.
	settings := service.NewSettings(e.st)
	set, err := settings.Get(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.Stages[3].Probability = 70
	if _, err := settings.Save(e.ctx, set); err != nil {
		t.Fatal(err)
	}
	if p := e.get(t, plain.Deal.ID).Probability; p != 70 {
		t.Errorf("after the bid default went to 70: %d, want 70", p)
	}
	if p := e.get(t, fixed.Deal.ID).Probability; p != 40 {
		t.Errorf("overridden, after the bid default went to 70: %d, want 40", p)
	}
	f, err := e.deals.Funnel(e.ctx, domain.FunnelFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// bid: 100,000 at 70% + 100,000 at 40%; qualify: 100,000 at 25%.
	if f.Stages[3].Weighted != 110_000 || f.Weighted != 135_000 {
		t.Errorf("bid weighted %d, total %d; want 110000 and 135000", f.Stages[3].Weighted, f.Weighted)
	}

	// Dropping the override follows the stage again; a won deal is 100%.
	o = e.get(t, fixed.Deal.ID)
	o.Override = false
	if v, err := e.deals.Update(e.ctx, o); err != nil || v.Deal.Probability != 70 {
		t.Errorf("override dropped: %d, %v; want 70", v.Deal.Probability, err)
	}
	o = e.get(t, ignored.Deal.ID)
	o.Override, o.Probability = true, 10
	if _, err := e.deals.Update(e.ctx, o); err != nil {
		t.Fatal(err)
	}
	if v, err := e.deals.Close(e.ctx, o.ID, domain.DealWon, ""); err != nil || v.Deal.Probability != 100 {
		t.Errorf("won with a 10%% override: %d, %v; want 100", v.Deal.Probability, err)
	}
	if v, err := e.deals.Close(e.ctx, o.ID, domain.DealLost, "价格"); err != nil || v.Deal.Probability != 0 {
		t.Errorf("lost: %d, %v; want 0", v.Deal.Probability, err)
	}
}

func TestDealCloseDateInThePastIsFlaggedNotRefused(t *testing.T) {
	e := newDealEnv(t)
	o := e.newDeal("MES 质量追溯接口扩展")
	o.CloseDate = "2026-06-01" // two weeks before the clock's 06-15
	v, err := e.deals.Create(e.ctx, o)
	if err != nil {
		t.Fatalf("a past close date was refused: %v", err)
	}
	var found *domain.RedFlag
	for i, f := range v.Flags {
		if f.Code == "closeDatePast" {
			found = &v.Flags[i]
		}
	}
	if found == nil || found.Key != "dealFlag.closeDatePast" || found.Params["days"] != 14 {
		t.Errorf("flags = %+v, want closeDatePast 14 days", v.Flags)
	}
	if v.Deal.CloseDate != "2026-06-01" {
		t.Errorf("close date saved as %q", v.Deal.CloseDate)
	}

	o = v.Deal
	o.CloseDate = "2026-06-15" // today is not past
	if v, err = e.deals.Update(e.ctx, o); err != nil || slices.Contains(flagCodes(v), "closeDatePast") {
		t.Errorf("closing today: flags %v, %v", flagCodes(v), err)
	}
	e.on(6, 16)
	if v = must(e.deals.Get(e.ctx, o.ID)); !slices.Contains(flagCodes(v), "closeDatePast") {
		t.Errorf("a day later: flags %v, want closeDatePast", flagCodes(v))
	}
	if v = must(e.deals.Close(e.ctx, o.ID, domain.DealWon, "")); len(v.Flags) != 0 {
		t.Errorf("won deal flagged %v", flagCodes(v))
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestDealReopenStartsANewStay(t *testing.T) {
	e := newDealEnv(t)
	e.on(6, 1)
	o := e.newDeal("合肥基地总装线自动化改造")
	o.Stage = "bid"
	id := e.create(t, o).Deal.ID

	e.on(6, 11)
	v := must(e.deals.Close(e.ctx, id, domain.DealWon, "价格")) // a won deal has no loss reason
	if d := v.Deal; d.Status != domain.DealWon || d.ClosedOn != "2026-06-11" || d.StageSince != "2026-06-01" || d.Probability != 100 || d.LossReason != "" {
		t.Errorf("won: %+v", d)
	}

	e.on(6, 15)
	v = must(e.deals.Close(e.ctx, id, domain.DealOpen, "价格"))
	if d := v.Deal; d.Status != domain.DealOpen || d.ClosedOn != "" || d.LossReason != "" || d.StageSince != "2026-06-15" || d.Probability != 75 {
		t.Errorf("reopened: %+v", d)
	}
	e.on(6, 18)
	must(e.deals.Move(e.ctx, id, "commit"))
	e.on(6, 25)
	v = must(e.deals.Close(e.ctx, id, domain.DealLost, "价格"))
	if d := v.Deal; d.ClosedOn != "2026-06-25" || d.LossReason != "价格" || d.Stage != "commit" {
		t.Errorf("lost: %+v", d)
	}
	want := []domain.StageVisit{
		{DealID: id, Stage: "bid", Entered: "2026-06-01", Left: "2026-06-11", Days: 10},
		{DealID: id, Stage: "bid", Entered: "2026-06-15", Left: "2026-06-18", Days: 3},
		{DealID: id, Stage: "commit", Entered: "2026-06-18", Left: "2026-06-25", Days: 7},
	}
	if got := e.visits(t, id); !reflect.DeepEqual(got, want) {
		t.Errorf("stays = %+v\nwant %+v", got, want)
	}
}

func TestDealFunnelFilter(t *testing.T) {
	e := newDealEnv(t)
	// The manager and quadrant of these sample accounts, by the default
	// scoring: 江宁 王磊 strategic, 天工 李娜 strategic, 鼎盛 李娜 develop,
	// 远航 陈志强 maintain.
	quadrant := map[string]string{"江宁汽车": "strategic", "天工精密": "strategic", "鼎盛锂电": "develop", "远航重工": "maintain"}
	manager := map[string]string{"江宁汽车": "王磊", "天工精密": "李娜", "鼎盛锂电": "李娜", "远航重工": "陈志强"}
	ids := map[string]int64{}
	s := domain.DefaultScoring()
	for _, a := range sample.Accounts() {
		switch a.Name {
		case "天工精密电子有限公司", "鼎盛锂电科技有限公司", "远航船舶重工有限公司":
			id, err := e.st.CreateAccount(e.ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			ids[a.ShortName] = id
		case "江宁新能源汽车股份有限公司":
			// newDealEnv made a bare one: give it the sample's ratings.
			a.ID = e.account
			if err := e.st.UpdateAccount(e.ctx, a); err != nil {
				t.Fatal(err)
			}
			ids[a.ShortName] = e.account
		default:
			continue
		}
		if q := domain.Score(a, s).Quadrant; string(q) != quadrant[a.ShortName] || a.Manager != manager[a.ShortName] {
			t.Fatalf("%s: %s %s, the test expects %s %s", a.ShortName, a.Manager, q, manager[a.ShortName], quadrant[a.ShortName])
		}
	}
	deal := map[string]int64{}
	for name, amount := range map[string]int64{"江宁汽车": 1000, "天工精密": 2000, "鼎盛锂电": 4000, "远航重工": 8000} {
		o := e.newDeal(name + "项目")
		o.AccountID, o.Amount, o.Stage = ids[name], amount, "lead"
		if name == "江宁汽车" {
			o.CloseDate = "2026-07-20"
		}
		deal[name] = e.create(t, o).Deal.ID
	}
	// 天工's deal was last touched 45 days ago, 鼎盛's 5: the 30-day
	// stalled limit of the default settings catches 天工's only.
	for name, date := range map[string]string{"天工精密": "2026-05-01", "鼎盛锂电": "2026-06-10"} {
		if _, err := e.st.CreateInteraction(e.ctx, domain.Interaction{AccountID: ids[name], OpportunityID: deal[name],
			Date: date, Kind: "call", Summary: "跟进"}); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name    string
		filter  domain.FunnelFilter
		amount  int64
		stalled []int64
	}{
		{"none", domain.FunnelFilter{}, 15000, []int64{deal["天工精密"]}},
		{"manager", domain.FunnelFilter{Manager: "李娜"}, 6000, []int64{deal["天工精密"]}},
		{"tier", domain.FunnelFilter{Tiers: []string{"strategic"}}, 3000, []int64{deal["天工精密"]}},
		{"two tiers", domain.FunnelFilter{Tiers: []string{"strategic", "maintain"}}, 11000, []int64{deal["天工精密"]}},
		{"manager and tier", domain.FunnelFilter{Manager: "李娜", Tiers: []string{"develop"}}, 4000, []int64{}},
		{"nobody's", domain.FunnelFilter{Manager: "张三"}, 0, []int64{}},
		{"no account in the tier", domain.FunnelFilter{Tiers: []string{"opportunistic"}}, 0, []int64{}},
		{"period", domain.FunnelFilter{From: "2026-07-01", To: "2026-07-31"}, 1000, []int64{}},
		{"manager and period", domain.FunnelFilter{Manager: "王磊", From: "2026-08-01"}, 0, []int64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := e.deals.Funnel(e.ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if f.OpenAmount != tt.amount || f.Stages[0].Amount != tt.amount || f.Weighted != tt.amount/10 {
				t.Errorf("open %d, lead %d, weighted %d; want %d, %d, %d", f.OpenAmount, f.Stages[0].Amount, f.Weighted, tt.amount, tt.amount, tt.amount/10)
			}
			if !reflect.DeepEqual(f.Stalled, tt.stalled) {
				t.Errorf("stalled %v, want %v", f.Stalled, tt.stalled)
			}
		})
	}

	// A trashed account leaves the manager's funnel.
	if err := e.st.TrashAccount(e.ctx, ids["天工精密"]); err != nil {
		t.Fatal(err)
	}
	if f := must(e.deals.Funnel(e.ctx, domain.FunnelFilter{Manager: "李娜"})); f.OpenAmount != 4000 {
		t.Errorf("李娜 after 天工 went to the trash: %d, want 4000", f.OpenAmount)
	}
	if f := must(e.deals.Funnel(e.ctx, domain.FunnelFilter{})); f.OpenAmount != 13000 {
		t.Errorf("all after 天工 went to the trash: %d, want 13000", f.OpenAmount)
	}
}

// TestSampleDeals loads the sample and checks its deals as the app shows
// them: dates from today, stays with their days, touches as interactions.
func TestSampleDeals(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 6, 15, 9, 30, 0, 0, time.Local)
	st := newStoreAt(t, func() time.Time { return now })
	day := func(offset int) string { return now.AddDate(0, 0, offset).Format(time.DateOnly) }
	if err := service.NewSample(st, func() time.Time { return now }).Load(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.NewDeals(st, func() time.Time { return now })
	list, err := svc.List(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]domain.Opportunity{}
	for _, v := range list {
		byName[v.Deal.Name] = v.Deal
	}
	all := sample.Deals()
	if len(list) != len(all) {
		t.Fatalf("%d deals loaded, sample has %d", len(list), len(all))
	}
	var stalled []string
	open, won, lost, stays := 0, 0, 0, 0
	for _, d := range all {
		got, ok := byName[d.Opportunity.Name]
		if !ok {
			t.Errorf("%s not loaded", d.Opportunity.Name)
			continue
		}
		h := d.History
		stays += len(h)
		wantClose, wantClosed := day(d.CloseInDays), ""
		switch d.Opportunity.Status {
		case domain.DealOpen:
			open++
		case domain.DealWon:
			won++
		default:
			lost++
		}
		if d.Opportunity.Status != domain.DealOpen {
			wantClose, wantClosed = day(-d.ClosedDaysAgo), day(-d.ClosedDaysAgo)
		}
		if got.AccountName != d.Account || got.Status != d.Opportunity.Status || got.Stage != h[len(h)-1].Stage ||
			got.CloseDate != wantClose || got.ClosedOn != wantClosed || got.StageSince != day(-h[len(h)-1].DaysAgo) ||
			got.LastInteraction != day(-slices.Min(d.Touches)) || len(got.People) != len(d.People) {
			t.Errorf("%s loaded as %+v", d.Opportunity.Name, got)
		}
		if d.Opportunity.Status == domain.DealOpen && slices.Min(d.Touches) > 30 {
			stalled = append(stalled, d.Opportunity.Name)
		}
	}

	db, err := sql.Open("sqlite", st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		query string
		want  int
	}{
		{"SELECT count(*) FROM stage_visits", stays},
		{"SELECT count(*) FROM stage_visits WHERE left_on <> '' AND julianday(left_on) - julianday(entered) <> days", 0},
		{"SELECT count(*) FROM stage_visits WHERE left_on = ''", open},
		{"SELECT count(*) FROM stage_visits v JOIN opportunities o ON o.id = v.opportunity_id WHERE o.status <> 'open' AND v.left_on <> o.closed_on AND v.id = (SELECT max(id) FROM stage_visits WHERE opportunity_id = o.id)", 0},
		{"SELECT count(*) FROM interactions i JOIN opportunities o ON o.id = i.opportunity_id WHERE i.summary = '跟进商机：' || o.name AND i.kind IN ('meeting', 'call')", func() int {
			n := 0
			for _, d := range all {
				n += len(d.Touches)
			}
			return n
		}()},
		{"SELECT count(*) FROM interactions i JOIN opportunities o ON o.id = i.opportunity_id WHERE (SELECT count(*) FROM interaction_contacts WHERE interaction_id = i.id) <> (SELECT count(*) FROM opportunity_contacts WHERE opportunity_id = o.id)", 0},
	} {
		var n int
		if err := db.QueryRow(c.query).Scan(&n); err != nil {
			t.Fatalf("%s: %v", c.query, err)
		}
		if n != c.want {
			t.Errorf("%s = %d, want %d", c.query, n, c.want)
		}
	}

	f, err := svc.Funnel(ctx, domain.FunnelFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Open != open || f.Won != won || f.Lost != lost {
		t.Errorf("funnel open %d won %d lost %d; want %d, %d, %d", f.Open, f.Won, f.Lost, open, won, lost)
	}
	var gotStalled []string
	for _, id := range f.Stalled {
		gotStalled = append(gotStalled, must(svc.Get(ctx, id)).Deal.Name)
	}
	slices.Sort(stalled)
	slices.Sort(gotStalled)
	if !reflect.DeepEqual(gotStalled, stalled) {
		t.Errorf("stalled %v, want %v", gotStalled, stalled)
	}
	for i, s := range f.Stages {
		if s.Count == 0 || s.Conversion <= 0 || s.AvgDays <= 0 {
			t.Errorf("stage %d of the sample funnel: %+v", i, s)
		}
	}
	if len(f.Months) < 12 || len(f.Quarters) < 4 {
		t.Errorf("%d months and %d quarters in the sample's funnel", len(f.Months), len(f.Quarters))
	}
}
