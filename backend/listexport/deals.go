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
		Columns: []Column{
			{"客户", "Account", 30}, {"商机名称", "Deal name", 30}, {"金额", "Amount", 16},
			{"预计成交日期", "Expected close date", 12}, {"销售阶段", "Sales stage", 16}, {"赢单概率", "Probability", 10},
			{"状态", "Status", 10}, {"输单或放弃原因", "Reason lost or abandoned", 20},
			{"竞争对手", "Competitors", 24}, {"我方方案", "Our solution", 30}, {"客户决策标准", "Customer's decision criteria", 30},
			{"客户采购环节", "Customer's procurement step", 16}, {"关闭日期", "Closed on", 12}, {"最近联系", "Last interaction", 12},
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
	return f.each(ctx, src, func(a domain.Account) error {
		// An account's deals are few (its deals tab reads them whole).
		deals, err := src.Store.Deals(ctx, a.ID)
		if err != nil {
			return err
		}
		for _, d := range deals {
			if len(statuses) > 0 && !statuses[d.Status] || !contains(f.Text, d.Name, a.Name) {
				continue
			}
			stage, ok := stages[d.Stage]
			if !ok {
				stage = d.Stage
			}
			if err := emit(a.Name, d.Name, Money(d.Amount), Date(d.CloseDate), stage,
				Percent(float64(domain.EffectiveProbability(d, set.Stages))/100), label(lang, "deal", d.Status), d.LossReason,
				d.Competitors, d.Solution, d.Criteria, label(lang, "step", d.Step), Date(d.ClosedOn), Date(d.LastInteraction)); err != nil {
				return err
			}
		}
		return nil
	})
}
