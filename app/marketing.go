package app

import (
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Marketing is the marketing of key accounts (市场营销管理), bound to the
// frontend: activities, what they produced, and the marketing plan.
type Marketing struct{ svc *service.Marketing }

// Page is a page of activities (ActivityPageSize at most).
func (m *Marketing) Page(q store.ActivityQuery) (out service.ActivityPage, err error) {
	defer guard(&err)
	return m.svc.Page(ctx(), q)
}

// Get is an activity's page.
func (m *Marketing) Get(id int64) (out service.ActivityView, err error) {
	defer guard(&err)
	return m.svc.Get(ctx(), id)
}

// Save adds (ID 0) or updates an activity.
func (m *Marketing) Save(a domain.Activity) (out service.ActivityView, err error) {
	defer guard(&err)
	return m.svc.Save(ctx(), a)
}

// SetStatus moves an activity to planned, done or reviewed.
func (m *Marketing) SetStatus(id int64, status string) (out service.ActivityView, err error) {
	defer guard(&err)
	return m.svc.SetStatus(ctx(), id, status)
}

// Link links (on) or unlinks a deal.
func (m *Marketing) Link(id, deal int64, on bool) (out service.ActivityView, err error) {
	defer guard(&err)
	return m.svc.Link(ctx(), id, deal, on)
}

// Delete moves an activity to the trash.
func (m *Marketing) Delete(id int64) (err error) {
	defer guard(&err)
	return m.svc.Delete(ctx(), id)
}

// Restore brings an activity back from the trash.
func (m *Marketing) Restore(id int64) (err error) {
	defer guard(&err)
	return m.svc.Restore(ctx(), id)
}

// TrashPage is a page of the activities in the trash.
func (m *Marketing) TrashPage(offset, limit int) (out service.ActivityPage, err error) {
	defer guard(&err)
	return m.svc.TrashPage(ctx(), offset, limit)
}

// ThisWeek lists the activities running this week.
func (m *Marketing) ThisWeek() (out []store.ActivityRow, err error) {
	defer guard(&err)
	return m.svc.ThisWeek(ctx())
}

// Plan is the marketing plan of a year or quarter.
func (m *Marketing) Plan(period string) (out domain.MarketingPlan, err error) {
	defer guard(&err)
	return m.svc.Plan(ctx(), period)
}

// SavePlan saves a marketing plan.
func (m *Marketing) SavePlan(p domain.MarketingPlan) (out domain.MarketingPlan, err error) {
	defer guard(&err)
	return m.svc.SavePlan(ctx(), p)
}

// Control is a year's or quarter's plan against its activities.
func (m *Marketing) Control(period string) (out service.Control, err error) {
	defer guard(&err)
	return m.svc.Control(ctx(), period)
}
