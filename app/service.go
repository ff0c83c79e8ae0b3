package app

import (
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// ServiceDesk is the customer's service requests and complaints and the
// satisfaction surveys, bound to the frontend.
type ServiceDesk struct{ svc *service.Relationship }

// Page reads a page of service requests (of one account, open only,
// overdue only, by text).
func (s *ServiceDesk) Page(q store.ServiceQuery) (out service.ServicePage, err error) {
	defer guard(&err)
	return s.svc.Requests(ctx(), q)
}

// TrashPage reads a page of the requests in the trash.
func (s *ServiceDesk) TrashPage(offset, limit int) (out service.ServicePage, err error) {
	defer guard(&err)
	return s.svc.TrashedRequests(ctx(), offset, limit)
}

// Get reads one request.
func (s *ServiceDesk) Get(id int64) (out domain.ServiceRequest, err error) {
	defer guard(&err)
	return s.svc.Request(ctx(), id)
}

// Create records a request.
func (s *ServiceDesk) Create(in domain.ServiceRequest) (out domain.ServiceRequest, err error) {
	defer guard(&err)
	return s.svc.CreateRequest(ctx(), in)
}

// Update saves a request.
func (s *ServiceDesk) Update(in domain.ServiceRequest) (out domain.ServiceRequest, err error) {
	defer guard(&err)
	return s.svc.UpdateRequest(ctx(), in)
}

// Delete moves a request to the trash.
func (s *ServiceDesk) Delete(id int64) (err error) {
	defer guard(&err)
	return s.svc.DeleteRequest(ctx(), id)
}

// Restore brings a request back from the trash.
func (s *ServiceDesk) Restore(id int64) (err error) {
	defer guard(&err)
	return s.svc.RestoreRequest(ctx(), id)
}

// Purge deletes a request in the trash for good.
func (s *ServiceDesk) Purge(id int64) (err error) {
	defer guard(&err)
	return s.svc.PurgeRequest(ctx(), id)
}

// Surveys reads a page of an account's survey answers.
func (s *ServiceDesk) Surveys(accountID int64, offset, limit int) (out service.SurveyPage, err error) {
	defer guard(&err)
	return s.svc.Surveys(ctx(), accountID, offset, limit)
}

// SurveyTrashPage reads a page of the survey answers in the trash.
func (s *ServiceDesk) SurveyTrashPage(offset, limit int) (out service.SurveyPage, err error) {
	defer guard(&err)
	return s.svc.TrashedSurveys(ctx(), offset, limit)
}

// SaveSurvey records (id 0) or saves a survey answer.
func (s *ServiceDesk) SaveSurvey(in domain.Survey) (out domain.Survey, err error) {
	defer guard(&err)
	return s.svc.SaveSurvey(ctx(), in)
}

// DeleteSurvey moves a survey answer to the trash.
func (s *ServiceDesk) DeleteSurvey(id int64) (err error) {
	defer guard(&err)
	return s.svc.DeleteSurvey(ctx(), id)
}

// RestoreSurvey brings a survey answer back from the trash.
func (s *ServiceDesk) RestoreSurvey(id int64) (err error) {
	defer guard(&err)
	return s.svc.RestoreSurvey(ctx(), id)
}

// PurgeSurvey deletes a survey answer in the trash for good.
func (s *ServiceDesk) PurgeSurvey(id int64) (err error) {
	defer guard(&err)
	return s.svc.PurgeSurvey(ctx(), id)
}

// Health is each account's relationship health, bound to the frontend.
type Health struct{ svc *service.Relationship }

// Account reads an account's health: score, breakdown, trend,
// satisfaction and open requests.
func (h *Health) Account(accountID int64) (out service.AccountHealth, err error) {
	defer guard(&err)
	return h.svc.AccountHealth(ctx(), accountID)
}

// AtRisk reads a page of the accounts in the health alert, lowest first.
func (h *Health) AtRisk(offset, limit int) (out service.AtRiskPage, err error) {
	defer guard(&err)
	return h.svc.AtRisk(ctx(), offset, limit)
}
