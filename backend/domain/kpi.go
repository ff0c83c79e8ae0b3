package domain

import "math"

// KPIInputs are the figures of a period the main business indicators
// (主要业务指标) are computed from; the store gathers them.
type KPIInputs struct {
	Revenue     int64 // won in the period
	PrevRevenue int64 // won in the period before
	Won, Lost   int   // deals closed in the period; Lost counts abandoned ones too
	// CycleDays sums, over the deals won in the period, the days from
	// creation to the win.
	CycleDays int64
	// RevenueTarget is the team's revenue target for the period: the sum
	// of the members' targets; TargetSet says whether any was set.
	RevenueTarget int64
	TargetSet     bool
	// OpenWeighted is the weighted amount of the open deals expected to
	// close in the period.
	OpenWeighted int64
	// OurSales and CategorySpend sum the profiles of the live accounts whose
	// category spend is known.
	OurSales, CategorySpend int64
	// PrevBuyers counts the accounts with a won deal in the period before;
	// KeptBuyers those of them with a won deal in this period too.
	PrevBuyers, KeptBuyers int
	Visits                 int
	// SatisfactionSum and SatisfactionRated are the accounts' satisfaction
	// ratings (1–5) and how many accounts are rated.
	SatisfactionSum, SatisfactionRated int
}

// KPI is one indicator's value, or why it cannot be computed: Available is
// false and Reason is a translation key.
type KPI struct {
	ID        string     `json:"id"`
	Unit      MetricUnit `json:"unit"` // how the UI shows the value
	Value     float64    `json:"value"`
	Available bool       `json:"available"`
	Reason    string     `json:"reason"`
}

// KPIIDs are the indicators of domain.md §4, in the book's order.
var KPIIDs = []string{"revenue", "achievement", "growth", "winRate", "averageDeal", "cycle", "coverage",
	"shareOfWallet", "retention", "visits", "collection", "grossMargin", "satisfaction"}

// ComputeKPIs computes every indicator from the period's figures.
func ComputeKPIs(in KPIInputs) []KPI {
	ok := func(id string, unit MetricUnit, v float64) KPI {
		return KPI{ID: id, Unit: unit, Value: v, Available: true}
	}
	no := func(id string, unit MetricUnit, reason string) KPI {
		return KPI{ID: id, Unit: unit, Reason: "kpi.reason." + reason}
	}
	ratio := func(id string, num, den float64, reason string) KPI {
		if den <= 0 {
			return no(id, UnitRatio, reason)
		}
		return ok(id, UnitRatio, num/den)
	}
	out := []KPI{ok("revenue", UnitMoney, float64(in.Revenue))}
	if !in.TargetSet || in.RevenueTarget <= 0 {
		out = append(out, no("achievement", UnitRatio, "noTarget"))
	} else {
		out = append(out, ok("achievement", UnitRatio, Achievement(in.Revenue, in.RevenueTarget)))
	}
	out = append(out,
		ratio("growth", float64(in.Revenue-in.PrevRevenue), float64(in.PrevRevenue), "noPrevRevenue"),
		ratio("winRate", float64(in.Won), float64(in.Won+in.Lost), "noClosed"))
	if in.Won == 0 {
		out = append(out, no("averageDeal", UnitMoney, "noWon"), no("cycle", UnitDays, "noWon"))
	} else {
		out = append(out, ok("averageDeal", UnitMoney, math.Round(float64(in.Revenue)/float64(in.Won))),
			ok("cycle", UnitDays, math.Round(float64(in.CycleDays)/float64(in.Won)*10)/10))
	}
	out = append(out, PipelineCoverage(in.OpenWeighted, in.RevenueTarget, in.Revenue, in.TargetSet),
		ratio("shareOfWallet", float64(in.OurSales), float64(in.CategorySpend), "noSpend"),
		ratio("retention", float64(in.KeptBuyers), float64(in.PrevBuyers), "noPrevBuyers"),
		ok("visits", UnitCount, float64(in.Visits)),
		no("collection", UnitRatio, "noInvoices"),
		no("grossMargin", UnitRatio, "noCost"))
	if in.SatisfactionRated == 0 {
		out = append(out, no("satisfaction", UnitScore, "noRatings"))
	} else {
		out = append(out, ok("satisfaction", UnitScore, math.Round(float64(in.SatisfactionSum)/float64(in.SatisfactionRated)*100)/100))
	}
	return out
}

// PipelineCoverage is the pipeline coverage (漏斗覆盖率): the open weighted
// pipeline of the period ÷ the revenue target still to reach (target −
// revenue won). With no target there is nothing to cover; with the target
// already reached there is nothing left to cover: neither has a ratio.
func PipelineCoverage(openWeighted, target, won int64, targetSet bool) KPI {
	k := KPI{ID: "coverage", Unit: UnitRatio}
	switch remaining := target - won; {
	case !targetSet || target <= 0:
		k.Reason = "kpi.reason.noTarget"
	case remaining <= 0:
		k.Reason = "kpi.reason.targetReached"
	default:
		k.Value, k.Available = float64(openWeighted)/float64(remaining), true
	}
	return k
}
