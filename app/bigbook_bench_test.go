package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
)

// The big book of issue 11: 5,000 accounts (written through the store, so
// they carry leads and ratings), 500,000 interactions over five years and
// 20,000 deals (written straight into the file: reads do not care how
// they came), targets for the team and 300 accounts.
const (
	bigAccounts     = 5_000
	bigInteractions = 500_000
	bigDeals        = 20_000
)

var (
	bigOnce sync.Once
	bigBook *book.Book
	bigErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kams-bigbook-")
	if err != nil {
		panic(err)
	}
	bigDir = dir
	code := m.Run()
	if bigBook != nil {
		bigBook.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

var bigDir string

// big opens the big book, building it on first use.
func big(b *testing.B) *book.Book {
	bigOnce.Do(func() {
		start := clocktest.Stopwatch()
		path := filepath.Join(bigDir, "big.db")
		// KAMS_BIGBOOK names a file to keep the book in between runs: it is
		// built once, then opened.
		if keep := os.Getenv("KAMS_BIGBOOK"); keep != "" {
			path = keep
			if _, err := os.Stat(keep); err == nil {
				bigBook, bigErr = book.Open(context.Background(), keep, clocktest.New().Clock())
				return
			}
		}
		bigBook, bigErr = buildBig(context.Background(), path)
		b.Logf("built the big book in %v", start().Round(time.Millisecond))
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigBook
}

func buildBig(ctx context.Context, path string) (*book.Book, error) {
	clk := clocktest.New()
	bk, err := book.Open(ctx, path, clk.Clock())
	if err != nil {
		return nil, err
	}
	st := bk.Store
	r := rand.New(rand.NewPCG(2026, 5000))
	managers := make([]string, 20)
	for i := range managers {
		managers[i] = fmt.Sprintf("经理%02d", i)
	}
	stages := []domain.RelationshipStage{domain.StageExploratory, domain.StageBasic, domain.StageCooperative,
		domain.StageInterdependent, domain.StageIntegrated}
	accounts := make([]domain.Account, bigAccounts)
	for i := range accounts {
		a := domain.Account{Name: fmt.Sprintf("华东%04d精密制造有限公司", i), ShortName: fmt.Sprintf("华东%04d", i),
			Status: domain.StatusActive, Stage: stages[r.IntN(len(stages))], Manager: managers[r.IntN(len(managers))],
			OurSales: int64(r.IntN(100)), CategorySpend: 100}
		id, c := &a.Identification, &a.Classification
		for _, p := range []*int{&id.LargeOrders, &id.Strategic, &id.Influence, &id.Technology, &id.Market} {
			*p = r.IntN(6)
		}
		for _, p := range []*int{&c.Volume, &c.Profitability, &c.StrategicFit, &c.Ease, &c.Growth, &c.Projects,
			&c.ShareRoom, &c.TechAbsorption, &c.Coverage, &c.Satisfaction} {
			*p = 1 + r.IntN(5)
		}
		if i%50 == 0 { // a few not rated yet
			*c = domain.ClassificationInputs{}
		}
		accounts[i] = a
	}
	if err := st.CreateAccounts(ctx, accounts); err != nil {
		return nil, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return nil, err
	}
	set.MyName = managers[0]
	if err := st.SaveSettings(ctx, set); err != nil {
		return nil, err
	}
	me, err := st.MemberByName(ctx, managers[0])
	if err != nil {
		return nil, err
	}
	year := clk.Now().Format("2006")
	for m := int64(1); m <= 20; m++ {
		if err := st.SaveTarget(ctx, domain.Target{Period: year, MemberID: m, Revenue: 1_000_000_00, NewOpportunities: 40, Visits: 200}); err != nil {
			return nil, err
		}
	}
	for i := int64(1); i <= 300; i++ {
		if err := st.SaveTarget(ctx, domain.Target{Period: year, AccountID: i * 16, Revenue: 50_000_00, Visits: 12}); err != nil {
			return nil, err
		}
	}
	_ = me

	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	today := clk.Now()
	day := func(back int) string { return today.AddDate(0, 0, -back).Format(time.DateOnly) }
	stamp := today.UTC().Format(time.RFC3339)
	kinds := []string{"visit", "call", "meeting", "email", "tech", "demo", "dinner", "other"}
	inters := make([][]any, 0, bigInteractions)
	for range bigInteractions {
		inters = append(inters, []any{1 + r.IntN(bigAccounts), 1 + r.IntN(20), day(r.IntN(5 * 365)), kinds[r.IntN(len(kinds))],
			"拜访采购部，沟通下季度需求", stamp, stamp})
	}
	deals := make([][]any, 0, bigDeals)
	for id := 1; id <= bigDeals; id++ {
		status, closed := "open", ""
		if r.IntN(3) == 0 {
			status, closed = "won", day(r.IntN(3*365))
		}
		created := day(r.IntN(4 * 365))
		deals = append(deals, []any{id, 1 + r.IntN(bigAccounts), 1 + r.IntN(20), fmt.Sprintf("商机 %05d", id),
			int64(30+r.IntN(2400)) * 10_000_00, day(-r.IntN(365)), "lead", status, closed, created, created + "T00:00:00Z", stamp})
	}
	for _, batch := range []struct {
		table, columns string
		rows           [][]any
	}{
		{"interactions", "account_id, member_id, date, kind, summary, created_at, updated_at", inters},
		{"opportunities", "id, account_id, owner_id, name, amount, close_date, stage, status, closed_on, created_on, created_at, updated_at", deals},
	} {
		if err := insertRows(ctx, tx, batch.table, batch.columns, batch.rows); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if err := st.RebuildDealDigests(ctx); err != nil {
		return nil, err
	}
	return bk, nil
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

// cpuTime is the CPU time the process has used (user and system).
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// measure runs call b.N times, JSON-encoding its answer as Wails does, and
// reports the latency percentiles and the size of the answer.
func measure[T any](b *testing.B, call func() (T, error)) T { return measureAfter(b, nil, call) }

// measureAfter is measure with before run ahead of each call, untimed.
func measureAfter[T any](b *testing.B, before func(), call func() (T, error)) T {
	var last T
	var size int
	durations := make([]time.Duration, 0, b.N)
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		if before != nil {
			b.StopTimer()
			before()
			b.StartTimer()
		}
		t0, c0 := clocktest.Stopwatch(), cpuTime()
		v, err := call()
		if err != nil {
			b.Fatal(err)
		}
		out, err := json.Marshal(v)
		if err != nil {
			b.Fatal(err)
		}
		durations = append(durations, t0())
		cpu += cpuTime() - c0
		last, size = v, len(out)
	}
	b.StopTimer()
	slices.Sort(durations)
	ms := func(q float64) float64 {
		return float64(durations[min(len(durations)-1, int(q*float64(len(durations))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
	b.ReportMetric(float64(size), "json-bytes")
	// CPU time of the process per call: what a busy machine does not inflate.
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(len(durations)), "cpu-ms/op")
	return last
}

// BenchmarkMatrixPoints is opening the matrix on the big book, unfiltered
// and with each filter.
func BenchmarkMatrixPoints(b *testing.B) {
	bk := big(b)
	m := &Matrix{svc: bk.Matrix}
	for _, c := range []struct {
		name string
		f    service.MatrixFilter
	}{
		{"all", service.MatrixFilter{}},
		{"strategic", service.MatrixFilter{Quadrant: domain.QuadrantStrategic}},
		{"lead", service.MatrixFilter{ManagerID: 1}},
		{"key", service.MatrixFilter{KeyOnly: true}},
	} {
		b.Run(c.name, func(b *testing.B) {
			d := measure(b, func() (service.MatrixData, error) { return m.Points(c.f) })
			if c.name == "all" && len(d.Points.ID)+d.Counts[domain.QuadrantUnclassified] != bigAccounts {
				b.Fatalf("placed %d + unclassified %d, want %d", len(d.Points.ID), d.Counts[domain.QuadrantUnclassified], bigAccounts)
			}
		})
	}
	// Cold: a write before each call (timer stopped) drops the held scores,
	// as the first opening after any edit does.
	i := 0
	b.Run("all-cold", func(b *testing.B) {
		measureAfter(b, func() {
			i++
			if err := bk.Store.SetFlag(context.Background(), "benchmark", i%2 == 0); err != nil {
				b.Fatal(err)
			}
		}, func() (service.MatrixData, error) { return m.Points(service.MatrixFilter{}) })
	})
}

// BenchmarkTargetsBoard is opening the targets board, and its pages.
func BenchmarkTargetsBoard(b *testing.B) {
	bk := big(b)
	t := &Targets{svc: bk.Targets}
	year := bk.Clock().Format("2006")
	b.Run("board", func(b *testing.B) {
		v := measure(b, func() (service.TargetBoard, error) { return t.Board(year) })
		if len(v.Members) != 20 || len(v.Accounts.Rows) != service.TargetPageSize || v.Accounts.All {
			b.Fatalf("board: %d members, %d accounts (all %v)", len(v.Members), len(v.Accounts.Rows), v.Accounts.All)
		}
	})
	for _, c := range []struct {
		name string
		q    service.TargetAccountQuery
	}{
		{"all-page-40", service.TargetAccountQuery{Period: year, All: true, Offset: 40 * service.TargetPageSize}},
		{"text", service.TargetAccountQuery{Period: year, All: true, Text: "华东12"}},
		{"quarter-focus", service.TargetAccountQuery{Period: year + "-Q2"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			measure(b, func() (service.TargetAccountPage, error) { return t.Accounts(c.q) })
		})
	}
}

// BenchmarkWeek is opening the user's week on the big book.
func BenchmarkWeek(b *testing.B) {
	bk := big(b)
	w := &Week{svc: bk.Week}
	v := measure(b, func() (service.WeekView, error) { return w.Get("") })
	if v.DoneTotal == 0 || len(v.Attention) == 0 {
		b.Fatalf("week: %d done, %d attention", v.DoneTotal, len(v.Attention))
	}
}

// BenchmarkLogVisit is logging a visit on the big book through the store,
// with every index and summary it keeps (the visit summaries of migration 9
// among them).
func BenchmarkLogVisit(b *testing.B) {
	bk := big(b)
	ctx := context.Background()
	day := bk.Clock().Format(time.DateOnly)
	i := 0
	measure(b, func() (int64, error) {
		i++
		return bk.Store.CreateInteraction(ctx, domain.Interaction{AccountID: int64(1 + i%bigAccounts), Date: day,
			Kind: domain.InteractionKind("visit"), Summary: "拜访设备部，确认改造方案"})
	})
}
