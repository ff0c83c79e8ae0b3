package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync/atomic"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// instanceID names the single-instance lock of the book at dbPath: a second
// launch on the same file brings the first window forward instead of opening
// a second one that would overwrite the first one's edits, while two
// different books may still open side by side. The same file reached by
// another spelling (relative, through a symlink, other letter case where the
// file system ignores it) gets the same id. Wails uses the id as a D-Bus
// name element on Linux, a mutex and window-class name on Windows and a lock
// file name on macOS: a letter prefix and hex digits suit them all.
func instanceID(dbPath string) string {
	p := dbPath
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	p = filepath.Clean(p)
	if goruntime.GOOS == "windows" || goruntime.GOOS == "darwin" {
		p = strings.ToLower(p) // their file systems ignore case by default
	}
	sum := sha256.Sum256([]byte(p))
	return "kams_" + hex.EncodeToString(sum[:16])
}

// frontWindow brings the window forward when a second launch on the same
// book hands over to it. Wails' context arrives at start-up, on another
// goroutine than the second launch's message.
type frontWindow struct {
	wctx atomic.Pointer[context.Context]
	// files hands the files a launch names to the page.
	files func(context.Context, []string)
}

func (w *frontWindow) started(c context.Context) { w.wctx.Store(&c) }

// secondLaunch brings the window forward (un-minimised, shown, raised and
// focused) and hands it the files the second launch named.
func (w *frontWindow) secondLaunch(data options.SecondInstanceData) {
	defer logPanic("second launch")
	files := secondLaunchFiles(data)
	logger().Info("second launch", "files", len(files))
	w.deliver(files)
	c := w.wctx.Load()
	if c == nil {
		return // not started yet: the window comes up on its own
	}
	runtime.WindowShow(*c)
	// Linux: gtk_window_present (raise and focus); Windows: restore (Show
	// above raised it to the top).
	runtime.WindowUnminimise(*c)
}

// deliver hands files to the page (queued until it has started).
func (w *frontWindow) deliver(files []string) {
	if w.files == nil || len(files) == 0 {
		return
	}
	var c context.Context
	if p := w.wctx.Load(); p != nil {
		c = *p
	}
	w.files(c, files)
}

// singleInstance is the lock for the book at dbPath ("" when Wails only
// generates the bindings: no book, no lock).
func singleInstance(dbPath string, w *frontWindow) *options.SingleInstanceLock {
	if dbPath == "" {
		return nil
	}
	return &options.SingleInstanceLock{UniqueId: instanceID(dbPath), OnSecondInstanceLaunch: w.secondLaunch}
}
