package listexport_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/importer"
	"kams/backend/listexport"
)

// Export then import into an empty book gives the same records: the
// sample's accounts, contacts, deals and visits are exported (.xlsx and
// .csv, zh and en), imported into a new book in that order, and every
// field import reads (the header table's columns) is compared, by
// exporting both books again as .xlsx: each row of each list the same.
func TestExportThenImportGivesTheSameRecords(t *testing.T) {
	from := sampleBook(t)
	ctx := context.Background()
	// Text a spreadsheet would run comes back as it was typed, from both
	// formats (a leading ' in CSV, which import drops again).
	for _, h := range []string{"=1+1", "+86 21 5555", "-负面", "@SUM(A1)"} {
		if _, err := from.Accounts.Create(ctx, domain.Account{Name: h + " 公司", ShortName: h, Notes: h,
			Status: domain.StatusActive, Stage: domain.StageBasic}); err != nil {
			t.Fatal(err)
		}
	}
	kinds := []domain.SheetKind{domain.SheetAccounts, domain.SheetContacts, domain.SheetDeals, domain.SheetVisits}
	for _, c := range []struct {
		format listexport.Format
		lang   string
	}{{listexport.XLSX, "zh"}, {listexport.CSV, "en"}} {
		t.Run(string(c.format)+"-"+c.lang, func(t *testing.T) {
			to, err := book.Open(ctx, filepath.Join(t.TempDir(), "empty.db"), clocktest.New().Clock())
			if err != nil {
				t.Fatal(err)
			}
			defer to.Close()
			for _, kind := range kinds {
				data, res := write(t, from, string(kind), "", c.format, c.lang)
				path := filepath.Join(t.TempDir(), string(kind)+"."+string(c.format))
				if err := os.WriteFile(path, data, 0o600); err != nil {
					t.Fatal(err)
				}
				plan, err := to.Import.Check(ctx, importer.Request{Kind: kind, Path: path, Lang: c.lang})
				if err != nil {
					t.Fatal(err)
				}
				if len(plan.Errors) > 0 {
					t.Fatalf("%s: %d problems, the first %+v", kind, len(plan.Errors), plan.Errors[0])
				}
				n, err := to.Import.Write(ctx, plan)
				if err != nil {
					t.Fatal(err)
				}
				if n != res.Rows {
					t.Errorf("%s: %d imported of %d exported", kind, n, res.Rows)
				}
			}
			for _, kind := range kinds {
				// Compared as .xlsx, whose text cells are the text itself
				// (a CSV cell "'=1+1" could be either "=1+1" or "'=1+1").
				want := tableRows(t, from, kind, listexport.XLSX, c.lang)
				got := tableRows(t, to, kind, listexport.XLSX, c.lang)
				if len(got) != len(want) {
					t.Fatalf("%s: %d rows after the round trip, %d before", kind, len(got), len(want))
				}
				for i := range want {
					if got[i] != want[i] {
						t.Errorf("%s: after the round trip\n%s\nbefore\n%s", kind, got[i], want[i])
						break
					}
				}
			}
		})
	}
}

// tableRows are a list's rows as written, cut to the columns import reads
// (the header table's), sorted.
func tableRows(t *testing.T, b *book.Book, kind domain.SheetKind, format listexport.Format, lang string) []string {
	t.Helper()
	data, _ := write(t, b, string(kind), "", format, lang)
	rows := readBack(t, format, data)
	n := len(domain.SheetColumns(kind))
	out := make([]string, 0, len(rows))
	for _, r := range rows[1:] {
		r = append(r, make([]string, n)...) // .xlsx rows end at their last value
		out = append(out, strings.Join(r[:n], " | "))
	}
	slices.Sort(out)
	return out
}
