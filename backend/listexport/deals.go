package listexport

import (
	"context"

	"kams/backend/domain"
)

// DealFilter is the deals board's filter (one account on the account
// page's deals tab; a manager, tiers, key accounts; part of the deal's or
// the account's name) and, on the command line, the deals' statuses.
type DealFilter struct {
	AccountScope
	Text     string   `json:"text" cli:"text" usage:"part of the deal's or the account's name"`
	Statuses []string `json:"statuses" cli:"status" usage:"statuses: open, won, lost, abandoned (default: all)"`
}

func init() {
	register(Spec[DealFilter]{
		Name:  "deals",
		Title: Column{Zh: "商机", En: "Deals"},
		Sheet: domain.SheetDeals,
		Columns: []Column{
			{"probability", "赢单概率", "Probability", 10}, {"step", "客户采购环节", "Customer's procurement step", 16},
			{"closedOn", "关闭日期", "Closed on", 12}, {"lastInteraction", "最近联系", "Last interaction", 12},
		},
		Check: func(ctx context.Context, src Source, f *DealFilter) error {
			err := checkChoices(map[string][]string{"status": f.Statuses},
				map[string][]string{"status": {domain.DealOpen, domain.DealWon, domain.DealLost, domain.DealAbandoned}})
			if err != nil {
				return err
			}
			return f.check(ctx, src)
		},
		Rows: dealRows,
	})
}

func dealRows(ctx context.Context, src Source, f DealFilter, lang string, emit Emit) error {
	set, err := src.Store.Settings(ctx)
	if err != nil {
		return err
	}
	stages := map[string]string{}
	for _, s := range set.Stages {
		stages[s.ID] = text(lang, s.Name)
	}
	statuses := map[string]bool{}
	for _, s := range f.Statuses {
		statuses[s] = true
	}
	return f.batches(ctx, src, func(accounts []domain.Account) error {
		// A page of accounts' deals in one read; an account's deals are
		// few (its deals tab reads them whole).
		list, err := src.Store.DealsOfAccounts(ctx, ids(accounts))
		if err != nil {
			return err
		}
		deals := map[int64][]domain.Opportunity{}
		for _, d := range list {
			deals[d.AccountID] = append(deals[d.AccountID], d)
		}
		for _, a := range accounts {
			for _, d := range deals[a.ID] {
				if len(statuses) > 0 && !statuses[d.Status] || !contains(f.Text, d.Name, a.Name) {
					continue
				}
				stage, ok := stages[d.Stage]
				if !ok {
					stage = d.Stage
				}
				if err := emit(Row{"account": a.Name, "name": d.Name, "amount": Money(d.Amount), "closeDate": Date(d.CloseDate),
					"stage": stage, "status": choice(lang, domain.EnumDealStatus, d.Status), "lossReason": d.LossReason,
					"competitors": d.Competitors, "solution": d.Solution, "criteria": d.Criteria,
					"probability": Percent(float64(domain.EffectiveProbability(d, set.Stages)) / 100),
					"step":        label(lang, "step", d.Step), "closedOn": Date(d.ClosedOn), "lastInteraction": Date(d.LastInteraction)}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
