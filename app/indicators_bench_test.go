package app

import (
	"testing"

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
