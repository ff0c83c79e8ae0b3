package service

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// DealView is a deal with what the app computes about it: the effective
// probability (in Deal.Probability), the evaluation score, the coverage of
// buying roles and the red flags.
type DealView struct {
	Deal     domain.Opportunity `json:"deal"`
	Score    int                `json:"score"`
	Coverage int                `json:"coverage"`
	Flags    []domain.RedFlag   `json:"flags"`
}

// Deals is the opportunities and the sales process.
type Deals struct {
	store  *store.Store
	now    clock.Clock
	cache  funnelCache
	scopes scopeCache
}

// funnelCache keeps the last funnel computed: the funnel screen asks again
// on every visit and filter change, and the answer only changes with a
// write (settings included) or a new day.
type funnelCache struct {
	mu     sync.Mutex
	key    string
	writes uint64
	funnel domain.Funnel
}

// NewDeals builds the service over a store; now is the clock.
func NewDeals(s *store.Store, now clock.Clock) *Deals { return &Deals{store: s, now: now} }

func (d *Deals) view(o domain.Opportunity, set domain.Settings) DealView {
	o.Probability = domain.EffectiveProbability(o, set.Stages)
	return DealView{Deal: o, Score: domain.EvaluationScore(o), Coverage: domain.Coverage(o.People),
		Flags: domain.DealRedFlags(o, d.now(), set.StaleDays)}
}

// List returns the live deals of an account, or of all accounts with 0.
func (d *Deals) List(ctx context.Context, accountID int64) ([]DealView, error) {
	set, err := d.store.Settings(ctx)
	if err != nil {
		return nil, err
	}
	list, err := d.store.Deals(ctx, accountID)
	return d.views(list, set), err
}

func (d *Deals) views(list []domain.Opportunity, set domain.Settings) []DealView {
	out := make([]DealView, len(list))
	for i, o := range list {
		out[i] = d.view(o, set)
	}
	return out
}

// DealPage is one page of a list of deals and how many the list holds.
type DealPage struct {
	Rows  []DealView `json:"rows"`
	Total int        `json:"total"`
}

// TrashPage returns one page of the deals in the trash, most recently
// trashed first.
func (d *Deals) TrashPage(ctx context.Context, offset, limit int) (DealPage, error) {
	set, err := d.store.Settings(ctx)
	if err != nil {
		return DealPage{}, err
	}
	list, total, err := d.store.TrashedDealPage(ctx, offset, limit)
	if err != nil {
		return DealPage{}, err
	}
	return DealPage{Rows: d.views(list, set), Total: total}, nil
}

// Get returns one deal.
func (d *Deals) Get(ctx context.Context, id int64) (DealView, error) {
	set, err := d.store.Settings(ctx)
	if err != nil {
		return DealView{}, err
	}
	o, err := d.store.Deal(ctx, id)
	if err != nil {
		return DealView{}, err
	}
	return d.view(o, set), nil
}

func (d *Deals) check(ctx context.Context, o *domain.Opportunity) error {
	domain.TrimOpportunity(o)
	set, err := d.store.Settings(ctx)
	if err != nil {
		return err
	}
	if o.Status == domain.DealOpen || o.Status == domain.DealWon {
		o.LossReason = "" // only a lost or abandoned deal has a reason
	}
	if o.Status == domain.DealOpen {
		o.ClosedOn = "" // only a closed deal has a close day
	}
	return domain.CheckDates(o.Validate(set.Stages), today(d.now),
		domain.DateField{Field: "closeDate", Value: o.CloseDate, Span: domain.SpanExpected},
		domain.DateField{Field: "closedOn", Value: domain.CleanLine(o.ClosedOn), Span: domain.SpanHappened})
}

// Create validates and adds a deal; its first stage starts today.
func (d *Deals) Create(ctx context.Context, o domain.Opportunity) (DealView, error) {
	o.ID = 0
	if err := d.check(ctx, &o); err != nil {
		return DealView{}, err
	}
	id, err := d.store.CreateDeal(ctx, o, today(d.now))
	if err != nil {
		return DealView{}, err
	}
	return d.Get(ctx, id)
}

// Update validates and saves a deal, recording any change of stage today.
func (d *Deals) Update(ctx context.Context, o domain.Opportunity) (DealView, error) {
	if err := d.check(ctx, &o); err != nil {
		return DealView{}, err
	}
	if err := d.store.UpdateDeal(ctx, o, today(d.now)); err != nil {
		return DealView{}, err
	}
	return d.Get(ctx, o.ID)
}

// Move puts an open deal in another stage (the board's drag and drop).
func (d *Deals) Move(ctx context.Context, id int64, stage string) (DealView, error) {
	o, err := d.store.Deal(ctx, id)
	if err != nil {
		return DealView{}, err
	}
	if o.Status != domain.DealOpen && o.Stage != stage {
		// A closed deal's stage is where it was won or lost; moving it
		// would rewrite the funnel's history without a stay to show for it.
		return DealView{}, domain.Conflict("stage", "error.dealClosed", nil)
	}
	o.Stage = stage
	return d.Update(ctx, o)
}

// Close marks a deal won, lost or abandoned (with a reason), or reopens it.
func (d *Deals) Close(ctx context.Context, id int64, status, reason string) (DealView, error) {
	o, err := d.store.Deal(ctx, id)
	if err != nil {
		return DealView{}, err
	}
	o.Status, o.LossReason = status, reason
	return d.Update(ctx, o)
}

// Delete moves a deal to the trash.
func (d *Deals) Delete(ctx context.Context, id int64) error { return d.store.TrashDeal(ctx, id) }

// Restore brings a deal back from the trash.
func (d *Deals) Restore(ctx context.Context, id int64) error { return d.store.RestoreDeal(ctx, id) }

// Funnel computes the sales funnel for the filter: the manager and tiers
// pick the accounts, the period the dates.
func (d *Deals) Funnel(ctx context.Context, filter domain.FunnelFilter) (domain.Funnel, error) {
	// Read the write count before computing: a write meanwhile makes the
	// next call compute again.
	writes := d.store.Writes()
	key, _ := json.Marshal(struct {
		F   domain.FunnelFilter
		Day string
	}{filter, today(d.now)})
	d.cache.mu.Lock()
	if d.cache.key == string(key) && d.cache.writes == writes {
		f := d.cache.funnel
		d.cache.mu.Unlock()
		return f, nil
	}
	d.cache.mu.Unlock()
	f, err := d.funnel(ctx, filter)
	if err == nil {
		d.cache.mu.Lock()
		d.cache.key, d.cache.writes, d.cache.funnel = string(key), writes, f
		d.cache.mu.Unlock()
	}
	return f, err
}

func (d *Deals) funnel(ctx context.Context, filter domain.FunnelFilter) (domain.Funnel, error) {
	set, err := d.store.Settings(ctx)
	if err != nil {
		return domain.Funnel{}, err
	}
	// The manager and tiers pick the accounts in SQL: the tier is the
	// quadrant domain.Score gives, as an expression over the settings.
	scope := store.FunnelScope{From: filter.From, To: filter.To,
		Filter: store.AccountFilter{Manager: filter.Manager, Tiers: filter.Tiers}}
	since := d.now().AddDate(0, 0, -set.StalledDays).Format(time.DateOnly)
	return d.store.Funnel(ctx, set.Stages, scope, since)
}

// DealVisitsPage is a page of a deal's visits, newest first, with how
// many it has in all.
type DealVisitsPage struct {
	Total  int                  `json:"total"`
	Visits []domain.Interaction `json:"visits"`
}

// MaxDealVisitsPage caps a page of a deal's visits.
const MaxDealVisitsPage = 50

// Choices is what the visit form offers to tie a visit to: the account's
// open deals, and include (the deal the visit is already tied to) even if
// it has closed.
func (d *Deals) Choices(ctx context.Context, accountID, include int64) ([]store.DealChoice, error) {
	return d.store.DealChoices(ctx, accountID, include)
}

// Visits is a page of the interactions tied to a deal, newest first.
func (d *Deals) Visits(ctx context.Context, dealID int64, offset, limit int) (DealVisitsPage, error) {
	if limit <= 0 || limit > MaxDealVisitsPage {
		limit = MaxDealVisitsPage
	}
	offset = max(offset, 0)
	list, total, err := d.store.DealVisits(ctx, dealID, offset, limit)
	return DealVisitsPage{Total: total, Visits: list}, err
}
