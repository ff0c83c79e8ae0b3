package listexport_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/listexport"
)

// benchBook is the book the benchmarks export: KAMS_BENCH_BOOK names a
// copy of a big book (kams demo --accounts 5000: ~500,000 visits), or a
// sample scaled to 200 accounts is made once.
var benchBook = sync.OnceValues(func() (*book.Book, error) {
	ctx := context.Background()
	if path := os.Getenv("KAMS_BENCH_BOOK"); path != "" {
		return book.Open(ctx, path, clocktest.New().Clock())
	}
	dir, err := os.MkdirTemp("", "kams-listexport-bench-")
	if err != nil {
		return nil, err
	}
	b, err := book.Open(ctx, filepath.Join(dir, "kams.db"), clocktest.New().Clock())
	if err != nil {
		return nil, err
	}
	return b, b.Sample.LoadScaled(ctx, 200, nil)
})

// peakHeap samples the heap in use while run runs; the most it saw.
func peakHeap(run func()) uint64 {
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	run()
	close(done)
	wg.Wait()
	return peak
}

// The whole list, streamed to nowhere: rows per second and the most heap
// in use while it ran (bounded: it does not grow with the rows).
func BenchmarkExport(b *testing.B) {
	bk, err := benchBook()
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"accounts", "contacts", "visits", "deals"} {
		for _, format := range []listexport.Format{listexport.XLSX, listexport.CSV} {
			b.Run(name+"-"+string(format), func(b *testing.B) {
				rows := 0
				var peak uint64
				for b.Loop() {
					peak = max(peak, peakHeap(func() {
						res, err := listexport.Write(context.Background(), bk.Lists, name, nil, format, "zh", io.Discard)
						if err != nil {
							b.Fatal(err)
						}
						rows += res.Rows
					}))
				}
				b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			})
		}
	}
}
