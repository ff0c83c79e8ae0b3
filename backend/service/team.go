package service

import (
	"context"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Team is the key-account team (核心团队管理): its members, the account
// teams (大客户经理制) and the members' training (培训管理).
type Team struct {
	store *store.Store
	now   clock.Clock
}

// NewTeam builds the service over a store; now is the clock.
func NewTeam(s *store.Store, now clock.Clock) *Team { return &Team{store: s, now: now} }

// Members lists the live members with the accounts they lead and serve.
func (t *Team) Members(ctx context.Context) ([]domain.Member, error) { return t.store.TeamMembers(ctx) }

// CreateMember validates and adds a member.
func (t *Team) CreateMember(ctx context.Context, m domain.Member) (domain.Member, error) {
	domain.TrimMember(&m)
	m.ID = 0
	if err := m.Validate(); err != nil {
		return domain.Member{}, err
	}
	id, err := t.store.CreateMember(ctx, m)
	if err != nil {
		return domain.Member{}, err
	}
	return t.store.TeamMember(ctx, id)
}

// UpdateMember validates and saves a member.
func (t *Team) UpdateMember(ctx context.Context, m domain.Member) (domain.Member, error) {
	domain.TrimMember(&m)
	if err := m.Validate(); err != nil {
		return domain.Member{}, err
	}
	if err := t.store.UpdateMember(ctx, m); err != nil {
		return domain.Member{}, err
	}
	return t.store.TeamMember(ctx, m.ID)
}

// DeleteMember removes a member from the team; the accounts they lead pass
// to newLead (required when they lead any), all in one transaction.
func (t *Team) DeleteMember(ctx context.Context, id, newLead int64) error {
	return t.store.DeleteMember(ctx, id, newLead)
}

// AccountTeam is an account's lead and team.
func (t *Team) AccountTeam(ctx context.Context, accountID int64) (domain.AccountTeam, error) {
	return t.store.AccountTeam(ctx, accountID)
}

// SetAccountTeam validates and saves an account's lead and team.
func (t *Team) SetAccountTeam(ctx context.Context, team domain.AccountTeam) (domain.AccountTeam, error) {
	if team.Members == nil {
		team.Members = []domain.AccountMember{}
	}
	if err := team.Validate(); err != nil {
		return domain.AccountTeam{}, err
	}
	if err := t.store.SetAccountTeam(ctx, team); err != nil {
		return domain.AccountTeam{}, err
	}
	return t.store.AccountTeam(ctx, team.AccountID)
}

// Trainings lists a member's training (0: everyone's), newest first.
func (t *Team) Trainings(ctx context.Context, memberID int64) ([]domain.Training, error) {
	return t.store.Trainings(ctx, memberID)
}

// SaveTraining validates and adds or updates a training record.
func (t *Team) SaveTraining(ctx context.Context, tr domain.Training) (domain.Training, error) {
	err := domain.CheckDates(tr.Validate(), today(t.now), domain.DateField{Field: "date", Value: tr.Date, Span: domain.SpanLogged})
	if err != nil {
		return domain.Training{}, err
	}
	id, err := t.store.SaveTraining(ctx, tr)
	if err != nil {
		return domain.Training{}, err
	}
	list, err := t.store.Trainings(ctx, tr.MemberID)
	if err != nil {
		return domain.Training{}, err
	}
	for _, x := range list {
		if x.ID == id {
			return x, nil
		}
	}
	return domain.Training{}, domain.NotFound("training", id)
}

// DeleteTraining deletes a training record.
func (t *Team) DeleteTraining(ctx context.Context, id int64) error {
	return t.store.DeleteTraining(ctx, id)
}

// required is a validation error on one field left empty.
func required(field string) error { return fieldError(field, "error.required", nil) }

func trimmed(s string) string { return domain.CleanLine(s) }
