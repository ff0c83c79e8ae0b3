package app

import (
	"kams/backend/domain"
	"kams/backend/service"
)

// Targets is the target management plan and the main business
// indicators, bound to the frontend.
type Targets struct{ svc *service.Targets }

// Board is the targets screen of a period: the user, every member and
// the first page of accounts with target, actual and achievement.
func (t *Targets) Board(period string) (res service.TargetBoard, err error) {
	defer guard(&err)
	return t.svc.Board(ctx(), period)
}

// Accounts is a page of the board's accounts (TargetPageSize a page).
func (t *Targets) Accounts(q service.TargetAccountQuery) (res service.TargetAccountPage, err error) {
	defer guard(&err)
	return t.svc.Accounts(ctx(), q)
}

// Save sets a target, returning the scope's new figures.
func (t *Targets) Save(target domain.Target) (res domain.TargetView, err error) {
	defer guard(&err)
	return t.svc.Save(ctx(), target)
}

// Indicators computes the main business indicators of a period.
func (t *Targets) Indicators(period string) (res service.Indicators, err error) {
	defer guard(&err)
	return t.svc.Indicators(ctx(), period)
}

// Week is the account manager's own week, bound to the frontend.
type Week struct{ svc *service.Week }

// Get returns an ISO week ('2026-W07'; "" for this one).
func (w *Week) Get(week string) (res service.WeekView, err error) {
	defer guard(&err)
	return w.svc.Get(ctx(), week)
}

// SaveItem adds or updates a planned activity.
func (w *Week) SaveItem(item domain.WeekItem) (res domain.WeekItem, err error) {
	defer guard(&err)
	return w.svc.SaveItem(ctx(), item)
}

// DeleteItem removes a planned activity.
func (w *Week) DeleteItem(id int64) (err error) {
	defer guard(&err)
	return w.svc.DeleteItem(ctx(), id)
}

// Check ticks or unticks a self-check item of a week.
func (w *Week) Check(week, item string, on bool) (err error) {
	defer guard(&err)
	return w.svc.Check(ctx(), week, item, on)
}

// SaveGoal adds or updates a personal development goal.
func (w *Week) SaveGoal(g domain.DevelopmentGoal) (res domain.DevelopmentGoal, err error) {
	defer guard(&err)
	return w.svc.SaveGoal(ctx(), g)
}

// DeleteGoal removes a personal development goal.
func (w *Week) DeleteGoal(id int64) (err error) {
	defer guard(&err)
	return w.svc.DeleteGoal(ctx(), id)
}

// TrashPage returns one page of the week items and goals in the trash.
func (w *Week) TrashPage(offset, limit int) (res service.WeekTrashPage, err error) {
	defer guard(&err)
	return w.svc.TrashPage(ctx(), offset, limit)
}

// RestoreItem brings a planned activity back from the trash.
func (w *Week) RestoreItem(id int64) (err error) {
	defer guard(&err)
	return w.svc.RestoreItem(ctx(), id)
}

// RestoreGoal brings a development goal back from the trash.
func (w *Week) RestoreGoal(id int64) (err error) {
	defer guard(&err)
	return w.svc.RestoreGoal(ctx(), id)
}
