package app

import (
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Accounts is the key-account register, bound to the frontend.
type Accounts struct{ svc *service.Accounts }

// Page returns one page of the live accounts, filtered, sorted and
// counted by the backend, with their scores and red flags.
func (a *Accounts) Page(q store.AccountQuery) (res service.AccountPage, err error) {
	defer guard(&err)
	return a.svc.Page(ctx(), q)
}

// TrashPage returns one page of the accounts in the trash.
func (a *Accounts) TrashPage(offset, limit int) (res service.AccountPage, err error) {
	defer guard(&err)
	return a.svc.TrashPage(ctx(), offset, limit)
}

// Options lists up to 50 accounts whose names contain text, for pickers.
func (a *Accounts) Options(text string) (res []store.AccountOption, err error) {
	defer guard(&err)
	return a.svc.Options(ctx(), text)
}

// Get returns one account.
func (a *Accounts) Get(id int64) (res service.AccountView, err error) {
	defer guard(&err)
	return a.svc.Get(ctx(), id)
}

// Preview scores an account as edited, without saving it.
func (a *Accounts) Preview(acc domain.Account) (res domain.Scores, err error) {
	defer guard(&err)
	return a.svc.Preview(ctx(), acc)
}

// Create saves a new account.
func (a *Accounts) Create(acc domain.Account) (res service.AccountView, err error) {
	defer guard(&err)
	return a.svc.Create(ctx(), acc)
}

// Update saves an edited account.
func (a *Accounts) Update(acc domain.Account) (res service.AccountView, err error) {
	defer guard(&err)
	return a.svc.Update(ctx(), acc)
}

// Delete moves an account to the trash.
func (a *Accounts) Delete(id int64) (err error) {
	defer guard(&err)
	return a.svc.Delete(ctx(), id)
}

// Restore brings an account back from the trash.
func (a *Accounts) Restore(id int64) (err error) {
	defer guard(&err)
	return a.svc.Restore(ctx(), id)
}

// Purge deletes an account in the trash for good.
func (a *Accounts) Purge(id int64) (err error) {
	defer guard(&err)
	return a.svc.Purge(ctx(), id)
}

// Facets lists the industries and regions of the live accounts, for the
// list's filters.
func (a *Accounts) Facets() (res store.AccountFacets, err error) {
	defer guard(&err)
	return a.svc.Facets(ctx())
}

// Managers lists the names of the team, for the account-manager picker.
func (a *Accounts) Managers() (res []string, err error) {
	defer guard(&err)
	return a.svc.Managers(ctx())
}
