package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// BenchmarkWrites measures the app's everyday writes, each with every index
// and summary it keeps, on a big book written by the scaled sample
// (KAMS_BENCH_ACCOUNTS accounts, 500 unless set): logging a visit with two
// people present, and moving a deal to its next stage and back.
func BenchmarkWrites(b *testing.B) {
	ctx := context.Background()
	n := 500
	if v, err := strconv.Atoi(os.Getenv("KAMS_BENCH_ACCOUNTS")); err == nil && v > 0 {
		n = v
	}
	clk := clocktest.New().Clock()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "big.db"), clk)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	built := clocktest.Stopwatch()
	if err := service.NewSample(st, clk).LoadScaled(ctx, n, nil); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d accounts in %v", n, built().Round(time.Millisecond))
	accounts, err := st.Accounts(ctx, false)
	if err != nil {
		b.Fatal(err)
	}
	type target struct {
		account int64
		people  []int64
		deal    domain.Opportunity
	}
	var targets []target
	for _, a := range accounts[:min(len(accounts), 50)] {
		people, err := st.Contacts(ctx, a.ID)
		if err != nil {
			b.Fatal(err)
		}
		deals, err := st.Deals(ctx, a.ID)
		if err != nil {
			b.Fatal(err)
		}
		i := slices.IndexFunc(deals, func(d domain.Opportunity) bool { return d.Status == domain.DealOpen && d.Stage != "commit" })
		if len(people) < 2 || i < 0 {
			continue
		}
		targets = append(targets, target{a.ID, []int64{people[0].ID, people[1].ID}, deals[i]})
	}
	if len(targets) == 0 {
		b.Fatal("no account with two people and an open deal")
	}
	day := clk.Today()
	stages := domain.DefaultStages()
	report := func(b *testing.B, durations []time.Duration) {
		slices.Sort(durations)
		ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
		p := func(q float64) time.Duration {
			return durations[max(0, min(int(q*float64(len(durations))+0.5)-1, len(durations)-1))]
		}
		b.ReportMetric(ms(p(0.50)), "p50-ms")
		b.ReportMetric(ms(p(0.95)), "p95-ms")
	}
	b.Run("log-visit", func(b *testing.B) {
		durations := make([]time.Duration, 0, b.N)
		for i := range b.N {
			t := targets[i%len(targets)]
			in := domain.Interaction{AccountID: t.account, Date: day, Kind: "visit", ContactIDs: t.people,
				Summary: "拜访设备部，了解总装线改造进度与预算", Outcome: "对方认可方案", NextStep: "发送正式报价",
				NextDue: clk().AddDate(0, 0, 7).Format(time.DateOnly)}
			t0 := clocktest.Stopwatch()
			_, err := st.CreateInteraction(ctx, in)
			durations = append(durations, t0())
			if err != nil {
				b.Fatal(err)
			}
		}
		report(b, durations)
	})
	b.Run("move-deal", func(b *testing.B) {
		durations := make([]time.Duration, 0, b.N)
		for i := range b.N {
			t := &targets[i%len(targets)]
			o := t.deal
			at := domain.StageIndexOf(stages, o.Stage)
			if i/len(targets)%2 == 0 {
				o.Stage = stages[at+1].ID
			} else {
				o.Stage = stages[at-1].ID
			}
			t0 := clocktest.Stopwatch()
			err := st.UpdateDeal(ctx, o, day)
			durations = append(durations, t0())
			if err != nil {
				b.Fatal(err)
			}
			t.deal = o
		}
		report(b, durations)
	})
}
