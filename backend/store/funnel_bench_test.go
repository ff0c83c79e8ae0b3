package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// The funnel benchmark's book: 20,000 deals over 1,000 accounts, about
// three stays each, and interactions on most of them.
const (
	funnelBenchAccounts = 1_000
	funnelBenchDeals    = 20_000
)

var funnelBenchToday = time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)

// buildFunnelBench writes the accounts through the store (so that they
// carry managers and ratings the tier filter scores), then the deals, stays
// and interactions straight into the file with multi-row INSERTs in one
// transaction.
func buildFunnelBench(ctx context.Context, st *store.Store) (visits, touches int, err error) {
	r := rand.New(rand.NewPCG(2026, 11))
	managers := []string{"王磊", "李娜", "陈志强", "刘洋", "赵敏"}
	accounts := make([]domain.Account, funnelBenchAccounts)
	for i := range accounts {
		a := domain.Account{Name: fmt.Sprintf("客户 %04d 有限公司", i), Status: domain.StatusActive, Stage: domain.StageBasic,
			Manager: managers[r.IntN(len(managers))]}
		c := &a.Classification
		for _, p := range []*int{&c.Volume, &c.Profitability, &c.StrategicFit, &c.Ease, &c.Growth, &c.Projects,
			&c.ShareRoom, &c.TechAbsorption, &c.Coverage, &c.Satisfaction} {
			*p = 1 + r.IntN(5)
		}
		accounts[i] = a
	}
	if err := st.CreateAccounts(ctx, accounts); err != nil {
		return 0, 0, err
	}

	db, err := sql.Open("sqlite", "file:"+st.Path()+"?_pragma=busy_timeout(5000)&_txlock=immediate")
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()

	stages := domain.DefaultStages()
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	stamp := funnelBenchToday.Format(time.RFC3339)
	var deals, stays, inters [][]any
	for id := 1; id <= funnelBenchDeals; id++ {
		status := domain.DealOpen
		switch x := r.IntN(100); {
		case x < 25:
			status = domain.DealWon
		case x < 35:
			status = domain.DealLost
		case x < 40:
			status = domain.DealAbandoned
		}
		// A walk through the stages, mostly forward, now and then back.
		n := 1 + r.IntN(5)
		at := funnelBenchToday.AddDate(0, 0, -30-r.IntN(500))
		stage := r.IntN(2)
		var path []int
		for range n {
			path = append(path, stage)
			if r.IntN(6) == 0 && stage > 0 {
				stage--
			} else {
				stage = min(stage+1+r.IntN(4)/3, len(stages)-1) // a quarter skip a stage
			}
			if len(path) > 0 && stage == path[len(path)-1] {
				break
			}
		}
		var entered []time.Time
		for range path {
			entered = append(entered, at)
			at = at.AddDate(0, 0, 3+r.IntN(40))
		}
		closedOn := ""
		if status != domain.DealOpen {
			closedOn = day(at)
		}
		for i, s := range path {
			left, days := "", 0
			switch {
			case i+1 < len(path):
				left, days = day(entered[i+1]), int(entered[i+1].Sub(entered[i]).Hours()/24)
			case closedOn != "":
				left, days = closedOn, int(at.Sub(entered[i]).Hours()/24)
			}
			stays = append(stays, []any{id, stages[s].ID, day(entered[i]), left, days})
		}
		override, prob := 0, 0
		if r.IntN(10) == 0 {
			override, prob = 1, 5*r.IntN(20)
		}
		closeDate := day(funnelBenchToday.AddDate(0, 0, r.IntN(540)-180))
		if closedOn != "" {
			closeDate = closedOn
		}
		deals = append(deals, []any{id, 1 + r.IntN(funnelBenchAccounts), fmt.Sprintf("商机 %05d", id),
			int64(30+r.IntN(2400)) * 1_000_000, closeDate, stages[path[len(path)-1]].ID, override, prob, status,
			map[bool]string{true: "价格", false: ""}[status == domain.DealLost || status == domain.DealAbandoned],
			closedOn, day(entered[0]) + "T00:00:00Z", stamp})
		for range r.IntN(3) {
			d := entered[0].AddDate(0, 0, r.IntN(int(funnelBenchToday.Sub(entered[0]).Hours()/24)+1))
			inters = append(inters, []any{deals[len(deals)-1][1], id, day(d), "call", "跟进", stamp, stamp})
		}
	}
	for _, batch := range []struct {
		table, columns string
		rows           [][]any
	}{
		{"opportunities", "id, account_id, name, amount, close_date, stage, override, probability, status, loss_reason, closed_on, created_at, updated_at", deals},
		{"stage_visits", "opportunity_id, stage, entered, left_on, days", stays},
		{"interactions", "account_id, opportunity_id, date, kind, summary, created_at, updated_at", inters},
	} {
		if err := insertRows(ctx, tx, batch.table, batch.columns, batch.rows); err != nil {
			return 0, 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, err
	}
	return len(stays), len(inters), st.RebuildDealDigests(ctx)
}

// insertRows writes rows 500 at a time.
func insertRows(ctx context.Context, tx *sql.Tx, table, columns string, rows [][]any) error {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", strings.Count(columns, ",")+1), ",") + ")"
	for len(rows) > 0 {
		n := min(500, len(rows))
		var args []any
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := "INSERT INTO " + table + " (" + columns + ") VALUES " + strings.TrimSuffix(strings.Repeat(one+",", n), ",")
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("insert %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

// BenchmarkFunnel measures service.Deals.Funnel over 20,000 deals, with no
// filter and with a tier filter (which scores every account to pick
// them), and reports the latency percentiles of one call.
func BenchmarkFunnel(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "funnel.db"), clocktest.New().Clock())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := clocktest.Stopwatch()
	visits, touches, err := buildFunnelBench(ctx, st)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d accounts, %d deals, %d stays, %d interactions in %v", funnelBenchAccounts, funnelBenchDeals,
		visits, touches, start().Round(time.Millisecond))
	deals := service.NewDeals(st, func() time.Time { return funnelBenchToday })

	// Cold runs write a flag before each call (timer stopped), so the
	// service's cache never answers: they measure the computation. The
	// cached run measures a repeated view with nothing written between.
	for _, c := range []struct {
		name   string
		filter domain.FunnelFilter
		cached bool
	}{
		{"all", domain.FunnelFilter{}, false},
		{"tier", domain.FunnelFilter{Tiers: []string{string(domain.QuadrantStrategic)}}, false},
		{"manager", domain.FunnelFilter{Manager: "李娜"}, false},
		{"all-cached", domain.FunnelFilter{}, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			durations := make([]time.Duration, 0, b.N)
			var f domain.Funnel
			b.ResetTimer()
			for i := range b.N {
				if !c.cached {
					b.StopTimer()
					if err := st.SetFlag(ctx, "benchmark", i%2 == 0); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				t0 := clocktest.Stopwatch()
				f, err = deals.Funnel(ctx, c.filter)
				durations = append(durations, t0())
				if err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if f.Open == 0 || f.Won == 0 || len(f.Stalled) == 0 || f.Stages[2].AvgDays <= 0 {
				b.Fatalf("implausible funnel: open %d, won %d, stalled %d, stages %+v", f.Open, f.Won, len(f.Stalled), f.Stages)
			}
			slices.Sort(durations)
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			p := func(q float64) time.Duration {
				return durations[max(0, min(int(q*float64(len(durations))+0.5)-1, len(durations)-1))]
			}
			b.ReportMetric(ms(p(0.50)), "p50-ms")
			b.ReportMetric(ms(p(0.95)), "p95-ms")
			b.ReportMetric(float64(f.Open+f.Won+f.Lost), "deals")
		})
	}
}
