package service_test

import (
	"testing"

	"kams/backend/domain"
)

// The funnel is cached between writes: every kind of change must show at
// once, and a repeated call must give the same answer.
func TestFunnelFollowsEveryWrite(t *testing.T) {
	e := newDealEnv(t)
	all := domain.FunnelFilter{}
	funnel := func() domain.Funnel {
		t.Helper()
		f, err := e.deals.Funnel(e.ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	if f := funnel(); f.Open != 0 {
		t.Fatalf("open = %d on an empty book", f.Open)
	}
	v := e.create(t, e.newDeal("一期"))
	if f := funnel(); f.Open != 1 || f.Weighted != 25_000 {
		t.Fatalf("after a new deal: open %d, weighted %d; want 1, 25000", f.Open, f.Weighted)
	}
	if f := funnel(); f.Weighted != 25_000 {
		t.Fatalf("a repeated call gave weighted %d", f.Weighted)
	}

	// A settings change (a stage's default probability) is a write too.
	set, err := e.st.Settings(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.Stages[1].Probability = 30
	if err := e.st.SaveSettings(e.ctx, set); err != nil {
		t.Fatal(err)
	}
	if f := funnel(); f.Weighted != 30_000 {
		t.Fatalf("after the stage default changed: weighted %d, want 30000", f.Weighted)
	}

	if _, err := e.deals.Close(e.ctx, v.Deal.ID, domain.DealWon, ""); err != nil {
		t.Fatal(err)
	}
	if f := funnel(); f.Open != 0 || f.Won != 1 || f.WonAmount != 100_000 {
		t.Fatalf("after winning: open %d, won %d (%d)", f.Open, f.Won, f.WonAmount)
	}

	// A new day may make a deal stalled without any write.
	e.create(t, e.newDeal("二期"))
	if f := funnel(); f.StalledCount != 0 {
		t.Fatalf("stalled %d on the day it was created", f.StalledCount)
	}
	e.on(12, 31)
	if f := funnel(); f.StalledCount != 1 {
		t.Fatalf("stalled %d half a year later, want 1", f.StalledCount)
	}
}
