package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/importer"
)

// The import screen's calls: a check hands over the first page of the
// problems and their count, the rest come page by page; importing a file
// with problems writes nothing and says why; a good one is written once.
func TestImportsPagesProblemsAndWritesOnce(t *testing.T) {
	b, err := book.Open(context.Background(), filepath.Join(t.TempDir(), "kams.db"), clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	f := newFacades(b, "test")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("Name,Employees\n"+strings.Repeat("A,-1\n", 250)), 0o600)
	req := importer.Request{Kind: domain.SheetAccounts, Path: bad, Lang: "en"}
	plan, err := f.imports.Check(req)
	if err != nil {
		t.Fatal(err)
	}
	// 250 negatives and 249 repeats of the name A.
	if plan.ErrorCount != 499 || len(plan.Errors) != errorPage || plan.Rows != 250 || len(plan.Preview) != importer.PreviewRows {
		t.Fatalf("count %d, page %d, rows %d, preview %d", plan.ErrorCount, len(plan.Errors), plan.Rows, len(plan.Preview))
	}
	seen := len(plan.Errors)
	for {
		page, err := f.imports.ImportErrors(seen)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		seen += len(page)
	}
	if seen != 499 {
		t.Fatalf("paged %d problems", seen)
	}
	res, err := f.imports.Run(req)
	if err != nil || res.Imported != 0 || res.Plan == nil || res.Plan.ErrorCount != 499 {
		t.Fatalf("run: %+v %v", res, err)
	}

	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("Name\nA\nB\n"), 0o600)
	req.Path = good
	if res, err := f.imports.Run(req); err != nil || res.Imported != 2 || res.Plan != nil {
		t.Fatalf("run: %+v %v", res, err)
	}
	// The same file again: its names are in the book now.
	if res, err := f.imports.Run(req); err != nil || res.Imported != 0 || res.Plan.ErrorCount != 2 || res.Plan.Errors[0].Code != "duplicate_in_db" {
		t.Fatalf("again: %+v %v", res, err)
	}
	if _, err := f.imports.Check(importer.Request{Kind: domain.SheetAccounts, Path: "relative.csv"}); err == nil {
		t.Fatal("a relative path was checked")
	}
	out := filepath.Join(dir, "t.xlsx")
	if got, err := f.imports.WriteTemplate(domain.SheetDeals, "en", out); err != nil || got != out {
		t.Fatalf("template: %q %v", got, err)
	}
}
