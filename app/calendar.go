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

// Calendar exports the book's dated records as an iCalendar (.ics) file.
// Choosing the file (the native dialog) and writing it are two calls, as
// for the PDFs.
type Calendar struct {
	svc  *service.Calendar
	wctx context.Context
}

// CalendarFile is a written calendar: where, and how many events.
type CalendarFile struct {
	Path   string `json:"path"`
	Events int    `json:"events"`
}

// DefaultRange is the range the export offers: 30 days back to a year ahead.
func (c *Calendar) DefaultRange() (r service.CalendarRange, err error) {
	defer guard(&err)
	return c.svc.DefaultRange(), nil
}

// ChooseICSPath asks where to save the calendar, suggesting defaultName;
// "" when the user cancels.
func (c *Calendar) ChooseICSPath(defaultName, title string) (path string, err error) {
	defer guard(&err)
	path, err = runtime.SaveFileDialog(c.wctx, runtime.SaveDialogOptions{
		DefaultFilename:      defaultName,
		Title:                title,
		Filters:              []runtime.FileFilter{{DisplayName: "iCalendar (*.ics)", Pattern: "*.ics"}},
		CanCreateDirectories: true,
	})
	if err != nil || path == "" {
		return "", err
	}
	if !strings.EqualFold(filepath.Ext(path), ".ics") {
		path += ".ics"
	}
	return path, nil
}

// WriteICS writes the calendar of the range r in lang ("zh" or "en") to
// path, whole or not at all.
func (c *Calendar) WriteICS(r service.CalendarRange, lang, path string) (out CalendarFile, err error) {
	defer guard(&err)
	if strings.TrimSpace(path) == "" || !filepath.IsAbs(path) {
		var v domain.Validation
		v.Add("path", "error.required", nil)
		return CalendarFile{}, v.Err()
	}
	var buf bytes.Buffer
	n, err := c.svc.Export(ctx(), r, lang, &buf)
	if err != nil {
		return CalendarFile{}, err
	}
	if err := report.WriteFileAtomic(path, buf.Bytes()); err != nil {
		return CalendarFile{}, &domain.Error{Code: domain.CodeConflict, Key: "error.cannotWrite",
			Params: map[string]any{"path": path, "detail": err.Error()}}
	}
	return CalendarFile{Path: path, Events: n}, nil
}
