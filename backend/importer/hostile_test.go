package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kams/backend/clock/clocktest"
	"kams/backend/domain"
)

// The hostile files of issue 14. Each must finish (within 30 s and under
// 1 GB: the benchmarks below measure both) and import nothing when a row
// is bad. The tests check what each one says; their time is the
// benchmarks' business.

// claimFile is a sheet whose dimension claims 1,048,576 rows, with a row
// at the very last one (bad: a negative amount) after two good ones.
func claimFile(t testing.TB) string {
	path := writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"Name", "Our annual sales"}, {"A", 1}, {"B", 2}}}})
	patchZip(t, path, "xl/worksheets/sheet1.xml", func(x string) string {
		x = strings.Replace(x, `<dimension ref="A1:B3"`, `<dimension ref="A1:XFD1048576"`, 1)
		return strings.Replace(x, "</sheetData>",
			`<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Z</t></is></c><c r="B1048576"><v>-5</v></c></row></sheetData>`, 1)
	})
	return path
}

// bombFile is a small zip whose shared strings unpack to 50 MB: one name
// of 50 million characters.
func bombFile(t testing.TB) string {
	path := writeXLSX(t, []sheet{{name: "S", rows: [][]any{{"Name"}, {"x"}, {"B"}}}})
	patchZip(t, path, "xl/sharedStrings.xml", func(x string) string {
		return strings.Replace(x, "<t>x</t>", "<t>"+strings.Repeat("x", 50<<20)+"</t>", 1)
	})
	return path
}

// rowsFile is a sheet of n accounts, the last one bad (a negative amount)
// when bad is set.
func rowsFile(t testing.TB, n int, bad bool) string {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"公司名称", "行业", "区域", "我方年销售额", "状态", "备注"}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		amount := any(float64(i) * 1.5)
		if bad && i == n {
			amount = -1
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, []any{fmt.Sprintf("客户%07d有限公司", i), "制造", "华东", amount, "合作中", "批量导入"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rows.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHostileFiles(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes 200,000 rows a matter of minutes: scripts/test.sh runs these without it")
	}
	st := newStore(t)
	for _, tt := range []struct {
		name string
		path func(testing.TB) string
		want []string
	}{
		{"claims 1,048,576 rows", claimFile, []string{"1048576 Our annual sales negative"}},
		{"strings unpack to 50 MB", bombFile, []string{"2 Name too_long"}},
		{"200,000 rows, the last one bad", func(t testing.TB) string { return rowsFile(t, MaxDataRows, true) },
			[]string{fmt.Sprint(MaxDataRows+1) + " 我方年销售额 negative"}},
		{"one row more than the limit", func(t testing.TB) string {
			return writeFile(t, "many.csv", []byte("Name\n"+strings.Repeat("a\n", MaxDataRows+1)))
		}, []string{"0  too_many_rows"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path(t)
			took := clocktest.Stopwatch()
			p := check(t, st, Request{Kind: domain.SheetAccounts, Path: path})
			t.Logf("%s: checked in %v", tt.name, took().Round(time.Millisecond))
			if got := codes(p); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			if _, err := Write(context.Background(), st, p, "2026-06-15"); err == nil {
				t.Fatal("written")
			}
			if n, _ := st.CountAccounts(context.Background()); n != 0 {
				t.Fatalf("%d accounts in the book", n)
			}
		})
	}
}

// benchHostile checks one hostile file per iteration and reports the
// seconds it took and the process's peak memory.
func benchHostile(b *testing.B, make func(testing.TB) string) {
	st := newStore(b)
	path := make(b)
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		p, err := Check(context.Background(), st, Request{Kind: domain.SheetAccounts, Path: path, Lang: "en"})
		if err != nil || p.OK() {
			b.Fatalf("%v: %v", err, codes(p))
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/file")
	// On a shared machine the wall clock waits for others; the CPU time
	// is what the file itself cost.
	b.ReportMetric((cpuTime()-cpu)/float64(b.N), "cpu-s/file")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
}

func BenchmarkHostileClaim(b *testing.B)   { benchHostile(b, claimFile) }
func BenchmarkHostileStrings(b *testing.B) { benchHostile(b, bombFile) }
func BenchmarkHostileRows(b *testing.B) {
	benchHostile(b, func(t testing.TB) string { return rowsFile(t, MaxDataRows, true) })
}

// BenchmarkImport200k checks and writes 200,000 good accounts into an
// empty book: the import's speed in rows per second.
func BenchmarkImport200k(b *testing.B) {
	n := MaxDataRows
	if s := os.Getenv("KAMS_BENCH_ROWS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	path := rowsFile(b, n, false)
	b.ResetTimer()
	cpu := cpuTime()
	var check, write time.Duration
	for range b.N {
		b.StopTimer()
		st := newStore(b)
		b.StartTimer()
		checking := clocktest.Stopwatch()
		p, err := Check(context.Background(), st, Request{Kind: domain.SheetAccounts, Path: path})
		if err != nil || !p.OK() {
			b.Fatalf("%v %v", err, codes(p))
		}
		c := checking()
		writing := clocktest.Stopwatch()
		got, err := Write(context.Background(), st, p, "2026-06-15")
		if err != nil || got != n {
			b.Fatalf("%d %v", got, err)
		}
		check, write = check+c, write+writing()
	}
	b.ReportMetric(float64(n*b.N)/(check+write).Seconds(), "rows/s")
	b.ReportMetric(float64(n*b.N)/check.Seconds(), "checked-rows/s")
	b.ReportMetric(float64(n*b.N)/(cpuTime()-cpu), "rows/cpu-s")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
}
