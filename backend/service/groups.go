package service

import (
	"context"
	"fmt"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Groups are the customers' groups (集团) and their subsidiaries (子公司):
// an account's parent, and a group's figures rolled up over its accounts.
type Groups struct {
	store *store.Store
	now   clock.Clock
}

// NewGroups builds the service over a store; now is the clock (the year
// whose won deals the group page sums).
func NewGroups(s *store.Store, now clock.Clock) *Groups { return &Groups{store: s, now: now} }

// SetParent makes parent (0: none) the parent account of accountID and
// returns where the account now stands.
func (g *Groups) SetParent(ctx context.Context, accountID, parent int64) (store.GroupLink, error) {
	if err := g.store.SetParent(ctx, accountID, parent); err != nil {
		return store.GroupLink{}, err
	}
	return g.Link(ctx, accountID)
}

// Link says where an account stands among groups.
func (g *Groups) Link(ctx context.Context, accountID int64) (store.GroupLink, error) {
	links, err := g.store.GroupLinks(ctx, []int64{accountID})
	if err != nil {
		return store.GroupLink{}, err
	}
	l, ok := links[accountID]
	if !ok {
		return l, domain.NotFound("account", accountID)
	}
	return l, nil
}

// GroupPage is one page of the groups and how many match.
type GroupPage struct {
	Rows  []store.GroupRollup `json:"rows"`
	Total int                 `json:"total"`
}

// Page lists the groups, from their stored rollups.
func (g *Groups) Page(ctx context.Context, q store.GroupQuery) (GroupPage, error) {
	rows, total, err := g.store.GroupPage(ctx, q)
	return GroupPage{Rows: rows, Total: total}, err
}

// GroupHealth is the group's relationship health rolled up from its
// accounts' stored health. Available is false for a group with no live
// account: the page says so rather than show a number.
type GroupHealth struct {
	Available bool `json:"available"`
	// Score is the mean of the accounts' scores weighted by our sales
	// (each account at least 1), 0–100.
	Score    int `json:"score"`
	Accounts int `json:"accounts"` // accounts with a score
	AtRisk   int `json:"atRisk"`   // accounts under the alert threshold
}

// GroupView is the group page: the head, the rollup, this year's won
// deals, the weighted pipeline, the health, the key people and the first
// page of accounts in tree order.
type GroupView struct {
	Group       store.GroupRollup   `json:"group"`
	Year        int                 `json:"year"`
	WonDeals    int                 `json:"wonDeals"`
	WonAmount   int64               `json:"wonAmount"`
	Weighted    int64               `json:"weighted"`
	Health      GroupHealth         `json:"health"`
	KeyPeople   []store.GroupPerson `json:"keyPeople"`
	Members     []store.GroupMember `json:"members"`
	MemberTotal int                 `json:"memberTotal"`
}

// GroupKeyPeople is how many key people the group page lists.
const GroupKeyPeople = 12

// Get reads the group headed by id.
func (g *Groups) Get(ctx context.Context, id int64) (GroupView, error) {
	r, err := g.store.Group(ctx, id)
	if err != nil {
		return GroupView{}, err
	}
	year := g.now().Year()
	v := GroupView{Group: r, Year: year}
	if v.WonDeals, v.WonAmount, err = g.store.GroupWon(ctx, id, fmt.Sprintf("%d-01-01", year), fmt.Sprintf("%d-12-31", year)); err != nil {
		return v, err
	}
	if v.KeyPeople, err = g.store.GroupKeyPeople(ctx, id, GroupKeyPeople); err != nil {
		return v, err
	}
	if v.Members, v.MemberTotal, err = g.store.GroupMembers(ctx, id, 0, store.MaxPage); err != nil {
		return v, err
	}
	if v.Weighted, err = g.weighted(ctx, id); err != nil {
		return v, err
	}
	v.Health, err = g.health(ctx, id)
	return v, err
}

// weighted is the group's open pipeline weighted by each deal's
// probability, from the funnel of its accounts.
func (g *Groups) weighted(ctx context.Context, id int64) (int64, error) {
	ids, err := g.store.GroupAccountIDs(ctx, id)
	if err != nil {
		return 0, err
	}
	set, err := g.store.Settings(ctx)
	if err != nil {
		return 0, err
	}
	f, err := g.store.Funnel(ctx, set.Stages, store.FunnelScope{Accounts: ids},
		g.now().AddDate(0, 0, -set.StalledDays).Format(time.DateOnly))
	return f.Weighted, err
}

// health rolls the group's health up from its accounts' stored health
// (the service helper's, settled before every commit).
func (g *Groups) health(ctx context.Context, id int64) (GroupHealth, error) {
	n, score, risk, err := g.store.GroupHealth(ctx, id)
	if err != nil || n == 0 {
		return GroupHealth{}, err
	}
	return GroupHealth{Available: true, Score: score, Accounts: n, AtRisk: risk}, nil
}

// MemberPage is a page of a group's accounts in tree order.
type MemberPage struct {
	Rows  []store.GroupMember `json:"rows"`
	Total int                 `json:"total"`
}

// Members reads a page of the group's accounts in tree order.
func (g *Groups) Members(ctx context.Context, id int64, offset, limit int) (MemberPage, error) {
	rows, total, err := g.store.GroupMembers(ctx, id, offset, limit)
	return MemberPage{Rows: rows, Total: total}, err
}
