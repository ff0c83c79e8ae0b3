package service

import (
	"context"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Relationship is customer service and the relationship's health (§7):
// service requests and complaints, satisfaction surveys, and each
// account's health score with its breakdown, history and alert.
type Relationship struct {
	store *store.Store
	now   clock.Clock
}

// NewRelationship builds the service over a store; now is the clock.
func NewRelationship(s *store.Store, now clock.Clock) *Relationship {
	return &Relationship{store: s, now: now}
}

// ServicePage is a page of service requests and how many match.
type ServicePage struct {
	Rows  []domain.ServiceRequest `json:"rows"`
	Total int                     `json:"total"`
}

// cutoffs are, per severity, the last opened day an open request can have
// and be past its target today.
func cutoffs(set domain.ServiceSettings, today string) store.OverdueCutoffs {
	t, _ := time.Parse(time.DateOnly, today)
	out := store.OverdueCutoffs{}
	for _, sev := range domain.Severities {
		out[sev] = t.AddDate(0, 0, -set.Target(sev)).Format(time.DateOnly)
	}
	return out
}

// Requests reads a page of service requests, each with its time to
// resolve against its target as of today.
func (r *Relationship) Requests(ctx context.Context, q store.ServiceQuery) (ServicePage, error) {
	set, err := r.store.Settings(ctx)
	if err != nil {
		return ServicePage{}, err
	}
	day := today(r.now)
	rows, total, err := r.store.ServicePage(ctx, q, cutoffs(set.Service, day))
	if err != nil {
		return ServicePage{}, err
	}
	for i := range rows {
		rows[i].TimeToResolve(set.Service, day)
	}
	return ServicePage{Rows: rows, Total: total}, nil
}

// TrashedRequests reads a page of the requests in the trash.
func (r *Relationship) TrashedRequests(ctx context.Context, offset, limit int) (ServicePage, error) {
	rows, total, err := r.store.TrashedServicePage(ctx, offset, limit)
	return ServicePage{Rows: rows, Total: total}, err
}

// Request reads one request with its time to resolve.
func (r *Relationship) Request(ctx context.Context, id int64) (domain.ServiceRequest, error) {
	set, err := r.store.Settings(ctx)
	if err != nil {
		return domain.ServiceRequest{}, err
	}
	out, err := r.store.ServiceRequest(ctx, id)
	if err != nil {
		return out, err
	}
	out.TimeToResolve(set.Service, today(r.now))
	return out, nil
}

func (r *Relationship) checkRequest(in domain.ServiceRequest) error {
	return domain.CheckDates(in.Validate(), today(r.now),
		domain.DateField{Field: "opened", Value: in.Opened, Span: domain.SpanHappened},
		domain.DateField{Field: "resolved", Value: in.Resolved, Span: domain.SpanHappened})
}

// CreateRequest validates and records a request.
func (r *Relationship) CreateRequest(ctx context.Context, in domain.ServiceRequest) (domain.ServiceRequest, error) {
	domain.TrimServiceRequest(&in)
	in.ID = 0
	if err := r.checkRequest(in); err != nil {
		return domain.ServiceRequest{}, err
	}
	id, err := r.store.CreateServiceRequest(ctx, in)
	if err != nil {
		return domain.ServiceRequest{}, err
	}
	return r.Request(ctx, id)
}

// UpdateRequest validates and saves a request.
func (r *Relationship) UpdateRequest(ctx context.Context, in domain.ServiceRequest) (domain.ServiceRequest, error) {
	domain.TrimServiceRequest(&in)
	if err := r.checkRequest(in); err != nil {
		return domain.ServiceRequest{}, err
	}
	if err := r.store.UpdateServiceRequest(ctx, in); err != nil {
		return domain.ServiceRequest{}, err
	}
	return r.Request(ctx, in.ID)
}

// DeleteRequest moves a request to the trash.
func (r *Relationship) DeleteRequest(ctx context.Context, id int64) error {
	return r.store.TrashServiceRequest(ctx, id)
}

// RestoreRequest brings a request back from the trash.
func (r *Relationship) RestoreRequest(ctx context.Context, id int64) error {
	return r.store.RestoreServiceRequest(ctx, id)
}

// PurgeRequest deletes a request in the trash for good.
func (r *Relationship) PurgeRequest(ctx context.Context, id int64) error {
	return r.store.PurgeServiceRequest(ctx, id)
}

// SurveyPage is a page of survey answers and how many there are.
type SurveyPage struct {
	Rows  []domain.Survey `json:"rows"`
	Total int             `json:"total"`
}

// Surveys reads a page of an account's survey answers.
func (r *Relationship) Surveys(ctx context.Context, account int64, offset, limit int) (SurveyPage, error) {
	rows, total, err := r.store.SurveyPage(ctx, account, offset, limit)
	return SurveyPage{Rows: rows, Total: total}, err
}

// TrashedSurveys reads a page of the survey answers in the trash.
func (r *Relationship) TrashedSurveys(ctx context.Context, offset, limit int) (SurveyPage, error) {
	rows, total, err := r.store.TrashedSurveyPage(ctx, offset, limit)
	return SurveyPage{Rows: rows, Total: total}, err
}

func (r *Relationship) checkSurvey(in domain.Survey) error {
	return domain.CheckDates(in.Validate(), today(r.now),
		domain.DateField{Field: "date", Value: in.Date, Span: domain.SpanHappened})
}

// SaveSurvey validates and records (ID 0) or saves a survey answer.
func (r *Relationship) SaveSurvey(ctx context.Context, in domain.Survey) (domain.Survey, error) {
	domain.TrimSurvey(&in)
	if err := r.checkSurvey(in); err != nil {
		return domain.Survey{}, err
	}
	id := in.ID
	var err error
	if id == 0 {
		id, err = r.store.CreateSurvey(ctx, in)
	} else {
		err = r.store.UpdateSurvey(ctx, in)
	}
	if err != nil {
		return domain.Survey{}, err
	}
	in.ID = id
	return in, nil
}

// DeleteSurvey moves a survey answer to the trash.
func (r *Relationship) DeleteSurvey(ctx context.Context, id int64) error {
	return r.store.TrashSurvey(ctx, id)
}

// RestoreSurvey brings a survey answer back from the trash.
func (r *Relationship) RestoreSurvey(ctx context.Context, id int64) error {
	return r.store.RestoreSurvey(ctx, id)
}

// PurgeSurvey deletes a survey answer in the trash for good.
func (r *Relationship) PurgeSurvey(ctx context.Context, id int64) error {
	return r.store.PurgeSurvey(ctx, id)
}

// AccountHealth is an account's relationship health as the account page,
// the brief and the plan show it: the stored score and alert, how it was
// made part by part, last month's score, the monthly trend, the
// satisfaction per quarter and the open requests, worst first.
type AccountHealth struct {
	Score        int                        `json:"score"`
	Parts        []domain.HealthPart        `json:"parts"`
	Risk         bool                       `json:"risk"`
	Prev         int                        `json:"prev"` // −1: no earlier month
	Threshold    int                        `json:"threshold"`
	Inputs       domain.HealthInputs        `json:"inputs"`
	History      []store.HealthMonth        `json:"history"`
	Satisfaction []domain.SatisfactionPoint `json:"satisfaction"`
	Open         []domain.ServiceRequest    `json:"open"`
	OpenTotal    int                        `json:"openTotal"`
}

// HealthMonths is how many months of history the trend shows; the
// satisfaction chart shows as many quarters as HealthQuarters.
const (
	HealthMonths   = 12
	HealthQuarters = 8
	openShown      = 5
)

// AccountHealth reads an account's health with its breakdown.
func (r *Relationship) AccountHealth(ctx context.Context, account int64) (AccountHealth, error) {
	if err := r.store.SettleDay(ctx); err != nil {
		return AccountHealth{}, err
	}
	set, err := r.store.Settings(ctx)
	if err != nil {
		return AccountHealth{}, err
	}
	day := today(r.now)
	in, score, prev, risk, err := r.store.AccountHealthInputs(ctx, account, day)
	if err != nil {
		return AccountHealth{}, err
	}
	// The parts as computed now; the score as stored (the same number: the
	// store keeps it exact), as the list shows it.
	out := AccountHealth{Score: score, Parts: domain.ComputeHealth(in, set.Health, day).Parts, Risk: risk, Prev: prev,
		Threshold: set.Health.Threshold, Inputs: in}
	if out.History, err = r.store.HealthHistory(ctx, account, HealthMonths); err != nil {
		return out, err
	}
	if out.Satisfaction, err = r.store.Satisfaction(ctx, account, HealthQuarters); err != nil {
		return out, err
	}
	if out.Open, out.OpenTotal, err = r.store.AccountServiceOpen(ctx, account, openShown); err != nil {
		return out, err
	}
	for i := range out.Open {
		out.Open[i].TimeToResolve(set.Service, day)
	}
	return out, nil
}

// AtRiskPage is a page of the accounts in the health alert.
type AtRiskPage struct {
	Rows  []store.AtRiskAccount `json:"rows"`
	Total int                   `json:"total"`
}

// AtRisk reads a page of the accounts in the health alert, lowest first.
func (r *Relationship) AtRisk(ctx context.Context, offset, limit int) (AtRiskPage, error) {
	if err := r.store.SettleDay(ctx); err != nil {
		return AtRiskPage{}, err
	}
	rows, total, err := r.store.AtRiskPage(ctx, offset, limit)
	return AtRiskPage{Rows: rows, Total: total}, err
}
