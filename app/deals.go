package app

import (
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Deals is the opportunities, the board and the funnel, bound to the
// frontend.
type Deals struct{ svc *service.Deals }

// Board is the deals board for the filter (an account's with accountId):
// every column's count and sums, and its first cards.
func (d *Deals) Board(filter service.DealBoardFilter) (res service.DealBoard, err error) {
	defer guard(&err)
	return d.svc.Board(ctx(), filter)
}

// Column is more cards of one board column (a stage id, or "closed").
func (d *Deals) Column(filter service.DealBoardFilter, column string, offset, limit int) (res []service.DealView, err error) {
	defer guard(&err)
	return d.svc.Column(ctx(), filter, column, offset, limit)
}

// Stalled is the stalled deals the funnel names (at most 200).
func (d *Deals) Stalled(ids []int64) (res []service.StalledDeal, err error) {
	defer guard(&err)
	return d.svc.Stalled(ctx(), ids)
}

// TrashPage returns one page of the deals in the trash.
func (d *Deals) TrashPage(offset, limit int) (res service.DealPage, err error) {
	defer guard(&err)
	return d.svc.TrashPage(ctx(), offset, limit)
}

// Get returns one deal.
func (d *Deals) Get(id int64) (res service.DealView, err error) {
	defer guard(&err)
	return d.svc.Get(ctx(), id)
}

// Create adds a deal.
func (d *Deals) Create(o domain.Opportunity) (res service.DealView, err error) {
	defer guard(&err)
	return d.svc.Create(ctx(), o)
}

// Update saves a deal.
func (d *Deals) Update(o domain.Opportunity) (res service.DealView, err error) {
	defer guard(&err)
	return d.svc.Update(ctx(), o)
}

// Move puts a deal in another stage.
func (d *Deals) Move(id int64, stage string) (res service.DealView, err error) {
	defer guard(&err)
	return d.svc.Move(ctx(), id, stage)
}

// Close marks a deal won, lost or abandoned, or reopens it ("open").
func (d *Deals) Close(id int64, status, reason string) (res service.DealView, err error) {
	defer guard(&err)
	return d.svc.Close(ctx(), id, status, reason)
}

// Delete moves a deal to the trash.
func (d *Deals) Delete(id int64) (err error) {
	defer guard(&err)
	return d.svc.Delete(ctx(), id)
}

// Restore brings a deal back from the trash.
func (d *Deals) Restore(id int64) (err error) {
	defer guard(&err)
	return d.svc.Restore(ctx(), id)
}

// Funnel computes the sales funnel.
func (d *Deals) Funnel(filter domain.FunnelFilter) (res domain.Funnel, err error) {
	defer guard(&err)
	return d.svc.Funnel(ctx(), filter)
}

// Choices is the deals the visit form offers for an account: its open
// deals, and include (the visit's current deal, 0 for none) even if closed.
func (d *Deals) Choices(accountID, include int64) (res []store.DealChoice, err error) {
	defer guard(&err)
	return d.svc.Choices(ctx(), accountID, include)
}

// Visits is a page of the interactions tied to a deal, newest first.
func (d *Deals) Visits(dealID int64, offset, limit int) (res service.DealVisitsPage, err error) {
	defer guard(&err)
	return d.svc.Visits(ctx(), dealID, offset, limit)
}
