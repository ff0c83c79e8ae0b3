package service_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
)

// desktopDown stands in for a desktop with no notification service.
type desktopDown struct{ tried int }

func (d *desktopDown) Notify(title, body string) error {
	d.tried++
	return errors.New("no notification service")
}

// Saying yes on a desktop that shows no notifications still turns the
// reminders on, and says why none came; the next tick the same day does
// not try again.
func TestRemindersAnswerOnADesktopWithoutNotifications(t *testing.T) {
	ctx := context.Background()
	clk := clocktest.At(time.Date(2026, 6, 15, 10, 0, 0, 0, time.Local))
	st := newStoreAt(t, clk.Clock())
	acc, err := st.CreateAccount(ctx, account("甲"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: acc, Date: "2026-06-10", Kind: "call",
		NextStep: "回电", NextDue: "2026-06-15"}); err != nil {
		t.Fatal(err)
	}
	down := &desktopDown{}
	r := service.NewReminders(st, clk.Clock(), down, "")
	s, err := r.Answer(ctx, true)
	if err != nil || !s.Enabled || !s.Asked || s.NotifyError != "no notification service" {
		t.Fatalf("answer yes: %+v (%v)", s, err)
	}
	if n, err := r.Tick(ctx, false); n != 0 || err != nil || down.tried != 1 {
		t.Errorf("tick after a failed start: %d shown, %v, %d tries", n, err, down.tried)
	}
	a, err := r.Today(ctx)
	if err != nil || len(a.Groups) != 1 || a.Groups[0].Kind != "step" || a.Groups[0].Total != 1 {
		t.Errorf("today: %+v (%v)", a, err)
	}
	set, _ := st.Settings(ctx)
	if !set.Reminders.Enabled {
		t.Error("the reminders did not stay on")
	}
}
