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
			{"期间", "Period", 10}, {"成员", "Member", 12}, {"角色", "Role", 16}, {"考核模板", "Template", 20},
			{"状态", "Status", 10}, {"总分", "Total", 8}, {"等级", "Grade", 8}, {"定稿时间", "Finalised", 18},
			{"评语", "Comments", 40},
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
		if err := emit(a.Period, a.MemberName, label(lang, "member", string(a.MemberRole)), a.TemplateName,
			label(lang, "assessment", string(a.Status)), Decimal(a.Total), a.Grade, a.FinalisedAt, a.Comments); err != nil {
			return err
		}
	}
	return nil
}
