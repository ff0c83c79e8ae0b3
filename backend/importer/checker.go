package importer

import (
	"context"
	"errors"
	"unicode/utf8"

	"kams/backend/domain"
	"kams/backend/store"
)

// checker reads the data rows of one kind into records and collects the
// problems of every row.
type checker struct {
	ctx      context.Context
	st       *store.Store
	kind     domain.SheetKind
	lang     string
	cols     []domain.Column
	serials  bool // a workbook: numbers in date columns are date serials
	date1904 bool
	stages   []domain.Stage
	today    string

	header  []string       // trimmed header cells
	field   []string       // the field key each column fills, "" none
	colOf   map[string]int // field key → column index
	missing bool           // a required column is missing: rows are not checked

	problems []Problem
	flagged  map[rowField]bool // already has a problem
	badRow   map[int]bool

	// what the rows of each kind gather for finish
	accounts []pending[domain.Account]
	contacts []pendingContact
	deals    []pending[domain.Opportunity]
	visits   []pendingVisit
	batch    store.ImportBatch
}

// rowField is a cell by its row and field key.
type rowField struct {
	row   int
	field string
}

type pending[T any] struct {
	row     int
	rec     T
	account string // the account's name as the file gives it
	bad     bool   // the row already has a problem
}

func newChecker(ctx context.Context, st *store.Store, req Request, date1904, serials bool) *checker {
	lang := req.Lang
	if lang != "en" {
		lang = "zh"
	}
	return &checker{ctx: ctx, st: st, kind: req.Kind, lang: lang, cols: domain.SheetColumns(req.Kind),
		serials: serials, date1904: date1904, flagged: map[rowField]bool{}, badRow: map[int]bool{}}
}

// load reads what the rules need from the book: the sales stages and the
// user's today.
func (c *checker) load() error {
	set, err := c.st.Settings(c.ctx)
	if err != nil {
		return err
	}
	c.stages = set.Stages
	if len(c.stages) == 0 {
		c.stages = domain.DefaultStages()
	}
	c.today = c.st.Clock().Today()
	return nil
}

// setHeader matches the header row's columns to fields, or takes the
// user's mapping; a field is filled by one column at most.
func (c *checker) setHeader(row int, cells []string, mapping []string) {
	c.header = make([]string, len(cells))
	c.field = make([]string, len(cells))
	c.colOf = map[string]int{}
	valid := map[string]bool{}
	for _, col := range c.cols {
		valid[col.Key] = true
	}
	for i, h := range cells {
		c.header[i] = trim(h)
		key := ""
		if mapping != nil {
			if i < len(mapping) && valid[mapping[i]] {
				key = mapping[i]
			}
		} else if col, ok := domain.MatchColumn(c.kind, c.header[i]); ok {
			key = col.Key
		}
		if _, taken := c.colOf[key]; key != "" && !taken {
			c.field[i] = key
			c.colOf[key] = i
		}
	}
	for _, col := range c.cols {
		if _, ok := c.colOf[col.Key]; col.Required && !ok {
			c.missing = true
			c.problems = append(c.problems, Problem{Row: row, Field: col.Header(c.lang), Code: "required", col: -1,
				Message: message(c.lang, "required_column", map[string]any{"header": col.Header(c.lang)})})
		}
	}
}

// rowCells is one data row by field key.
type rowCells struct {
	row   int
	cells map[string]string
}

func (r rowCells) get(key string) string { return r.cells[key] }

// row checks the shape of one data row and hands its cells to the kind.
func (c *checker) row(row int, cells []string, csv bool) {
	if csv && len(cells) != len(c.header) {
		c.problems = append(c.problems, Problem{Row: row, Field: columnLetter(max(len(cells), len(c.header)) - 1), Code: "column_count",
			col: len(c.header), Message: message(c.lang, "column_count", map[string]any{"got": len(cells), "want": len(c.header)})})
		return
	}
	r := rowCells{row: row, cells: map[string]string{}}
	shapeOK := true
	for i, v := range cells {
		v = trim(v)
		if csv {
			v = unneutralise(v)
		}
		if v == "" {
			continue
		}
		if i >= len(c.header) || c.header[i] == "" {
			c.problems = append(c.problems, Problem{Row: row, Field: columnLetter(i), Code: "header_missing", col: i,
				Message: message(c.lang, "header_missing", nil)})
			shapeOK = false
			continue
		}
		if f := c.field[i]; f != "" {
			r.cells[f] = v
		}
	}
	if c.missing {
		return
	}
	switch c.kind {
	case domain.SheetAccounts:
		c.accountRow(r, !shapeOK)
	case domain.SheetContacts:
		c.contactRow(r, !shapeOK)
	case domain.SheetDeals:
		c.dealRow(r, !shapeOK)
	case domain.SheetVisits:
		c.visitRow(r, !shapeOK)
	}
}

// add records a problem with field key on row; key is the finer message
// key (code when they are the same). One problem per field and row.
func (c *checker) add(row int, field, code, key string, params map[string]any) {
	if c.flagged[rowField{row, field}] {
		return
	}
	c.flagged[rowField{row, field}] = true
	c.badRow[row] = true
	col, ok := c.colOf[field]
	if !ok {
		col = len(c.header)
	}
	if key == "" {
		key = code
	}
	c.problems = append(c.problems, Problem{Row: row, Field: c.headerLabel(field), Code: code, col: col,
		Message: message(c.lang, key, params)})
}

func (c *checker) hasProblem(row int) bool { return c.badRow[row] }

// text is a one-line cell, at most MaxShortText characters.
func (c *checker) text(r rowCells, key string) string {
	return c.limited(r, key, domain.MaxShortText)
}

// long is a long text cell.
func (c *checker) long(r rowCells, key string) string {
	return c.limited(r, key, domain.MaxLongText)
}

func (c *checker) limited(r rowCells, key string, max int) string {
	v := r.get(key)
	if n := utf8.RuneCountInString(v); n > max {
		c.add(r.row, key, "too_long", "", map[string]any{"length": n, "max": max})
		return ""
	}
	// NUL and the other control characters (a tab and a line break stay)
	// are dropped as the forms drop them: they break the search index.
	return domain.CleanText(v)
}

// required is a one-line cell that must be there.
func (c *checker) required(r rowCells, key string) string {
	v := c.text(r, key)
	if domain.Blank(v) && !c.flagged[rowField{r.row, key}] {
		c.add(r.row, key, "required", "", nil)
	}
	return v
}

// amount is a money cell in 分 (0 when empty).
func (c *checker) amount(r rowCells, key string) int64 {
	v := r.get(key)
	if v == "" {
		return 0
	}
	n, err := parseAmount(v)
	if err != nil {
		c.valueProblem(r.row, key, v, err)
		return 0
	}
	if n > domain.MaxMoney {
		c.add(r.row, key, "invalid_value", "invalid_too_big", map[string]any{"value": v})
	}
	return n
}

// count is a whole-number cell ≥ 0, at most max.
func (c *checker) count(r rowCells, key string, max int64) int64 {
	v := r.get(key)
	if v == "" {
		return 0
	}
	n, err := parseCount(v, max)
	if err != nil {
		c.valueProblem(r.row, key, v, err)
	}
	return n
}

// date is a day cell, "" when empty.
func (c *checker) date(r rowCells, key string) string {
	v := r.get(key)
	if v == "" {
		return ""
	}
	d, err := parseDate(v, c.serials, c.date1904)
	if err != nil {
		c.valueProblem(r.row, key, v, err)
	}
	return d
}

// choice is an enum cell by its zh or en label; ok is false when empty.
func (c *checker) choice(r rowCells, key, enum string) (domain.Choice, bool) {
	v := r.get(key)
	if v == "" {
		return domain.Choice{}, false
	}
	ch, ok := domain.ChoiceOf(enum, c.stages, v)
	if !ok {
		labels := ""
		for i, x := range domain.Choices(enum, c.stages) {
			if i > 0 {
				labels += map[bool]string{true: ", ", false: "、"}[c.lang == "en"]
			}
			labels += x.Label(c.lang)
		}
		c.add(r.row, key, "invalid_value", "invalid_choice", map[string]any{"value": v, "choices": labels})
	}
	return ch, ok
}

func (c *checker) valueProblem(row int, key, value string, err error) {
	var ve *valueError
	if !errors.As(err, &ve) {
		c.add(row, key, "invalid_value", "", map[string]any{"value": value})
		return
	}
	params := map[string]any{"value": value}
	for k, v := range ve.params {
		params[k] = v
	}
	msg := ve.code
	if reason, ok := ve.params["reason"].(string); ok {
		msg = map[string]string{"decimals": "invalid_decimals", "tooBig": "invalid_too_big", "whole": "invalid_whole", "range": "invalid_range"}[reason]
	}
	c.add(row, key, ve.code, msg, params)
}

// domainProblems adds the field errors the record's own Validate finds
// that the cells' checks did not.
func (c *checker) domainProblems(row int, err error, values map[string]string) {
	var de *domain.Error
	if !errors.As(err, &de) {
		return
	}
	for _, f := range de.Fields {
		code, key := "invalid_value", ""
		switch f.Key {
		case "error.required":
			code = "required"
		case "error.tooLong":
			code = "too_long"
		case "error.date":
			code = "invalid_date"
		case "error.email":
			key = "invalid_email"
		case "error.nextDueRequired":
			code, key = "required", "required_due"
		}
		params := map[string]any{"value": values[f.Field]}
		for k, v := range f.Params {
			params[k] = v
		}
		c.add(row, f.Field, code, key, params)
	}
}

// finish resolves what needs the whole file and the book: accounts by
// name, duplicates, people and deals named in cells, reporting lines.
func (c *checker) finish() error {
	switch c.kind {
	case domain.SheetAccounts:
		return c.finishAccounts()
	case domain.SheetContacts:
		return c.finishContacts()
	case domain.SheetDeals:
		return c.finishDeals()
	case domain.SheetVisits:
		return c.finishVisits()
	}
	return nil
}

// accountIDs resolves the accounts the rows name by their full name.
func (c *checker) accountIDs(names []string) (map[string]int64, error) {
	seen := map[string]bool{}
	list := []string{}
	for _, n := range names {
		if n != "" && !seen[lower(n)] {
			seen[lower(n)] = true
			list = append(list, n)
		}
	}
	return c.st.AccountsNamed(c.ctx, list)
}
