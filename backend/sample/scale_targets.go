package sample

import (
	"time"

	"kams/backend/domain"
)

// scaleFactors set each lead's revenue target against last year's run
// rate, so that some end the year ahead and some behind.
var scaleFactors = []float64{0.85, 1.3, 0.95, 1, 1.8, 1.1, 0.9, 1.2, 1.5, 1.05, 0.8, 1.4, 1.25}

// ScaledTargets are the big book's targets for the current year, its
// quarters and its months, for each member who leads accounts (the
// sample's and the big book's key-account managers and sales reps): revenue is
// what they won over the past 365 days (won, by member name) times a
// factor; new deals and visits follow the number of accounts they lead
// (led, by member name), at the rates the generated log has.
func ScaledTargets(today time.Time, won map[string]int64, led map[string]int) []Target {
	var out []Target
	for i, m := range scaleLeads {
		yearly := roundWan(int64(float64(max(won[m], wan(200))) * scaleFactors[i%len(scaleFactors)]))
		for _, p := range yearPeriods(today) {
			n := share(p)
			out = append(out, Target{Member: m, Target: domain.Target{Period: p, Revenue: roundWan(yearly * n / 12),
				NewOpportunities: int((int64(led[m])*n + 11) / 12), Visits: int((8*int64(led[m])*n + 11) / 12)}})
		}
	}
	return out
}
