package listexport

import (
	"context"
	"strconv"

	"kams/backend/domain"
	"kams/backend/service"
)

// TargetFilter is the targets screen's period (default: this year) and its
// accounts' filter: part of the name, and every account (All) rather than
// those with a target or led by the user.
type TargetFilter struct {
	Period string `json:"period" cli:"period" usage:"the period: 2026, 2026-H1, 2026-Q3 or 2026-07 (default: this year)"`
	Text   string `json:"text" cli:"text" usage:"part of the account's name"`
	All    bool   `json:"all" cli:"all" usage:"every account, not only those with a target or led by me"`
}

func init() {
	register(Spec[TargetFilter]{
		Name:  "targets",
		Title: Column{Zh: "目标管理计划", En: "Targets"},
		Columns: []Column{
			{"period", "期间", "Period", 10}, {"scope", "对象", "Scope", 8}, {"name", "名称", "Name", 30},
			{"revenueTarget", "销售额目标", "Revenue target", 16}, {"revenueActual", "销售额实际", "Revenue actual", 16},
			{"revenueAchievement", "销售额达成率", "Revenue achievement", 12},
			{"dealsTarget", "新商机目标", "New deals target", 10}, {"dealsActual", "新商机实际", "New deals actual", 10},
			{"dealsAchievement", "新商机达成率", "New deals achievement", 12},
			{"visitsTarget", "拜访目标", "Visits target", 10}, {"visitsActual", "拜访实际", "Visits actual", 10},
			{"visitsAchievement", "拜访达成率", "Visits achievement", 12},
		},
		Check: func(_ context.Context, src Source, f *TargetFilter) error {
			if f.Period == "" {
				f.Period = strconv.Itoa(src.Now().Year())
			}
			_, err := domain.ParsePeriod(f.Period)
			return err
		},
		Rows: targetRows,
	})
}

func targetRows(ctx context.Context, src Source, f TargetFilter, lang string, emit Emit) error {
	b, err := src.Targets.Board(ctx, f.Period)
	if err != nil {
		return err
	}
	row := func(kind string, v domain.TargetView) error {
		m := func(x domain.Measure, money bool) (any, any, any) {
			var t, a any = x.Target, x.Actual
			if money {
				t, a = Money(x.Target), Money(x.Actual)
			}
			if !v.Set {
				t = nil
			}
			return t, a, Percent(x.Achievement)
		}
		rt, ra, rp := m(v.Revenue, true)
		nt, na, np := m(v.NewOpportunities, false)
		vt, va, vp := m(v.Visits, false)
		return emit(Row{"period": b.Period.Key, "scope": label(lang, "scope", kind), "name": v.Name,
			"revenueTarget": rt, "revenueActual": ra, "revenueAchievement": rp,
			"dealsTarget": nt, "dealsActual": na, "dealsAchievement": np,
			"visitsTarget": vt, "visitsActual": va, "visitsAchievement": vp})
	}
	for _, v := range b.Members {
		if err := row("member", v); err != nil {
			return err
		}
	}
	// With nothing set and nothing led, the screen shows every account.
	q := service.TargetAccountQuery{Period: b.Period.Key, Text: f.Text, All: f.All || f.Text == "" && b.Accounts.All}
	for {
		page, err := src.Targets.Accounts(ctx, q)
		if err != nil {
			return err
		}
		for _, v := range page.Rows {
			if err := row("account", v); err != nil {
				return err
			}
		}
		q.Offset += len(page.Rows)
		if len(page.Rows) == 0 || q.Offset >= page.Total {
			return ctx.Err()
		}
	}
}
