package importer

import (
	"context"
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	"kams/backend/domain"
	"kams/backend/store"
)

// Problem is one reason the file cannot be imported: the row as the
// spreadsheet numbers it (the header is row 1; 0 for the whole file), the
// field by its header in the file (or its column letter), the code and the
// reason in the user's language.
type Problem struct {
	Row     int    `json:"row"`
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
	col     int
}

// Request is what to import: the kind of record, the file, the sheet (""
// for the first one that is a table) and, when the user fixed it, the
// mapping: for each column of the header row the field key it fills, ""
// for none (nil: matched by the headers).
type Request struct {
	Kind    domain.SheetKind `json:"kind"`
	Path    string           `json:"path"`
	Sheet   string           `json:"sheet"`
	Mapping []string         `json:"mapping"`
	Lang    string           `json:"lang"`
}

// SheetInfo is a sheet of the file and whether it is a table of this kind
// of record (its header names at least one of the kind's columns).
type SheetInfo struct {
	Name  string `json:"name"`
	Table bool   `json:"table"`
}

// HeaderColumn is a column of the header row and the field it fills.
type HeaderColumn struct {
	Index  int    `json:"index"`
	Letter string `json:"letter"`
	Header string `json:"header"`
	Field  string `json:"field"` // "" when the column is not imported
}

// PreviewRow is a data row as read, cell per header column.
type PreviewRow struct {
	Row   int      `json:"row"`
	Cells []string `json:"cells"`
}

// PreviewRows is how many data rows a plan shows.
const PreviewRows = 10

// Plan is a checked file: what would be imported and every problem.
type Plan struct {
	Kind      domain.SheetKind `json:"kind"`
	Sheet     string           `json:"sheet"`
	Sheets    []SheetInfo      `json:"sheets"`
	HeaderRow int              `json:"headerRow"`
	Columns   []HeaderColumn   `json:"columns"`
	Rows      int              `json:"rows"` // data rows, empty ones not counted
	Preview   []PreviewRow     `json:"preview"`
	Errors    []Problem        `json:"errors"`
	batch     store.ImportBatch
}

// OK is true when the plan can be written.
func (p *Plan) OK() bool { return len(p.Errors) == 0 && p.Rows > 0 }

// Check reads and checks the whole file against the book without writing
// anything. File problems are in the plan's Errors (row 0); the error is
// for the book failing to answer.
func Check(ctx context.Context, st *store.Store, req Request) (*Plan, error) {
	p := &Plan{Kind: req.Kind, Errors: []Problem{}, Preview: []PreviewRow{}, Columns: []HeaderColumn{}, Sheets: []SheetInfo{}}
	if domain.SheetColumns(req.Kind) == nil {
		return nil, &domain.Error{Code: domain.CodeValidation, Key: "error.choice", Params: map[string]any{"kind": req.Kind}}
	}
	src, err := openSource(req.Path)
	if err != nil {
		return p, p.fileProblem(req.Lang, err)
	}
	defer src.close()
	c := newChecker(ctx, st, req, src.date1904, !src.csv)
	if err := c.load(); err != nil {
		return nil, err
	}
	if err := p.read(c, src, req); err != nil {
		return p, p.fileProblem(req.Lang, err)
	}
	if len(p.Errors) == 0 && p.Rows > 0 && !c.missing {
		if err := c.finish(); err != nil {
			return nil, err
		}
	}
	p.Errors = append(p.Errors, c.problems...)
	sort.SliceStable(p.Errors, func(i, j int) bool {
		a, b := p.Errors[i], p.Errors[j]
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return a.col < b.col
	})
	p.batch = c.batch
	return p, nil
}

// fileProblem turns a whole-file error into the plan's one problem; other
// errors pass through.
func (p *Plan) fileProblem(lang string, err error) error {
	var fe *fileError
	if !errors.As(err, &fe) {
		return err
	}
	params := map[string]any{"max": maxDataRows}
	p.Errors = append(p.Errors, Problem{Row: 0, Code: fe.code, Message: message(lang, fe.code, params)})
	return nil
}

// read picks the sheet, matches the header and checks each data row.
func (p *Plan) read(c *checker, src *source, req Request) error {
	for _, name := range src.sheets {
		p.Sheets = append(p.Sheets, SheetInfo{Name: name})
	}
	sheet := req.Sheet
	if sheet != "" {
		found := false
		for _, s := range src.sheets {
			found = found || s == sheet
		}
		if !found {
			p.Errors = append(p.Errors, Problem{Code: "invalid_value", Field: "sheet", Message: message(req.Lang, "invalid_sheet", map[string]any{"value": sheet})})
			return nil
		}
	}
	// Which sheets are tables: only their header rows are read.
	for i := range p.Sheets {
		if src.csv {
			p.Sheets[i].Table = true
			continue
		}
		t, err := src.open(p.Sheets[i].Name)
		if err != nil {
			return err
		}
		_, header, _ := headerRow(t)
		t.Close()
		for _, h := range header {
			if _, ok := domain.MatchColumn(req.Kind, trim(h)); ok {
				p.Sheets[i].Table = true
				break
			}
		}
		if sheet == "" && p.Sheets[i].Table {
			sheet = p.Sheets[i].Name
		}
	}
	if sheet == "" {
		sheet = src.sheets[0]
	}
	p.Sheet = sheet
	t, err := src.open(sheet)
	if err != nil {
		return err
	}
	defer t.Close()
	row, header, ok := headerRow(t)
	if err := t.Err(); err != nil {
		return err
	}
	if !ok {
		return fail("empty_file", nil)
	}
	p.HeaderRow = row
	c.setHeader(row, header, req.Mapping)
	for i, h := range c.header {
		p.Columns = append(p.Columns, HeaderColumn{Index: i, Letter: columnLetter(i), Header: h, Field: c.field[i]})
	}
	for {
		row, cells, ok := t.Next()
		if !ok {
			break
		}
		if empty(cells) {
			continue
		}
		p.Rows++
		if p.Rows > maxDataRows {
			return fail("too_many_rows", nil)
		}
		if len(p.Preview) < PreviewRows {
			p.Preview = append(p.Preview, PreviewRow{Row: row, Cells: previewCells(cells, len(c.header))})
		}
		c.row(row, cells, src.csv)
	}
	if err := t.Err(); err != nil {
		return err
	}
	if p.Rows == 0 {
		return fail("no_data_rows", nil)
	}
	return nil
}

// headerRow is the first row with a cell that is not empty, within the
// first rows of the sheet.
func headerRow(t table) (int, []string, bool) {
	for {
		row, cells, ok := t.Next()
		if !ok || row > headerSearch {
			return 0, nil, false
		}
		if !empty(cells) {
			return row, cells, true
		}
	}
}

func empty(cells []string) bool {
	for _, c := range cells {
		if trim(c) != "" {
			return false
		}
	}
	return true
}

func previewCells(cells []string, n int) []string {
	out := make([]string, n)
	for i := range out {
		if i < len(cells) {
			out[i] = trim(cells[i])
			if utf8.RuneCountInString(out[i]) > 200 {
				out[i] = string([]rune(out[i])[:200]) + "…"
			}
		}
	}
	return out
}

// Write imports a checked plan in one transaction. It refuses a plan with
// problems: nothing is written then.
func Write(ctx context.Context, st *store.Store, p *Plan, today string) (int, error) {
	if !p.OK() {
		return 0, &domain.Error{Code: domain.CodeValidation, Key: "error.importProblems", Params: map[string]any{"n": len(p.Errors)}}
	}
	return st.Import(ctx, p.batch, today)
}

// headerLabel is how a problem names the column of field key: its header
// in the file, or the column's header in lang when the file has none.
func (c *checker) headerLabel(key string) string {
	if i, ok := c.colOf[key]; ok {
		if h := c.header[i]; h != "" {
			return h
		}
		return columnLetter(i)
	}
	for _, col := range c.cols {
		if col.Key == key {
			return col.Header(c.lang)
		}
	}
	return key
}

func lower(s string) string { return strings.ToLower(s) }

// Importer checks and imports files into one book.
type Importer struct{ st *store.Store }

// New is the importer of the book st.
func New(st *store.Store) *Importer { return &Importer{st: st} }

// Check reads and checks a file without writing (see Check).
func (i *Importer) Check(ctx context.Context, req Request) (*Plan, error) {
	return Check(ctx, i.st, req)
}

// Write imports a checked plan, all of it or nothing, on the book's today.
func (i *Importer) Write(ctx context.Context, p *Plan) (int, error) {
	return Write(ctx, i.st, p, i.st.Clock().Today())
}
