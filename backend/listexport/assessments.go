package listexport

import (
	"context"

	"kams/backend/domain"
)

// AssessmentFilter is the assessments screen's period (default: the last
// quarter, as the screen opens).
type AssessmentFilter struct {
	Period string `json:"period" cli:"period" usage:"the period: 2026-Q3, 2026-H1 or 2026 (default: last quarter)"`
}

func init() {
	register(Spec[AssessmentFilter]{
		Name:  "assessments",
		Title: Column{Zh: "绩效考核", En: "Assessments"},
		Columns: []Column{
			{"period", "期间", "Period", 10}, {"member", "成员", "Member", 12}, {"role", "角色", "Role", 16},
			{"template", "考核模板", "Template", 20}, {"status", "状态", "Status", 10}, {"total", "总分", "Total", 8},
			{"grade", "等级", "Grade", 8}, {"finalisedAt", "定稿时间", "Finalised", 18}, {"comments", "评语", "Comments", 40},
		},
		Check: func(_ context.Context, src Source, f *AssessmentFilter) error {
			if f.Period == "" {
				f.Period = domain.PreviousPeriod(domain.QuarterOf(src.Now()))
			}
			_, err := domain.ParsePeriod(f.Period)
			return err
		},
		Rows: assessmentRows,
	})
}

func assessmentRows(ctx context.Context, src Source, f AssessmentFilter, lang string, emit Emit) error {
	// A team's assessments of a period are few (the screen lists them whole).
	list, err := src.Assessments.List(ctx, f.Period)
	if err != nil {
		return err
	}
	for _, a := range list {
		if err := emit(Row{"period": a.Period, "member": a.MemberName, "role": label(lang, "member", string(a.MemberRole)),
			"template": a.TemplateName, "status": label(lang, "assessment", string(a.Status)), "total": Decimal(a.Total),
			"grade": a.Grade, "finalisedAt": localStamp(src, a.FinalisedAt), "comments": a.Comments}); err != nil {
			return err
		}
	}
	return nil
}
