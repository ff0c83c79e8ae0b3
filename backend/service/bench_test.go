package service_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"kams/backend/domain"
	"kams/backend/sample"
	"kams/backend/service"
	"kams/backend/store"
)

// BenchmarkAccountsList measures what opening the accounts list or the
// matrix costs: load every live account and score it with the settings.
func BenchmarkAccountsList(b *testing.B) {
	for _, n := range []int{300, 3000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ctx := context.Background()
			st, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			base := sample.Accounts()
			list := make([]domain.Account, n)
			for i := range list {
				list[i] = base[i%len(base)]
				list[i].Name = fmt.Sprintf("%s %d", list[i].Name, i)
			}
			if err := st.CreateAccounts(ctx, list); err != nil {
				b.Fatal(err)
			}
			svc := service.NewAccounts(st, time.Now)
			b.ResetTimer()
			for b.Loop() {
				got, err := svc.List(ctx)
				if err != nil || len(got) != n {
					b.Fatalf("list: %d, %v", len(got), err)
				}
			}
		})
	}
}
