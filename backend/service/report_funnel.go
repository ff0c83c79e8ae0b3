package service

import (
	"context"
	"io"
	"sort"
	"strings"

	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/store"
)

// FunnelTableDeals is the most deals the funnel table lists; it says how
// many more there are.
const FunnelTableDeals = 500

// FunnelTable writes the funnel table (销售漏斗表) of a period ('2026',
// '2026-H1', '2026-Q3', '2026-07') for a lead (a member's id or name; ""
// for the whole team) as PDF in lang. A bad period is a validation error
// on "period"; an unknown lead is not found.
func (r *Reports) FunnelTable(ctx context.Context, period, lead, lang string, w io.Writer) error {
	f, err := r.FunnelTableData(ctx, period, lead)
	if err != nil {
		return err
	}
	return report.FunnelTable(w, f, lang)
}

// FunnelTableData gathers what the funnel table shows.
func (r *Reports) FunnelTableData(ctx context.Context, period, lead string) (report.FunnelData, error) {
	var f report.FunnelData
	p, err := domain.ParsePeriod(strings.TrimSpace(period))
	if err != nil {
		return f, err
	}
	if lead = strings.TrimSpace(lead); lead != "" {
		m, err := r.store.MemberByRef(ctx, lead)
		if err != nil {
			return f, err
		}
		lead = m.Name
	}
	set, err := r.store.Settings(ctx)
	if err != nil {
		return f, err
	}
	funnel, err := r.deals.Funnel(ctx, domain.FunnelFilter{Manager: lead, From: p.From, To: p.To})
	if err != nil {
		return f, err
	}
	f = report.FunnelData{Printed: r.now(), Currency: set.Currency, Period: p, Lead: lead, Stages: set.Stages, Funnel: funnel}
	scope := store.FunnelScope{From: p.From, To: p.To, Filter: store.AccountFilter{Manager: lead}}
	deals, total, err := r.store.FunnelDeals(ctx, set.Stages, scope, FunnelTableDeals)
	if err != nil {
		return f, err
	}
	f.DealsTotal = total
	for _, d := range deals {
		o := d.Deal
		prob := domain.EffectiveProbability(o, set.Stages)
		stage := domain.Text{Zh: o.Stage, En: o.Stage}
		if i := domain.StageIndexOf(set.Stages, o.Stage); i >= 0 {
			stage = set.Stages[i].Name
		}
		date := o.CloseDate
		if o.Status != domain.DealOpen {
			date = o.ClosedOn
		}
		var weighted int64
		if o.Status == domain.DealOpen {
			weighted = domain.Weighted(o.Amount, prob)
		}
		f.Deals = append(f.Deals, report.FunnelDeal{Account: d.Account, Name: d.Name, Lead: d.Lead, Stage: stage,
			Status: o.Status, Amount: o.Amount, Weighted: weighted, Probability: prob, Date: date})
	}
	if lead != "" {
		return f, nil
	}
	groups, err := r.store.FunnelLeads(ctx, scope)
	if err != nil {
		return f, err
	}
	byName := map[string]*report.FunnelLead{}
	for _, g := range groups {
		x := byName[g.Lead]
		if x == nil {
			x = &report.FunnelLead{Name: g.Lead}
			byName[g.Lead] = x
		}
		switch g.Deal.Status {
		case domain.DealOpen:
			x.Open += g.Deals
			x.OpenAmount += g.Amount
			x.Weighted += domain.Weighted(g.Amount, domain.EffectiveProbability(g.Deal, set.Stages))
		case domain.DealWon:
			x.Won += g.Deals
			x.WonAmount += g.Amount
		default:
			x.Lost += g.Deals
		}
	}
	for _, x := range byName {
		f.Leads = append(f.Leads, *x)
	}
	// The largest weighted pipeline first; nobody's deals last.
	sort.Slice(f.Leads, func(i, j int) bool {
		a, b := f.Leads[i], f.Leads[j]
		if (a.Name == "") != (b.Name == "") {
			return b.Name == ""
		}
		if a.Weighted != b.Weighted {
			return a.Weighted > b.Weighted
		}
		return a.Name < b.Name
	})
	return f, nil
}
