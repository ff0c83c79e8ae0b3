package service_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/service"
)

// BenchmarkVisitSave times saving a visit (LogInteraction: the insert, its
// search index rows and the stored facts, one transaction) on the sample
// book, with replication off and with Litestream replicating to a folder.
// Litestream takes the write lock for a moment each second to copy the
// WAL, so a save may wait: p95 shows it.
//
//	go test ./backend/service -run '^$' -bench VisitSave -benchtime 2000x
func BenchmarkVisitSave(b *testing.B) {
	for _, on := range []bool{false, true} {
		name := "replication-off"
		if on {
			name = "replication-on"
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			st := newStore(b)
			if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
				b.Fatal(err)
			}
			if on {
				if err := st.LeaveCheckpointsToReplication(ctx, true); err != nil {
					b.Fatal(err)
				}
				r, err := service.StartReplication(st.Path(), service.ReplicaTarget{Folder: b.TempDir()}, st.Clock(), nil)
				if err != nil {
					b.Fatal(err)
				}
				defer r.Close(ctx)
				for deadline := clocktest.Wall().Add(time.Minute); r.Sync(ctx) != nil; {
					if clocktest.Wall().After(deadline) {
						b.Fatal("replication did not start")
					}
					time.Sleep(50 * time.Millisecond)
				}
			}
			people := service.NewPeople(st, st.Clock())
			list, err := st.Accounts(ctx, false)
			if err != nil || len(list) == 0 {
				b.Fatal(err)
			}
			account := list[0].ID
			took := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				watch := clocktest.Stopwatch()
				if _, err := people.LogInteraction(ctx, domain.Interaction{AccountID: account, Date: "2026-05-01",
					Kind: "visit", Summary: "拜访：讨论二期产线改造的技术方案"}); err != nil {
					b.Fatal(err)
				}
				took = append(took, watch())
			}
			b.StopTimer()
			sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
			ms := func(p float64) float64 {
				return float64(took[int(p*float64(len(took)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(ms(0.5), "p50-ms")
			b.ReportMetric(ms(0.95), "p95-ms")
			b.ReportMetric(ms(0.99), "p99-ms")
		})
	}
}
