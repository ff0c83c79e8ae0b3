package service_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

func TestWeek(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) // a Wednesday of 2026-W48
	st := newStoreAt(t, func() time.Time { return now })
	week := service.NewWeek(st, func() time.Time { return now })
	strategic := account("战略客户")
	strategic.Manager = "王磊"
	strategic.Stage = domain.StageIntegrated
	strategic.OurSales, strategic.CategorySpend = 80, 100
	strategic.Classification = domain.ClassificationInputs{Volume: 5, Profitability: 5, StrategicFit: 5, Ease: 5, Coverage: 5, Satisfaction: 5}
	small := account("机会客户")
	small.Classification = domain.ClassificationInputs{Volume: 1, Profitability: 1, StrategicFit: 1, Ease: 1, Coverage: 1, Satisfaction: 1}
	if err := st.CreateAccounts(ctx, []domain.Account{strategic, small}); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	accounts, _ := st.Accounts(ctx, false)
	for _, a := range accounts {
		ids[a.Name] = a.ID
	}
	for _, d := range []string{"2026-11-22", "2026-11-23", "2026-11-24", "2026-11-29", "2026-11-30"} {
		if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: ids["机会客户"], Date: d, Kind: "call"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: ids["战略客户"], Date: "2026-11-26", Kind: "visit"}); err != nil {
		t.Fatal(err)
	}

	v, err := week.Get(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if v.Week.Key != "2026-W48" || v.Prev != "2026-W47" || v.Next != "2026-W49" || len(v.SelfCheck) == 0 {
		t.Fatalf("week = %+v prev %s next %s", v.Week, v.Prev, v.Next)
	}
	if len(v.Done) != 4 { // Monday 23 to Sunday 29
		t.Errorf("done = %d interactions, want the 4 of Monday to Sunday", len(v.Done))
	}
	if !v.AttentionWarning || len(v.Attention) != 2 || v.Attention[0].Tier != domain.QuadrantStrategic || !v.Attention[1].OverStrategic {
		t.Errorf("attention = %+v (warning %v); want the strategic account first and the other marked", v.Attention, v.AttentionWarning)
	}

	item, err := week.SaveItem(ctx, domain.WeekItem{Week: "2026-W48", Title: "  拜访采购总监 ", AccountID: ids["战略客户"]})
	if err != nil {
		t.Fatal(err)
	}
	if item.Title != "拜访采购总监" || item.AccountName != "战略客户" || item.Done {
		t.Errorf("item = %+v", item)
	}
	item.Done = true
	if item, err = week.SaveItem(ctx, item); err != nil || !item.Done {
		t.Fatalf("tick: %+v, %v", item, err)
	}
	if err := week.Check(ctx, "2026-W48", "log", true); err != nil {
		t.Fatal(err)
	}
	if err := week.Check(ctx, "2026-W48", "log", true); err != nil { // twice is still once
		t.Fatal(err)
	}
	goal, err := week.SaveGoal(ctx, domain.DevelopmentGoal{Title: "学习招投标法规", Due: "2026-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	if v, err = week.Get(ctx, "2026-W48"); err != nil {
		t.Fatal(err)
	}
	if len(v.Items) != 1 || !v.Items[0].Done || !slices.Equal(v.Checked, []string{"log"}) || len(v.Goals) != 1 || v.Goals[0].ID != goal.ID {
		t.Errorf("after the edits: items %+v checked %v goals %+v", v.Items, v.Checked, v.Goals)
	}
	if other, _ := week.Get(ctx, "2026-W49"); len(other.Items) != 0 || len(other.Checked) != 0 || len(other.Goals) != 1 {
		t.Errorf("next week = items %v checks %v goals %d; want its own empty plan and the same goals", other.Items, other.Checked, len(other.Goals))
	}

	// Bad input is refused and changes nothing.
	bad := []struct {
		name       string
		do         func() error
		field, key string
	}{
		{"bad week", func() error { _, err := week.SaveItem(ctx, domain.WeekItem{Week: "2026-48", Title: "x"}); return err }, "week", "error.week"},
		{"empty title", func() error { _, err := week.SaveItem(ctx, domain.WeekItem{Week: "2026-W48", Title: "  "}); return err }, "title", "error.required"},
		{"unknown check", func() error { return week.Check(ctx, "2026-W48", "nap", true) }, "item", "error.choice"},
		{"check of a bad week", func() error { return week.Check(ctx, "W48", "log", true) }, "week", "error.week"},
		{"goal with a bad date", func() error {
			_, err := week.SaveGoal(ctx, domain.DevelopmentGoal{Title: "x", Due: "2026-02-30"})
			return err
		}, "due", "error.date"},
	}
	for _, c := range bad {
		writes := st.Writes()
		e := wantCode(t, c.do(), domain.CodeValidation)
		if len(e.Fields) != 1 || e.Fields[0].Field != c.field || e.Fields[0].Key != c.key {
			t.Errorf("%s: fields %+v, want %s %s", c.name, e.Fields, c.field, c.key)
		}
		if st.Writes() != writes {
			t.Errorf("%s: wrote to the database", c.name)
		}
	}
	if err := week.DeleteItem(ctx, item.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, week.DeleteItem(ctx, item.ID), domain.CodeNotFound)
}

func TestHomeDashboardOfTheSample(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) }
	st := newStoreAt(t, now)
	if err := service.NewSample(st, now).Load(ctx); err != nil {
		t.Fatal(err)
	}
	h, err := service.NewPeople(st, now).Home(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d := h.Dashboard
	if d.MyName == "" || len(d.Periods) != 2 || d.Periods[0].Target.Period != "2026" || d.Periods[1].Target.Period != "2026-Q4" {
		t.Fatalf("dashboard = %+v; want the sample user's year and quarter", d)
	}
	for _, p := range d.Periods {
		if !p.Target.Set || p.Target.Revenue.Target <= 0 || p.Target.Revenue.Achievement < 0 {
			t.Errorf("%s: %+v; want a revenue target and an achievement", p.Target.Period, p.Target.Revenue)
		}
		if p.Coverage.Available == (p.Coverage.Reason != "") {
			t.Errorf("%s: coverage %+v is neither a value nor a reason", p.Target.Period, p.Coverage)
		}
	}
	// The sample's targets look real: some members above 100 %, some below.
	board, err := service.NewTargets(st, now).Board(ctx, "2026")
	if err != nil {
		t.Fatal(err)
	}
	// Every account manager has a target; pre-sales, service and the
	// team's head carry none of their own.
	page, err := service.NewAccounts(st, now).Page(ctx, store.AccountQuery{})
	accounts := page.Rows
	if err != nil {
		t.Fatal(err)
	}
	leads := map[string]bool{}
	for _, a := range accounts {
		leads[a.Account.Manager] = true
	}
	above, below := 0, 0
	for _, m := range board.Members {
		switch a := m.Revenue.Achievement; {
		case !m.Set:
			if leads[m.Name] {
				t.Errorf("sample account manager %s has no target", m.Name)
			}
		case a >= 1:
			above++
		case a >= 0:
			below++
		}
	}
	if above == 0 || below == 0 || board.Members[0].Name != d.MyName {
		t.Errorf("sample members: %d above and %d below 100 %%, first %s; want both, the user first", above, below, board.Members[0].Name)
	}
	// With no name set there is no dashboard, only the hint.
	empty := newStoreAt(t, now)
	h, err = service.NewPeople(empty, now).Home(ctx)
	if err != nil || h.Dashboard.MyName != "" || len(h.Dashboard.Periods) != 0 {
		t.Errorf("empty database: dashboard %+v, %v", h.Dashboard, err)
	}
}
