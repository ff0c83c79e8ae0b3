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
		Columns: []Column{
			{"公司名称", "Name", 32}, {"简称", "Short name", 12}, {"英文名称", "English name", 24},
			{"行业", "Industry", 12}, {"区域", "Region", 10}, {"地址", "Address", 30},
			{"员工人数", "Employees", 10}, {"客户营业收入", "Customer revenue", 16},
			{"我方年销售额", "Our annual sales", 16}, {"客户本品类年采购总额", "Category spend", 18},
			{"状态", "Status", 10}, {"大客户经理", "Key-account manager", 12}, {"关系发展阶段", "Relationship stage", 14},
			{"经营战略", "Business strategy", 30}, {"供应链战略", "Supply-chain strategy", 30},
			{"采购规划", "Procurement plans", 30}, {"在场竞争对手", "Competitors present", 24}, {"备注", "Notes", 30},
			{"识别得分", "Identification score", 10}, {"大客户", "Key account", 8},
			{"吸引力", "Attractiveness", 10}, {"发展潜力", "Potential", 10}, {"相互关系", "Relationship", 10},
			{"客户类型", "Tier", 12}, {"客户份额", "Share of wallet", 10}, {"更新时间", "Updated", 18},
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
			if err := emit(a.Name, a.ShortName, a.EnglishName, a.Industry, a.Region, a.Address,
				a.Employees, Money(a.Revenue), Money(a.OurSales), Money(a.CategorySpend),
				label(lang, "status", string(a.Status)), a.Manager, label(lang, "stage", string(a.Stage)),
				a.BusinessStrategy, a.SupplyChainStrategy, a.ProcurementPlans, a.Competitors, a.Notes,
				Decimal(s.Identification), yesNo(lang, s.KeyAccount),
				Decimal(s.Attractiveness), Decimal(s.Potential), Decimal(s.Relationship),
				label(lang, "quadrant", string(s.Quadrant)), Percent(s.ShareOfWallet), a.UpdatedAt); err != nil {
				return err
			}
		}
		q.Offset += len(page)
		if len(page) == 0 || q.Offset >= total {
			return ctx.Err()
		}
	}
}
