package service_test

import (
	"context"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// targetBook is a small database whose deals and interactions sit on the
// edges of years, quarters and months: 甲 (managed by 王磊), 乙 (李娜's
// until it passes to 王磊, so its old deal stays 李娜's), 丙 in the trash.
type targetBook struct {
	ctx  context.Context
	st   *store.Store
	svc  *service.Targets
	ids  map[string]int64 // account name → id
	wang int64
	li   int64
}

func won(account, name string, amount int64, created, closed string) store.SeedDeal {
	return store.SeedDeal{Account: account, Deal: domain.Opportunity{Name: name, Amount: amount, Stage: "commit",
		Status: domain.DealWon, CloseDate: closed, ClosedOn: closed},
		Visits: []domain.StageVisit{{Stage: "commit", Entered: created, Left: closed}}}
}

func met(account, date string, kind domain.InteractionKind, summary string) store.SeedInteraction {
	return store.SeedInteraction{Account: account, Interaction: domain.Interaction{Date: date, Kind: kind, Summary: summary}}
}

func newTargetBook(t *testing.T) *targetBook {
	t.Helper()
	b := &targetBook{ctx: context.Background(), st: newStoreAt(t, func() time.Time { return time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC) }), ids: map[string]int64{}}
	b.svc = service.NewTargets(b.st, b.st.Clock())
	acc := func(name, manager string) domain.Account {
		a := account(name)
		a.Manager = manager
		return a
	}
	lost := store.SeedDeal{Account: "甲", Deal: domain.Opportunity{Name: "lost", Amount: 500, Stage: "bid",
		Status: domain.DealLost, CloseDate: "2026-05-10", ClosedOn: "2026-05-10"},
		Visits: []domain.StageVisit{{Stage: "bid", Entered: "2026-02-01", Left: "2026-05-10"}}}
	open := store.SeedDeal{Account: "甲", Deal: domain.Opportunity{Name: "open", Amount: 300, Stage: "qualify",
		Status: domain.DealOpen, CloseDate: "2026-09-30"}, Visits: []domain.StageVisit{{Stage: "qualify", Entered: "2026-04-15"}}}
	seed := store.Seed{
		Accounts: []domain.Account{acc("甲", "王磊"), acc("乙", "李娜"), acc("丙", "王磊")},
		Deals: []store.SeedDeal{
			won("甲", "Q1 last day", 1000, "2026-03-31", "2026-03-31"),
			won("甲", "Q2 first day", 2000, "2026-04-01", "2026-04-01"),
			won("甲", "last year", 4000, "2025-12-01", "2025-12-31"),
			won("乙", "all year", 8000, "2026-01-01", "2026-12-31"),
			lost, open,
			won("丙", "trashed account", 16000, "2026-04-02", "2026-04-02"),
			won("甲", "trashed deal", 32000, "2026-04-03", "2026-04-03"),
		},
		Interactions: []store.SeedInteraction{
			met("甲", "2026-03-31", "visit", ""), met("甲", "2026-04-01", "meeting", ""),
			met("甲", "2026-04-01", "call", ""), met("甲", "2026-04-02", "dinner", ""),
			met("甲", "2026-06-30", "demo", ""), met("甲", "2026-07-01", "tech", ""),
			met("甲", "2026-04-10", "visit", "trashed"), met("乙", "2026-01-01", "visit", ""),
			met("丙", "2026-04-05", "visit", ""),
		},
	}
	if err := b.st.Seed(b.ctx, seed); err != nil {
		t.Fatal(err)
	}
	accounts, err := b.st.Accounts(b.ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range accounts {
		b.ids[a.Name] = a.ID
	}
	if err := b.st.TrashAccount(b.ctx, b.ids["丙"]); err != nil {
		t.Fatal(err)
	}
	deals, err := b.st.Deals(b.ctx, b.ids["甲"])
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deals {
		if d.Name == "trashed deal" {
			if err := b.st.TrashDeal(b.ctx, d.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	log, err := b.st.Interactions(b.ctx, b.ids["甲"])
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range log {
		if in.Summary == "trashed" {
			if err := b.st.TrashInteraction(b.ctx, in.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	// 乙 passes to 王磊: its won deal stays 李娜's, a new visit is his.
	yi, err := b.st.Account(b.ctx, b.ids["乙"])
	if err != nil {
		t.Fatal(err)
	}
	yi.Manager = "王磊"
	if err := b.st.UpdateAccount(b.ctx, yi); err != nil {
		t.Fatal(err)
	}
	if _, err := b.st.CreateInteraction(b.ctx, domain.Interaction{AccountID: yi.ID, Date: "2026-05-05", Kind: "visit"}); err != nil {
		t.Fatal(err)
	}
	if b.wang, err = b.st.MemberByName(b.ctx, "王磊"); err != nil {
		t.Fatal(err)
	}
	if b.li, err = b.st.MemberByName(b.ctx, "李娜"); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestActualsPerPeriodAccountAndMember(t *testing.T) {
	b := newTargetBook(t)
	type actual struct {
		revenue         int64
		newOpps, visits int64
	}
	cases := []struct {
		name   string
		scope  func(*targetBook) domain.TargetScope
		period string
		want   actual
	}{
		{"account year", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026", actual{3000, 4, 4}},
		{"account last year", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2025", actual{4000, 1, 0}},
		{"account Q1 ends on 31 March", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026-Q1", actual{1000, 2, 1}},
		{"account Q2 starts on 1 April", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026-Q2", actual{2000, 2, 2}},
		{"account Q3", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026-Q3", actual{0, 0, 1}},
		{"account March", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026-03", actual{1000, 1, 1}},
		{"account April", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026-04", actual{2000, 2, 1}},
		{"account first half", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["甲"]} }, "2026-H1", actual{3000, 4, 3}},
		{"account 乙 year", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["乙"]} }, "2026", actual{8000, 1, 2}},
		{"account 乙 December", func(b *targetBook) domain.TargetScope { return domain.TargetScope{AccountID: b.ids["乙"]} }, "2026-12", actual{8000, 0, 0}},
		{"member keeps old deals and visits", func(b *targetBook) domain.TargetScope { return domain.TargetScope{MemberID: b.li} }, "2026", actual{8000, 1, 1}},
		{"member gets new visits", func(b *targetBook) domain.TargetScope { return domain.TargetScope{MemberID: b.wang} }, "2026", actual{3000, 4, 5}},
		{"member Q2", func(b *targetBook) domain.TargetScope { return domain.TargetScope{MemberID: b.wang} }, "2026-Q2", actual{2000, 2, 3}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := b.svc.Achievement(b.ctx, c.scope(b), c.period)
			if err != nil {
				t.Fatal(err)
			}
			got := actual{v.Revenue.Actual, v.NewOpportunities.Actual, v.Visits.Actual}
			if got != c.want {
				t.Errorf("actuals = %+v, want %+v", got, c.want)
			}
			if v.Set || v.Revenue.Achievement != -1 || v.Visits.Achievement != -1 {
				t.Errorf("no target set: got set=%v achievements %v/%v, want none (−1)", v.Set, v.Revenue.Achievement, v.Visits.Achievement)
			}
		})
	}
}

func TestTargetAchievement(t *testing.T) {
	b := newTargetBook(t)
	jia := b.ids["甲"]
	v, err := b.svc.Save(b.ctx, domain.Target{Period: "2026-Q2", AccountID: jia, Revenue: 1600, NewOpportunities: 0, Visits: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Set || v.Revenue.Target != 1600 || v.Revenue.Achievement != 1.25 || v.Visits.Achievement != 0.5 {
		t.Errorf("view = %+v, want target 1600 at 125 %%, visits 2 of 4 at 50 %%", v)
	}
	if v.NewOpportunities.Achievement != -1 || v.NewOpportunities.Actual != 2 {
		t.Errorf("a target of 0 new deals has no percentage: %+v", v.NewOpportunities)
	}
	// Saving again replaces, never duplicates.
	if v, err = b.svc.Save(b.ctx, domain.Target{Period: "2026-Q2", AccountID: jia, Revenue: 4000}); err != nil {
		t.Fatal(err)
	}
	if v.Revenue.Achievement != 0.5 {
		t.Errorf("after the change, achievement = %v, want 0.5", v.Revenue.Achievement)
	}
	list, err := b.st.Targets(b.ctx, "2026-Q2")
	if err != nil || len(list) != 1 {
		t.Fatalf("targets = %v, %v; want one", list, err)
	}
	year, err := b.svc.AccountYear(b.ctx, jia, 2026)
	if err != nil {
		t.Fatal(err)
	}
	periods := []string{}
	for _, y := range year {
		periods = append(periods, y.Period)
	}
	if want := []string{"2026", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"}; !equalStrings(periods, want) || year[2].Revenue.Target != 4000 {
		t.Errorf("AccountYear periods %v (Q2 target %d), want %v with Q2 4000", periods, year[2].Revenue.Target, want)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTargetRejectsBadInputWithoutWriting(t *testing.T) {
	b := newTargetBook(t)
	jia := b.ids["甲"]
	cases := []struct {
		name        string
		target      domain.Target
		code, field string
		key         string
	}{
		{"negative revenue", domain.Target{Period: "2026", AccountID: jia, Revenue: -1}, domain.CodeValidation, "revenue", "error.amount"},
		{"negative visits", domain.Target{Period: "2026", AccountID: jia, Visits: -3}, domain.CodeValidation, "visits", "error.range"},
		{"negative new deals", domain.Target{Period: "2026", MemberID: b.wang, NewOpportunities: -1}, domain.CodeValidation, "newOpportunities", "error.range"},
		{"bad period", domain.Target{Period: "2026-13", AccountID: jia, Revenue: 1}, domain.CodeValidation, "period", "error.period"},
		{"week is not a period", domain.Target{Period: "2026-W07", AccountID: jia, Revenue: 1}, domain.CodeValidation, "period", "error.period"},
		{"no scope", domain.Target{Period: "2026", Revenue: 1}, domain.CodeValidation, "scope", "error.targetScope"},
		{"two scopes", domain.Target{Period: "2026", AccountID: jia, MemberID: b.wang, Revenue: 1}, domain.CodeValidation, "scope", "error.targetScope"},
		{"trashed account", domain.Target{Period: "2026", AccountID: b.ids["丙"], Revenue: 1}, domain.CodeNotFound, "", ""},
		{"unknown member", domain.Target{Period: "2026", MemberID: 999, Revenue: 1}, domain.CodeNotFound, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			writes := b.st.Writes()
			_, err := b.svc.Save(b.ctx, c.target)
			e := wantCode(t, err, c.code)
			if c.field != "" && (len(e.Fields) != 1 || e.Fields[0].Field != c.field || e.Fields[0].Key != c.key) {
				t.Errorf("fields = %+v, want %s: %s", e.Fields, c.field, c.key)
			}
			if b.st.Writes() != writes {
				t.Error("a refused target wrote to the database")
			}
		})
	}
	list, err := b.st.Targets(b.ctx, "2026", "2026-13", "2026-W07")
	if err != nil || len(list) != 0 {
		t.Errorf("targets after refusals = %v, %v; want none", list, err)
	}
	if _, err := b.svc.Achievement(b.ctx, domain.TargetScope{AccountID: jia}, "26"); err == nil {
		t.Error("Achievement accepted the period \"26\"")
	}
}

func TestMyNameBecomesAMemberAndLeadsTheBoard(t *testing.T) {
	b := newTargetBook(t)
	settings := service.NewSettings(b.st)
	set, err := settings.Get(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.MyName = "  张伟 "
	if set, err = settings.Save(b.ctx, set); err != nil {
		t.Fatal(err)
	}
	if set.MyName != "张伟" {
		t.Errorf("my name saved as %q, want it trimmed", set.MyName)
	}
	id, err := b.st.MemberByName(b.ctx, "张伟")
	if err != nil {
		t.Fatalf("my name is not a member: %v", err)
	}
	if _, err := b.svc.Save(b.ctx, domain.Target{Period: "2026", MemberID: id, Revenue: 100}); err != nil {
		t.Fatal(err)
	}
	board, err := b.svc.Board(b.ctx, "2026")
	if err != nil {
		t.Fatal(err)
	}
	if board.MyID != id || len(board.Members) != 3 || board.Members[0].Scope.MemberID != id || !board.Members[0].Set {
		t.Errorf("board members = %+v, want 张伟 (set) first of 3", board.Members)
	}
	if len(board.Accounts.Rows) != 2 {
		t.Errorf("board accounts = %d, want the 2 live ones", len(board.Accounts.Rows))
	}
	for _, a := range board.Accounts.Rows {
		if a.Scope.AccountID == b.ids["甲"] && a.Revenue.Actual != 3000 {
			t.Errorf("甲 on the board: revenue %d, want 3000", a.Revenue.Actual)
		}
	}
	if _, err := b.svc.Board(b.ctx, "2026-Q5"); err == nil {
		t.Error("Board accepted 2026-Q5")
	}
}
