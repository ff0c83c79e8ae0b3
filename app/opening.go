package app

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Opening is the window's answer when the book could not be opened: the
// page asks State first and, while no book is open, shows why and offers to
// open another file, start a new book or open the backups folder. Choosing
// a file (the native dialogs) and opening it are separate calls, so the
// end-to-end test can stand in for the dialog alone.
type Opening struct {
	mu      sync.Mutex
	failure *book.Failure // nil while a book is open
	facades *facades
	opened  *book.Book // a book this window opened; closed when it ends
	wctx    context.Context
	// reveal shows a folder in the system's file manager.
	reveal func(string) error
}

// OpenState is what the page needs to know before it starts: whether a book
// is open and, if not, why.
type OpenState struct {
	Open bool `json:"open"`
	// Problem is notADatabase, newerSchema, readOnly or cannotOpen; "" when open.
	Problem string `json:"problem"`
	Path    string `json:"path"`
	// Detail is the technical reason, shown small for a support request.
	Detail         string `json:"detail"`
	SystemLanguage string `json:"systemLanguage"`
}

// State says whether a book is open and, if not, why.
func (o *Opening) State() (res OpenState, err error) {
	defer guard(&err)
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.state(), nil
}

func (o *Opening) state() OpenState {
	s := OpenState{Open: o.failure == nil, SystemLanguage: service.SystemLanguage(nil)}
	if f := o.failure; f != nil {
		s.Problem, s.Path, s.Detail = store.OpenProblem(f.Err), f.Path, f.Err.Error()
	}
	return s
}

// ChooseBook asks for an existing book with the native open dialog; "" when
// the user cancels.
func (o *Opening) ChooseBook(title string) (res string, err error) {
	defer guard(&err)
	return runtime.OpenFileDialog(o.wctx, runtime.OpenDialogOptions{Title: title, DefaultDirectory: o.folder(),
		Filters: []runtime.FileFilter{{DisplayName: "KAMS (*.db)", Pattern: "*.db"}, {DisplayName: "*", Pattern: "*"}}})
}

// ChooseNewBook asks where to start a new book with the native save dialog;
// "" when the user cancels.
func (o *Opening) ChooseNewBook(title string) (res string, err error) {
	defer guard(&err)
	return runtime.SaveFileDialog(o.wctx, runtime.SaveDialogOptions{Title: title, DefaultDirectory: o.folder(),
		DefaultFilename: "kams.db", CanCreateDirectories: true,
		Filters: []runtime.FileFilter{{DisplayName: "KAMS (*.db)", Pattern: "*.db"}}})
}

// OpenBook opens the existing book at path. When it opens, every facade
// works on it and the page reloads into the app; when it does not, the
// state says why (and the page shows the new reason).
func (o *Opening) OpenBook(path string) (res OpenState, err error) {
	defer guard(&err)
	fi, err := os.Stat(path)
	switch {
	case !filepath.IsAbs(path) || errors.Is(err, fs.ErrNotExist):
		return OpenState{}, pathError("error.notFound")
	case err != nil:
		return o.try(path, err)
	case !fi.Mode().IsRegular() || fi.Size() == 0:
		// Opening an empty file would make it a new book: that is StartNew.
		return o.try(path, store.ErrNotADatabase)
	}
	return o.try(path, nil)
}

// CreateBook starts a new, empty book at path (".db" is added when the
// name has no extension); it never opens or overwrites an existing file.
func (o *Opening) CreateBook(path string) (res OpenState, err error) {
	defer guard(&err)
	if !filepath.IsAbs(path) {
		return OpenState{}, pathError("error.required")
	}
	if filepath.Ext(path) == "" {
		path += ".db"
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return OpenState{}, pathError("openFailed.exists")
	}
	return o.try(path, nil)
}

func pathError(key string) error {
	var v domain.Validation
	v.Add("path", key, nil)
	return v.Err()
}

// try opens the book at path unless err already says why it cannot be.
func (o *Opening) try(path string, err error) (OpenState, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.failure == nil {
		return o.state(), nil // a book is open already: a second click
	}
	var b *book.Book
	if err == nil {
		b, err = book.Open(context.Background(), path, o.failure.Clock)
	}
	if err != nil {
		o.failure = &book.Failure{Path: path, Err: err, Clock: o.failure.Clock}
		return o.state(), nil
	}
	o.facades.attach(b)
	o.opened, o.failure = b, nil
	o.facades.replication.follow(b)
	return o.state(), nil
}

// OpenBackups shows the backups folder in the file manager, making it when
// missing: "backups" beside the book, or in the app's data folder when the
// book's folder cannot be written. It returns the folder.
func (o *Opening) OpenBackups() (res string, err error) {
	defer guard(&err)
	o.mu.Lock()
	path := ""
	if o.failure != nil {
		path = o.failure.Path
	} else if o.opened != nil {
		path = o.opened.Store.Path()
	}
	o.mu.Unlock()
	var dirs []string
	if path != "" {
		dirs = append(dirs, filepath.Join(filepath.Dir(path), "backups"))
	}
	if cfg, err := os.UserConfigDir(); err == nil {
		dirs = append(dirs, filepath.Join(cfg, "KAMS", "backups"))
	}
	var errs []error
	for _, dir := range dirs {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := o.reveal(dir); err != nil {
			return dir, &domain.Error{Code: domain.CodeConflict, Key: "openFailed.revealFailed",
				Params: map[string]any{"path": dir, "detail": err.Error()}}
		}
		return dir, nil
	}
	return "", &domain.Error{Code: domain.CodeConflict, Key: "error.cannotWrite",
		Params: map[string]any{"path": strings.Join(dirs, ", "), "detail": errors.Join(errs...).Error()}}
}

// folder is where the dialogs start: the failed book's folder.
func (o *Opening) folder() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.failure == nil {
		return ""
	}
	dir := filepath.Dir(o.failure.Path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return ""
	}
	return dir
}

// close closes the book this window opened, when the window ends.
func (o *Opening) close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.opened != nil {
		o.opened.Close()
		o.opened = nil
	}
}
