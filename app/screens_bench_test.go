package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// The benchmarks of every bound call a screen makes, through the facades
// with the JSON encoding Wails does, on the big book: the sample scaled by
// `kams demo --accounts N`'s own generator (KAMS_BENCH_ACCOUNTS, default
// 5,000 accounts: 50,000 people, 500,000 interactions, 20,000 deals),
// written through the store. It is built once into the temp dir and kept
// for later runs; KAMS_BENCH_DB names a book to use instead.
//
//	go test ./app -run '^$' -bench . -benchtime 200x
//
// Each reports p50 and p95 in ms, the CPU time per call (what a busy
// machine does not inflate) and the answer's size, and fails an answer
// over 256 KB: no bound call returns more than a page.
const maxAnswer = 256 << 10

var (
	benchOnce  sync.Once
	benchBooks *book.Book
	benchErr   error
)

// bench opens the big book and its facades, building the book on first use.
func bench(b *testing.B) (*book.Book, *facades) {
	benchOnce.Do(func() {
		path := os.Getenv("KAMS_BENCH_DB")
		if path == "" {
			n := 5000
			if v := os.Getenv("KAMS_BENCH_ACCOUNTS"); v != "" {
				if n, benchErr = strconv.Atoi(v); benchErr != nil {
					return
				}
			}
			path = filepath.Join(os.TempDir(), fmt.Sprintf("kams-bench-%d-schema%d.db", n, store.SchemaVersion()))
			if _, err := os.Stat(path); err != nil {
				took := clocktest.Stopwatch()
				if benchErr = buildBenchBook(path, n); benchErr != nil {
					return
				}
				b.Logf("built the big book of %d accounts in %v: %s", n, took().Round(time.Second), path)
			}
		}
		benchBooks, benchErr = book.Open(context.Background(), path, clocktest.New().Clock())
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchBooks, newFacades(benchBooks, "bench")
}

// buildBenchBook writes the scaled sample into a new file and renames it
// into place only when whole.
func buildBenchBook(path string, n int) error {
	part := path + ".part"
	for _, f := range []string{part, part + "-wal", part + "-shm"} {
		os.Remove(f)
	}
	bk, err := book.Open(context.Background(), part, clocktest.New().Clock())
	if err != nil {
		return err
	}
	if err := bk.Sample.LoadScaled(context.Background(), n, nil); err != nil {
		bk.Close()
		return err
	}
	if err := bk.Close(); err != nil {
		return err
	}
	return os.Rename(part, path)
}

// cpuTime is the CPU time the process has used (user and system).
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// measure runs call b.N times (before ahead of each, untimed, when not nil),
// JSON-encoding its answer as Wails does, and reports the latency
// percentiles, the CPU time per call and the size of the answer.
func measure[T any](b *testing.B, before func(), call func() (T, error)) T {
	b.Helper()
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
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(len(durations)), "cpu-ms/op")
	b.ReportMetric(float64(size)/1024, "KB")
	if size > maxAnswer {
		b.Errorf("the answer is %d KB, more than a page (%d KB)", size/1024, maxAnswer/1024)
	}
	return last
}

// touch is a write before a call, so that no cache answers it: the first
// opening after an edit.
func touch(b *testing.B, bk *book.Book) func() {
	i := 0
	return func() {
		i++
		if err := bk.Store.SetFlag(context.Background(), "benchmark", i%2 == 0); err != nil {
			b.Fatal(err)
		}
	}
}

// someAccount is a generated account of the book with its people, and a
// lead (a member) of the team.
func someAccount(b *testing.B, f *facades) (service.AccountView, []domain.Contact, domain.Member) {
	b.Helper()
	page, err := f.accounts.Page(store.AccountQuery{Limit: 1})
	if err != nil || len(page.Rows) == 0 {
		b.Fatalf("no account: %v", err)
	}
	people, err := f.people.Page(page.Rows[0].Account.ID, 0, 10)
	if err != nil || len(people.Rows) < 2 {
		b.Fatalf("people: %v", err)
	}
	members, err := f.team.Members()
	if err != nil || len(members) == 0 {
		b.Fatalf("members: %v", err)
	}
	return page.Rows[0], people.Rows, members[0]
}

// BenchmarkStart is what the shell and Home ask for at start-up.
func BenchmarkStart(b *testing.B) {
	bk, f := bench(b)
	b.Run("Boot", func(b *testing.B) { measure(b, nil, f.system.Boot) })
	b.Run("Home", func(b *testing.B) { measure(b, nil, f.log.Home) })
	b.Run("Home/after-write", func(b *testing.B) { measure(b, touch(b, bk), f.log.Home) })
	b.Run("Managers", func(b *testing.B) { measure(b, nil, f.accounts.Managers) })
}

// BenchmarkAccounts is the accounts list with its filters and sorts, and
// the account picker.
func BenchmarkAccounts(b *testing.B) {
	_, f := bench(b)
	_, _, lead := someAccount(b, f)
	for _, c := range []struct {
		name string
		q    store.AccountQuery
	}{
		{"default", store.AccountQuery{Limit: 50}},
		{"name", store.AccountQuery{Sort: "name", Limit: 50}},
		{"name/page-40", store.AccountQuery{Sort: "name", Offset: 2000, Limit: 50}},
		{"identification", store.AccountQuery{Sort: "identification", Desc: true, Limit: 50}},
		{"relationship", store.AccountQuery{Sort: "relationship", Limit: 50}},
		{"flags", store.AccountQuery{Sort: "flags", Desc: true, Limit: 50}},
		{"text", store.AccountQuery{Text: "苏州", Limit: 50}},
		{"strategic-key", store.AccountQuery{Quadrants: []string{"strategic"}, KeyOnly: true, Limit: 50}},
		{"flagged-lead", store.AccountQuery{FlaggedOnly: true, Managers: []string{lead.Name}, Sort: "name", Limit: 50}},
		{"health", store.AccountQuery{Sort: "health", Limit: 50}},
		{"at-risk", store.AccountQuery{AtRiskOnly: true, Sort: "health", Limit: 50}},
	} {
		b.Run("Page/"+c.name, func(b *testing.B) {
			measure(b, nil, func() (service.AccountPage, error) { return f.accounts.Page(c.q) })
		})
	}
	b.Run("Options/empty", func(b *testing.B) {
		measure(b, nil, func() ([]store.AccountOption, error) { return f.accounts.Options("") })
	})
	b.Run("Options/text", func(b *testing.B) {
		measure(b, nil, func() ([]store.AccountOption, error) { return f.accounts.Options("苏州") })
	})
	b.Run("AtRisk", func(b *testing.B) {
		measure(b, nil, func() (service.AtRiskPage, error) { return f.health.AtRisk(0, 50) })
	})
	b.Run("TrashPage", func(b *testing.B) {
		measure(b, nil, func() (service.AccountPage, error) { return f.accounts.TrashPage(0, 100) })
	})
}

// BenchmarkAccount is one account's page: the profile, its people, its red
// flags, its timeline, its deals and its plan.
func BenchmarkAccount(b *testing.B) {
	bk, f := bench(b)
	v, _, _ := someAccount(b, f)
	id := v.Account.ID
	b.Run("Get", func(b *testing.B) { measure(b, nil, func() (service.AccountView, error) { return f.accounts.Get(id) }) })
	b.Run("People", func(b *testing.B) {
		measure(b, nil, func() (service.ContactPage, error) { return f.people.Page(id, 0, 100) })
	})
	b.Run("RedFlags", func(b *testing.B) { measure(b, nil, func() ([]domain.RedFlag, error) { return f.people.RedFlags(id) }) })
	first, err := f.log.Page(id, store.TimelineCursor{}, 30)
	if err != nil || len(first.Items) == 0 {
		b.Fatalf("timeline: %v", err)
	}
	last := first.Items[len(first.Items)-1]
	b.Run("Timeline/first", func(b *testing.B) {
		measure(b, nil, func() (service.TimelinePage, error) { return f.log.Page(id, store.TimelineCursor{}, 30) })
	})
	b.Run("Timeline/next", func(b *testing.B) {
		measure(b, nil, func() (service.TimelinePage, error) {
			return f.log.Page(id, store.TimelineCursor{Date: last.Date, ID: last.ID}, 30)
		})
	})
	b.Run("Deals", func(b *testing.B) {
		measure(b, nil, func() (service.DealBoard, error) { return f.deals.Board(service.DealBoardFilter{AccountID: id}) })
	})
	year := bk.Clock().Year()
	b.Run("Plan", func(b *testing.B) { measure(b, nil, func() (service.PlanView, error) { return f.plans.Get(id, year) }) })
}

// BenchmarkBoard is the deals board with each filter, a column's "more",
// and the funnel (after a write, so no cache answers) with each filter.
func BenchmarkBoard(b *testing.B) {
	bk, f := bench(b)
	_, _, lead := someAccount(b, f)
	strategic := []string{string(domain.QuadrantStrategic)}
	for _, c := range []struct {
		name   string
		filter service.DealBoardFilter
	}{
		{"all", service.DealBoardFilter{}},
		{"manager", service.DealBoardFilter{Manager: lead.Name}},
		{"tier", service.DealBoardFilter{Tiers: strategic}},
		{"key", service.DealBoardFilter{KeyOnly: true}},
		{"text", service.DealBoardFilter{Text: "苏州"}},
	} {
		b.Run("Board/"+c.name, func(b *testing.B) {
			measure(b, nil, func() (service.DealBoard, error) { return f.deals.Board(c.filter) })
		})
	}
	b.Run("Column/more", func(b *testing.B) {
		measure(b, nil, func() ([]service.DealView, error) {
			return f.deals.Column(service.DealBoardFilter{}, "qualify", 300, service.BoardPage)
		})
	})
	funnel, err := f.deals.Funnel(domain.FunnelFilter{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Stalled", func(b *testing.B) {
		measure(b, nil, func() ([]service.StalledDeal, error) { return f.deals.Stalled(funnel.Stalled) })
	})
	for _, c := range []struct {
		name   string
		filter domain.FunnelFilter
	}{
		{"all", domain.FunnelFilter{}},
		{"tier", domain.FunnelFilter{Tiers: strategic}},
		{"manager", domain.FunnelFilter{Manager: lead.Name}},
	} {
		b.Run("Funnel/"+c.name, func(b *testing.B) {
			measure(b, touch(b, bk), func() (domain.Funnel, error) { return f.deals.Funnel(c.filter) })
		})
	}
}

// BenchmarkMatrix is the portfolio matrix, held between writes and right
// after one.
func BenchmarkMatrix(b *testing.B) {
	bk, f := bench(b)
	_, _, lead := someAccount(b, f)
	for _, c := range []struct {
		name string
		f    service.MatrixFilter
	}{
		{"all", service.MatrixFilter{}},
		{"strategic", service.MatrixFilter{Quadrant: domain.QuadrantStrategic}},
		{"lead", service.MatrixFilter{ManagerID: lead.ID}},
		{"key", service.MatrixFilter{KeyOnly: true}},
	} {
		b.Run(c.name, func(b *testing.B) {
			measure(b, nil, func() (service.MatrixData, error) { return f.matrix.Points(c.f) })
		})
	}
	b.Run("all/after-write", func(b *testing.B) {
		measure(b, touch(b, bk), func() (service.MatrixData, error) { return f.matrix.Points(service.MatrixFilter{}) })
	})
}

// BenchmarkTargets is the targets board, its pages, the indicators and the
// week.
func BenchmarkTargets(b *testing.B) {
	bk, f := bench(b)
	year := strconv.Itoa(bk.Clock().Year())
	b.Run("Board", func(b *testing.B) {
		measure(b, nil, func() (service.TargetBoard, error) { return f.targets.Board(year) })
	})
	b.Run("Accounts/all-page-40", func(b *testing.B) {
		measure(b, nil, func() (service.TargetAccountPage, error) {
			return f.targets.Accounts(service.TargetAccountQuery{Period: year, All: true, Offset: 40 * service.TargetPageSize})
		})
	})
	for _, p := range []string{year, year + "-Q2", year + "-07"} {
		b.Run("Indicators/"+p, func(b *testing.B) {
			measure(b, nil, func() (service.Indicators, error) { return f.targets.Indicators(p) })
		})
	}
	b.Run("Week", func(b *testing.B) { measure(b, nil, func() (service.WeekView, error) { return f.week.Get("") }) })
}

// BenchmarkTeam is the team and the assessments of a quarter.
func BenchmarkTeam(b *testing.B) {
	bk, f := bench(b)
	b.Run("Members", func(b *testing.B) { measure(b, nil, f.team.Members) })
	period := domain.PreviousPeriod(domain.QuarterOf(bk.Clock()))
	b.Run("Assessments", func(b *testing.B) {
		measure(b, nil, func() ([]domain.Assessment, error) { return f.assess.List(period) })
	})
}

// BenchmarkSearch is Ctrl+K: two characters (a Chinese name), three, and a
// long query.
func BenchmarkSearch(b *testing.B) {
	_, f := bench(b)
	for _, q := range []string{"苏州", "苏州恒", "精密机械集团有限公司", "hengtong"} {
		b.Run(q, func(b *testing.B) { measure(b, nil, func() (store.SearchResults, error) { return f.people.Search(q) }) })
	}
}

// BenchmarkWrites is logging a visit, moving a deal and saving a plan's
// section, each with every index and summary it keeps.
func BenchmarkWrites(b *testing.B) {
	bk, f := bench(b)
	v, people, _ := someAccount(b, f)
	id := v.Account.ID
	today := bk.Clock.Today()
	b.Run("LogVisit", func(b *testing.B) {
		measure(b, nil, func() (domain.Interaction, error) {
			return f.log.Log(domain.Interaction{AccountID: id, Date: today, Kind: "visit", Summary: "拜访设备部，确认改造方案",
				ContactIDs: []int64{people[0].ID, people[1].ID}})
		})
	})
	board, err := f.deals.Board(service.DealBoardFilter{})
	if err != nil || len(board.Columns) < 3 || len(board.Columns[1].Cards) == 0 {
		b.Fatalf("board: %v", err)
	}
	card := board.Columns[1].Cards[0].Deal
	stages := []string{board.Columns[2].Stage, board.Columns[1].Stage}
	b.Run("MoveDeal", func(b *testing.B) {
		n := 0
		measure(b, nil, func() (service.DealView, error) {
			n++
			return f.deals.Move(card.ID, stages[n%2])
		})
	})
	plan, err := f.plans.Get(id, bk.Clock().Year())
	if err != nil {
		b.Fatal(err)
	}
	p := plan.Plan // across the runs of the sub-benchmark: each save's versions go into the next
	n := 0
	b.Run("SavePlanSection", func(b *testing.B) {
		measure(b, nil, func() (store.PlanSaved, error) {
			n++
			p.Business = fmt.Sprintf("%s（第 %d 次修改）", plan.Plan.Business, n)
			saved, err := f.plans.Save(p, []string{string(domain.SectionSituation)})
			// The next save carries the version this one made, as the
			// plan editor's autosave does.
			p.Versions = saved.Versions
			return saved, err
		})
	})
}

// BenchmarkPDF prints the plan of the account with the most people and
// the team review of the last quarter, in-process.
func BenchmarkPDF(b *testing.B) {
	bk, f := bench(b)
	ctx := context.Background()
	opts, err := f.accounts.Options("江宁")
	if err != nil || len(opts) == 0 {
		b.Fatalf("江宁: %v", err)
	}
	year := bk.Clock().Year()
	b.Run("Plan", func(b *testing.B) {
		measure(b, nil, func() (int, error) {
			var buf bytes.Buffer
			err := bk.Reports.Plan(ctx, opts[0].ID, year, "zh", &buf)
			return buf.Len(), err
		})
	})
	// The newest quarter with assessments, at most two years back.
	period := domain.QuarterOf(bk.Clock())
	for range 8 {
		if list, err := f.assess.List(period); err == nil && len(list) > 0 {
			break
		}
		period = domain.PreviousPeriod(period)
	}
	b.Run("Review", func(b *testing.B) {
		measure(b, nil, func() (int, error) {
			var buf bytes.Buffer
			err := bk.Reports.Review(ctx, period, "zh", &buf)
			return buf.Len(), err
		})
	})
}

// BenchmarkCalendarExport is the .ics export of the big book, written to
// memory as the window and the command line do before the file: the
// default range (a month back to a year ahead) and every dated record.
func BenchmarkCalendarExport(b *testing.B) {
	bk, _ := bench(b)
	now := bk.Clock()
	for _, c := range []struct {
		name string
		r    service.CalendarRange
	}{
		{"default", service.CalendarRange{}},
		{"everything", service.CalendarRange{From: now.AddDate(-50, 0, 0).Format(time.DateOnly), To: now.AddDate(20, 0, 0).Format(time.DateOnly)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var buf bytes.Buffer
			events := 0
			measure(b, nil, func() (int, error) {
				buf.Reset()
				n, err := bk.Calendar.Export(context.Background(), c.r, "zh", &buf)
				events = n
				return n, err
			})
			b.ReportMetric(float64(events), "events")
			b.ReportMetric(float64(buf.Len())/1024, "KiB/ics")
		})
	}
}
