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

// Funnel computes the sales funnel in SQL: a few grouped queries over the
// deals and their stage history, so 20,000 deals need no row-by-row work
// in Go. Stalled lists open deals with no interaction since stalledSince
// (YYYY-MM-DD); one not tied to any interaction counts from its creation.
func (s *Store) Funnel(ctx context.Context, stages []domain.Stage, scope FunnelScope, stalledSince string) (domain.Funnel, error) {
	f := domain.Funnel{Stages: make([]domain.StageFigure, len(stages)), WinRate: -1, Stalled: []int64{}, Months: []domain.PeriodFigure{}, Quarters: []domain.PeriodFigure{}}
	index := map[string]int{}
	for i, st := range stages {
		index[st.ID] = i
		f.Stages[i] = domain.StageFigure{Stage: st.ID, Conversion: -1, AvgDays: -1}
	}
	cte, args := dealsCTE(stages, scope)
	q := func(query string, extra ...any) (rowsFn func(dest ...any) (bool, error), closeFn func() error, err error) {
		rows, err := s.r.QueryContext(ctx, cte+query, append(append([]any{}, args...), extra...)...)
		if err != nil {
			return nil, nil, fmt.Errorf("store: funnel: %w", err)
		}
		return func(dest ...any) (bool, error) {
			if !rows.Next() {
				return false, rows.Err()
			}
			return true, rows.Scan(dest...)
		}, rows.Close, nil
	}

	// Everything by status, stage and month in one pass.
	next, done, err := q(`SELECT status, stage, substr(CASE status WHEN 'open' THEN close_date ELSE closed_on END, 1, 7),
		count(*), sum(amount), sum((amount * p + 50) / 100) FROM d GROUP BY 1, 2, 3`)
	if err != nil {
		return f, err
	}
	months := map[string]*domain.PeriodFigure{}
	month := func(m string) *domain.PeriodFigure {
		if months[m] == nil {
			months[m] = &domain.PeriodFigure{Period: m}
		}
		return months[m]
	}
	for {
		var status, stage, m string
		var n int
		var amount, weighted int64
		ok, err := next(&status, &stage, &m, &n, &amount, &weighted)
		if err != nil {
			done()
			return f, fmt.Errorf("store: funnel: %w", err)
		}
		if !ok {
			break
		}
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
			if m != "" {
				p := month(m)
				p.Count += n
				p.Amount += amount
				p.Weighted += weighted
			}
		case domain.DealWon:
			f.Won += n
			f.WonAmount += amount
			if m != "" {
				month(m).Won += amount
			}
		default:
			f.Lost += n
		}
	}
	done()
	if f.Won+f.Lost > 0 {
		f.WinRate = float64(f.Won) / float64(f.Won+f.Lost)
	}
	f.Months, f.Quarters = periods(months)

	// Conversion: of the deals that were ever in a stage, the share that
	// reached the next one (or, after the last stage, were won).
	var sel, flags []string
	for i, st := range stages {
		flags = append(flags, fmt.Sprintf("max(v.stage = %s) s%d", sqlString(st.ID), i))
		nextCol := "d.status = 'won'"
		if i+1 < len(stages) {
			nextCol = fmt.Sprintf("r.s%d", i+1)
		}
		sel = append(sel, fmt.Sprintf("COALESCE(sum(r.s%d), 0), COALESCE(sum(r.s%d AND %s), 0)", i, i, nextCol))
	}
	next, done, err = q(`, r AS (SELECT v.opportunity_id id, ` + strings.Join(flags, ", ") + ` FROM stage_visits v
		WHERE v.opportunity_id IN (SELECT id FROM d) GROUP BY v.opportunity_id)
		SELECT ` + strings.Join(sel, ", ") + ` FROM r JOIN d ON d.id = r.id`)
	if err != nil {
		return f, err
	}
	counts := make([]int, 2*len(stages))
	dest := make([]any, len(counts))
	for i := range counts {
		dest[i] = &counts[i]
	}
	if _, err := next(dest...); err != nil {
		done()
		return f, fmt.Errorf("store: funnel conversion: %w", err)
	}
	done()
	for i := range stages {
		if counts[2*i] > 0 {
			f.Stages[i].Conversion = float64(counts[2*i+1]) / float64(counts[2*i])
		}
	}

	// Average days of the finished stays in each stage.
	next, done, err = q(`SELECT v.stage, sum(v.days), count(*) FROM stage_visits v JOIN d ON d.id = v.opportunity_id
		WHERE v.left_on <> '' GROUP BY v.stage`)
	if err != nil {
		return f, err
	}
	for {
		var stage string
		var sum, n int
		ok, err := next(&stage, &sum, &n)
		if err != nil {
			done()
			return f, fmt.Errorf("store: funnel days: %w", err)
		}
		if !ok {
			break
		}
		if i, ok := index[stage]; ok && n > 0 {
			f.Stages[i].AvgDays = float64(sum) / float64(n)
		}
	}
	done()

	next, done, err = q(`SELECT d.id FROM d WHERE d.status = 'open' AND COALESCE(
		(SELECT max(i.date) FROM interactions i WHERE i.opportunity_id = d.id AND i.deleted_at IS NULL),
		substr(d.created_at, 1, 10)) < ? ORDER BY d.id`, stalledSince)
	if err != nil {
		return f, err
	}
	for {
		var id int64
		ok, err := next(&id)
		if err != nil {
			done()
			return f, fmt.Errorf("store: funnel stalled: %w", err)
		}
		if !ok {
			break
		}
		f.Stalled = append(f.Stalled, id)
	}
	done()
	return f, nil
}

// dealsCTE is the scoped deals with their effective probability p.
func dealsCTE(stages []domain.Stage, scope FunnelScope) (string, []any) {
	var prob strings.Builder
	prob.WriteString("CASE WHEN o.status = 'won' THEN 100 WHEN o.status <> 'open' THEN 0 WHEN o.override THEN o.probability ELSE CASE o.stage")
	for _, st := range stages {
		fmt.Fprintf(&prob, " WHEN %s THEN %d", sqlString(st.ID), st.Probability)
	}
	prob.WriteString(" ELSE 0 END END")
	where := []string{"o.deleted_at IS NULL", "a.deleted_at IS NULL"}
	var args []any
	if scope.Accounts != nil {
		ids, _ := json.Marshal(scope.Accounts)
		where = append(where, "o.account_id IN (SELECT value FROM json_each(?))")
		args = append(args, string(ids))
	}
	const when = "(CASE o.status WHEN 'open' THEN o.close_date ELSE o.closed_on END)"
	if scope.From != "" {
		where = append(where, when+" >= ?")
		args = append(args, scope.From)
	}
	if scope.To != "" {
		where = append(where, when+" <= ?")
		args = append(args, scope.To)
	}
	return `WITH d AS (SELECT o.id, o.stage, o.status, o.amount, o.close_date, o.closed_on, o.created_at, ` + prob.String() + ` AS p
		FROM opportunities o JOIN accounts a ON a.id = o.account_id WHERE ` + strings.Join(where, " AND ") + `) `, args
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
	sortPeriods(ms)
	sortPeriods(out)
	return ms, out
}

func sortPeriods(p []domain.PeriodFigure) {
	sort.Slice(p, func(i, j int) bool { return p[i].Period < p[j].Period })
}
