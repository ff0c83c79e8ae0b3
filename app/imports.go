package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kams/backend/domain"
	"kams/backend/importer"
	"kams/backend/report"
	"kams/backend/service"
)

// Imports reads accounts, people, deals and visits from a spreadsheet.
// Choosing the file (the native dialog) is its own call, so the end-to-end
// test stands in for the dialog alone; checking and importing are the real
// backend's.
type Imports struct {
	svc      *importer.Importer
	settings *service.Settings
	wctx     context.Context

	// The last checked file: importing it does not read it again while it
	// is unchanged, and its problems are handed out page by page.
	mu   sync.Mutex
	last *checked
}

type checked struct {
	key  string
	plan *importer.Plan
}

// attach sets the book to import into; the last check was of another.
func (i *Imports) attach(svc *importer.Importer, settings *service.Settings) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.svc, i.settings, i.last = svc, settings, nil
}

// ImportPlan is a checked file as the import screen shows it: the sheets,
// the header's columns and their fields, the first rows, the number of
// problems and the first page of them (ImportErrors gives the rest).
type ImportPlan struct {
	Kind       domain.SheetKind        `json:"kind"`
	Sheet      string                  `json:"sheet"`
	Sheets     []importer.SheetInfo    `json:"sheets"`
	HeaderRow  int                     `json:"headerRow"`
	Columns    []importer.HeaderColumn `json:"columns"`
	Fields     []domain.Column         `json:"fields"`
	Rows       int                     `json:"rows"`
	Preview    []importer.PreviewRow   `json:"preview"`
	ErrorCount int                     `json:"errorCount"`
	Errors     []importer.Problem      `json:"errors"`
}

// ImportResult is the outcome of an import: how many records were written,
// or (none written) the plan with its problems.
type ImportResult struct {
	Imported int         `json:"imported"`
	Plan     *ImportPlan `json:"plan"`
}

// errorPage is how many problems one call hands over.
const errorPage = 200

// ChooseFile asks for the file to import with the native open dialog; ""
// when the user cancels.
func (i *Imports) ChooseFile(title string) (res string, err error) {
	defer guard(&err)
	return runtime.OpenFileDialog(i.wctx, runtime.OpenDialogOptions{Title: title,
		Filters: []runtime.FileFilter{{DisplayName: "Excel, CSV (*.xlsx, *.csv)", Pattern: "*.xlsx;*.xlsm;*.csv"}, {DisplayName: "*", Pattern: "*"}}})
}

// Check reads and checks the file without writing anything.
func (i *Imports) Check(req importer.Request) (res ImportPlan, err error) {
	defer guard(&err)
	p, err := i.check(req)
	if err != nil {
		return ImportPlan{}, err
	}
	return view(p), nil
}

// ImportErrors is a page of the last checked file's problems, from offset.
func (i *Imports) ImportErrors(offset int) (res []importer.Problem, err error) {
	defer guard(&err)
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.last == nil || offset < 0 || offset >= len(i.last.plan.Errors) {
		return []importer.Problem{}, nil
	}
	all := i.last.plan.Errors
	return all[offset:min(offset+errorPage, len(all))], nil
}

// Run imports the file: all of its records in one transaction, or when any
// row is wrong none, and the plan with every problem.
func (i *Imports) Run(req importer.Request) (res ImportResult, err error) {
	defer guard(&err)
	p, err := i.check(req)
	if err != nil {
		return ImportResult{}, err
	}
	if !p.OK() {
		v := view(p)
		return ImportResult{Plan: &v}, nil
	}
	n, err := i.svc.Write(ctx(), p)
	i.mu.Lock()
	i.last = nil // written: a second Run checks it again (and finds duplicates)
	i.mu.Unlock()
	if err != nil {
		return ImportResult{}, err
	}
	return ImportResult{Imported: n}, nil
}

// check checks the file, or takes the last check of the same file, sheet
// and mapping while the file is unchanged.
func (i *Imports) check(req importer.Request) (*importer.Plan, error) {
	if strings.TrimSpace(req.Path) == "" || !filepath.IsAbs(req.Path) {
		var v domain.Validation
		v.Add("path", "error.required", nil)
		return nil, v.Err()
	}
	key := ""
	if fi, err := os.Stat(req.Path); err == nil {
		key = strings.Join([]string{string(req.Kind), req.Path, req.Sheet, strings.Join(req.Mapping, "\x00"), req.Lang,
			fi.ModTime().Format(time.RFC3339Nano), strconv.FormatInt(fi.Size(), 10), boolText(req.Mapping == nil)}, "\x01")
	}
	i.mu.Lock()
	if i.last != nil && key != "" && i.last.key == key {
		p := i.last.plan
		i.mu.Unlock()
		return p, nil
	}
	i.mu.Unlock()
	p, err := i.svc.Check(ctx(), req)
	if err != nil {
		return nil, err
	}
	i.mu.Lock()
	i.last = &checked{key: key, plan: p}
	i.mu.Unlock()
	return p, nil
}

func view(p *importer.Plan) ImportPlan {
	v := ImportPlan{Kind: p.Kind, Sheet: p.Sheet, Sheets: p.Sheets, HeaderRow: p.HeaderRow, Columns: p.Columns,
		Fields: domain.SheetColumns(p.Kind), Rows: p.Rows, Preview: p.Preview, ErrorCount: len(p.Errors)}
	v.Errors = p.Errors[:min(errorPage, len(p.Errors))]
	return v
}

// Fields are the columns a kind of record has, for the mapping's choices.
func (i *Imports) Fields(kind domain.SheetKind) (res []domain.Column, err error) {
	defer guard(&err)
	return domain.SheetColumns(kind), nil
}

// ChooseTemplatePath asks where to save the blank template of kind; ""
// when the user cancels.
func (i *Imports) ChooseTemplatePath(defaultName, title string) (res string, err error) {
	defer guard(&err)
	path, err := runtime.SaveFileDialog(i.wctx, runtime.SaveDialogOptions{DefaultFilename: defaultName, Title: title,
		CanCreateDirectories: true, Filters: []runtime.FileFilter{{DisplayName: "Excel (*.xlsx)", Pattern: "*.xlsx"}}})
	if err != nil || path == "" {
		return "", err
	}
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		path += ".xlsx"
	}
	return path, nil
}

// WriteTemplate writes the blank template of kind in lang to path.
func (i *Imports) WriteTemplate(kind domain.SheetKind, lang, path string) (res string, err error) {
	defer guard(&err)
	if strings.TrimSpace(path) == "" || !filepath.IsAbs(path) {
		var v domain.Validation
		v.Add("path", "error.required", nil)
		return "", v.Err()
	}
	l, err := report.NormalizeLang(lang)
	if err != nil {
		l = "zh"
	}
	set, err := i.settings.Get(ctx())
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := importer.WriteTemplate(&b, kind, l, set.Stages); err != nil {
		return "", err
	}
	if err := report.WriteFileAtomic(path, b.Bytes()); err != nil {
		return "", &domain.Error{Code: domain.CodeConflict, Key: "error.cannotWrite",
			Params: map[string]any{"path": path, "detail": err.Error()}}
	}
	return path, nil
}

func boolText(b bool) string {
	if b {
		return "auto"
	}
	return "mapped"
}
