package importer

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"kams/backend/domain"
)

// A blank template, filled in by hand, imports: its README sheet is never
// data, its headers are the table's, its lists are the choices.
func TestTemplateFilledInImports(t *testing.T) {
	rows := map[domain.SheetKind]map[string]any{
		domain.SheetAccounts: {"name": "模板客户", "status": 1, "ourSales": 1000},
		domain.SheetContacts: {"name": "张三", "account": "已有客户", "role": 2},
		domain.SheetDeals:    {"account": "已有客户", "name": "一期项目", "stage": 3, "amount": "12万"},
		domain.SheetVisits:   {"account": "已有客户", "date": "2026-06-01", "kind": 0},
	}
	for _, lang := range []string{"zh", "en"} {
		for _, kind := range domain.SheetKinds {
			st := newStore(t)
			if err := st.CreateAccounts(context.Background(), []domain.Account{{Name: "已有客户", Status: "active", Stage: "basic"}}); err != nil {
				t.Fatal(err)
			}
			set, _ := st.Settings(context.Background())
			var b bytes.Buffer
			if err := WriteTemplate(&b, kind, lang, set.Stages); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&b)
			if err != nil {
				t.Fatal(err)
			}
			sheet := SheetName(kind, lang)
			if got := f.GetSheetList(); len(got) != 2 || got[0] != sheet || got[1] != "README" {
				t.Fatalf("%s %s: sheets %v", kind, lang, got)
			}
			dvs, _ := f.GetDataValidations(sheet)
			enums := 0
			for i, c := range domain.SheetColumns(kind) {
				if c.Type == domain.ColEnum {
					enums++
				}
				v, ok := rows[kind][c.Key]
				if !ok {
					continue
				}
				if n, isChoice := v.(int); isChoice && c.Type == domain.ColEnum {
					v = domain.Choices(c.Enum, set.Stages)[n].Label(lang)
				}
				cell, _ := excelize.CoordinatesToCellName(i+1, 2)
				f.SetCellValue(sheet, cell, v)
			}
			if len(dvs) != enums {
				t.Errorf("%s %s: %d lists for %d choice columns", kind, lang, len(dvs), enums)
			}
			path := filepath.Join(t.TempDir(), "t.xlsx")
			if err := f.SaveAs(path); err != nil {
				t.Fatal(err)
			}
			f.Close()
			p := check(t, st, Request{Kind: kind, Path: path, Lang: lang})
			if p.Sheet != sheet || p.Rows != 1 || len(p.Errors) != 0 {
				t.Fatalf("%s %s: sheet %q rows %d %v", kind, lang, p.Sheet, p.Rows, codes(p))
			}
			if p.Sheets[1].Table {
				t.Errorf("%s %s: README taken for a table", kind, lang)
			}
			if n, err := Write(context.Background(), st, p, "2026-06-15"); err != nil || n != 1 {
				t.Fatalf("%s %s: %d %v", kind, lang, n, err)
			}
		}
	}
}
