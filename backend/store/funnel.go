package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"kams/backend/domain"
)

// FunnelScope narrows the funnel: Accounts (nil for all), the accounts
// Filter picks (by manager and tier, in SQL), and a period of dates that an
// open deal's expected close, or a closed deal's close, falls in ("" bounds
// are open).
type FunnelScope struct {
	Accounts []int64
	Filter   AccountFilter
	From, To string
}

// Funnel computes the sales funnel from two groupings of the deals: by
// status, stage, month and probability (counts, amounts, the forecast),
// and by the set of stages they reached (conversions, days in stage), then
// lists the stalled deals through the (status, touched) index. Unscoped,
// both groupings come from the summary tables the triggers of migration 8
// keep (a few hundred rows), less the deals of trashed accounts; scoped,
// they are grouped from the deals' covering indexes. Stalled lists (up to
// StalledLimit, longest untouched first) the open deals with no
// interaction since stalledSince (YYYY-MM-DD); a deal never tied to one
// counts from the day it was created. All of it is read in one read
// transaction, so the figures agree with each other.
func (s *Store) Funnel(ctx context.Context, stages []domain.Stage, scope FunnelScope, stalledSince string) (domain.Funnel, error) {
	return s.funnel(ctx, stages, scope, stalledSince, scope.Accounts == nil && scope.Filter.Empty() && scope.From == "" && scope.To == "")
}

func (s *Store) funnel(ctx context.Context, stages []domain.Stage, scope FunnelScope, stalledSince string, summary bool) (domain.Funnel, error) {
	f := domain.Funnel{Stages: make([]domain.StageFigure, len(stages)), WinRate: -1, Stalled: []int64{},
		Months: []domain.PeriodFigure{}, Quarters: []domain.PeriodFigure{}}
	index := map[string]int{}
	for i, st := range stages {
		index[st.ID] = i
		f.Stages[i] = domain.StageFigure{Stage: st.ID, Conversion: -1, AvgDays: -1}
	}
	// One read transaction holds the summary tables, the deals and the
	// trashed accounts still across the groupings and the stalled list: a
	// write in between (a purge, a trashing) is seen whole or not at all.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return f, fmt.Errorf("store: funnel: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read only
	if !scope.Filter.Empty() {
		// Pick the accounts once: the four queries below would each
		// score every account again.
		q, a := scope.Filter.ids()
		ids, err := queryIDs(ctx, tx, q, a...)
		if err != nil {
			return f, fmt.Errorf("store: funnel accounts: %w", err)
		}
		scope.Filter, scope.Accounts = AccountFilter{}, intersect(scope.Accounts, ids)
	}
	where, args := funnelWhere(scope)
	var groups map[dealGroup]groupSum
	var reached map[reachedKey][]int
	if summary {
		groups, reached, err = summaryGroups(ctx, tx, len(stages))
	} else {
		if groups, err = dealGroups(ctx, tx, "opportunities o INDEXED BY opportunities_funnel", where, args); err == nil {
			reached, err = reachedGroups(ctx, tx, "opportunities o INDEXED BY opportunities_reached", where, args, len(stages))
		}
	}
	if err != nil {
		return f, err
	}

	months := map[string]*domain.PeriodFigure{}
	for g, sum := range groups {
		// Every deal of a group has the same probability: the weighting is
		// done once per group.
		deal := domain.Opportunity{Status: g.status, Stage: g.stage, Override: g.override, Probability: g.probability}
		weighted := domain.Weighted(sum.amount, domain.EffectiveProbability(deal, stages))
		addDeals(&f, g.status, index, g.stage, sum.deals, sum.amount, weighted)
		if g.month == "" || (g.status != domain.DealOpen && g.status != domain.DealWon) {
			continue
		}
		m := months[g.month]
		if m == nil {
			m = &domain.PeriodFigure{Period: g.month}
			months[g.month] = m
		}
		if g.status == domain.DealOpen {
			m.Count += sum.deals
			m.Amount += sum.amount
			m.Weighted += weighted
		} else {
			m.Won += sum.amount
		}
	}
	if f.Won+f.Lost > 0 {
		f.WinRate = float64(f.Won) / float64(f.Won+f.Lost)
	}
	f.Months, f.Quarters = periods(months)
	stageDigests(&f, reached)
	return f, stalled(ctx, tx, &f, where, args, stalledSince)
}

// stageDigests sums the deals' digests, grouped by the set of stages they
// reached and their status: conversions and days in stage follow. A
// group's sums are its deals' count, then days_i and stays_i per stage.
func stageDigests(f *domain.Funnel, groups map[reachedKey][]int) {
	k := len(f.Stages)
	reached, passed, days, stays := make([]int, k), make([]int, k), make([]int, k), make([]int, k)
	for g, sums := range groups {
		n := sums[0]
		for i := range k {
			days[i] += sums[1+2*i]
			stays[i] += sums[2+2*i]
			if g.mask&(1<<i) == 0 {
				continue
			}
			reached[i] += n
			if (i+1 < k && g.mask&(1<<(i+1)) != 0) || (i+1 == k && g.status == domain.DealWon) {
				passed[i] += n
			}
		}
	}
	for i := range k {
		if reached[i] > 0 {
			f.Stages[i].Conversion = float64(passed[i]) / float64(reached[i])
		}
		if stays[i] > 0 {
			f.Stages[i].AvgDays = float64(days[i]) / float64(stays[i])
		}
	}
}

// stalled counts the open deals untouched since the day and lists the
// longest untouched, through the (status, touched) index.
func stalled(ctx context.Context, db readQuerier, f *domain.Funnel, where string, args []any, since string) error {
	const q = ` FROM opportunities o INDEXED BY opportunities_touched WHERE status = 'open' AND touched < ? AND `
	a := append([]any{since}, args...)
	if err := db.QueryRowContext(ctx, `SELECT count(*)`+q+where, a...).Scan(&f.StalledCount); err != nil {
		return fmt.Errorf("store: funnel stalled: %w", err)
	}
	ids, err := queryIDs(ctx, db, `SELECT id`+q+where+` ORDER BY touched, id LIMIT ?`, append(a, StalledLimit)...)
	if err != nil {
		return fmt.Errorf("store: funnel stalled: %w", err)
	}
	f.Stalled = append(f.Stalled, ids...)
	return nil
}

// StalledLimit is how many stalled deals the funnel lists (it counts all).
const StalledLimit = 200

// funnelMonth is the month a deal counts in: its expected close while
// open, its close once closed. The same expression heads the index.
const funnelMonth = "substr(CASE status WHEN 'open' THEN close_date ELSE closed_on END, 1, 7)"

// addDeals counts one group of deals of a status (and, open, a stage).
func addDeals(f *domain.Funnel, status string, index map[string]int, stage string, n int, amount, weighted int64) {
	switch status {
	case domain.DealOpen:
		if i, ok := index[stage]; ok {
			f.Stages[i].Count += n
			f.Stages[i].Amount += amount
			f.Stages[i].Weighted += weighted
		}
		f.Open += n
		f.OpenAmount += amount
		f.Weighted += weighted
	case domain.DealWon:
		f.Won += n
		f.WonAmount += amount
	default:
		f.Lost += n
	}
}

// funnelWhere selects the live deals of live accounts in the scope. The
// few trashed accounts are one small list, cheaper to probe than joining
// every deal to its account.
func funnelWhere(scope FunnelScope) (string, []any) {
	where := []string{"deleted_at IS NULL", "account_id NOT IN (SELECT id FROM accounts WHERE deleted_at IS NOT NULL)"}
	var args []any
	if scope.Accounts != nil {
		ids, _ := json.Marshal(scope.Accounts)
		where = append(where, "account_id IN (SELECT value FROM json_each(?))")
		args = append(args, string(ids))
	}
	if !scope.Filter.Empty() {
		ids, a := scope.Filter.ids()
		where = append(where, "account_id IN ("+ids+")")
		args = append(args, a...)
	}
	const when = "(CASE status WHEN 'open' THEN close_date ELSE closed_on END)"
	if scope.From != "" {
		where = append(where, when+" >= ?")
		args = append(args, scope.From)
	}
	if scope.To != "" {
		where = append(where, when+" <= ?")
		args = append(args, scope.To)
	}
	return strings.Join(where, " AND "), args
}

// intersect is the ids of b also in a; a nil a is every id.
func intersect(a, b []int64) []int64 {
	out := []int64{}
	if a == nil {
		return append(out, b...)
	}
	in := map[int64]bool{}
	for _, id := range a {
		in[id] = true
	}
	for _, id := range b {
		if in[id] {
			out = append(out, id)
		}
	}
	return out
}

// sqlString quotes a stage id for SQL; ids are the fixed ones of
// domain.DefaultStages, quoting is belt and braces.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// periods sorts the months and sums them into quarters.
func periods(months map[string]*domain.PeriodFigure) ([]domain.PeriodFigure, []domain.PeriodFigure) {
	ms := make([]domain.PeriodFigure, 0, len(months))
	qs := map[string]*domain.PeriodFigure{}
	for _, m := range months {
		ms = append(ms, *m)
		var y, mo int
		if _, err := fmt.Sscanf(m.Period, "%d-%d", &y, &mo); err != nil {
			continue
		}
		key := fmt.Sprintf("%d-Q%d", y, (mo+2)/3)
		if qs[key] == nil {
			qs[key] = &domain.PeriodFigure{Period: key}
		}
		q := qs[key]
		q.Count += m.Count
		q.Amount += m.Amount
		q.Weighted += m.Weighted
		q.Won += m.Won
	}
	out := make([]domain.PeriodFigure, 0, len(qs))
	for _, q := range qs {
		out = append(out, *q)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Period < ms[j].Period })
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return ms, out
}
