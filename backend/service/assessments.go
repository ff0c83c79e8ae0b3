package service

import (
	"context"
	"math"
	"strconv"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Assessments is the team's assessment (管理和考核): templates, and per
// period and member the KPIs computed from the data they own, the
// manager's ratings and comments, the total and the grade.
type Assessments struct {
	store *store.Store
	now   clock.Clock
}

// NewAssessments builds the service over a store; now is the clock.
func NewAssessments(s *store.Store, now clock.Clock) *Assessments {
	return &Assessments{store: s, now: now}
}

// Metrics are the KPI metrics a template may use.
func (s *Assessments) Metrics() []domain.MetricInfo { return domain.Metrics }

// Templates lists the templates.
func (s *Assessments) Templates(ctx context.Context) ([]domain.Template, error) {
	return s.store.Templates(ctx)
}

// SaveTemplate validates (the weights must sum to 100) and adds or updates
// a template.
func (s *Assessments) SaveTemplate(ctx context.Context, t domain.Template) (domain.Template, error) {
	if t.Items == nil {
		t.Items = []domain.TemplateItem{}
	}
	if err := t.Validate(); err != nil {
		return domain.Template{}, err
	}
	id, err := s.store.SaveTemplate(ctx, t)
	if err != nil {
		return domain.Template{}, err
	}
	return s.store.Template(ctx, id)
}

// DeleteTemplate deletes a template; assessments keep their copy.
func (s *Assessments) DeleteTemplate(ctx context.Context, id int64) error {
	return s.store.DeleteTemplate(ctx, id)
}

// List is the assessments of a period ("" for all), best first.
func (s *Assessments) List(ctx context.Context, period string) ([]domain.Assessment, error) {
	return s.store.Assessments(ctx, period)
}

// Get loads one assessment.
func (s *Assessments) Get(ctx context.Context, id int64) (domain.Assessment, error) {
	return s.store.Assessment(ctx, id)
}

// Create assesses a member for a period with a template: the template's
// items are copied (later edits of the template leave it alone) and the
// KPI actuals computed from the deals and interactions the member owns.
func (s *Assessments) Create(ctx context.Context, memberID int64, period string, templateID int64) (domain.Assessment, error) {
	if memberID <= 0 {
		return domain.Assessment{}, required("memberId")
	}
	if _, _, err := domain.PeriodRange(period); err != nil {
		return domain.Assessment{}, err
	}
	t, err := s.store.Template(ctx, templateID)
	if err != nil {
		return domain.Assessment{}, err
	}
	a := domain.Assessment{MemberID: memberID, Period: period, TemplateID: t.ID, TemplateName: t.Name, Status: domain.AssessmentDraft}
	for _, it := range t.Items {
		a.Items = append(a.Items, domain.AssessmentItem{TemplateItem: it})
	}
	if err := s.compute(ctx, &a); err != nil {
		return domain.Assessment{}, err
	}
	id, err := s.store.CreateAssessment(ctx, a)
	if err != nil {
		return domain.Assessment{}, err
	}
	return s.store.Assessment(ctx, id)
}

// compute fills the computed actuals from the data and rescores.
func (s *Assessments) compute(ctx context.Context, a *domain.Assessment) error {
	from, to, err := domain.PeriodRange(a.Period)
	if err != nil {
		return err
	}
	f, err := s.store.MemberFigures(ctx, a.MemberID, a.Period, from, to)
	if err != nil {
		return err
	}
	a.Fill(f)
	return s.rescore(ctx, a)
}

func (s *Assessments) rescore(ctx context.Context, a *domain.Assessment) error {
	set, err := s.store.Settings(ctx)
	if err != nil {
		return err
	}
	a.Rescore(set.Assessment)
	return nil
}

// Update saves a draft's comments, ratings and manual actuals and rescores
// it; a final assessment refuses with error.assessmentFinal.
func (s *Assessments) Update(ctx context.Context, e domain.AssessmentEdit) (domain.Assessment, error) {
	a, err := s.store.Assessment(ctx, e.ID)
	if err != nil {
		return domain.Assessment{}, err
	}
	if a.Status != domain.AssessmentDraft {
		return domain.Assessment{}, store.ErrAssessmentFinal
	}
	var v domain.Validation
	a.Comments = trimmed(e.Comments)
	if len([]rune(a.Comments)) > domain.MaxLongText {
		v.Add("comments", "error.tooLong", map[string]any{"max": domain.MaxLongText, "length": len([]rune(a.Comments))})
	}
	edits := map[int64]domain.ItemEdit{}
	for _, ed := range e.Items {
		edits[ed.ID] = ed
	}
	for i := range a.Items {
		it := &a.Items[i]
		ed, ok := edits[it.ID]
		if !ok {
			continue
		}
		field := "items." + strconv.Itoa(i)
		switch it.Kind {
		case domain.ItemRating:
			if ed.Rating < 0 || ed.Rating > 5 {
				v.Add(field, "error.score", map[string]any{"min": 1, "max": 5})
			}
			it.Rating = ed.Rating
		case domain.ItemKPI:
			// Only the actuals the data cannot give are typed in.
			if info, _ := domain.MetricOf(it.Metric); !info.Manual {
				continue
			}
			if ed.Entered && !(ed.Actual >= 0 && ed.Actual < math.MaxFloat64) { // NaN and ±Inf too
				v.Add(field, "error.range", map[string]any{"min": 0, "max": "∞"})
			}
			it.Actual, it.Entered = ed.Actual, ed.Entered
			if !ed.Entered {
				it.Actual = 0
			}
		}
	}
	if err := v.Err(); err != nil {
		return domain.Assessment{}, err
	}
	if err := s.rescore(ctx, &a); err != nil {
		return domain.Assessment{}, err
	}
	if err := s.store.SaveAssessment(ctx, a); err != nil {
		return domain.Assessment{}, err
	}
	return s.store.Assessment(ctx, a.ID)
}

// Recompute reads a draft's KPI actuals from the data again.
func (s *Assessments) Recompute(ctx context.Context, id int64) (domain.Assessment, error) {
	a, err := s.store.Assessment(ctx, id)
	if err != nil {
		return domain.Assessment{}, err
	}
	if a.Status != domain.AssessmentDraft {
		return domain.Assessment{}, store.ErrAssessmentFinal
	}
	if err := s.compute(ctx, &a); err != nil {
		return domain.Assessment{}, err
	}
	if err := s.store.SaveAssessment(ctx, a); err != nil {
		return domain.Assessment{}, err
	}
	return s.store.Assessment(ctx, id)
}

// Finalise locks a draft as of today.
func (s *Assessments) Finalise(ctx context.Context, id int64) (domain.Assessment, error) {
	if err := s.store.FinaliseAssessment(ctx, id, today(s.now)); err != nil {
		return domain.Assessment{}, err
	}
	return s.store.Assessment(ctx, id)
}

// Reopen opens a final assessment for edits; the reason is required and
// recorded with the day.
func (s *Assessments) Reopen(ctx context.Context, id int64, reason string) (domain.Assessment, error) {
	reason = trimmed(reason)
	if reason == "" {
		return domain.Assessment{}, required("reason")
	}
	if len([]rune(reason)) > domain.MaxShortText*5 {
		var v domain.Validation
		v.Add("reason", "error.tooLong", map[string]any{"max": domain.MaxShortText * 5, "length": len([]rune(reason))})
		return domain.Assessment{}, v.Err()
	}
	if err := s.store.ReopenAssessment(ctx, id, today(s.now), reason); err != nil {
		return domain.Assessment{}, err
	}
	return s.store.Assessment(ctx, id)
}

// Delete deletes a draft assessment.
func (s *Assessments) Delete(ctx context.Context, id int64) error {
	return s.store.DeleteAssessment(ctx, id)
}
