package listexport

import (
	"context"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// AccountFilter is the accounts list's filters and order (the screen's
// store.AccountQuery without its page window).
type AccountFilter struct {
	Text        string   `json:"text" cli:"text" usage:"part of the name, short name or English name"`
	Quadrants   []string `json:"quadrants" cli:"tier" usage:"tiers: strategic, develop, maintain, opportunistic, unclassified"`
	Statuses    []string `json:"statuses" cli:"status" usage:"statuses: prospect, active, dormant, lost"`
	Managers    []string `json:"managers" cli:"manager" usage:"key-account managers' names"`
	Industries  []string `json:"industries" cli:"industry" usage:"industries"`
	Regions     []string `json:"regions" cli:"region" usage:"regions"`
	KeyOnly     bool     `json:"keyOnly" cli:"key-only" usage:"key accounts only"`
	FlaggedOnly bool     `json:"flaggedOnly" cli:"flagged-only" usage:"accounts with red flags only"`
	Sort        string   `json:"sort" cli:"sort" usage:"order: name, identification, ourSales, updated, flags (default: last changed first)"`
	Desc        bool     `json:"desc" cli:"desc" usage:"reverse the order"`
}

func init() {
	register(Spec[AccountFilter]{
		Name:  "accounts",
		Title: Column{Zh: "大客户", En: "Accounts"},
		Sheet: domain.SheetAccounts,
		Columns: []Column{
			{"identification", "识别得分", "Identification score", 10}, {"keyAccount", "大客户", "Key account", 8},
			{"attractiveness", "吸引力", "Attractiveness", 10}, {"potential", "发展潜力", "Potential", 10},
			{"relationship", "相互关系", "Relationship", 10}, {"tier", "客户类型", "Tier", 12},
			{"shareOfWallet", "客户份额", "Share of wallet", 10}, {"updatedAt", "更新时间", "Updated", 18},
		},
		Check: func(_ context.Context, _ Source, f *AccountFilter) error {
			return checkChoices(map[string][]string{"tier": f.Quadrants, "status": f.Statuses},
				map[string][]string{"tier": quadrantIDs(), "status": statusIDs()})
		},
		Rows: accountRows,
	})
}

func accountRows(ctx context.Context, src Source, f AccountFilter, lang string, emit Emit) error {
	set, err := src.Store.Settings(ctx)
	if err != nil {
		return err
	}
	cutoff := src.Now().AddDate(0, 0, -set.StaleDays).Format(time.DateOnly)
	q := store.AccountQuery{Text: f.Text, Quadrants: f.Quadrants, Statuses: f.Statuses, Managers: f.Managers,
		Industries: f.Industries, Regions: f.Regions, KeyOnly: f.KeyOnly, FlaggedOnly: f.FlaggedOnly,
		Sort: f.Sort, Desc: f.Desc, Limit: store.MaxExportPage}
	for {
		page, total, err := src.Store.FullAccountPage(ctx, q, cutoff)
		if err != nil {
			return err
		}
		for _, a := range page {
			s := domain.Score(a, set.Scoring)
			if err := emit(Row{"name": a.Name, "shortName": a.ShortName, "englishName": a.EnglishName,
				"industry": a.Industry, "region": a.Region, "address": a.Address, "employees": a.Employees,
				"revenue": Money(a.Revenue), "ourSales": Money(a.OurSales), "categorySpend": Money(a.CategorySpend),
				"status": choice(lang, domain.EnumAccountStatus, string(a.Status)),
				"stage":  choice(lang, domain.EnumRelStage, string(a.Stage)), "manager": a.Manager,
				"competitors": a.Competitors, "businessStrategy": a.BusinessStrategy,
				"supplyChainStrategy": a.SupplyChainStrategy, "procurementPlans": a.ProcurementPlans, "notes": a.Notes,
				"identification": Decimal(s.Identification), "keyAccount": yesNo(lang, s.KeyAccount),
				"attractiveness": Decimal(s.Attractiveness), "potential": Decimal(s.Potential),
				"relationship": Decimal(s.Relationship), "tier": label(lang, "quadrant", string(s.Quadrant)),
				"shareOfWallet": Percent(s.ShareOfWallet), "updatedAt": localStamp(src, a.UpdatedAt)}); err != nil {
				return err
			}
		}
		q.Offset += len(page)
		if len(page) == 0 || q.Offset >= total {
			return ctx.Err()
		}
	}
}
