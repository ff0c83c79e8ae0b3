package service_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/service"
	"kams/backend/store"
)

// BenchmarkSamplePlan prints the plan of the sample's largest account (the
// one with the most people and deals) for this year, from the database to
// the finished PDF: what "export plan" costs the user.
func BenchmarkSamplePlan(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), clocktest.New().Clock())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
		b.Fatal(err)
	}
	r := book.New(st).Reports
	page, err := service.NewAccounts(st, st.Clock()).Page(ctx, store.AccountQuery{})
	if err != nil {
		b.Fatal(err)
	}
	var largest int64
	most := -1
	for _, v := range page.Rows {
		p, err := r.PlanData(ctx, v.Account.ID, st.Clock()().Year())
		if err != nil {
			b.Fatal(err)
		}
		if n := len(p.Contacts) + len(p.Deals); n > most {
			largest, most = v.Account.ID, n
		}
	}
	for _, lang := range []string{"zh", "en"} {
		b.Run(lang, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := r.Plan(ctx, largest, st.Clock()().Year(), lang, &buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
		})
	}
}
