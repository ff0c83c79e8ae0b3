package service_test

import (
	"context"
	"math"
	"strconv"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// TestActivityFromPlanToROI walks one seminar from its plan to its ROI:
// suggestions from the deals created or moved at its accounts in the
// window, a linked deal won, the attended person's last contact, and the
// year's marketing control.
func TestActivityFromPlanToROI(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	st := newStoreAt(t, func() time.Time { return now })
	on := func(m time.Month, d int) { now = time.Date(2026, m, d, 10, 0, 0, 0, time.UTC) }
	deals := service.NewDeals(st, st.Clock())
	mkt := service.NewMarketing(st, st.Clock())
	people := service.NewPeople(st, st.Clock())
	a, _ := st.CreateAccount(ctx, account("江宁新能源汽车股份有限公司"))
	b, _ := st.CreateAccount(ctx, account("苏州精工机械有限公司"))
	c, err := people.CreateContact(ctx, domain.Contact{AccountID: a, Name: "王总", Influence: domain.InfluenceHigh})
	if err != nil {
		t.Fatal(err)
	}
	deal := func(acc int64, name string) int64 {
		v, err := deals.Create(ctx, domain.Opportunity{AccountID: acc, Name: name, Amount: 100_000_00, CloseDate: "2026-12-31",
			Stage: "lead", Status: domain.DealOpen})
		if err != nil {
			t.Fatal(err)
		}
		return v.Deal.ID
	}
	old := deal(a, "老商机") // created before the seminar
	on(4, 20)
	v, err := mkt.Save(ctx, domain.Activity{Type: "seminar", Title: "智能制造技术交流会", Start: "2026-05-05", End: "2026-05-06",
		Place: "南京", Status: domain.ActivityPlanned, Accounts: []int64{a},
		Invitees: []domain.Invitee{{ContactID: c.ID, Attended: true}},
		Costs:    []domain.Cost{{Category: "venue", Budget: 10_000_00, Actual: 8_000_00}, {Category: "catering", Budget: 2_000_00}}})
	if err != nil {
		t.Fatal(err)
	}
	id := v.Activity.ID
	if v.Facts.Budget != 12_000_00 || v.Facts.Cost != 8_000_00 || v.Facts.Invited != 1 || v.Facts.Attended != 1 || v.ROI.Ratio != -1 {
		t.Fatalf("planned: facts %+v roi %+v", v.Facts, v.ROI)
	}
	// Held before it starts: refused, nothing changes.
	if _, err := mkt.SetStatus(ctx, id, domain.ActivityDone); err == nil {
		t.Fatal("an activity was held before it started")
	}
	on(5, 10)
	fresh := deal(a, "新商机")   // created after it, at its account
	other := deal(b, "别家的商机") // at another account: never suggested
	on(5, 20)
	if _, err := deals.Move(ctx, old, "qualify"); err != nil {
		t.Fatal(err)
	}
	if v, err = mkt.SetStatus(ctx, id, domain.ActivityDone); err != nil {
		t.Fatal(err)
	}
	if v.Activity.Status != domain.ActivityDone {
		t.Fatalf("status %q after SetStatus", v.Activity.Status)
	}
	if g, _ := mkt.Get(ctx, id); g.Activity.Status != domain.ActivityDone {
		t.Fatalf("status %q read back", g.Activity.Status)
	}
	got, _ := st.Contact(ctx, c.ID)
	if got.LastContact != "2026-05-06" {
		t.Fatalf("attended person's last contact %q, want the seminar's last day", got.LastContact)
	}
	want := map[int64]string{fresh: "created", old: "moved"}
	if len(v.Suggested) != 2 {
		t.Fatalf("suggested %+v, want the new deal and the moved one", v.Suggested)
	}
	for _, s := range v.Suggested {
		if want[s.ID] != s.Why || s.ID == other {
			t.Fatalf("suggested %+v, want %v", v.Suggested, want)
		}
	}
	// A narrower window leaves the move of 5-20 out.
	set, _ := st.Settings(ctx)
	set.Marketing.SuggestDays = 5
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if v, _ = mkt.Get(ctx, id); len(v.Suggested) != 1 || v.Suggested[0].ID != fresh {
		t.Fatalf("5-day window suggested %+v", v.Suggested)
	}
	if v, err = mkt.Link(ctx, id, fresh, true); err != nil || len(v.Linked) != 1 || len(v.Suggested) != 0 {
		t.Fatalf("link: %v %+v", err, v)
	}
	if _, err := mkt.Link(ctx, id, other, true); err == nil {
		t.Fatal("a deal of an account the activity did not target was linked")
	}
	on(6, 1)
	if _, err := deals.Close(ctx, fresh, domain.DealWon, ""); err != nil {
		t.Fatal(err)
	}
	v, _ = mkt.Get(ctx, id)
	if wantROI := float64(100_000_00-8_000_00) / 8_000_00; !v.ROI.OK || math.Abs(v.ROI.Ratio-wantROI) > 1e-9 || v.Facts.Won != 100_000_00 {
		t.Fatalf("won: facts %+v roi %+v", v.Facts, v.ROI)
	}
	if _, err := mkt.SavePlan(ctx, domain.MarketingPlan{Period: "2026", Lines: []domain.MarketingPlanLine{
		{Type: "seminar", Activities: 4, Budget: 50_000_00, Revenue: 1_000_000_00}, {Type: "exhibition", Activities: 1, Budget: 80_000_00}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := mkt.SavePlan(ctx, domain.MarketingPlan{Period: "2026-H1"}); err == nil {
		t.Fatal("a half-year plan was saved")
	}
	ctl, err := mkt.Control(ctx, "2026")
	if err != nil {
		t.Fatal(err)
	}
	if len(ctl.Lines) != 2 || ctl.Lines[0].Type != "seminar" || ctl.Lines[0].Actual.Activities != 1 || ctl.Lines[0].Actual.Held != 1 ||
		ctl.Lines[0].Actual.Revenue != 100_000_00 || ctl.Total.Plan.Budget != 130_000_00 || ctl.Total.Actual.Cost != 8_000_00 ||
		len(ctl.Quarters) != 4 || ctl.Quarters[1].Actual.Activities != 1 {
		t.Fatalf("control %+v", ctl)
	}
	if _, err := mkt.Control(ctx, "2026-07"); err == nil {
		t.Fatal("a month's control was given")
	}
	// In the trash the activity leaves the list and the person's last
	// contact goes back.
	if err := mkt.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got, _ = st.Contact(ctx, c.ID); got.LastContact != "" {
		t.Fatalf("last contact %q after the activity went to the trash", got.LastContact)
	}
	if p, _ := mkt.TrashPage(ctx, 0, 10); p.Total != 1 {
		t.Fatalf("trash %+v", p)
	}
}

// The sample's marketing: activities over the two years before today with
// costs and linked deals, some that paid back and some that did not, one
// running this week, valid as the form would save them, and last year's
// and this year's plans; removing the sample takes them away, but an
// activity the user edited stays with its accounts.
func TestSampleMarketing(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	now := st.Clock()
	if err := service.NewSample(st, now).Load(ctx); err != nil {
		t.Fatal(err)
	}
	mkt := service.NewMarketing(st, now)
	page, err := mkt.Page(ctx, store.ActivityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total < 12 {
		t.Fatalf("the sample has %d activities", page.Total)
	}
	oldest := now().AddDate(-2, 0, 0).Format(time.DateOnly)
	var gained, lost, planned, linked int
	set, _ := st.Settings(ctx)
	for _, r := range page.Rows {
		if r.Start < oldest {
			t.Errorf("%s starts %s, more than two years ago", r.Title, r.Start)
		}
		a, _, err := st.Activity(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Validate(set.Marketing, now.Today()); err != nil {
			t.Errorf("%s: %v", r.Title, err)
		}
		roi := domain.ComputeROI(r.Won, r.Cost)
		switch {
		case r.Status == domain.ActivityPlanned:
			planned++
		case roi.OK && roi.Ratio > 0:
			gained++
		case roi.OK && roi.Ratio < 0:
			lost++
		}
		if r.Deals > 0 {
			linked++
		}
	}
	if gained < 4 || lost < 3 || planned < 2 || linked < 8 {
		t.Errorf("sample ROI: %d paid back, %d did not, %d planned, %d with deals", gained, lost, planned, linked)
	}
	if week, err := mkt.ThisWeek(ctx); err != nil || len(week) == 0 {
		t.Errorf("no sample activity this week: %v", err)
	}
	for _, p := range []string{strconv.Itoa(now().Year()), strconv.Itoa(now().Year() - 1)} {
		if c, err := mkt.Control(ctx, p); err != nil || c.Total.Plan.Budget == 0 {
			t.Errorf("%s: no marketing plan: %v", p, err)
		}
	}
	// The user edits one sample activity: it and its accounts stay.
	kept, _ := mkt.Get(ctx, page.Rows[len(page.Rows)-1].ID)
	kept.Activity.Notes += "（我补充的）"
	if _, err := mkt.Save(ctx, kept.Activity); err != nil {
		t.Fatal(err)
	}
	if _, err := service.NewSample(st, now).Remove(ctx); err != nil {
		t.Fatal(err)
	}
	after, _ := mkt.Page(ctx, store.ActivityQuery{})
	if after.Total != 1 || after.Rows[0].ID != kept.Activity.ID {
		t.Fatalf("after removing the sample %d activities remain, want the edited one", after.Total)
	}
	v, err := mkt.Get(ctx, kept.Activity.ID)
	if err != nil || len(v.Activity.Accounts) != len(kept.Activity.Accounts) {
		t.Fatalf("the edited activity lost its accounts: %v", err)
	}
	if c, _ := mkt.Control(ctx, strconv.Itoa(now().Year())); c.Total.Plan.Budget != 0 {
		t.Errorf("the sample's plan stayed: %+v", c.Total.Plan)
	}
}
