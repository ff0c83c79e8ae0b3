package service_test

import (
	"testing"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// A visit the user logs counts for the member the "my name" setting names
// (made a member on the spot, as targets do), not for the account's lead;
// with no name set it falls back to the lead. The members' visit summaries
// (migration 10's triggers) follow the credit.
func TestANewVisitIsCreditedToMyName(t *testing.T) {
	b := newTargetBook(t)
	people := service.NewPeople(b.st, b.st.Clock())
	year, err := domain.ParsePeriod("2026")
	if err != nil {
		t.Fatal(err)
	}
	visits := func() map[int64]domain.Actuals {
		t.Helper()
		got, err := b.st.Actuals(b.ctx, year, store.ByMember, 0)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	before := visits()
	// No name set: 甲's lead 王磊 gets it.
	if _, err := people.LogInteraction(b.ctx, domain.Interaction{AccountID: b.ids["甲"], Date: "2026-06-01", Kind: "visit", Summary: "拜访"}); err != nil {
		t.Fatal(err)
	}
	after := visits()
	if after[b.wang].Visits != before[b.wang].Visits+1 {
		t.Fatalf("with no name set, lead's visits %d → %d, want +1", before[b.wang].Visits, after[b.wang].Visits)
	}
	// The user is 赵六, not yet a member: the visit is theirs.
	settings := service.NewSettings(b.st)
	set, err := settings.Get(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.MyName = "赵六"
	if _, err := settings.Save(b.ctx, set); err != nil {
		t.Fatal(err)
	}
	zhao, err := b.st.MemberByName(b.ctx, "赵六")
	if err != nil {
		t.Fatal(err)
	}
	in, err := people.LogInteraction(b.ctx, domain.Interaction{AccountID: b.ids["甲"], Date: "2026-06-02", Kind: "visit", Summary: "拜访"})
	if err != nil {
		t.Fatal(err)
	}
	last := visits()
	if last[zhao].Visits != 1 || last[b.wang].Visits != after[b.wang].Visits {
		t.Errorf("after 赵六 logs a visit at 王磊's account: 赵六 %d, 王磊 %d → %d; want 1 and unchanged",
			last[zhao].Visits, after[b.wang].Visits, last[b.wang].Visits)
	}
	// Trashing it takes it off 赵六's count again.
	if err := b.st.TrashInteraction(b.ctx, in.ID); err != nil {
		t.Fatal(err)
	}
	if n := visits()[zhao].Visits; n != 0 {
		t.Errorf("after the trash 赵六 has %d visits, want 0", n)
	}
}
