package app

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kams/backend/domain"
	"kams/backend/report"
	"kams/backend/service"
)

// Reports exports the printed documents: an account's brief and plan, the
// team's review. Choosing the file (the native dialog) and writing it are
// two calls, so the end-to-end test can stand in for the dialog alone.
type Reports struct {
	svc *service.Reports
	// marketing prints 市场活动报告.
	marketing *service.Marketing
	// wctx is Wails' context, which the dialog needs; set at start-up.
	wctx context.Context
}

// ExportedFile is a written document: where it is, and whether it was opened.
type ExportedFile struct {
	Path   string `json:"path"`
	Opened bool   `json:"opened"`
	// OpenError says why the viewer did not start; the file is written.
	OpenError string `json:"openError"`
}

// ChoosePDFPath asks where to save a PDF, suggesting defaultName; "" when
// the user cancels.
func (r *Reports) ChoosePDFPath(defaultName, title string) (res string, err error) {
	defer guard(&err)
	path, err := runtime.SaveFileDialog(r.wctx, runtime.SaveDialogOptions{
		DefaultFilename:      defaultName,
		Title:                title,
		Filters:              []runtime.FileFilter{{DisplayName: "PDF (*.pdf)", Pattern: "*.pdf"}},
		CanCreateDirectories: true,
	})
	if err != nil || path == "" {
		return "", err
	}
	// GTK's dialog does not add the extension the filter names.
	if !strings.EqualFold(filepath.Ext(path), ".pdf") {
		path += ".pdf"
	}
	return path, nil
}

// WriteBrief writes an account's meeting brief to path in lang.
func (r *Reports) WriteBrief(accountID int64, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.svc.Brief(ctx(), accountID, lang, b) })
}

// WritePlan writes an account's plan for a year to path in lang.
func (r *Reports) WritePlan(accountID int64, year int, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.svc.Plan(ctx(), accountID, year, lang, b) })
}

// WriteReview writes the team performance review of a period to path in
// lang.
func (r *Reports) WriteReview(period, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.svc.Review(ctx(), period, lang, b) })
}

// WriteMarketingActivity writes one activity's 市场活动报告 to path in lang.
func (r *Reports) WriteMarketingActivity(id int64, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.marketing.ActivityReport(ctx(), id, lang, b) })
}

// WriteMarketingPeriod writes a year's or quarter's 市场活动报告 (plan
// against actual with ROI) to path in lang.
func (r *Reports) WriteMarketingPeriod(period, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.marketing.PeriodReport(ctx(), period, lang, b) })
}

// OpenAfterExport is the remembered "open after export" box.
func (r *Reports) OpenAfterExport() (res bool, err error) {
	defer guard(&err)
	return r.svc.OpenAfterExport(ctx())
}

// SetOpenAfterExport remembers the "open after export" box.
func (r *Reports) SetOpenAfterExport(on bool) (err error) {
	defer guard(&err)
	return r.svc.SetOpenAfterExport(ctx(), on)
}

// write renders the document in memory, writes it whole or not at all, and
// opens it when the user asked to.
func (r *Reports) write(path string, render func(*bytes.Buffer) error) (ExportedFile, error) {
	if strings.TrimSpace(path) == "" || !filepath.IsAbs(path) {
		var v domain.Validation
		v.Add("path", "error.required", nil)
		return ExportedFile{}, v.Err()
	}
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return ExportedFile{}, err
	}
	if err := report.WriteFileAtomic(path, buf.Bytes()); err != nil {
		return ExportedFile{}, &domain.Error{Code: domain.CodeConflict, Key: "error.cannotWrite",
			Params: map[string]any{"path": path, "detail": err.Error()}}
	}
	out := ExportedFile{Path: path}
	open, err := r.svc.OpenAfterExport(ctx())
	if err != nil || !open {
		return out, nil
	}
	if err := openInViewer(path); err != nil {
		out.OpenError = err.Error()
	} else {
		out.Opened = true
	}
	return out, nil
}
