package service

import (
	"context"
	"sort"
	"time"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Week is the account manager's own week (自我效能管理): planned and done
// activities, attention per account against its tier, the self-check
// list and personal development goals.
type Week struct {
	store *store.Store
	now   clock.Clock
}

// NewWeek builds the service over a store; now is the clock.
func NewWeek(s *store.Store, now clock.Clock) *Week { return &Week{store: s, now: now} }

// WeekView is one ISO week of the user.
type WeekView struct {
	Week    domain.ISOWeek `json:"week"`
	Current string         `json:"current"` // this week's key
	Prev    string         `json:"prev"`
	Next    string         `json:"next"`
	MyName  string         `json:"myName"`
	// Items are the planned activities; Done the interactions logged in
	// the week (the user's own when their name is set), done activities
	// too: the first MaxWeekDone of DoneTotal.
	Items     []domain.WeekItem    `json:"items"`
	Done      []domain.Interaction `json:"done"`
	DoneTotal int                  `json:"doneTotal"`
	// Attention is the interactions of the week per account, with the
	// account's tier: the accounts the user leads and any account met
	// (only those met while the user has not said who they are).
	Attention        []domain.Attention       `json:"attention"`
	AttentionWarning bool                     `json:"attentionWarning"`
	SelfCheck        []domain.SelfCheckItem   `json:"selfCheck"`
	Checked          []string                 `json:"checked"`
	Goals            []domain.DevelopmentGoal `json:"goals"`
	// Overdue is the first account-plan actions past due today and not
	// done (the user's own when their name is set), oldest first;
	// OverdueTotal counts them.
	Overdue      []store.OverdueAction `json:"overdue"`
	OverdueTotal int                   `json:"overdueTotal"`
}

// Get gathers a week ("" for this one).
func (w *Week) Get(ctx context.Context, key string) (WeekView, error) {
	now := w.now()
	if key == "" {
		key = domain.WeekKey(now)
	}
	wk, err := domain.ParseWeek(key)
	if err != nil {
		return WeekView{}, err
	}
	monday, _ := time.Parse(time.DateOnly, wk.From)
	v := WeekView{Week: wk, Current: domain.WeekKey(now), Prev: domain.WeekKey(monday.AddDate(0, 0, -7)),
		Next: domain.WeekKey(monday.AddDate(0, 0, 7)), SelfCheck: domain.SelfCheck}
	set, err := w.store.Settings(ctx)
	if err != nil {
		return v, err
	}
	var myID int64
	if v.MyName, myID, err = me(ctx, w.store, set); err != nil {
		return v, err
	}
	if v.Items, err = w.store.WeekItems(ctx, key); err != nil {
		return v, err
	}
	if v.Done, err = w.store.WeekInteractions(ctx, wk.From, wk.To, myID, MaxWeekDone); err != nil {
		return v, err
	}
	counts, err := w.store.WeekCounts(ctx, wk.From, wk.To, myID)
	if err != nil {
		return v, err
	}
	for _, n := range counts {
		v.DoneTotal += n
	}
	if v.Checked, err = w.store.WeekChecks(ctx, key); err != nil {
		return v, err
	}
	if v.Goals, err = w.store.DevelopmentGoals(ctx); err != nil {
		return v, err
	}
	if v.Overdue, v.OverdueTotal, err = w.store.OverdueActions(ctx, today(w.now), myID, MaxWeekOverdue); err != nil {
		return v, err
	}
	v.Attention, err = w.attention(ctx, myID, counts)
	v.AttentionWarning = domain.WeighAttention(v.Attention)
	return v, err
}

// tierOrder puts strategic accounts first, as they deserve the most time.
var tierOrder = map[domain.Quadrant]int{domain.QuadrantStrategic: 0, domain.QuadrantDevelop: 1,
	domain.QuadrantMaintain: 2, domain.QuadrantOpportunistic: 3, domain.QuadrantUnclassified: 4}

// MaxWeekDone bounds the interactions a week view lists (a whole team's
// week in a big book is thousands; one person's, a few dozen); DoneTotal
// counts them all. The card shows each one, so 200 were 115 KB to send and
// a long task to mount.
const MaxWeekDone = 60

// MaxWeekOverdue is how many overdue plan actions the week lists.
const MaxWeekOverdue = 10

// attention scores only the accounts involved: those met in the week
// (count, by account) and those the user (member myID) leads.
func (w *Week) attention(ctx context.Context, myID int64, count map[int64]int) ([]domain.Attention, error) {
	ids := make([]int64, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	accounts, err := w.store.ScoredAccounts(ctx, store.ScoreScope{ManagerID: myID, IDs: ids})
	if err != nil {
		return nil, err
	}
	out := make([]domain.Attention, 0, len(accounts))
	for i := range accounts {
		a := &accounts[i]
		out = append(out, domain.Attention{AccountID: a.ID, AccountName: a.Name, Tier: a.Tier, Interactions: count[a.ID]})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if tierOrder[out[i].Tier] != tierOrder[out[j].Tier] {
			return tierOrder[out[i].Tier] < tierOrder[out[j].Tier]
		}
		return out[i].Interactions > out[j].Interactions
	})
	return out, nil
}

// SaveItem validates and adds (ID 0) or updates a planned activity.
func (w *Week) SaveItem(ctx context.Context, item domain.WeekItem) (domain.WeekItem, error) {
	domain.TrimWeekItem(&item)
	if err := item.Validate(); err != nil {
		return domain.WeekItem{}, err
	}
	id, err := w.store.SaveWeekItem(ctx, item)
	if err != nil {
		return domain.WeekItem{}, err
	}
	items, err := w.store.WeekItems(ctx, item.Week)
	if err != nil {
		return domain.WeekItem{}, err
	}
	for _, x := range items {
		if x.ID == id {
			return x, nil
		}
	}
	return domain.WeekItem{}, domain.NotFound("week item", id)
}

// DeleteItem moves a planned activity to the trash.
func (w *Week) DeleteItem(ctx context.Context, id int64) error {
	return w.store.DeleteWeekItem(ctx, id)
}

// Check ticks (or unticks) a self-check item for a week.
func (w *Week) Check(ctx context.Context, week, item string, on bool) error {
	var v domain.Validation
	if _, err := domain.ParseWeek(week); err != nil {
		v.Add("week", "error.week", map[string]any{"week": week})
	}
	if !domain.IsSelfCheck(item) {
		v.Add("item", "error.choice", nil)
	}
	if err := v.Err(); err != nil {
		return err
	}
	return w.store.SetWeekCheck(ctx, week, item, on)
}

// SaveGoal validates and adds (ID 0) or updates a development goal.
func (w *Week) SaveGoal(ctx context.Context, g domain.DevelopmentGoal) (domain.DevelopmentGoal, error) {
	err := domain.CheckDates(g.Validate(), today(w.now), domain.DateField{Field: "due", Value: g.Due, Span: domain.SpanExpected})
	if err != nil {
		return domain.DevelopmentGoal{}, err
	}
	id, err := w.store.SaveDevelopmentGoal(ctx, g)
	if err != nil {
		return domain.DevelopmentGoal{}, err
	}
	g.ID = id
	return g, nil
}

// DeleteGoal moves a development goal to the trash.
func (w *Week) DeleteGoal(ctx context.Context, id int64) error {
	return w.store.DeleteDevelopmentGoal(ctx, id)
}

// WeekTrashPage is one page of the week items and goals in the trash.
type WeekTrashPage struct {
	Rows  []domain.TrashedWeekEntry `json:"rows"`
	Total int                       `json:"total"`
}

// TrashPage returns one page of the week items and development goals in
// the trash, most recently trashed first.
func (w *Week) TrashPage(ctx context.Context, offset, limit int) (WeekTrashPage, error) {
	rows, total, err := w.store.TrashedWeekPage(ctx, offset, limit)
	return WeekTrashPage{Rows: rows, Total: total}, err
}

// RestoreItem brings a planned activity back from the trash.
func (w *Week) RestoreItem(ctx context.Context, id int64) error {
	return w.store.RestoreWeekItem(ctx, id)
}

// RestoreGoal brings a development goal back from the trash.
func (w *Week) RestoreGoal(ctx context.Context, id int64) error {
	return w.store.RestoreDevelopmentGoal(ctx, id)
}
