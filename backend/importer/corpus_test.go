package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kams/backend/clock/clocktest"
	"kams/backend/store"
	"kams/backend/store/storetest"
)

// The corpus: every file these tests read is written here, by Go, from
// what the test says it holds.

func newStore(t testing.TB) *store.Store {
	t.Helper()
	now := clocktest.New().Clock()
	path := storetest.Fresh(t, func(path string) error {
		s, err := store.Open(context.Background(), path, now)
		if err != nil {
			return err
		}
		return s.Close()
	})
	s, err := store.Open(context.Background(), path, now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// writeFile writes raw bytes as a file named name in a temp dir.
func writeFile(t testing.TB, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// sheet is a worksheet to write: its rows of cells, each a string (text)
// or a number, or a formula.
type sheet struct {
	name string
	rows [][]any
}

// formula is a cell with a formula and the value Excel cached for it.
type formula struct {
	expr  string
	value any
}

// writeXLSX writes a workbook with the sheets in order; set changes the
// file before it is saved (1904 dates, a password …).
func writeXLSX(t testing.TB, sheets []sheet, opts ...excelize.Options) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				var err error
				switch x := v.(type) {
				case nil:
					continue
				case formula:
					err = f.SetCellValue(s.name, cell, x.value)
					if err == nil {
						err = f.SetCellFormula(s.name, cell, x.expr)
					}
				default:
					err = f.SetCellValue(s.name, cell, v)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path, opts...); err != nil {
		t.Fatal(err)
	}
	// excelize's writer leaves a text formula's cached value as a shared
	// string index; Excel writes the text itself (t="str"), as here.
	for i, s := range sheets {
		for _, row := range s.rows {
			for _, v := range row {
				if fm, ok := v.(formula); ok {
					if text, ok := fm.value.(string); ok {
						var b strings.Builder
						xml.EscapeText(&b, []byte(strings.TrimPrefix(fm.expr, "=")))
						expr := b.String()
						patchZip(t, path, "xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml", func(x string) string {
							return regexp.MustCompile(`<f>=?`+regexp.QuoteMeta(strings.ReplaceAll(expr, "&#34;", "&#34;"))+`</f><v>[0-9]*</v>`).
								ReplaceAllLiteralString(x, "<f>"+expr+"</f><v>"+text+"</v>")
						})
					}
				}
			}
		}
	}
	return path
}

// patchZip rewrites one part of a zip file with edit.
func patchZip(t testing.TB, path, part string, edit func(string) string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			b = []byte(edit(string(b)))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	zr.Close()
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func check(t testing.TB, st *store.Store, req Request) *Plan {
	t.Helper()
	if req.Lang == "" {
		req.Lang = "en"
	}
	p, err := Check(context.Background(), st, req)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// codes are the plan's problems as "row field code".
func codes(p *Plan) []string {
	out := []string{}
	for _, e := range p.Errors {
		out = append(out, strconv.Itoa(e.Row)+" "+e.Field+" "+e.Code)
	}
	return out
}

var osReadFile = os.ReadFile

func excelizePassword(pw string) excelize.Options { return excelize.Options{Password: pw} }

// zipOf is a zip holding one part: a file that is a zip but no workbook.
func zipOf(t testing.TB, name, body string) string {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create(name)
	w.Write([]byte(body))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, "doc.xlsx", b.Bytes())
}
