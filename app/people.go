package app

import (
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// People is the people of an account and its relationship map, bound to
// the frontend.
type People struct{ svc *service.People }

// Page returns one page of an account's live people with their
// last-contact dates, in the order they were added.
func (p *People) Page(accountID int64, offset, limit int) (res service.ContactPage, err error) {
	defer guard(&err)
	return p.svc.ContactPage(ctx(), accountID, offset, limit)
}

// TrashPage returns one page of the people in the trash.
func (p *People) TrashPage(offset, limit int) (res service.ContactPage, err error) {
	defer guard(&err)
	return p.svc.TrashedContactPage(ctx(), offset, limit)
}

// Create adds a person.
func (p *People) Create(c domain.Contact) (res domain.Contact, err error) {
	defer guard(&err)
	return p.svc.CreateContact(ctx(), c)
}

// Update saves a person.
func (p *People) Update(c domain.Contact) (res domain.Contact, err error) {
	defer guard(&err)
	return p.svc.UpdateContact(ctx(), c)
}

// Move changes whom a person reports to; 0 makes them top level.
func (p *People) Move(id, manager int64) (err error) {
	defer guard(&err)
	return p.svc.MoveContact(ctx(), id, manager)
}

// Delete moves a person to the trash.
func (p *People) Delete(id int64) (err error) {
	defer guard(&err)
	return p.svc.DeleteContact(ctx(), id)
}

// Restore brings a person back from the trash.
func (p *People) Restore(id int64) (err error) {
	defer guard(&err)
	return p.svc.RestoreContact(ctx(), id)
}

// Purge deletes a person in the trash for good.
func (p *People) Purge(id int64) (err error) {
	defer guard(&err)
	return p.svc.PurgeContact(ctx(), id)
}

// RedFlags are the warnings about an account's people.
func (p *People) RedFlags(accountID int64) (res []domain.RedFlag, err error) {
	defer guard(&err)
	return p.svc.RedFlags(ctx(), accountID)
}

// Search finds accounts, people and interactions (Ctrl+K).
func (p *People) Search(q string) (res store.SearchResults, err error) {
	defer guard(&err)
	return p.svc.Search(ctx(), q)
}

// Interactions is the log of visits, calls and meetings, bound to the
// frontend.
type Interactions struct{ svc *service.People }

// Page is a page of an account's timeline, newest first, after the
// cursor (the date and id of the last one shown; zero for the top), with
// the count of all.
func (i *Interactions) Page(accountID int64, before store.TimelineCursor, limit int) (res service.TimelinePage, err error) {
	defer guard(&err)
	return i.svc.Timeline(ctx(), accountID, before, limit)
}

// Log records an interaction.
func (i *Interactions) Log(in domain.Interaction) (res domain.Interaction, err error) {
	defer guard(&err)
	return i.svc.LogInteraction(ctx(), in)
}

// Update saves an interaction.
func (i *Interactions) Update(in domain.Interaction) (res domain.Interaction, err error) {
	defer guard(&err)
	return i.svc.UpdateInteraction(ctx(), in)
}

// Delete moves an interaction to the trash.
func (i *Interactions) Delete(id int64) (err error) {
	defer guard(&err)
	return i.svc.DeleteInteraction(ctx(), id)
}

// TrashPage returns one page of the interactions in the trash.
func (i *Interactions) TrashPage(offset, limit int) (res service.TimelinePage, err error) {
	defer guard(&err)
	return i.svc.TrashedInteractionPage(ctx(), offset, limit)
}

// Restore brings an interaction back from the trash.
func (i *Interactions) Restore(id int64) (err error) {
	defer guard(&err)
	return i.svc.RestoreInteraction(ctx(), id)
}

// SetStepDone ticks an interaction's next step done or not.
func (i *Interactions) SetStepDone(id int64, done bool) (err error) {
	defer guard(&err)
	return i.svc.SetStepDone(ctx(), id, done)
}

// Home is the first screen's agenda: next steps and birthdays.
func (i *Interactions) Home() (res service.Home, err error) {
	defer guard(&err)
	return i.svc.Home(ctx())
}
