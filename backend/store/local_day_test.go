package store

import (
	"context"
	"testing"
	"time"

	"kams/backend/domain"
)

// A deal's day of creation is the user's calendar day, not the UTC date of
// its stamp: in China (UTC+8) a deal made at 07:00 on the 1st is made in
// that month (its stamp says the day before), for the targets' new deals,
// the assessment's figures and the stalled check alike.
func TestDealCreatedOnTheLocalDay(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		name   string
		at     time.Time
		period string // the month it counts in
		other  string // a month it does not
	}{
		{"07:00 on the 1st counts in that month", time.Date(2026, 7, 1, 7, 0, 0, 0, cst), "2026-07", "2026-06"},
		{"00:30 on the 1st counts in that month", time.Date(2026, 10, 1, 0, 30, 0, 0, cst), "2026-10", "2026-09"},
		{"23:30 on the last day counts in that month", time.Date(2026, 6, 30, 23, 30, 0, 0, cst), "2026-06", "2026-07"},
		{"09:00 is the same day in both", time.Date(2026, 3, 1, 9, 0, 0, 0, cst), "2026-03", "2026-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t)
			s.now = func() time.Time { return tt.at }
			a := account("华东电力")
			a.Manager = "王磊" // the deal's owner
			acct := create(t, s, a)
			var member int64
			if err := s.r.QueryRowContext(ctx, "SELECT manager_id FROM accounts WHERE id = ?", acct).Scan(&member); err != nil {
				t.Fatal(err)
			}
			today := tt.at.Format(time.DateOnly)
			if _, err := s.CreateDeal(ctx, domain.Opportunity{AccountID: acct, Name: "一期", Amount: 1000, CloseDate: "2026-12-31",
				Stage: "lead", Status: domain.DealOpen}, today); err != nil {
				t.Fatal(err)
			}

			for _, c := range []struct {
				period string
				want   int
			}{{tt.period, 1}, {tt.other, 0}} {
				p, err := domain.ParsePeriod(c.period)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Actuals(ctx, p, ByMember, member)
				if err != nil {
					t.Fatal(err)
				}
				if n := got[member].NewOpportunities; n != c.want {
					t.Errorf("targets: new deals in %s = %d, want %d", c.period, n, c.want)
				}
				f, err := memberFigures(ctx, s.r, member, c.period, p.From, p.To)
				if err != nil {
					t.Fatal(err)
				}
				if f.NewDeals != int64(c.want) {
					t.Errorf("assessment: new deals in %s = %d, want %d", c.period, f.NewDeals, c.want)
				}
			}

			// Touched on the day it was made: not stalled since that day,
			// stalled since the next.
			for since, want := range map[string]int{today: 0, tt.at.AddDate(0, 0, 1).Format(time.DateOnly): 1} {
				f, err := s.Funnel(ctx, domain.DefaultStages(), FunnelScope{}, since)
				if err != nil {
					t.Fatal(err)
				}
				if f.StalledCount != want {
					t.Errorf("stalled since %s = %d, want %d", since, f.StalledCount, want)
				}
			}
		})
	}
}
