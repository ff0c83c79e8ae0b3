package app

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kams/app/book"
	"kams/backend/domain"
)

// Desktop is what the page needs of the desktop around it: the files given
// to the app (on its command line, by a second launch, by macOS's Finder),
// another book in a window of its own, and the About box. Bound to the
// frontend (DesktopBridge.vue).
type Desktop struct {
	version string
	facades *facades
	inbox   *fileInbox
	// launch starts another KAMS on a book (a new process, its own window).
	launch func(path string) error
}

// eventFile tells the page that files arrived: it takes them with
// TakeFiles (an event alone could arrive before the page listens).
const eventFile = "kams:file"

// File kinds, by what the file holds (its first bytes), not only its name.
const (
	FileBook    = "book"    // an SQLite file: a KAMS book or a snapshot of one
	FileSealed  = "sealed"  // an age-sealed backup (kams backup --encrypt)
	FileSheet   = "sheet"   // .xlsx or .csv: a list to import
	FileMissing = "missing" // not there (moved, a typo)
	FileOther   = "other"   // anything else: KAMS says it cannot use it
)

// FileArrival is one file given to the app, and what it is.
type FileArrival struct {
	Path string `json:"path"`
	Name string `json:"name"`
	Ext  string `json:"ext"`
	Kind string `json:"kind"`
	// Current is true when the file is the book this window has open.
	Current bool `json:"current"`
}

var (
	sqliteHeader = []byte("SQLite format 3\x00")
	ageHeader    = []byte("age-encryption.org/v1\n")
	zipHeader    = []byte("PK\x03\x04")
)

// classify says what the file at path is.
func classify(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return FileMissing
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return FileOther
	}
	head := make([]byte, 32)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(head, sqliteHeader):
		return FileBook
	case bytes.HasPrefix(head, ageHeader):
		return FileSealed
	case ext == ".xlsx" && bytes.HasPrefix(head, zipHeader), ext == ".csv":
		return FileSheet
	}
	return FileOther
}

// fileInbox holds the files given to the window until the page takes them.
type fileInbox struct {
	mu    sync.Mutex
	files []string
}

func (b *fileInbox) add(paths ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.files = append(b.files, paths...)
}

func (b *fileInbox) take() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := b.files
	b.files = nil
	return out
}

// TakeFiles returns the files given to the app since the last call, each
// with what it is; the page says so and offers what fits (open a book in
// its own window, restore a backup, import a sheet).
func (d *Desktop) TakeFiles() (res []FileArrival, err error) {
	defer guard(&err)
	cur := ""
	if d.facades != nil && d.facades.book != nil {
		cur = instanceID(d.facades.book.Store.Path())
	}
	res = []FileArrival{}
	for _, p := range d.inbox.take() {
		a := FileArrival{Path: p, Name: filepath.Base(p), Ext: strings.ToLower(filepath.Ext(p)), Kind: classify(p)}
		a.Current = a.Kind == FileBook && cur != "" && instanceID(p) == cur
		// The log keeps the kind, not the name: a file name is the user's.
		logger().Info("file given", "kind", a.Kind, "ext", a.Ext, "current", a.Current)
		res = append(res, a)
	}
	return res, nil
}

// OpenBookWindow opens the book at path in a window of its own (another
// KAMS process; if that book is open already, its window comes forward).
func (d *Desktop) OpenBookWindow(path string) (err error) {
	defer guard(&err)
	if !filepath.IsAbs(path) || classify(path) != FileBook {
		return pathError("desktop.notABook")
	}
	if err := d.launch(path); err != nil {
		return &domain.Error{Code: domain.CodeConflict, Key: "desktop.launchFailed", Params: map[string]any{"detail": err.Error()}}
	}
	return nil
}

// AboutInfo is the About box: the version, the licence, and where the
// data and the log are (for a support request).
type AboutInfo struct {
	Version string `json:"version"`
	Licence string `json:"licence"`
	DataDir string `json:"dataDir"`
	LogFile string `json:"logFile"`
	Book    string `json:"book"`
}

// Licence is what the About box says of the licence.
const Licence = "© KAMS. Built on open-source software, each under its own licence: Wails, Vue, Naive UI, " +
	"Pinia, vue-i18n, gofpdf and lumberjack (MIT); ECharts (Apache-2.0); Go, modernc.org/sqlite, " +
	"golang.org/x/text and filippo.io/age (BSD-3-Clause)."

// About returns the About box's facts.
func (d *Desktop) About() (res AboutInfo, err error) {
	defer guard(&err)
	res = AboutInfo{Version: d.version, Licence: Licence, LogFile: currentLogPath()}
	res.DataDir, _ = DataDir()
	if d.facades != nil && d.facades.book != nil {
		res.Book = d.facades.book.Store.Path()
	}
	return res, nil
}

// launchBook starts this program again on the book at path, detached.
func launchBook(path string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, "--db", path)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

// secondLaunchFiles are the files a second launch names beside the book
// (resolved against its working directory); the book itself counts only
// when --db named another one.
func secondLaunchFiles(data options.SecondInstanceData) []string {
	var files []string
	db := ""
	for i := 0; i < len(data.Args); i++ {
		a := data.Args[i]
		switch {
		case a == "--db" || a == "-db":
			i++
			if i < len(data.Args) {
				db = data.Args[i]
			}
			continue
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "-db="):
			db = a[strings.Index(a, "=")+1:]
			continue
		case a == "--":
			files = append(files, data.Args[i+1:]...)
			i = len(data.Args)
			continue
		case strings.HasPrefix(a, "-") && len(a) > 1:
			continue
		}
		files = append(files, a)
	}
	if db == "" && len(files) > 0 && book.IsBookName(files[0]) {
		files = files[1:] // the book this launch was for: this window's
	}
	for i, f := range files {
		if !filepath.IsAbs(f) && data.WorkingDirectory != "" {
			files[i] = filepath.Join(data.WorkingDirectory, f)
		}
	}
	return files
}

// deliver hands files to the page and tells it.
func (d *Desktop) deliver(c context.Context, files []string) {
	if len(files) == 0 {
		return
	}
	d.inbox.add(files...)
	if c != nil {
		runtime.EventsEmit(c, eventFile)
	}
}
