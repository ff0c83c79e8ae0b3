package service_test

import (
	"context"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
)

// Plan actions past due and not done (planned or doing) show on Home,
// oldest first with their count, and in My Week (the user's own once
// their name is set); done, cancelled, undated and future ones do not,
// nor those of a trashed account's plan.
func TestOverduePlanActionsOnHomeAndWeek(t *testing.T) {
	ctx := context.Background()
	st := newStoreAt(t, func() time.Time { return time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC) })
	people := service.NewPeople(st, st.Clock())
	week := service.NewWeek(st, st.Clock())
	live, err := st.CreateAccount(ctx, account("甲"))
	if err != nil {
		t.Fatal(err)
	}
	trashed, err := st.CreateAccount(ctx, account("丙"))
	if err != nil {
		t.Fatal(err)
	}
	act := func(item, owner, due string, status domain.ActionStatus) domain.PlanAction {
		return domain.PlanAction{Item: item, Owner: owner, Due: due, Status: status}
	}
	plan := domain.AccountPlan{AccountID: live, Year: 2026, Actions: []domain.PlanAction{
		act("future", "王磊", "2026-07-01", domain.ActionPlanned),
		act("doing, overdue", "李娜", "2026-06-01", domain.ActionDoing),
		act("done", "王磊", "2026-05-01", domain.ActionDone),
		act("cancelled", "王磊", "2026-05-01", domain.ActionCancelled),
		act("undated", "王磊", "", domain.ActionPlanned),
		act("due today", "王磊", "2026-06-15", domain.ActionPlanned),
		act("planned, overdue", "王磊", "2026-05-20", domain.ActionPlanned),
	}}
	if _, err := st.SavePlan(ctx, plan, []domain.PlanSection{domain.SectionActions}); err != nil {
		t.Fatal(err)
	}
	last := domain.AccountPlan{AccountID: live, Year: 2025, Actions: []domain.PlanAction{act("last year's", "", "2025-12-01", domain.ActionPlanned)}}
	if _, err := st.SavePlan(ctx, last, []domain.PlanSection{domain.SectionActions}); err != nil {
		t.Fatal(err)
	}
	gone := domain.AccountPlan{AccountID: trashed, Year: 2026, Actions: []domain.PlanAction{act("trashed account", "王磊", "2026-01-01", domain.ActionPlanned)}}
	if _, err := st.SavePlan(ctx, gone, []domain.PlanSection{domain.SectionActions}); err != nil {
		t.Fatal(err)
	}
	if err := st.TrashAccount(ctx, trashed); err != nil {
		t.Fatal(err)
	}

	h, err := people.Home(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range h.Overdue {
		got = append(got, o.Item)
		if o.AccountName != "甲" || o.AccountID != live {
			t.Errorf("%s: account %d %q, want 甲", o.Item, o.AccountID, o.AccountName)
		}
	}
	want := []string{"last year's", "planned, overdue", "doing, overdue"}
	if h.OverdueTotal != 3 || !equalStrings(got, want) {
		t.Errorf("home overdue = %v (%d in all), want %v", got, h.OverdueTotal, want)
	}

	v, err := week.Get(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if v.OverdueTotal != 3 || len(v.Overdue) != 3 {
		t.Errorf("week overdue with no name set = %d rows, %d in all; want everyone's 3", len(v.Overdue), v.OverdueTotal)
	}
	settings := service.NewSettings(st)
	set, err := settings.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.MyName = "王磊"
	if _, err := settings.Save(ctx, set); err != nil {
		t.Fatal(err)
	}
	if v, err = week.Get(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if v.OverdueTotal != 1 || len(v.Overdue) != 1 || v.Overdue[0].Item != "planned, overdue" || v.Overdue[0].Owner != "王磊" {
		t.Errorf("王磊's week overdue = %+v (%d); want his one", v.Overdue, v.OverdueTotal)
	}
}
