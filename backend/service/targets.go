package service

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Targets is the target management plan (目标管理计划): targets per period
// for accounts and team members, their actuals and achievement, and the
// main business indicators (主要业务指标).
//
// Other parts call Achievement (a scope's target and achievement in a
// period) and AccountYear (an account's year and its quarters).
type Targets struct {
	store *store.Store
	now   clock.Clock
}

// NewTargets builds the service over a store; now is the clock.
func NewTargets(s *store.Store, now clock.Clock) *Targets { return &Targets{store: s, now: now} }

// Achievement is the target, actual and achievement of revenue, new
// opportunities and visits of one account or one member in a period
// ('2026', '2026-H1', '2026-Q3', '2026-07'). With no target set, the
// targets are 0 and the achievements −1 (no percentage); the actuals
// still count. A bad period or scope is a validation error; an account in
// the trash is not found.
func (t *Targets) Achievement(ctx context.Context, scope domain.TargetScope, period string) (domain.TargetView, error) {
	p, err := domain.ParsePeriod(period)
	if err != nil {
		return domain.TargetView{}, err
	}
	if err := scope.Validate(); err != nil {
		return domain.TargetView{}, err
	}
	name, err := t.scopeName(ctx, scope)
	if err != nil {
		return domain.TargetView{}, err
	}
	return t.view(ctx, p, scope, name)
}

// AccountYear is an account's targets and achievement for a year followed
// by its four quarters (for the account plan: "the targets and
// achievement").
func (t *Targets) AccountYear(ctx context.Context, accountID int64, year int) ([]domain.TargetView, error) {
	scope := domain.TargetScope{AccountID: accountID}
	name, err := t.scopeName(ctx, scope)
	if err != nil {
		return nil, err
	}
	return t.views(ctx, scope, name, append([]string{strconv.Itoa(year)}, domain.Quarters(year)...))
}

// views are one scope's views in the periods given by key.
func (t *Targets) views(ctx context.Context, scope domain.TargetScope, name string, keys []string) ([]domain.TargetView, error) {
	out := make([]domain.TargetView, 0, len(keys))
	for _, key := range keys {
		p, err := domain.ParsePeriod(key)
		if err != nil {
			return nil, err
		}
		v, err := t.view(ctx, p, scope, name)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (t *Targets) scopeName(ctx context.Context, scope domain.TargetScope) (string, error) {
	if scope.AccountID > 0 {
		a, err := t.store.Account(ctx, scope.AccountID)
		if err != nil {
			return "", err
		}
		if a.DeletedAt != "" {
			return "", domain.NotFound("account", scope.AccountID)
		}
		return a.Name, nil
	}
	members, err := t.store.TargetMembers(ctx)
	if err != nil {
		return "", err
	}
	for _, m := range members {
		if m.ID == scope.MemberID {
			return m.Name, nil
		}
	}
	return "", domain.NotFound("member", scope.MemberID)
}

// view computes one scope's view in a period.
func (t *Targets) view(ctx context.Context, p domain.Period, scope domain.TargetScope, name string) (domain.TargetView, error) {
	by, id := store.ByMember, scope.MemberID
	if scope.AccountID > 0 {
		by, id = store.ByAccount, scope.AccountID
	}
	actuals, err := t.store.Actuals(ctx, p, by, id)
	if err != nil {
		return domain.TargetView{}, err
	}
	list, err := t.store.Targets(ctx, p.Key)
	if err != nil {
		return domain.TargetView{}, err
	}
	var target domain.Target
	set := false
	for _, x := range list {
		if x.AccountID == scope.AccountID && x.MemberID == scope.MemberID {
			target, set = x, true
		}
	}
	return domain.NewTargetView(p.Key, scope, name, target, set, actuals[id]), nil
}

// TargetBoard is the targets screen for a period: the user first, then
// every team member (a team is small), and the first page of accounts —
// those with a target in the period or led by the user, or every live
// account when none is — each with target, actual and achievement.
type TargetBoard struct {
	Period   domain.Period       `json:"period"`
	MyName   string              `json:"myName"`
	MyID     int64               `json:"myId"` // 0 when the user has not said who they are
	Members  []domain.TargetView `json:"members"`
	Accounts TargetAccountPage   `json:"accounts"`
	// VisitKinds are the interaction kinds counted as visits.
	VisitKinds []domain.InteractionKind `json:"visitKinds"`
}

// TargetAccountQuery asks for a page of the board's accounts: those with
// a target in the period or led by the user (All false), or every live
// account; Text filters by part of a name.
type TargetAccountQuery struct {
	Period string `json:"period"`
	Text   string `json:"text"`
	All    bool   `json:"all"`
	Offset int    `json:"offset"`
}

// TargetAccountPage is a page of the board's accounts, by name.
type TargetAccountPage struct {
	Rows   []domain.TargetView `json:"rows"`
	Total  int                 `json:"total"` // accounts under the query, all pages
	Offset int                 `json:"offset"`
	All    bool                `json:"all"`
}

// TargetPageSize is the accounts a page of the targets board holds.
const TargetPageSize = 50

// Board gathers the targets screen for a period.
func (t *Targets) Board(ctx context.Context, period string) (TargetBoard, error) {
	p, err := domain.ParsePeriod(period)
	if err != nil {
		return TargetBoard{}, err
	}
	b := TargetBoard{Period: p, VisitKinds: domain.VisitKinds}
	if b.MyName, b.MyID, err = t.me(ctx); err != nil {
		return b, err
	}
	members, err := t.store.TargetMembers(ctx)
	if err != nil {
		return b, err
	}
	list, err := t.store.PeriodTargets(ctx, p.Key, nil)
	if err != nil {
		return b, err
	}
	ids := make([]int64, len(members))
	for i, m := range members {
		ids[i] = m.ID
	}
	if b.Members, err = t.rows(ctx, p, store.ByMember, members, ids, list); err != nil {
		return b, err
	}
	for i, v := range b.Members {
		if v.Scope.MemberID == b.MyID && i > 0 { // the user first
			b.Members = append([]domain.TargetView{v}, append(b.Members[:i:i], b.Members[i+1:]...)...)
			break
		}
	}
	if b.Accounts, err = t.accountPage(ctx, p, b.MyID, TargetAccountQuery{}); err != nil {
		return b, err
	}
	if b.Accounts.Total == 0 { // nothing set and nothing led: show the book
		b.Accounts, err = t.accountPage(ctx, p, b.MyID, TargetAccountQuery{All: true})
	}
	return b, err
}

// Accounts is a page of the targets board's accounts.
func (t *Targets) Accounts(ctx context.Context, q TargetAccountQuery) (TargetAccountPage, error) {
	p, err := domain.ParsePeriod(q.Period)
	if err != nil {
		return TargetAccountPage{}, err
	}
	_, myID, err := t.me(ctx)
	if err != nil {
		return TargetAccountPage{}, err
	}
	return t.accountPage(ctx, p, myID, q)
}

func (t *Targets) accountPage(ctx context.Context, p domain.Period, myID int64, q TargetAccountQuery) (TargetAccountPage, error) {
	page := TargetAccountPage{Offset: max(0, q.Offset), All: q.All}
	names, total, err := t.store.TargetAccountPage(ctx, store.TargetAccountQuery{Period: p.Key, Text: strings.TrimSpace(q.Text),
		Focus: !q.All, Lead: myID, Offset: page.Offset, Limit: TargetPageSize})
	if err != nil {
		return page, err
	}
	page.Total = total
	ids := make([]int64, len(names))
	for i, n := range names {
		ids[i] = n.ID
	}
	list, err := t.store.PeriodTargets(ctx, p.Key, ids)
	if err != nil {
		return page, err
	}
	page.Rows, err = t.rows(ctx, p, store.ByAccount, names, ids, list)
	return page, err
}

// rows are the views of the named accounts or members (ids, in the same
// order) in a period, from the period's targets.
func (t *Targets) rows(ctx context.Context, p domain.Period, by store.ActualsBy, names []store.Named, ids []int64, list []domain.Target) ([]domain.TargetView, error) {
	out := make([]domain.TargetView, 0, len(names))
	if len(names) == 0 {
		return out, nil
	}
	targets := map[int64]domain.Target{}
	for _, x := range list {
		if by == store.ByMember && x.MemberID > 0 {
			targets[x.MemberID] = x
		} else if by == store.ByAccount && x.AccountID > 0 {
			targets[x.AccountID] = x
		}
	}
	actuals, err := t.store.ActualsOf(ctx, p, by, ids)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		scope := domain.TargetScope{MemberID: n.ID}
		if by == store.ByAccount {
			scope = domain.TargetScope{AccountID: n.ID}
		}
		x, set := targets[n.ID]
		out = append(out, domain.NewTargetView(p.Key, scope, n.Name, x, set, actuals[n.ID]))
	}
	return out, nil
}

// Save validates and sets a target, returning the scope's new view. Bad
// input changes nothing.
func (t *Targets) Save(ctx context.Context, target domain.Target) (domain.TargetView, error) {
	if err := target.Validate(); err != nil {
		return domain.TargetView{}, err
	}
	if err := t.store.SaveTarget(ctx, target); err != nil {
		return domain.TargetView{}, err
	}
	return t.Achievement(ctx, domain.TargetScope{AccountID: target.AccountID, MemberID: target.MemberID}, target.Period)
}

// me is the user's own member name and id (from the "my name" setting);
// "" and 0 when not set.
func (t *Targets) me(ctx context.Context) (string, int64, error) {
	set, err := t.store.Settings(ctx)
	if err != nil {
		return "", 0, err
	}
	return me(ctx, t.store, set)
}

// me is the user's own member name (the "my name" setting) and id; the id
// is 0 while no such member exists.
func me(ctx context.Context, st *store.Store, set domain.Settings) (string, int64, error) {
	if set.MyName == "" {
		return "", 0, nil
	}
	id, err := st.MemberByName(ctx, set.MyName)
	if errors.Is(err, domain.ErrNotFound) {
		return set.MyName, 0, nil
	}
	return set.MyName, id, err
}

// Indicators are the main business indicators of a period.
type Indicators struct {
	Period     domain.Period            `json:"period"`
	Previous   string                   `json:"previous"` // the period growth and retention compare with
	KPIs       []domain.KPI             `json:"kpis"`
	VisitKinds []domain.InteractionKind `json:"visitKinds"`
}

// Indicators computes every main business indicator (主要业务指标) of a
// period over all live data; those the data cannot give say why.
func (t *Targets) Indicators(ctx context.Context, period string) (Indicators, error) {
	p, err := domain.ParsePeriod(period)
	if err != nil {
		return Indicators{}, err
	}
	set, err := t.store.Settings(ctx)
	if err != nil {
		return Indicators{}, err
	}
	in, err := t.store.KPIInputs(ctx, set.Stages, p)
	if err != nil {
		return Indicators{}, err
	}
	return Indicators{Period: p, Previous: p.Previous().Key, KPIs: domain.ComputeKPIs(in), VisitKinds: domain.VisitKinds}, nil
}
