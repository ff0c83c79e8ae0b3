package app

import (
	"kams/backend/domain"
	"kams/backend/service"
)

// Deals is the opportunities, the board and the funnel, bound to the
// frontend.
type Deals struct{ svc *service.Deals }

// List returns the deals of an account, or of all accounts with 0.
func (d *Deals) List(accountID int64) ([]service.DealView, error) {
	return d.svc.List(ctx(), accountID)
}

// Trash returns the deals in the trash.
func (d *Deals) Trash() ([]service.DealView, error) { return d.svc.Trash(ctx()) }

// Get returns one deal.
func (d *Deals) Get(id int64) (service.DealView, error) { return d.svc.Get(ctx(), id) }

// Create adds a deal.
func (d *Deals) Create(o domain.Opportunity) (service.DealView, error) { return d.svc.Create(ctx(), o) }

// Update saves a deal.
func (d *Deals) Update(o domain.Opportunity) (service.DealView, error) { return d.svc.Update(ctx(), o) }

// Move puts a deal in another stage.
func (d *Deals) Move(id int64, stage string) (service.DealView, error) {
	return d.svc.Move(ctx(), id, stage)
}

// Close marks a deal won, lost or abandoned, or reopens it ("open").
func (d *Deals) Close(id int64, status, reason string) (service.DealView, error) {
	return d.svc.Close(ctx(), id, status, reason)
}

// Delete moves a deal to the trash.
func (d *Deals) Delete(id int64) error { return d.svc.Delete(ctx(), id) }

// Restore brings a deal back from the trash.
func (d *Deals) Restore(id int64) error { return d.svc.Restore(ctx(), id) }

// Funnel computes the sales funnel.
func (d *Deals) Funnel(filter domain.FunnelFilter) (domain.Funnel, error) {
	return d.svc.Funnel(ctx(), filter)
}
