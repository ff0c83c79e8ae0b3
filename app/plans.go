package app

import (
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Plans is the account plan (大客户计划) editor's backend, bound to the
// frontend.
type Plans struct{ svc *service.Plans }

// Get returns an account's plan for a year (an unsaved, prefilled one when
// the year has none) with our position computed from the data.
func (p *Plans) Get(accountID int64, year int) (res service.PlanView, err error) {
	defer guard(&err)
	return p.svc.Get(ctx(), accountID, year)
}

// Save writes the named sections of a plan (all when none is named). The
// sections cross as plain strings: Wails does not declare named string
// types in TypeScript.
func (p *Plans) Save(plan domain.AccountPlan, sections []string) (res store.PlanSaved, err error) {
	defer guard(&err)
	named := make([]domain.PlanSection, len(sections))
	for i, s := range sections {
		named[i] = domain.PlanSection(s)
	}
	return p.svc.Save(ctx(), plan, named)
}

// CopyFromYear starts a year's plan as a copy of an earlier year's.
func (p *Plans) CopyFromYear(accountID int64, fromYear, toYear int) (res service.PlanView, err error) {
	defer guard(&err)
	return p.svc.CopyFromYear(ctx(), accountID, fromYear, toYear)
}
