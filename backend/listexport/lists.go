// Package listexport writes the app's lists — accounts with their scores
// and tier, contacts, visits, deals, targets, assessments — to .xlsx or
// .csv under the filters the list screen has on, for the UI's export
// button and `kams export list`. Rows are read a page at a time and
// streamed to the file, so a book of any size exports in bounded memory.
//
// A list is one small file: a filter type (its JSON is what the list
// screen sends, its `cli` tags are the command line's flags), its columns
// and a function that reads its rows page by page (see accounts.go). The
// lists import reads back (accounts, contacts, deals, visits) start with
// the columns of the shared header table, domain.SheetColumns, so an
// exported file imports as it is.
package listexport

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sort"
	"strings"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Source is what the lists read: the book's store and services.
type Source struct {
	Store       *store.Store
	Now         clock.Clock
	Reports     *service.Reports
	Targets     *service.Targets
	Assessments *service.Assessments
}

// Column is one column of a list: the key its rows give its value by, its
// header in both languages and its width in .xlsx (characters).
type Column struct {
	Key    string
	Zh, En string
	Width  float64
}

func (c Column) in(lang string) string {
	if lang == LangEn {
		return c.En
	}
	return c.Zh
}

// Row is one row of a list: each column's value by its key (string, int,
// int64, Money, Date, Percent, Decimal, bool); a missing key is an empty
// cell.
type Row map[string]any

// Emit writes one row.
type Emit func(Row) error

// Spec is a list: its name on the command line and in the UI's call, the
// sheet's title, the columns and the rows read under a filter F.
type Spec[F any] struct {
	Name  string
	Title Column // the sheet's name
	// Sheet, for a list import reads, puts its header table's columns
	// (domain.SheetColumns) first, with their keys and headers.
	Sheet   domain.SheetKind
	Columns []Column // the list's own columns (after the table's)
	// Check validates a filter (a period, an account) before anything is
	// written; nil when any filter is fine.
	Check func(ctx context.Context, src Source, f *F) error
	Rows  func(ctx context.Context, src Source, f F, lang string, emit Emit) error
}

// list is a Spec with its filter type erased.
type list struct {
	name    string
	title   Column
	columns []Column
	filter  reflect.Type
	check   func(ctx context.Context, src Source, f any) error
	rows    func(ctx context.Context, src Source, f any, lang string, emit Emit) error
}

var lists = map[string]list{}

// register adds a list; each list's file calls it from init.
func register[F any](s Spec[F]) {
	if _, dup := lists[s.Name]; dup {
		panic("listexport: two lists named " + s.Name)
	}
	columns := append(tableColumns(s.Sheet), s.Columns...)
	seen := map[string]bool{}
	for _, c := range columns {
		if seen[c.Key] || c.Key == "" {
			panic("listexport: " + s.Name + " has two columns keyed " + c.Key)
		}
		seen[c.Key] = true
	}
	lists[s.Name] = list{name: s.Name, title: s.Title, columns: columns, filter: reflect.TypeFor[F](),
		check: func(ctx context.Context, src Source, f any) error {
			if s.Check == nil {
				return nil
			}
			return s.Check(ctx, src, f.(*F))
		},
		rows: func(ctx context.Context, src Source, f any, lang string, emit Emit) error {
			return s.Rows(ctx, src, *f.(*F), lang, emit)
		}}
}

// Names are the lists, sorted.
func Names() []string {
	out := make([]string, 0, len(lists))
	for n := range lists {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Info describes a list for the UI: its name, title and headers.
type Info struct {
	Name    string   `json:"name"`
	Title   string   `json:"title"`
	Headers []string `json:"headers"`
}

// Describe is a list's title and headers in lang.
func Describe(name, lang string) (Info, error) {
	l, err := find(name)
	if err != nil {
		return Info{}, err
	}
	lang = normalLang(lang)
	info := Info{Name: l.name, Title: l.title.in(lang)}
	for _, c := range l.columns {
		info.Headers = append(info.Headers, c.in(lang))
	}
	return info, nil
}

func find(name string) (list, error) {
	l, ok := lists[name]
	if !ok {
		var v domain.Validation
		v.Add("list", "error.choice", map[string]any{"value": name})
		return list{}, v.Err()
	}
	return l, nil
}

// DecodeFilter reads a list's filter from the JSON its screen sends ("" or
// "{}" is no filter); fields the list does not know are ignored.
func DecodeFilter(name, filterJSON string) (any, error) {
	l, err := find(name)
	if err != nil {
		return nil, err
	}
	f := reflect.New(l.filter).Interface()
	if strings.TrimSpace(filterJSON) != "" {
		if err := json.Unmarshal([]byte(filterJSON), f); err != nil {
			var v domain.Validation
			v.Add("filter", "error.choice", map[string]any{"value": filterJSON})
			return nil, v.Err()
		}
	}
	return f, nil
}

// Result is what a written list holds.
type Result struct {
	Rows int `json:"rows"`
}

// Write writes the list name under filter (from DecodeFilter or Flags) to
// w in format and lang. Nothing is written to w before the filter is
// checked; a read error part way leaves w incomplete (callers write to a
// temporary file and rename it on success, see WriteFile).
func Write(ctx context.Context, src Source, name string, filter any, format Format, lang string, w io.Writer) (Result, error) {
	l, err := find(name)
	if err != nil {
		return Result{}, err
	}
	if filter == nil {
		filter = reflect.New(l.filter).Interface()
	}
	if reflect.TypeOf(filter) != reflect.PointerTo(l.filter) {
		return Result{}, fmt.Errorf("listexport: %s takes a %s filter, not %T", name, l.filter, filter)
	}
	lang = normalLang(lang)
	if err := l.check(ctx, src, filter); err != nil {
		return Result{}, err
	}
	var sh sheet
	switch format {
	case XLSX:
		sh, err = newXLSX(w, sheetName(l.title.in(lang)))
	case CSV:
		sh, err = newCSV(w)
	default:
		var v domain.Validation
		v.Add("format", "error.choice", map[string]any{"value": string(format)})
		return Result{}, v.Err()
	}
	if err != nil {
		return Result{}, err
	}
	heads := make([]string, len(l.columns))
	widths := make([]float64, len(l.columns))
	for i, c := range l.columns {
		heads[i], widths[i] = c.in(lang), c.Width
	}
	if err := sh.header(heads, widths); err != nil {
		return Result{}, err
	}
	var res Result
	index := make(map[string]int, len(l.columns))
	for i, c := range l.columns {
		index[c.Key] = i
	}
	values := make([]any, len(l.columns))
	err = l.rows(ctx, src, filter, lang, func(r Row) error {
		clear(values)
		for k, v := range r {
			i, ok := index[k]
			if !ok {
				return fmt.Errorf("listexport: %s has no column %q", name, k)
			}
			values[i] = v
		}
		res.Rows++
		return sh.row(values)
	})
	if cerr := sh.close(); err == nil {
		err = cerr
	}
	return res, err
}

// sheetName is a title Excel accepts as a sheet name: at most 31
// characters, none of : \ / ? * [ ].
func sheetName(title string) string {
	title = strings.Map(func(r rune) rune {
		if slices.Contains([]rune(`:\/?*[]`), r) {
			return '-'
		}
		return r
	}, title)
	if r := []rune(title); len(r) > 31 {
		title = string(r[:31])
	}
	return title
}

// tableColumns are the columns of a header table, sized by their type.
func tableColumns(kind domain.SheetKind) []Column {
	widths := map[domain.ColumnType]float64{domain.ColText: 16, domain.ColLong: 30, domain.ColAmount: 16,
		domain.ColInteger: 10, domain.ColDate: 12, domain.ColEnum: 12, domain.ColPhone: 16, domain.ColScore: 8}
	var out []Column
	for _, c := range domain.SheetColumns(kind) {
		w := widths[c.Type]
		if c.Required && c.Type == domain.ColText {
			w = 28 // names
		}
		out = append(out, Column{Key: c.Key, Zh: c.Zh, En: c.En, Width: w})
	}
	return out
}
