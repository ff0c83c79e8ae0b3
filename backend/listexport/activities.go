package listexport

import (
	"context"

	"kams/backend/domain"
	"kams/backend/store"
)

// ActivityFilter is the marketing list's filter: a year or quarter (""
// for all), a type and a status.
type ActivityFilter struct {
	Period string `json:"period" cli:"period" usage:"a year (2026) or a quarter (2026-Q3); all when not given"`
	Type   string `json:"type" cli:"type" usage:"an activity type: seminar, exhibition, executive, reference, demo, event or an own type's id"`
	Status string `json:"status" cli:"status" usage:"planned, done or reviewed"`
}

func init() {
	register(Spec[ActivityFilter]{
		Name:  "activities",
		Title: Column{Zh: "市场活动", En: "Marketing activities"},
		Columns: []Column{
			{"start", "开始", "Start", 12}, {"end", "结束", "End", 12}, {"type", "类型", "Type", 14}, {"title", "活动名称", "Title", 36},
			{"place", "地点", "Place", 20}, {"status", "状态", "Status", 10}, {"accounts", "客户数", "Accounts", 8},
			{"invited", "邀请", "Invited", 8}, {"attended", "到场", "Attended", 8}, {"budget", "预算", "Budget", 14},
			{"cost", "实际费用", "Actual cost", 14}, {"won", "赢单收入", "Won revenue", 16}, {"roi", "ROI（%）", "ROI (%)", 10},
		},
		Check: func(_ context.Context, _ Source, f *ActivityFilter) error {
			if f.Period == "" {
				return nil
			}
			p, err := domain.ParsePeriod(f.Period)
			if err == nil && p.Kind != domain.PeriodYear && p.Kind != domain.PeriodQuarter {
				var v domain.Validation
				v.Add("period", "marketing.error.period", map[string]any{"period": f.Period})
				err = v.Err()
			}
			return err
		},
		Rows: activityRows,
	})
}

var activityStatusNames = map[string]domain.Text{
	domain.ActivityPlanned: {Zh: "计划中", En: "Planned"}, domain.ActivityDone: {Zh: "已举办", En: "Held"},
	domain.ActivityReviewed: {Zh: "已复盘", En: "Reviewed"},
}

func activityRows(ctx context.Context, src Source, f ActivityFilter, lang string, emit Emit) error {
	set, err := src.Store.Settings(ctx)
	if err != nil {
		return err
	}
	q := store.ActivityQuery{Type: f.Type, Status: f.Status, Limit: store.MaxPage}
	if f.Period != "" {
		p, _ := domain.ParsePeriod(f.Period)
		q.From, q.To = p.From, p.To
	}
	pick := func(t domain.Text) string {
		if lang == LangEn && t.En != "" || t.Zh == "" {
			return t.En
		}
		return t.Zh
	}
	typeName := func(id string) string {
		for _, t := range set.Marketing.AllTypes() {
			if t.ID == id {
				return pick(t.Name)
			}
		}
		return id
	}
	for {
		rows, total, err := src.Store.ActivityPage(ctx, q)
		if err != nil {
			return err
		}
		for _, r := range rows {
			roi := domain.ComputeROI(r.Won, r.Cost)
			var ratio any
			if roi.OK {
				ratio = Decimal(roi.Ratio * 100) // Percent would take a loss for "none"
			}
			if err := emit(Row{"start": Date(r.Start), "end": Date(r.End), "type": typeName(r.Type), "title": r.Title, "place": r.Place,
				"status": pick(activityStatusNames[r.Status]), "accounts": r.Accounts, "invited": r.Invited, "attended": r.Attended,
				"budget": Money(r.Budget), "cost": Money(r.Cost), "won": Money(r.Won), "roi": ratio}); err != nil {
				return err
			}
		}
		q.Offset += len(rows)
		if len(rows) == 0 || q.Offset >= total {
			return nil
		}
	}
}
