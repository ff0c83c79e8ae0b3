// Package service holds the use cases of KAMS over the store: it validates
// what the user typed, applies the book's rules and computes the scores.
package service

import (
	"context"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// AccountView is an account with the scores computed from the current
// settings and the red flags raised by its people.
type AccountView struct {
	Account domain.Account   `json:"account"`
	Scores  domain.Scores    `json:"scores"`
	Flags   []domain.RedFlag `json:"flags"`
	// Group is where the account stands among groups (集团/子公司): filled
	// on the account page and the accounts list.
	Group store.GroupLink `json:"group"`
	// Health is the stored relationship health (0–100) and its alert.
	Health store.StoredHealthOf `json:"health"`
}

// Accounts is the key-account register: profile, identification and
// classification.
type Accounts struct {
	store *store.Store
	now   clock.Clock
}

// NewAccounts builds the service over a store; now is the clock.
func NewAccounts(s *store.Store, now clock.Clock) *Accounts {
	return &Accounts{store: s, now: now}
}

// Get returns one account, scored.
func (s *Accounts) Get(ctx context.Context, id int64) (AccountView, error) {
	set, err := s.store.Settings(ctx)
	if err != nil {
		return AccountView{}, err
	}
	a, err := s.store.Account(ctx, id)
	if err != nil {
		return AccountView{}, err
	}
	contacts, err := s.store.Contacts(ctx, id)
	if err != nil {
		return AccountView{}, err
	}
	links, err := s.store.GroupLinks(ctx, []int64{id})
	if err != nil {
		return AccountView{}, err
	}
	if err := s.store.SettleDay(ctx); err != nil {
		return AccountView{}, err
	}
	health, err := s.store.HealthOf(ctx, []int64{id})
	if err != nil {
		return AccountView{}, err
	}
	return AccountView{Account: a, Scores: domain.Score(a, set.Scoring),
		Flags: domain.ContactRedFlags(contacts, s.now(), set.StaleDays), Group: links[id], Health: health[id]}, nil
}

// Preview scores an account as edited, before it is saved, so the
// scorecard follows every keystroke with the rules of the backend.
func (s *Accounts) Preview(ctx context.Context, a domain.Account) (domain.Scores, error) {
	set, err := s.store.Settings(ctx)
	if err != nil {
		return domain.Scores{}, err
	}
	return domain.Score(a, set.Scoring), nil
}

// Create validates and saves a new account.
func (s *Accounts) Create(ctx context.Context, a domain.Account) (AccountView, error) {
	domain.TrimAccount(&a)
	if err := a.Validate(); err != nil {
		return AccountView{}, err
	}
	id, err := s.store.CreateAccount(ctx, a)
	if err != nil {
		return AccountView{}, err
	}
	return s.Get(ctx, id)
}

// Update validates and saves an edited account.
func (s *Accounts) Update(ctx context.Context, a domain.Account) (AccountView, error) {
	domain.TrimAccount(&a)
	if err := a.Validate(); err != nil {
		return AccountView{}, err
	}
	if err := s.store.UpdateAccount(ctx, a); err != nil {
		return AccountView{}, err
	}
	return s.Get(ctx, a.ID)
}

// Delete moves an account to the trash.
func (s *Accounts) Delete(ctx context.Context, id int64) error { return s.store.TrashAccount(ctx, id) }

// Restore brings an account back from the trash.
func (s *Accounts) Restore(ctx context.Context, id int64) error {
	return s.store.RestoreAccount(ctx, id)
}

// Purge deletes an account in the trash for good.
func (s *Accounts) Purge(ctx context.Context, id int64) error { return s.store.PurgeAccount(ctx, id) }

// Facets lists the industries and regions of the live accounts, the most
// common first, for the list's filters.
func (s *Accounts) Facets(ctx context.Context) (store.AccountFacets, error) {
	return s.store.Facets(ctx)
}

// Managers lists the team members who can own an account.
func (s *Accounts) Managers(ctx context.Context) ([]string, error) { return s.store.Members(ctx) }
