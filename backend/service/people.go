package service

import (
	"context"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// People is the people of the accounts and the interactions with them.
type People struct {
	store *store.Store
	now   clock.Clock
}

// NewPeople builds the service over a store; now is the clock.
func NewPeople(s *store.Store, now clock.Clock) *People { return &People{store: s, now: now} }

// Today is the local date as YYYY-MM-DD.
func today(now clock.Clock) string { return now.Today() }

// ContactPage is one page of a list of people and how many there are.
type ContactPage struct {
	Rows  []domain.Contact `json:"rows"`
	Total int              `json:"total"`
}

// Contacts lists an account's live people with their last-contact dates:
// every one, for the reports and the plan that print them all.
func (p *People) Contacts(ctx context.Context, accountID int64) ([]domain.Contact, error) {
	return p.store.Contacts(ctx, accountID)
}

// ContactPage reads one page of an account's live people.
func (p *People) ContactPage(ctx context.Context, accountID int64, offset, limit int) (ContactPage, error) {
	rows, total, err := p.store.ContactPage(ctx, accountID, offset, limit)
	return ContactPage{Rows: rows, Total: total}, err
}

// TrashedContactPage reads one page of the people in the trash.
func (p *People) TrashedContactPage(ctx context.Context, offset, limit int) (ContactPage, error) {
	rows, total, err := p.store.TrashedContactPage(ctx, offset, limit)
	return ContactPage{Rows: rows, Total: total}, err
}

// CreateContact validates and adds a person.
func (p *People) CreateContact(ctx context.Context, c domain.Contact) (domain.Contact, error) {
	domain.TrimContact(&c)
	c.ID = 0
	if err := c.Validate(); err != nil {
		return domain.Contact{}, err
	}
	id, err := p.store.CreateContact(ctx, c)
	if err != nil {
		return domain.Contact{}, err
	}
	return p.store.Contact(ctx, id)
}

// UpdateContact validates and saves a person.
func (p *People) UpdateContact(ctx context.Context, c domain.Contact) (domain.Contact, error) {
	domain.TrimContact(&c)
	if err := c.Validate(); err != nil {
		return domain.Contact{}, err
	}
	if err := p.store.UpdateContact(ctx, c); err != nil {
		return domain.Contact{}, err
	}
	return p.store.Contact(ctx, c.ID)
}

// MoveContact changes whom a person reports to (0: nobody).
func (p *People) MoveContact(ctx context.Context, id, manager int64) error {
	return p.store.SetReportsTo(ctx, id, manager)
}

// DeleteContact moves a person to the trash.
func (p *People) DeleteContact(ctx context.Context, id int64) error {
	return p.store.TrashContact(ctx, id)
}

// RestoreContact brings a person back from the trash.
func (p *People) RestoreContact(ctx context.Context, id int64) error {
	return p.store.RestoreContact(ctx, id)
}

// PurgeContact deletes a person in the trash for good.
func (p *People) PurgeContact(ctx context.Context, id int64) error {
	return p.store.PurgeContact(ctx, id)
}

// RedFlags are the warnings about an account's people.
func (p *People) RedFlags(ctx context.Context, accountID int64) ([]domain.RedFlag, error) {
	set, err := p.store.Settings(ctx)
	if err != nil {
		return nil, err
	}
	contacts, err := p.store.Contacts(ctx, accountID)
	if err != nil {
		return nil, err
	}
	return domain.ContactRedFlags(contacts, p.now(), set.StaleDays), nil
}

// Interactions is an account's timeline, newest first.
func (p *People) Interactions(ctx context.Context, accountID int64) ([]domain.Interaction, error) {
	return p.store.Interactions(ctx, accountID)
}

// LogInteraction validates and records an interaction.
func (p *People) LogInteraction(ctx context.Context, in domain.Interaction) (domain.Interaction, error) {
	domain.TrimInteraction(&in)
	in.ID = 0
	if err := p.checkInteraction(in); err != nil {
		return domain.Interaction{}, err
	}
	id, err := p.store.CreateInteraction(ctx, in)
	if err != nil {
		return domain.Interaction{}, err
	}
	return p.store.Interaction(ctx, id)
}

// UpdateInteraction validates and saves an interaction.
func (p *People) UpdateInteraction(ctx context.Context, in domain.Interaction) (domain.Interaction, error) {
	domain.TrimInteraction(&in)
	if err := p.checkInteraction(in); err != nil {
		return domain.Interaction{}, err
	}
	if err := p.store.UpdateInteraction(ctx, in); err != nil {
		return domain.Interaction{}, err
	}
	return p.store.Interaction(ctx, in.ID)
}

// checkInteraction validates an interaction as typed, its dates around
// today.
func (p *People) checkInteraction(in domain.Interaction) error {
	return domain.CheckDates(in.Validate(), today(p.now),
		domain.DateField{Field: "date", Value: in.Date, Span: domain.SpanLogged},
		domain.DateField{Field: "nextDue", Value: in.NextDue, Span: domain.SpanExpected})
}

// DeleteInteraction moves an interaction to the trash.
func (p *People) DeleteInteraction(ctx context.Context, id int64) error {
	return p.store.TrashInteraction(ctx, id)
}

// RestoreInteraction brings an interaction back from the trash.
func (p *People) RestoreInteraction(ctx context.Context, id int64) error {
	return p.store.RestoreInteraction(ctx, id)
}

// TrashedInteractionPage reads one page of the interactions in the trash.
func (p *People) TrashedInteractionPage(ctx context.Context, offset, limit int) (TimelinePage, error) {
	rows, total, err := p.store.TrashedInteractionPage(ctx, offset, limit)
	return TimelinePage{Items: rows, Total: total}, err
}

// SetStepDone ticks an interaction's next step done (or not).
func (p *People) SetStepDone(ctx context.Context, id int64, done bool) error {
	return p.store.SetStepDone(ctx, id, done)
}

// Search finds accounts, people and interactions by any part of their text.
func (p *People) Search(ctx context.Context, q string) (store.SearchResults, error) {
	if r := []rune(q); len(r) > 200 {
		q = string(r[:200]) // by characters: a byte cut could split one
	}
	return p.store.Search(ctx, q)
}
