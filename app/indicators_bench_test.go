package app

import (
	"testing"

	"kams/backend/domain"
	"kams/backend/service"
)

// BenchmarkIndicators is opening the main business indicators (主要业务指标)
// of the year, a quarter and a month on the big book.
func BenchmarkIndicators(b *testing.B) {
	bk := big(b)
	t := &Targets{svc: bk.Targets}
	year := bk.Clock().Format("2006")
	for _, p := range []string{year, year + "-Q2", year + "-07"} {
		b.Run(p, func(b *testing.B) {
			v := measure(b, func() (service.Indicators, error) { return t.Indicators(p) })
			if len(v.KPIs) == 0 {
				b.Fatal("no indicators")
			}
		})
	}
}

// BenchmarkTeamAndStalled is the team screen's members and the funnel's
// stalled list on the big book: answers that once listed every led
// account and every stalled deal whole.
func BenchmarkTeamAndStalled(b *testing.B) {
	bk := big(b)
	b.Run("team-members", func(b *testing.B) {
		t := &Team{svc: bk.Team}
		measure(b, func() ([]domain.Member, error) { return t.Members() })
	})
	b.Run("stalled", func(b *testing.B) {
		d := &Deals{svc: bk.Deals}
		f, err := d.Funnel(domain.FunnelFilter{})
		if err != nil {
			b.Fatal(err)
		}
		if len(f.Stalled) == 0 {
			b.Fatal("no stalled deals")
		}
		measure(b, func() ([]service.StalledDeal, error) { return d.Stalled(f.Stalled) })
	})
}
