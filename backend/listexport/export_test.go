package listexport_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kams/app/book"
	"kams/backend/clock/clocktest"
	"kams/backend/domain"
	"kams/backend/listexport"
	"kams/backend/store"
)

// sampleBook is a new book with the sample loaded.
func sampleBook(t testing.TB) *book.Book {
	t.Helper()
	b, err := book.Open(context.Background(), filepath.Join(t.TempDir(), "kams.db"), clocktest.New().Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	if err := b.Sample.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	return b
}

// readBack reads a written list: its rows (the header first), from .xlsx
// as the importer would (the streaming reader, raw values) or from .csv.
func readBack(t testing.TB, format listexport.Format, data []byte) [][]string {
	t.Helper()
	if format == listexport.CSV {
		if !bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Fatal("the CSV does not start with a UTF-8 byte-order mark")
		}
		rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for rows.Next() {
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, cols)
	}
	return out
}

func write(t testing.TB, b *book.Book, name, filter string, format listexport.Format, lang string) ([]byte, listexport.Result) {
	t.Helper()
	f, err := listexport.DecodeFilter(name, filter)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	res, err := listexport.Write(context.Background(), b.Lists, name, f, format, lang, &buf)
	if err != nil {
		t.Fatalf("%s %s: %v", name, format, err)
	}
	return buf.Bytes(), res
}

// Every list writes, in both formats and both languages, its headers and
// as many rows as it says.
func TestEveryListInBothFormatsAndLanguages(t *testing.T) {
	b := sampleBook(t)
	for _, name := range listexport.Names() {
		for _, format := range []listexport.Format{listexport.XLSX, listexport.CSV} {
			for _, lang := range []string{"zh", "en"} {
				data, res := write(t, b, name, "", format, lang)
				rows := readBack(t, format, data)
				info, err := listexport.Describe(name, lang)
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) == 0 || strings.Join(rows[0], "|") != strings.Join(info.Headers, "|") {
					t.Fatalf("%s %s %s: header %q, want %q", name, format, lang, rows[0], info.Headers)
				}
				if res.Rows == 0 || len(rows)-1 != res.Rows {
					t.Errorf("%s %s %s: %d rows read back, %d written", name, format, lang, len(rows)-1, res.Rows)
				}
			}
		}
	}
}

// The labels follow the language: the sample's first account in zh and en.
func TestLabelsFollowTheLanguage(t *testing.T) {
	b := sampleBook(t)
	for lang, want := range map[string][]string{"zh": {"公司名称", "合作中", "是"}, "en": {"Name", "Active", "Yes"}} {
		data, _ := write(t, b, "accounts", `{"statuses":["active"],"keyOnly":true}`, listexport.CSV, lang)
		text := string(data)
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s accounts do not say %q", lang, w)
			}
		}
	}
}

// Text a spreadsheet would run as a formula stays text: a leading ' in
// CSV, a string cell (never a formula) in .xlsx.
func TestFormulaTextIsNeutralised(t *testing.T) {
	b := sampleBook(t)
	ctx := context.Background()
	hostile := []string{"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"}
	for i, h := range hostile {
		a := domain.Account{Name: h + " 公司", Notes: h, Status: domain.StatusActive, Stage: domain.StageBasic}
		if i == 0 {
			a.Name = h
		}
		if _, err := b.Accounts.Create(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	csvData, _ := write(t, b, "accounts", "", listexport.CSV, "en")
	rows := readBack(t, listexport.CSV, csvData)
	notes := column(t, rows, "Notes")
	for _, h := range hostile {
		if !hasRow(rows, notes, "'"+h) {
			t.Errorf("CSV: notes %q are not written as '%s", h, h)
		}
	}
	xlsxData, _ := write(t, b, "accounts", "", listexport.XLSX, "en")
	f, err := excelize.OpenReader(bytes.NewReader(xlsxData))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	xrows := readBack(t, listexport.XLSX, xlsxData)
	found := 0
	for r, row := range xrows {
		for c, v := range row {
			for _, h := range hostile {
				if v != h {
					continue
				}
				found++
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("xlsx %s holds the formula %q", cell, formula)
				}
				if typ, _ := f.GetCellType(sheet, cell); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
					t.Errorf("xlsx %s (%q) is of type %v, not a string", cell, v, typ)
				}
			}
		}
	}
	if found < len(hostile) {
		t.Errorf("xlsx: %d of the %d texts found as they were typed", found, len(hostile))
	}
}

func column(t testing.TB, rows [][]string, header string) int {
	t.Helper()
	for i, h := range rows[0] {
		if h == header {
			return i
		}
	}
	t.Fatalf("no column %q in %q", header, rows[0])
	return -1
}

func hasRow(rows [][]string, col int, value string) bool {
	for _, r := range rows[1:] {
		if col < len(r) && r[col] == value {
			return true
		}
	}
	return false
}

// The filters the screens send pick the same rows the screens show.
func TestFiltersPickWhatTheListShows(t *testing.T) {
	b := sampleBook(t)
	ctx := context.Background()
	page, err := b.Accounts.Page(ctx, store.AccountQuery{Quadrants: []string{"strategic"}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	_, res := write(t, b, "accounts", `{"quadrants":["strategic"]}`, listexport.XLSX, "zh")
	if res.Rows != page.Total || res.Rows == 0 {
		t.Errorf("strategic accounts: %d written, the list shows %d", res.Rows, page.Total)
	}
	a := page.Rows[0].Account
	people, err := b.Store.Contacts(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	data, res := write(t, b, "contacts", `{"accountId":`+itoa(a.ID)+`}`, listexport.CSV, "zh")
	if res.Rows != len(people) {
		t.Errorf("%s's people: %d written, %d on the account page", a.Name, res.Rows, len(people))
	}
	rows := readBack(t, listexport.CSV, data)
	for _, r := range rows[1:] {
		if r[column(t, rows, "公司")] != a.Name {
			t.Errorf("a person of %s is written", r[1])
		}
	}
	deals, err := b.Store.Deals(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	won := 0
	for _, d := range deals {
		if d.Status == domain.DealWon {
			won++
		}
	}
	if _, res = write(t, b, "deals", `{"accountId":`+itoa(a.ID)+`,"statuses":["won"]}`, listexport.CSV, "zh"); res.Rows != won {
		t.Errorf("%s's won deals: %d written, %d in the book", a.Name, res.Rows, won)
	}
	visits, err := b.Store.Interactions(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	from, to := visits[len(visits)-1].Date, visits[0].Date
	mid := visits[len(visits)/2].Date
	calls := 0
	for _, v := range visits {
		if v.Kind == "call" && v.Date >= from && v.Date <= mid {
			calls++
		}
	}
	_, res = write(t, b, "visits", `{"accountId":`+itoa(a.ID)+`,"kinds":["call"],"from":"`+from+`","to":"`+mid+`"}`, listexport.CSV, "en")
	if res.Rows != calls {
		t.Errorf("%s's calls %s…%s: %d written, %d in the book", a.Name, from, mid, res.Rows, calls)
	}
	if _, res = write(t, b, "visits", `{"accountId":`+itoa(a.ID)+`}`, listexport.CSV, "en"); res.Rows != len(visits) || to == "" {
		t.Errorf("%s's visits: %d written, %d in the book", a.Name, res.Rows, len(visits))
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// A bad filter is refused before anything is written: no file appears.
func TestBadFilterWritesNothing(t *testing.T) {
	b := sampleBook(t)
	dir := t.TempDir()
	for _, c := range []struct{ list, filter string }{
		{"accounts", `{"quadrants":["gold"]}`},
		{"visits", `{"from":"2026-02-30"}`},
		{"contacts", `{"accountId":999999}`},
		{"targets", `{"period":"2026-Q5"}`},
		{"deals", `{"statuses":["maybe"]}`},
	} {
		f, err := listexport.DecodeFilter(c.list, c.filter)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, c.list+".xlsx")
		if _, err := listexport.WriteFile(context.Background(), b.Lists, c.list, f, "zh", path); err == nil {
			t.Errorf("%s %s: written", c.list, c.filter)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("files left behind: %v", left)
	}
	if _, err := listexport.DecodeFilter("nothing", ""); err == nil {
		t.Error("an unknown list is accepted")
	}
}
