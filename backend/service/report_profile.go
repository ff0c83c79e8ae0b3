package service

import (
	"context"
	"io"
	"sort"
	"strconv"

	"kams/backend/domain"
	"kams/backend/report"
)

// Profile writes the customer profile form (客户档案表) of a live account
// as PDF in lang.
func (r *Reports) Profile(ctx context.Context, accountID int64, lang string, w io.Writer) error {
	p, err := r.ProfileData(ctx, accountID)
	if err != nil {
		return err
	}
	return report.Profile(w, p, lang)
}

// ProfileData gathers what the customer profile form shows.
func (r *Reports) ProfileData(ctx context.Context, accountID int64) (report.ProfileData, error) {
	var p report.ProfileData
	set, err := r.store.Settings(ctx)
	if err != nil {
		return p, err
	}
	view, err := r.accounts.Get(ctx, accountID)
	if err != nil {
		return p, err
	}
	if view.Account.DeletedAt != "" {
		return p, domain.NotFound("account", accountID)
	}
	contacts, err := r.people.Contacts(ctx, accountID)
	if err != nil {
		return p, err
	}
	deals, err := r.deals.List(ctx, accountID)
	if err != nil {
		return p, err
	}
	subs, err := r.store.Subsidiaries(ctx, accountID)
	if err != nil {
		return p, err
	}
	now := r.now()
	p = report.ProfileData{Printed: now, Currency: set.Currency, Account: view.Account, Scores: view.Scores,
		Threshold: set.Scoring.Threshold, Parent: view.Group.Parent, Group: view.Group.Group,
		People: keyPeopleFirst(contacts), WonYear: now.Year()}
	for _, s := range subs {
		p.Subsidiaries = append(p.Subsidiaries, s.Name)
	}
	year := strconv.Itoa(now.Year())
	var open []domain.Opportunity
	for _, d := range deals {
		switch o := d.Deal; {
		case o.Status == domain.DealOpen:
			open = append(open, o)
		case o.Status == domain.DealWon && len(o.ClosedOn) >= 4 && o.ClosedOn[:4] == year:
			p.Won += o.Amount
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].Amount > open[j].Amount })
	for _, o := range open {
		stage := domain.Text{Zh: o.Stage, En: o.Stage}
		if i := domain.StageIndexOf(set.Stages, o.Stage); i >= 0 {
			stage = set.Stages[i].Name
		}
		p.Deals = append(p.Deals, report.BriefDeal{Name: o.Name, Stage: stage, Amount: o.Amount,
			CloseDate: o.CloseDate, Probability: o.Probability})
	}
	return p, nil
}
