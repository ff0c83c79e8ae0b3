package service_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/service"
	"kams/backend/store"
)

// accountsBenchToday is the benchmark book's today.
var accountsBenchToday = time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)

// accountsBenchBook opens a book of n accounts (KAMS_BENCH_ACCOUNTS, 1,000
// by default) with 10 people and 100 interactions each over five years,
// written through the store's write path so every trigger and index is as
// the app leaves it. It is built once and kept in the temp dir.
func accountsBenchBook(b *testing.B) (*store.Store, int) {
	n := 1000
	if v, err := strconv.Atoi(os.Getenv("KAMS_BENCH_ACCOUNTS")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("kams-accounts-bench-%d-v2.db", n))
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".building"
		os.Remove(tmp)
		st, err := store.Open(ctx, tmp, clocktest.New().Clock())
		if err != nil {
			b.Fatal(err)
		}
		start := clocktest.Stopwatch()
		if err := buildAccountsBench(ctx, st, n); err != nil {
			b.Fatal(err)
		}
		st.Close()
		b.Logf("built %d accounts, %d people, %d interactions in %v", n, n*10, n*100, start().Round(time.Second))
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		os.Remove(tmp + "-wal")
		os.Remove(tmp + "-shm")
	}
	st, err := store.Open(ctx, path, clocktest.New().Clock())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st, n
}

func buildAccountsBench(ctx context.Context, st *store.Store, n int) error {
	r := rand.New(rand.NewPCG(1, 2))
	base := sample.Accounts()
	managers := make([]string, 20)
	for i := range managers {
		managers[i] = fmt.Sprintf("经理%02d", i)
	}
	list := make([]domain.Account, n)
	for i := range list {
		a := base[i%len(base)]
		a.Name = fmt.Sprintf("%s %04d", a.Name, i)
		a.Manager = managers[r.IntN(len(managers))]
		a.Identification = domain.IdentificationScores{LargeOrders: r.IntN(6), Strategic: r.IntN(6), Influence: r.IntN(6), Technology: r.IntN(6), Market: r.IntN(6)}
		a.Classification.Volume, a.Classification.Coverage, a.Classification.Satisfaction = r.IntN(6), r.IntN(6), r.IntN(6)
		list[i] = a
	}
	if err := st.CreateAccounts(ctx, list); err != nil {
		return err
	}
	day := func() string {
		return accountsBenchToday.AddDate(0, 0, -r.IntN(5*365)).Format(time.DateOnly)
	}
	roles := append([]domain.BuyingRole{"", ""}, domain.BuyingRoles...)
	for id := int64(1); id <= int64(n); id++ {
		people := make([]int64, 0, 10)
		for j := range 10 {
			c := domain.Contact{AccountID: id, Name: fmt.Sprint("联系人", id, "-", j), Role: roles[r.IntN(len(roles))],
				Influence: []domain.Influence{"high", "medium", "low"}[r.IntN(3)], Attitude: r.IntN(5) - 2,
				Birthday: fmt.Sprintf("%d-%s", 1960+r.IntN(40), day()[5:])}
			cid, err := st.CreateContact(ctx, c)
			if err != nil {
				return err
			}
			people = append(people, cid)
		}
		for range 100 {
			in := domain.Interaction{AccountID: id, Date: day(), Kind: "visit", Summary: "拜访，讨论项目进展",
				ContactIDs: []int64{people[r.IntN(10)], people[r.IntN(10)]}}
			if in.ContactIDs[0] == in.ContactIDs[1] {
				in.ContactIDs = in.ContactIDs[:1]
			}
			if r.IntN(3) == 0 {
				in.NextStep, in.NextDue, in.NextDone = "发送报价", day(), r.IntN(3) > 0
			}
			if _, err := st.CreateInteraction(ctx, in); err != nil {
				return err
			}
		}
	}
	return nil
}

// latencies runs call b.N times and reports p50/p95 in milliseconds and
// the JSON size, as the app's facade would send it.
func latencies(b *testing.B, call func() (any, error)) {
	durations := make([]time.Duration, 0, b.N)
	size := 0
	for b.Loop() {
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
	slices.Sort(durations)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	p := func(q float64) time.Duration {
		return durations[max(0, min(int(q*float64(len(durations))+0.5)-1, len(durations)-1))]
	}
	b.ReportMetric(ms(p(0.50)), "p50-ms")
	b.ReportMetric(ms(p(0.95)), "p95-ms")
	b.ReportMetric(float64(size)/1024, "KiB")
}

// BenchmarkAccountsPage measures the accounts list's page, Options, Home and
// the people tab over the benchmark book.
func BenchmarkAccountsPage(b *testing.B) {
	st, _ := accountsBenchBook(b)
	ctx := context.Background()
	now := clocktest.At(accountsBenchToday).Clock()
	accounts, people := service.NewAccounts(st, now), service.NewPeople(st, now)
	for _, c := range []struct {
		name string
		q    store.AccountQuery
	}{
		{"default", store.AccountQuery{Limit: 50}},
		{"name", store.AccountQuery{Sort: "name", Limit: 50}},
		{"name-page-40", store.AccountQuery{Sort: "name", Offset: 2000, Limit: 50}},
		{"identification-desc", store.AccountQuery{Sort: "identification", Desc: true, Limit: 50}},
		{"relationship", store.AccountQuery{Sort: "relationship", Limit: 50}},
		{"flags-desc", store.AccountQuery{Sort: "flags", Desc: true, Limit: 50}},
		{"text", store.AccountQuery{Text: "0012", Limit: 50}},
		{"strategic-key", store.AccountQuery{Quadrants: []string{"strategic"}, KeyOnly: true, Limit: 50}},
		{"flagged-lead", store.AccountQuery{FlaggedOnly: true, Managers: []string{"经理03"}, Sort: "name", Limit: 50}},
	} {
		b.Run("page-"+c.name, func(b *testing.B) {
			latencies(b, func() (any, error) { return accounts.Page(ctx, c.q) })
		})
	}
	b.Run("options-empty", func(b *testing.B) { latencies(b, func() (any, error) { return accounts.Options(ctx, "") }) })
	b.Run("options-text", func(b *testing.B) { latencies(b, func() (any, error) { return accounts.Options(ctx, "01") }) })
	b.Run("home", func(b *testing.B) { latencies(b, func() (any, error) { return people.Home(ctx) }) })
	b.Run("people-page", func(b *testing.B) {
		latencies(b, func() (any, error) { return people.ContactPage(ctx, 7, 0, 100) })
	})
	b.Run("trash-page", func(b *testing.B) {
		latencies(b, func() (any, error) { return accounts.TrashPage(ctx, 0, 100) })
	})
	// A write with every trigger it fires: the last contacts of two people,
	// their account's red-flag inputs, the due steps and the search index.
	b.Run("log-visit", func(b *testing.B) {
		page, err := people.ContactPage(ctx, 7, 0, 2)
		if err != nil || len(page.Rows) < 2 {
			b.Fatalf("people of account 7: %v", err)
		}
		latencies(b, func() (any, error) {
			return people.LogInteraction(ctx, domain.Interaction{AccountID: 7, Date: "2026-06-15", Kind: "visit", Summary: "回访",
				ContactIDs: []int64{page.Rows[0].ID, page.Rows[1].ID}, NextStep: "报价", NextDue: "2026-06-20"})
		})
	})
}
