package service_test

import (
	"slices"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/service"
)

// A visit logged through the form, tied to a new deal, is the deal's last
// interaction: the deal is no longer "never contacted" nor stalled; the
// deal lists it (newest first, paged); trashing, restoring and untying the
// visit keep the deal's fact exact. The form offers the account's open
// deals only.
func TestAVisitLoggedForADealTouchesIt(t *testing.T) {
	e := newDealEnv(t)
	people := service.NewPeople(e.st, e.st.Clock())
	deal := e.create(t, e.newDeal("产线改造")).Deal
	won := e.newDeal("已赢")
	won.Status, won.ClosedOn = domain.DealWon, "2026-06-15"
	closed := e.create(t, won).Deal
	other, err := e.st.CreateAccount(e.ctx, account("另一家"))
	if err != nil {
		t.Fatal(err)
	}
	e.create(t, domain.Opportunity{AccountID: other, Name: "别家的", Amount: 1, CloseDate: "2026-09-30", Stage: "qualify", Status: domain.DealOpen})

	choices, err := e.deals.Choices(e.ctx, e.account, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(choices) != 1 || choices[0].ID != deal.ID {
		t.Fatalf("choices = %+v, want only the account's open deal %d", choices, deal.ID)
	}
	if choices, _ = e.deals.Choices(e.ctx, e.account, closed.ID); len(choices) != 2 || choices[1].ID != closed.ID {
		t.Errorf("choices including the closed deal = %+v, want it after the open one", choices)
	}
	if e.get(t, deal.ID).LastInteraction != "" {
		t.Fatal("a new deal has a last interaction")
	}

	e.on(time.July, 25) // 40 days on: stalled
	stalled := func() bool {
		t.Helper()
		f, err := e.deals.Funnel(e.ctx, domain.FunnelFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return slices.Contains(f.Stalled, deal.ID)
	}
	if !stalled() {
		t.Fatal("an untouched deal 40 days old is not stalled")
	}
	var logged []domain.Interaction
	for _, day := range []string{"2026-07-20", "2026-07-24", "2026-07-22"} {
		in, err := people.LogInteraction(e.ctx, domain.Interaction{AccountID: e.account, OpportunityID: deal.ID,
			Date: day, Kind: "visit", Summary: "现场拜访 " + day})
		if err != nil {
			t.Fatal(err)
		}
		logged = append(logged, in)
	}
	if got := e.get(t, deal.ID).LastInteraction; got != "2026-07-24" {
		t.Errorf("last interaction = %q, want 2026-07-24", got)
	}
	if stalled() {
		t.Error("a deal visited yesterday is still stalled")
	}
	page, err := e.deals.Visits(e.ctx, deal.ID, 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || len(page.Visits) != 2 || page.Visits[0].Date != "2026-07-24" || page.Visits[1].Date != "2026-07-22" {
		t.Errorf("first page = %d, %+v; want 3 in all, 07-24 then 07-22", page.Total, page.Visits)
	}
	if page, _ = e.deals.Visits(e.ctx, deal.ID, 2, 2); len(page.Visits) != 1 || page.Visits[0].Date != "2026-07-20" {
		t.Errorf("second page = %+v, want 07-20", page.Visits)
	}

	newest := logged[1]
	if err := people.DeleteInteraction(e.ctx, newest.ID); err != nil {
		t.Fatal(err)
	}
	if got := e.get(t, deal.ID).LastInteraction; got != "2026-07-22" {
		t.Errorf("after trashing the newest, last interaction = %q, want 2026-07-22", got)
	}
	if err := e.st.RestoreInteraction(e.ctx, newest.ID); err != nil {
		t.Fatal(err)
	}
	if got := e.get(t, deal.ID).LastInteraction; got != "2026-07-24" {
		t.Errorf("after restoring it, last interaction = %q, want 2026-07-24", got)
	}
	newest.OpportunityID = 0
	if _, err := people.UpdateInteraction(e.ctx, newest); err != nil {
		t.Fatal(err)
	}
	if got := e.get(t, deal.ID).LastInteraction; got != "2026-07-22" {
		t.Errorf("after untying it, last interaction = %q, want 2026-07-22", got)
	}
	if _, err := people.LogInteraction(e.ctx, domain.Interaction{AccountID: other, OpportunityID: deal.ID,
		Date: "2026-07-24", Kind: "visit", Summary: "别家"}); err == nil {
		t.Error("a visit at another account was tied to the deal")
	}
}
