package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"kams/backend/domain"
)

// FunnelScope narrows the funnel: Accounts (nil for all) and a period of
// dates that an open deal's expected close, or a closed deal's close,
// falls in ("" bounds are open).
type FunnelScope struct {
	Accounts []int64
	From, To string
}

// Funnel computes the sales funnel in two passes over one covering index,
// already in the GROUP BY's order: one grouped by status, stage and month,
// which also sums each deal's digests (the stages it reached, the days of
// its finished stays) into conversions and days in stage; one for the
// stalled deals. Stalled lists (up to StalledLimit, longest untouched
// first) the open deals with no interaction since stalledSince
// (YYYY-MM-DD); a deal never tied to one counts from its creation.
func (s *Store) Funnel(ctx context.Context, stages []domain.Stage, scope FunnelScope, stalledSince string) (domain.Funnel, error) {
	f := domain.Funnel{Stages: make([]domain.StageFigure, len(stages)), WinRate: -1, Stalled: []int64{},
		Months: []domain.PeriodFigure{}, Quarters: []domain.PeriodFigure{}}
	index := map[string]int{}
	for i, st := range stages {
		index[st.ID] = i
		f.Stages[i] = domain.StageFigure{Stage: st.ID, Conversion: -1, AvgDays: -1}
	}
	where, args := funnelWhere(scope)

	// Grouped also by the override, every deal of a group has the same
	// probability: the weighting is done once per group, in Go.
	rows, err := s.r.QueryContext(ctx, `SELECT status, stage, `+funnelMonth+`, override, probability, count(*), sum(amount)
		FROM opportunities o INDEXED BY opportunities_funnel WHERE `+where+` GROUP BY 1, 2, 3, 4, 5`, args...)
	if err != nil {
		return f, fmt.Errorf("store: funnel: %w", err)
	}
	months := map[string]*domain.PeriodFigure{}
	for rows.Next() {
		var status, stage, m string
		var override bool
		var n, prob int
		var amount int64
		if err := rows.Scan(&status, &stage, &m, &override, &prob, &n, &amount); err != nil {
			rows.Close()
			return f, fmt.Errorf("store: funnel: %w", err)
		}
		deal := domain.Opportunity{Status: status, Stage: stage, Override: override, Probability: prob}
		weighted := domain.Weighted(amount, domain.EffectiveProbability(deal, stages))
		addDeals(&f, status, index, stage, n, amount, weighted)
		if m == "" || (status != domain.DealOpen && status != domain.DealWon) {
			continue
		}
		if months[m] == nil {
			months[m] = &domain.PeriodFigure{Period: m}
		}
		if status == domain.DealOpen {
			months[m].Count += n
			months[m].Amount += amount
			months[m].Weighted += weighted
		} else {
			months[m].Won += amount
		}
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return f, fmt.Errorf("store: funnel: %w", err)
	}
	if f.Won+f.Lost > 0 {
		f.WinRate = float64(f.Won) / float64(f.Won+f.Lost)
	}
	f.Months, f.Quarters = periods(months)
	if err := s.stageDigests(ctx, &f, where, args); err != nil {
		return f, err
	}
	return f, s.stalled(ctx, &f, where, args, stalledSince)
}

// stageDigests sums the deals' digests, grouped by the set of stages they
// reached (a few dozen groups): conversions and days in stage follow.
func (s *Store) stageDigests(ctx context.Context, f *domain.Funnel, where string, args []any) error {
	var sums []string
	for i := range f.Stages {
		sums = append(sums, fmt.Sprintf("sum(days_%d), sum(stays_%d)", i, i))
	}
	rows, err := s.r.QueryContext(ctx, `SELECT reached, status, count(*), `+strings.Join(sums, ", ")+`
		FROM opportunities o INDEXED BY opportunities_reached WHERE `+where+` GROUP BY 1, 2`, args...)
	if err != nil {
		return fmt.Errorf("store: funnel stages: %w", err)
	}
	defer rows.Close()
	k := len(f.Stages)
	reached, passed, days, stays := make([]int, k), make([]int, k), make([]int, k), make([]int, k)
	for rows.Next() {
		var mask int64
		var status string
		var n int
		ds := make([]int, 2*k)
		dest := []any{&mask, &status, &n}
		for i := range ds {
			dest = append(dest, &ds[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("store: funnel stages: %w", err)
		}
		for i := range k {
			days[i] += ds[2*i]
			stays[i] += ds[2*i+1]
			if mask&(1<<i) == 0 {
				continue
			}
			reached[i] += n
			if (i+1 < k && mask&(1<<(i+1)) != 0) || (i+1 == k && status == domain.DealWon) {
				passed[i] += n
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: funnel stages: %w", err)
	}
	for i := range k {
		if reached[i] > 0 {
			f.Stages[i].Conversion = float64(passed[i]) / float64(reached[i])
		}
		if stays[i] > 0 {
			f.Stages[i].AvgDays = float64(days[i]) / float64(stays[i])
		}
	}
	return nil
}

// stalled counts the open deals untouched since the day and lists the
// longest untouched, through the (status, touched) index.
func (s *Store) stalled(ctx context.Context, f *domain.Funnel, where string, args []any, since string) error {
	const q = ` FROM opportunities o INDEXED BY opportunities_touched WHERE status = 'open' AND touched < ? AND `
	a := append([]any{since}, args...)
	if err := s.r.QueryRowContext(ctx, `SELECT count(*)`+q+where, a...).Scan(&f.StalledCount); err != nil {
		return fmt.Errorf("store: funnel stalled: %w", err)
	}
	ids, err := queryIDs(ctx, s.r, `SELECT id`+q+where+` ORDER BY touched, id LIMIT ?`, append(a, StalledLimit)...)
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
