package domain_test

import (
	"testing"

	"kams/backend/domain"
)

func TestComputeKPIs(t *testing.T) {
	full := domain.KPIInputs{Revenue: 1200, PrevRevenue: 1000, Won: 3, Lost: 1, CycleDays: 100,
		RevenueTarget: 1500, TargetSet: true, OpenWeighted: 600, OurSales: 250, CategorySpend: 1000,
		PrevBuyers: 4, KeptBuyers: 3, Visits: 17, SatisfactionSum: 11, SatisfactionRated: 3}
	type want struct {
		value  float64
		reason string // "" when available
	}
	cases := []struct {
		name string
		in   domain.KPIInputs
		want map[string]want
	}{
		{"every figure there", full, map[string]want{
			"revenue": {1200, ""}, "achievement": {0.8, ""}, "growth": {0.2, ""}, "winRate": {0.75, ""},
			"averageDeal": {400, ""}, "cycle": {33.3, ""}, "coverage": {2, ""}, "shareOfWallet": {0.25, ""},
			"retention": {0.75, ""}, "visits": {17, ""}, "collection": {0, "kpi.reason.noInvoices"},
			"grossMargin": {0, "kpi.reason.noCost"}, "satisfaction": {3.67, ""}}},
		{"an empty database", domain.KPIInputs{}, map[string]want{
			"revenue": {0, ""}, "achievement": {0, "kpi.reason.noTarget"}, "growth": {0, "kpi.reason.noPrevRevenue"},
			"winRate": {0, "kpi.reason.noClosed"}, "averageDeal": {0, "kpi.reason.noWon"}, "cycle": {0, "kpi.reason.noWon"},
			"coverage": {0, "kpi.reason.noTarget"}, "shareOfWallet": {0, "kpi.reason.noSpend"},
			"retention": {0, "kpi.reason.noPrevBuyers"}, "visits": {0, ""}, "satisfaction": {0, "kpi.reason.noRatings"}}},
		{"target reached, revenue fell", func() domain.KPIInputs {
			in := full
			in.Revenue, in.PrevRevenue, in.RevenueTarget = 1600, 2000, 1500
			return in
		}(), map[string]want{"achievement": {1600.0 / 1500, ""}, "growth": {-0.2, ""}, "coverage": {0, "kpi.reason.targetReached"}}},
		{"a target of zero is no target", func() domain.KPIInputs {
			in := full
			in.RevenueTarget = 0
			return in
		}(), map[string]want{"achievement": {0, "kpi.reason.noTarget"}, "coverage": {0, "kpi.reason.noTarget"}}},
		{"only lost deals", domain.KPIInputs{Lost: 2}, map[string]want{"winRate": {0, ""}, "averageDeal": {0, "kpi.reason.noWon"}}},
	}
	for _, c := range cases {
		got := map[string]domain.KPI{}
		ids := []string{}
		for _, k := range domain.ComputeKPIs(c.in) {
			got[k.ID] = k
			ids = append(ids, k.ID)
		}
		if len(ids) != len(domain.KPIIDs) {
			t.Fatalf("%s: %d indicators %v, want %d", c.name, len(ids), ids, len(domain.KPIIDs))
		}
		for i, id := range domain.KPIIDs {
			if ids[i] != id {
				t.Errorf("%s: indicator %d is %s, want %s (the book's order)", c.name, i, ids[i], id)
			}
		}
		for id, w := range c.want {
			k := got[id]
			if k.Available != (w.reason == "") || k.Reason != w.reason {
				t.Errorf("%s: %s available=%v reason=%q, want reason %q", c.name, id, k.Available, k.Reason, w.reason)
			}
			if diff := k.Value - w.value; diff > 1e-9 || diff < -1e-9 {
				t.Errorf("%s: %s = %v, want %v", c.name, id, k.Value, w.value)
			}
		}
	}
}
