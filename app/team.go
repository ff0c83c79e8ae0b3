package app

import (
	"kams/backend/domain"
	"kams/backend/service"
)

// Team is the key-account team, the account teams and training, bound to
// the frontend.
type Team struct{ svc *service.Team }

// Members lists the live members.
func (t *Team) Members() (res []domain.Member, err error) {
	defer guard(&err)
	return t.svc.Members(ctx())
}

// Create adds a member.
func (t *Team) Create(m domain.Member) (res domain.Member, err error) {
	defer guard(&err)
	return t.svc.CreateMember(ctx(), m)
}

// Update saves a member.
func (t *Team) Update(m domain.Member) (res domain.Member, err error) {
	defer guard(&err)
	return t.svc.UpdateMember(ctx(), m)
}

// Delete removes a member; newLead takes over the accounts they lead.
func (t *Team) Delete(id, newLead int64) (err error) {
	defer guard(&err)
	return t.svc.DeleteMember(ctx(), id, newLead)
}

// AccountTeam is an account's lead and team.
func (t *Team) AccountTeam(accountID int64) (res domain.AccountTeam, err error) {
	defer guard(&err)
	return t.svc.AccountTeam(ctx(), accountID)
}

// SetAccountTeam saves an account's lead and team.
func (t *Team) SetAccountTeam(team domain.AccountTeam) (res domain.AccountTeam, err error) {
	defer guard(&err)
	return t.svc.SetAccountTeam(ctx(), team)
}

// Trainings lists a member's training (0: everyone's).
func (t *Team) Trainings(memberID int64) (res []domain.Training, err error) {
	defer guard(&err)
	return t.svc.Trainings(ctx(), memberID)
}

// SaveTraining adds or updates a training record.
func (t *Team) SaveTraining(tr domain.Training) (res domain.Training, err error) {
	defer guard(&err)
	return t.svc.SaveTraining(ctx(), tr)
}

// DeleteTraining deletes a training record.
func (t *Team) DeleteTraining(id int64) (err error) {
	defer guard(&err)
	return t.svc.DeleteTraining(ctx(), id)
}

// Assessments is the team's assessment, bound to the frontend.
type Assessments struct{ svc *service.Assessments }

// Metrics are the KPI metrics a template may use.
func (a *Assessments) Metrics() (res []domain.MetricInfo, err error) {
	defer guard(&err)
	return domain.Metrics, nil
}

// Templates lists the assessment templates.
func (a *Assessments) Templates() (res []domain.Template, err error) {
	defer guard(&err)
	return a.svc.Templates(ctx())
}

// SaveTemplate adds or updates a template (weights summing to 100).
func (a *Assessments) SaveTemplate(t domain.Template) (res domain.Template, err error) {
	defer guard(&err)
	return a.svc.SaveTemplate(ctx(), t)
}

// DeleteTemplate deletes a template.
func (a *Assessments) DeleteTemplate(id int64) (err error) {
	defer guard(&err)
	return a.svc.DeleteTemplate(ctx(), id)
}

// List is the assessments of a period ("" for all).
func (a *Assessments) List(period string) (res []domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.List(ctx(), period)
}

// Get loads one assessment.
func (a *Assessments) Get(id int64) (res domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.Get(ctx(), id)
}

// Create assesses a member for a period with a template.
func (a *Assessments) Create(memberID int64, period string, templateID int64) (res domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.Create(ctx(), memberID, period, templateID)
}

// Update saves a draft's ratings, manual actuals and comments.
func (a *Assessments) Update(e domain.AssessmentEdit) (res domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.Update(ctx(), e)
}

// Recompute reads a draft's KPI actuals from the data again.
func (a *Assessments) Recompute(id int64) (res domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.Recompute(ctx(), id)
}

// Finalise locks an assessment.
func (a *Assessments) Finalise(id int64) (res domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.Finalise(ctx(), id)
}

// Reopen opens a final assessment again, for the reason given.
func (a *Assessments) Reopen(id int64, reason string) (res domain.Assessment, err error) {
	defer guard(&err)
	return a.svc.Reopen(ctx(), id, reason)
}

// Delete deletes a draft assessment.
func (a *Assessments) Delete(id int64) (err error) {
	defer guard(&err)
	return a.svc.Delete(ctx(), id)
}

// Review is the team performance review of a period.
func (a *Assessments) Review(period string) (res service.TeamReview, err error) {
	defer guard(&err)
	return a.svc.Review(ctx(), period)
}
