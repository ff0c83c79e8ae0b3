package app

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	goruntime "runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"gopkg.in/natefinch/lumberjack.v2"
)

// The log a user can send when something goes wrong: log/kams.log in the
// data folder, rotated at logMaxMB and keeping logBackups old files, so it
// never holds more than a few megabytes. It records what the app did and
// what went wrong with record ids, error codes and keys — never names,
// notes or other text the user typed, nor the book's path (its lock id
// stands for it). log/crash.log receives what Go prints when the program
// dies of a panic no guard caught (a goroutine of our own, Wails' own code).
const (
	logMaxMB   = 2
	logBackups = 2
	logName    = "kams.log"
	crashName  = "crash.log"
)

// DataDir is KAMS's data folder: <user config dir>/KAMS, where the default
// book, the log and the window's place live.
func DataDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "KAMS"), nil
}

// appLog is the open log of the running window.
type appLog struct {
	dir   string // <data folder>/log
	file  *lumberjack.Logger
	crash *os.File
}

// current is the log guard writes to: standard error until the window
// opens its file (and in tests).
var current atomic.Pointer[slog.Logger]

func logger() *slog.Logger {
	if l := current.Load(); l != nil {
		return l
	}
	return slog.New(slog.NewTextHandler(os.Stderr, nil))
}

// logPath is the log file the UI names in a panic's error ("" while the
// log goes to standard error).
var logPath atomic.Value

func currentLogPath() string {
	p, _ := logPath.Load().(string)
	return p
}

// openLog opens the rotated log in dataDir/log and sends Go's fatal-crash
// output to crash.log beside it. Errors leave the log on standard error:
// a log that cannot be written must not stop the app.
func openLog(dataDir string) (*appLog, error) {
	dir := filepath.Join(dataDir, "log")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	l := &appLog{dir: dir, file: &lumberjack.Logger{Filename: filepath.Join(dir, logName),
		MaxSize: logMaxMB, MaxBackups: logBackups}}
	crash, err := os.OpenFile(filepath.Join(dir, crashName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err == nil {
		// SetCrashOutput duplicates the descriptor: the file may be closed.
		if err := debug.SetCrashOutput(crash, debug.CrashOptions{}); err != nil {
			fmt.Fprintln(os.Stderr, "kams: crash log:", err)
		}
		l.crash = crash
	}
	current.Store(slog.New(slog.NewTextHandler(l.file, nil)))
	logPath.Store(l.file.Filename)
	return l, nil
}

// Close ends the log; guard writes to standard error again.
func (l *appLog) Close() {
	current.Store(nil)
	logPath.Store("")
	_ = l.file.Close()
	if l.crash != nil {
		_ = l.crash.Close()
	}
}

// logStart records the start of a window: the version, the system and the
// book's lock id (not its path: a path holds the user's name).
func logStart(version, dbPath string) {
	id := ""
	if dbPath != "" {
		id = instanceID(dbPath)
	}
	logger().Info("start", "version", version, "os", goruntime.GOOS, "arch", goruntime.GOARCH, "book", id)
}

// scrub cuts the user's home folder (which holds their name) out of text
// bound for the log.
func scrub(s string) string {
	if home, err := os.UserHomeDir(); err == nil && len(home) > 1 {
		s = strings.ReplaceAll(s, home, "~")
	}
	return s
}

// goSafe runs f on a goroutine of its own, logging a panic there (with its
// stack) instead of letting it take the window down; what the goroutine
// was doing is lost, and the log says so.
func goSafe(what string, f func()) {
	go func() {
		defer logPanic(what)
		f()
	}()
}

// logPanic, deferred, logs a panic in what with its stack and ends it:
// for the shell's own callbacks from Wails (the second launch, the
// menus), where no error can reach the page.
func logPanic(what string) {
	if r := recover(); r != nil {
		logger().Error("panic", "in", what, "value", panicValue(r), "stack", string(debug.Stack()))
	}
}
