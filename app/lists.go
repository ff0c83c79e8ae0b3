package app

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kams/backend/domain"
	"kams/backend/listexport"
	"kams/backend/service"
)

// Lists exports the app's lists (accounts, contacts, visits, deals,
// targets, assessments) to .xlsx or .csv under the filters their screen
// has on. As with the PDFs, choosing the file (the native dialog) and
// writing it are two calls.
type Lists struct {
	src     listexport.Source
	reports *service.Reports // the remembered "open after export" box
	// wctx is Wails' context, which the dialog needs; set at start-up.
	wctx context.Context
}

// ListFile is a written list: where, how many rows, and whether it was
// opened.
type ListFile struct {
	ExportedFile
	Rows int `json:"rows"`
}

// ChooseListPath asks where to save a list, suggesting defaultName (its
// extension picks the format offered first); "" when the user cancels.
func (l *Lists) ChooseListPath(defaultName, title string) (path string, err error) {
	defer guard(&err)
	xlsx := runtime.FileFilter{DisplayName: "Excel (*.xlsx)", Pattern: "*.xlsx"}
	csv := runtime.FileFilter{DisplayName: "CSV UTF-8 (*.csv)", Pattern: "*.csv"}
	filters := []runtime.FileFilter{xlsx, csv}
	ext := ".xlsx"
	if strings.EqualFold(filepath.Ext(defaultName), ".csv") {
		filters, ext = []runtime.FileFilter{csv, xlsx}, ".csv"
	}
	path, err = runtime.SaveFileDialog(l.wctx, runtime.SaveDialogOptions{DefaultFilename: defaultName, Title: title,
		Filters: filters, CanCreateDirectories: true})
	if err != nil || path == "" {
		return "", err
	}
	// GTK's dialog does not add the extension the filter names.
	if _, ok := listexport.FormatOf(path); !ok {
		path += ext
	}
	return path, nil
}

// WriteList writes the list name under filter (the JSON of the screen's
// filter) in lang to path (.xlsx or .csv), whole or not at all, and opens
// it when the user asked to.
func (l *Lists) WriteList(name, filter, lang, path string) (out ListFile, err error) {
	defer guard(&err)
	if strings.TrimSpace(path) == "" || !filepath.IsAbs(path) {
		var v domain.Validation
		v.Add("path", "error.required", nil)
		return out, v.Err()
	}
	f, err := listexport.DecodeFilter(name, filter)
	if err != nil {
		return out, err
	}
	res, err := listexport.WriteFile(ctx(), l.src, name, f, lang, path)
	if err != nil {
		return out, err
	}
	out = ListFile{ExportedFile: ExportedFile{Path: path}, Rows: res.Rows}
	if open, err := l.reports.OpenAfterExport(ctx()); err != nil || !open {
		return out, nil
	}
	if err := openInViewer(path); err != nil {
		out.OpenError = err.Error()
	} else {
		out.Opened = true
	}
	return out, nil
}
