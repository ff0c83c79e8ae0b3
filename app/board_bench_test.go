package app

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// The board benchmark's book, written through the store's own write path
// (so every digest, summary and index is what the app keeps): 5,000
// accounts of 20 managers, two people each, 20,000 deals (a fifth moved a
// stage on, a third closed), 5,000 interactions tied to deals and a
// biggest account with 1,500 visits.
const (
	benchAccounts = 5_000
	benchDeals    = 20_000
	benchBiggest  = 1_500
)

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
	benchBig  int64
)

// boardBook builds the book once per process, in a file of its own.
func boardBook(b *testing.B) (*book.Book, int64) {
	b.Helper()
	benchOnce.Do(func() {
		// KAMS_BOARD_BENCH_DB keeps the book between runs: built there
		// once, reused while it exists.
		if benchPath = os.Getenv("KAMS_BOARD_BENCH_DB"); benchPath != "" {
			if big, err := os.ReadFile(benchPath + ".big"); err == nil {
				_, benchErr = fmt.Sscan(string(big), &benchBig)
				return
			}
		} else {
			dir, err := os.MkdirTemp("", "kams-board-bench")
			if err != nil {
				benchErr = err
				return
			}
			benchPath = filepath.Join(dir, "board.db")
		}
		start := clocktest.Stopwatch()
		benchBig, benchErr = buildBoardBook(benchPath)
		if benchErr == nil {
			benchErr = os.WriteFile(benchPath+".big", []byte(fmt.Sprint(benchBig)), 0o600)
		}
		b.Logf("built %d accounts, %d deals, %d interactions of the biggest account in %v", benchAccounts, benchDeals, benchBiggest, start().Round(time.Second))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	bk, err := book.Open(context.Background(), benchPath, clocktest.New().Clock())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bk.Store.Close() })
	return bk, benchBig
}

func buildBoardBook(path string) (int64, error) {
	ctx := context.Background()
	clock := clocktest.New()
	st, err := store.Open(ctx, path, clock.Clock())
	if err != nil {
		return 0, err
	}
	defer st.Close()
	r := rand.New(rand.NewPCG(2026, 12))
	today := clock.Clock()()
	day := func(back int) string { return today.AddDate(0, 0, -r.IntN(back+1)).Format(time.DateOnly) }
	managers := make([]string, 20)
	for i := range managers {
		managers[i] = fmt.Sprintf("经理%02d", i)
	}
	list := make([]domain.Account, benchAccounts)
	for i := range list {
		a := domain.Account{Name: fmt.Sprintf("华东精密制造 %04d 有限公司", i), Status: domain.StatusActive,
			Stage: domain.RelationshipStages[r.IntN(5)], Manager: managers[r.IntN(len(managers))],
			CategorySpend: int64(r.IntN(100)) * 1_000_000, OurSales: int64(r.IntN(40)) * 1_000_000}
		c, id := &a.Classification, &a.Identification
		for _, p := range []*int{&c.Volume, &c.Profitability, &c.StrategicFit, &c.Ease, &c.Growth, &c.Projects, &c.ShareRoom,
			&c.TechAbsorption, &c.Coverage, &c.Satisfaction, &id.LargeOrders, &id.Strategic, &id.Influence, &id.Technology, &id.Market} {
			*p = r.IntN(6)
		}
		list[i] = a
	}
	if err := st.CreateAccounts(ctx, list); err != nil {
		return 0, err
	}
	accounts, err := st.Accounts(ctx, false)
	if err != nil {
		return 0, err
	}
	people := map[int64][]int64{}
	roles := []domain.BuyingRole{domain.RoleEconomic, domain.RoleCoach, domain.RoleTechnical, domain.RoleUser}
	for _, a := range accounts {
		for j := range 2 {
			id, err := st.CreateContact(ctx, domain.Contact{AccountID: a.ID, Name: fmt.Sprintf("联系人%d", j), Role: roles[r.IntN(4)],
				Influence: domain.InfluenceHigh})
			if err != nil {
				return 0, err
			}
			people[a.ID] = append(people[a.ID], id)
		}
	}
	stages := domain.DefaultStages()
	var deals []domain.Opportunity
	for i := range benchDeals {
		a := accounts[r.IntN(len(accounts))]
		o := domain.Opportunity{AccountID: a.ID, Name: fmt.Sprintf("产线自动化改造项目 %05d", i), Amount: int64(30+r.IntN(2400)) * 100_000,
			CloseDate: today.AddDate(0, 0, r.IntN(540)-180).Format(time.DateOnly), Stage: stages[r.IntN(len(stages))].ID,
			Status: domain.DealOpen, Solution: "视觉检测与 MES 集成方案，分两期实施", Competitors: "西门子、罗克韦尔"}
		o.People = []domain.DealPerson{{ContactID: people[a.ID][r.IntN(2)], Role: roles[r.IntN(4)]}}
		if r.IntN(10) == 0 {
			o.Override, o.Probability = true, 5*r.IntN(20)
		}
		id, err := st.CreateDeal(ctx, o, day(700))
		if err != nil {
			return 0, err
		}
		o.ID = id
		deals = append(deals, o)
	}
	for i, o := range deals {
		switch {
		case i%5 == 0:
			o.Stage = stages[min(domain.StageIndexOf(stages, o.Stage)+1, len(stages)-1)].ID
		case i%3 == 0:
			o.Status = []string{domain.DealWon, domain.DealLost, domain.DealAbandoned}[r.IntN(3)]
			if o.Status != domain.DealWon {
				o.LossReason = "价格"
			}
		default:
			continue
		}
		if err := st.UpdateDeal(ctx, o, day(120)); err != nil {
			return 0, err
		}
	}
	for range 5_000 {
		o := deals[r.IntN(len(deals))]
		if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: o.AccountID, OpportunityID: o.ID, Date: day(400),
			Kind: "call", Summary: "电话跟进技术方案", ContactIDs: people[o.AccountID][:1]}); err != nil {
			return 0, err
		}
	}
	big := accounts[0].ID
	for i := range benchBiggest {
		if _, err := st.CreateInteraction(ctx, domain.Interaction{AccountID: big, Date: day(1800), Kind: "visit",
			Summary: fmt.Sprintf("第 %d 次拜访：与设备部讨论二期自动化改造的范围、预算和时间表", i), Outcome: "同意安排技术交流",
			ContactIDs: people[big]}); err != nil {
			return 0, err
		}
	}
	return big, nil
}

// timed runs call b.N times and reports p50 and p95 in ms and the JSON
// size of the last answer; call includes the JSON encoding, as Wails does.
func timed(b *testing.B, before func(i int), call func() (any, error)) {
	b.Helper()
	durations := make([]time.Duration, 0, b.N)
	var size int
	b.ResetTimer()
	for i := range b.N {
		if before != nil {
			b.StopTimer()
			before(i)
			b.StartTimer()
		}
		t0 := clocktest.Stopwatch()
		v, err := call()
		if err != nil {
			b.Fatal(err)
		}
		out, err := json.Marshal(v)
		durations = append(durations, t0())
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.StopTimer()
	slices.Sort(durations)
	p := func(q float64) float64 {
		d := durations[max(0, min(int(q*float64(len(durations))+0.5)-1, len(durations)-1))]
		return float64(d) / float64(time.Millisecond)
	}
	b.ReportMetric(p(0.50), "p50-ms")
	b.ReportMetric(p(0.95), "p95-ms")
	b.ReportMetric(float64(size)/1024, "KB")
}

// BenchmarkBoard measures the bound calls of the deals board, the account
// timeline and the filtered funnel, and moving a card, on the big book.
func BenchmarkBoard(b *testing.B) {
	bk, big := boardBook(b)
	deals, log := &Deals{svc: bk.Deals}, &Interactions{svc: bk.People}
	strategic := []string{string(domain.QuadrantStrategic)}
	for _, c := range []struct {
		name   string
		filter service.DealBoardFilter
	}{
		{"all", service.DealBoardFilter{}},
		{"account", service.DealBoardFilter{AccountID: big}},
		{"manager", service.DealBoardFilter{Manager: "经理07"}},
		{"tier", service.DealBoardFilter{Tiers: strategic}},
		{"key", service.DealBoardFilter{KeyOnly: true}},
		{"text", service.DealBoardFilter{Text: "00042"}},
		{"text-account", service.DealBoardFilter{Text: "精密制造 0042"}},
	} {
		b.Run("Board/"+c.name, func(b *testing.B) {
			timed(b, nil, func() (any, error) { return deals.Board(c.filter) })
		})
	}
	b.Run("Column/qualify-offset-300", func(b *testing.B) {
		timed(b, nil, func() (any, error) { return deals.Column(service.DealBoardFilter{}, "qualify", 300, service.BoardPage) })
	})
	b.Run("Column/tier-closed-30", func(b *testing.B) {
		timed(b, nil, func() (any, error) {
			return deals.Column(service.DealBoardFilter{Tiers: strategic}, "closed", 30, service.BoardPage)
		})
	})
	board, err := deals.Board(service.DealBoardFilter{})
	if err != nil {
		b.Fatal(err)
	}
	card := board.Columns[1].Cards[0].Deal
	b.Run("Move", func(b *testing.B) {
		// Back and forth between two stages: every call is a real move.
		stages := []string{board.Columns[2].Stage, board.Columns[1].Stage}
		n := 0
		timed(b, nil, func() (any, error) {
			n++
			return deals.Move(card.ID, stages[n%2])
		})
	})
	page, err := log.Page(big, store.TimelineCursor{}, 0)
	if err != nil || page.Total < benchBiggest {
		b.Fatalf("timeline: %d, %v", page.Total, err)
	}
	b.Run("Timeline/first", func(b *testing.B) {
		timed(b, nil, func() (any, error) { return log.Page(big, store.TimelineCursor{}, 30) })
	})
	mid := page.Items[len(page.Items)-1]
	b.Run("Timeline/next", func(b *testing.B) {
		timed(b, nil, func() (any, error) { return log.Page(big, store.TimelineCursor{Date: mid.Date, ID: mid.ID}, 30) })
	})
	// Cold funnel calls: a flag written before each (untimed) keeps the
	// service's cache from answering.
	cold := func(i int) {
		if err := bk.Store.SetFlag(context.Background(), "benchmark", i%2 == 0); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range []struct {
		name   string
		filter domain.FunnelFilter
	}{
		{"all", domain.FunnelFilter{}},
		{"tier", domain.FunnelFilter{Tiers: strategic}},
		{"manager", domain.FunnelFilter{Manager: "经理07"}},
		{"tier-manager", domain.FunnelFilter{Manager: "经理07", Tiers: []string{"strategic", "develop"}}},
	} {
		b.Run("Funnel/"+c.name, func(b *testing.B) {
			timed(b, cold, func() (any, error) { return deals.Funnel(c.filter) })
		})
	}
}
