package service

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// DealBoardFilter is what the deals board (商机看板) filters by: one
// account (the account page's deals tab), the account's lead manager, its
// tiers (quadrants), key accounts only, and a part of the deal's or the
// account's name.
type DealBoardFilter struct {
	AccountID int64    `json:"accountId"`
	Manager   string   `json:"manager"`
	Tiers     []string `json:"tiers"`
	KeyOnly   bool     `json:"keyOnly"`
	Text      string   `json:"text"`
}

// DealColumn is one column of the board: a stage's open deals (Stage is
// its id) or the deals closed recently (Stage "closed"). Count, Amount and
// Weighted sum every matching deal of the column; Cards are the first of
// them, and Deals.Column reads more.
type DealColumn struct {
	Stage    string     `json:"stage"`
	Count    int        `json:"count"`
	Amount   int64      `json:"amount"`
	Weighted int64      `json:"weighted"`
	Cards    []DealView `json:"cards"`
}

// DealBoard is the board: a column per stage in the stages' order, the
// recently closed column, and whether any deal (open or closed at any
// time) matches the filter at all. A column's weighted amount weighs each
// group of deals of one probability, as the funnel does, so the two agree.
type DealBoard struct {
	Columns  []DealColumn `json:"columns"`
	Closed   DealColumn   `json:"closed"`
	HasDeals bool         `json:"hasDeals"`
}

const (
	// BoardPage is how many cards a column shows first: a screenful at
	// 1080p and some; the rest comes on scroll. Each card is a few
	// components to mount, so seven columns of 20 kept the board's first
	// paint over 300 ms on a big book.
	BoardPage = 12
	// boardMaxPage caps a page of Column.
	boardMaxPage = 100
	// RecentDays is how long a closed deal stays on the board.
	RecentDays = 30
)

// boardScope is the store's filter, its accounts and text read once for
// the several queries of a call (and kept for the next calls with the same
// filter until a write: a column's "more"), and the first day of "closed
// recently".
func (d *Deals) boardScope(ctx context.Context, f DealBoardFilter, set domain.Settings) (store.BoardFilter, string, error) {
	since := d.now().AddDate(0, 0, -RecentDays).Format(time.DateOnly)
	writes := d.store.Writes() // read before resolving: a write meanwhile resolves again next time
	key, _ := json.Marshal(f)
	d.scopes.mu.Lock()
	if d.scopes.key == string(key) && d.scopes.writes == writes {
		scope := d.scopes.scope
		d.scopes.mu.Unlock()
		return scope, since, nil
	}
	d.scopes.mu.Unlock()
	scope, err := d.store.Resolve(ctx, store.BoardFilter{AccountID: f.AccountID, Text: f.Text,
		Accounts: store.AccountFilter{Manager: f.Manager, Tiers: f.Tiers, KeyOnly: f.KeyOnly}})
	if err == nil {
		d.scopes.mu.Lock()
		d.scopes.key, d.scopes.writes, d.scopes.scope = string(key), writes, scope
		d.scopes.mu.Unlock()
	}
	return scope, since, err
}

// scopeCache keeps the last board filter resolved (the accounts and deals
// it picks), good while nothing is written.
type scopeCache struct {
	mu     sync.Mutex
	key    string
	writes uint64
	scope  store.BoardFilter
}

// Board returns every column's count and sums over all the deals the
// filter matches, and the first BoardPage cards of each.
func (d *Deals) Board(ctx context.Context, f DealBoardFilter) (DealBoard, error) {
	set, err := d.store.Settings(ctx)
	if err != nil {
		return DealBoard{}, err
	}
	scope, since, err := d.boardScope(ctx, f, set)
	if err != nil {
		return DealBoard{}, err
	}
	sums, closed, any, err := d.store.BoardSums(ctx, scope, set.Stages, since)
	if err != nil {
		return DealBoard{}, err
	}
	var columns []string // those with cards to read
	for _, st := range set.Stages {
		if sums[st.ID].Count > 0 {
			columns = append(columns, st.ID)
		}
	}
	if closed.Count > 0 {
		columns = append(columns, store.BoardColumnClosed)
	}
	cards, err := d.store.BoardFirstCards(ctx, scope, columns, since, BoardPage)
	if err != nil {
		return DealBoard{}, err
	}
	b := DealBoard{Columns: make([]DealColumn, 0, len(set.Stages)), HasDeals: any}
	for _, st := range set.Stages {
		sum := sums[st.ID]
		b.Columns = append(b.Columns, DealColumn{Stage: st.ID, Count: sum.Count, Amount: sum.Amount, Weighted: sum.Weighted,
			Cards: d.views(cards[st.ID], set)})
	}
	b.Closed = DealColumn{Stage: store.BoardColumnClosed, Count: closed.Count, Amount: closed.Amount,
		Cards: d.views(cards[store.BoardColumnClosed], set)}
	return b, nil
}

// Column returns more cards of one column ("closed" or a stage id), from
// offset on; limit is capped at 100.
func (d *Deals) Column(ctx context.Context, f DealBoardFilter, column string, offset, limit int) ([]DealView, error) {
	set, err := d.store.Settings(ctx)
	if err != nil {
		return nil, err
	}
	if column != store.BoardColumnClosed && domain.StageIndexOf(set.Stages, column) < 0 {
		var v domain.Validation
		v.Add("stage", "error.choice", nil)
		return nil, v.Err()
	}
	scope, since, err := d.boardScope(ctx, f, set)
	if err != nil {
		return nil, err
	}
	return d.cards(ctx, scope, column, since, max(offset, 0), min(max(limit, 1), boardMaxPage), set)
}

func (d *Deals) cards(ctx context.Context, scope store.BoardFilter, column, since string, offset, limit int, set domain.Settings) ([]DealView, error) {
	list, err := d.store.BoardCards(ctx, scope, column, since, offset, limit)
	if err != nil {
		return nil, err
	}
	return d.views(list, set), nil
}

// StalledDeal is a line of the funnel's stalled list: what the line shows.
// The whole deal (its texts, people, elements) is read with Get when it
// is opened: 200 whole deals were 196 KB in a big book.
type StalledDeal struct {
	ID              int64  `json:"id"`
	Name            string `json:"name"`
	AccountName     string `json:"accountName"`
	Stage           string `json:"stage"`
	Amount          int64  `json:"amount"`
	LastInteraction string `json:"lastInteraction"`
}

// Stalled returns the live deals of the ids (the funnel's stalled list, at
// most store.StalledLimit), in the order given.
func (d *Deals) Stalled(ctx context.Context, ids []int64) ([]StalledDeal, error) {
	list, err := d.store.DealsOf(ctx, ids[:min(len(ids), store.StalledLimit)])
	if err != nil {
		return nil, err
	}
	out := make([]StalledDeal, len(list))
	for i, o := range list {
		out[i] = StalledDeal{ID: o.ID, Name: o.Name, AccountName: o.AccountName, Stage: o.Stage, Amount: o.Amount,
			LastInteraction: o.LastInteraction}
	}
	return out, nil
}
