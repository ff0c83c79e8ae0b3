// Package cli is the command line of KAMS: it reads the arguments, opens
// the book through the composition root (package book) and either prints
// what was asked for or hands the book to the desktop shell.
//
//	kams [--db PATH] [FILE…]  open the app (default database in the user's config dir);
//	                          a FILE.db/.kams given without --db is the book to open,
//	                          other files go to the window (see app.FileArrival)
//	kams demo --db PATH [--accounts N]
//	                          write the sample database to a new file and exit
//	kams export brief|plan|review|profile|funnel --db PATH … --out FILE.pdf [--lang zh|en]
//	kams export ics --db PATH --out FILE.ics [--from DATE] [--to DATE] [--lang zh|en]
//	kams export marketing --db PATH --period 2026|2026-Q3 | --activity ID --out FILE.pdf [--lang zh|en]
//	kams export list accounts|contacts|visits|deals|targets|assessments --db PATH --out FILE.xlsx|FILE.csv [filters…] [--lang zh|en]
//	kams backup --db PATH --out FILE [--encrypt --passphrase-file FILE|-]
//	kams restore --db PATH --from FILE [--passphrase-file FILE|-]
//	kams replicate --db PATH --to URL
//	kams replica restore --to FILE --from URL [--timestamp RFC3339]
//	kams import accounts|contacts|deals|visits --db PATH --file FILE [--sheet NAME] [--dry-run] [--json] [--lang zh|en]
//	kams version              print the version
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"kams/app/book"
	"kams/backend/clock"
	"kams/backend/service"
)

// Env is what main hands the command line: where to print, the one clock,
// the version, and the desktop shell to open a book in.
type Env struct {
	Stdout  io.Writer
	Clock   clock.Clock
	Version string
	// Desktop opens the window over the book and returns when it closes;
	// the book is nil when Wails only generates the bindings.
	Desktop func(*book.Book) error
	// Bindings is true in the build Wails makes to read the bound types:
	// the desktop then starts without a database.
	Bindings bool
	// DesktopFailed opens the window that says why the book could not be
	// opened and offers another; without it the error is returned.
	DesktopFailed func(book.Failure) error
	// Stdin is where "-" reads a passphrase from (os.Stdin when nil).
	Stdin io.Reader
	// GivenFiles receives the files named on the command line besides the
	// book (absolute paths), before Desktop opens the window: a backup to
	// restore, a sheet to import, another book; the window says what each
	// is. Nil: they are ignored.
	GivenFiles func([]string)
}

func (e Env) stdin() io.Reader {
	if e.Stdin == nil {
		return os.Stdin
	}
	return e.Stdin
}

// Run carries out the command line args.
func Run(args []string, env Env) error {
	if env.Clock == nil {
		return errors.New("kams: no clock")
	}
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintln(env.Stdout, "kams", env.Version)
			return nil
		case "demo":
			return demo(args[1:], env)
		case "export":
			return export(args[1:], env)
		case "backup":
			return backup(args[1:], env)
		case "restore":
			return restore(args[1:], env)
		case "replicate":
			return replicate(args[1:], env)
		case "replica":
			return replica(args[1:], env)
		case "import":
			return importCmd(args[1:], env)
		}
	}
	return desktop(args, env)
}

func desktop(args []string, env Env) error {
	fl := flag.NewFlagSet("kams", flag.ContinueOnError)
	db := fl.String("db", "", "database file (default: the user's config dir/KAMS/kams.db)")
	// Wails' dev build reads flags of its own from the same command line.
	fl.SetOutput(io.Discard)
	files := parseInterleaved(fl, args)
	if env.Desktop == nil {
		return errors.New("kams: no desktop shell in this build")
	}
	if env.Bindings {
		return env.Desktop(nil)
	}
	path := *db
	if path == "" && len(files) > 0 && book.IsBookName(files[0]) {
		path, files = files[0], files[1:]
	}
	if env.GivenFiles != nil && len(files) > 0 {
		abs := make([]string, 0, len(files))
		for _, f := range files {
			if a, err := filepath.Abs(f); err == nil {
				f = a
			}
			abs = append(abs, f)
		}
		env.GivenFiles(abs)
	}
	if path == "" {
		var err error
		if path, err = defaultDB(); err != nil {
			return err
		}
	}
	b, err := book.Open(context.Background(), path, env.Clock)
	if err != nil {
		if env.DesktopFailed != nil {
			return env.DesktopFailed(book.Failure{Path: path, Err: err, Clock: env.Clock})
		}
		return err
	}
	// The window takes its snapshots (on close, daily) of whichever book it
	// has open then: an in-app restore replaces this one.
	defer b.Close()
	return env.Desktop(b)
}

// parseInterleaved parses flags wherever they stand among the file names
// ("kams report.xlsx --db a.db") and returns the file names. Flags it does
// not know (Wails' dev build has its own) are skipped.
func parseInterleaved(fl *flag.FlagSet, args []string) []string {
	var files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(files, args[i+1:]...)
		}
		if len(a) < 2 || a[0] != '-' {
			files = append(files, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fl.Lookup(name)
		if f == nil {
			continue
		}
		if !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				value = "true"
			} else if i+1 < len(args) {
				i++
				value = args[i]
			}
		}
		_ = fl.Set(name, value)
	}
	return files
}

func defaultDB() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no user config directory (use --db): %w", err)
	}
	dir = filepath.Join(dir, "KAMS")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	return filepath.Join(dir, "kams.db"), nil
}

// demo writes the sample into a new database file; with --accounts N, the
// sample scaled to N accounts (a big book for benchmarks and scale tests).
func demo(args []string, env Env) error {
	fl := flag.NewFlagSet("kams demo", flag.ContinueOnError)
	db := fl.String("db", "", "the new database file to write")
	accounts := fl.String("accounts", "", fmt.Sprintf("write the sample scaled to this many accounts (1 to %d)", service.MaxScaledAccounts))
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *db == "" {
		return errors.New("demo: --db PATH is required")
	}
	n := 0
	set := false
	fl.Visit(func(f *flag.Flag) { set = set || f.Name == "accounts" })
	if set {
		var err error
		if n, err = strconv.Atoi(*accounts); err != nil || n < 1 || n > service.MaxScaledAccounts {
			return fmt.Errorf("demo: --accounts takes a whole number of accounts from 1 to %d, not %q", service.MaxScaledAccounts, *accounts)
		}
	}
	if _, err := os.Stat(*db); err == nil {
		return fmt.Errorf("demo: %s exists; the sample is only written to a new file", *db)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("demo: %w", err)
	}
	// Ctrl+C stops a big book between statements; the file is removed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	b, err := book.Open(ctx, *db, env.Clock)
	if err != nil {
		return err
	}
	start := env.Clock()
	if n == 0 {
		err = b.Sample.Load(ctx)
	} else {
		err = b.Sample.LoadScaled(ctx, n, demoProgress(env, n, start))
	}
	if err != nil {
		b.Close()
		// Leave no half-made file behind: the next demo run would refuse it.
		for _, f := range []string{*db, *db + "-wal", *db + "-shm"} {
			os.Remove(f)
		}
		return err
	}
	if err := b.Close(); err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintf(env.Stdout, "kams: %d accounts written in %s\n", n, env.Clock().Sub(start).Round(100*time.Millisecond))
	}
	fmt.Fprintln(env.Stdout, "kams: sample database written to", *db)
	return nil
}

// demoProgress prints a line each time another 500 accounts are written,
// and at the last one.
func demoProgress(env Env, n int, start time.Time) func(done int) {
	const every = 500
	printed := 0
	return func(done int) {
		if done/every > printed/every || done == n {
			printed = done
			fmt.Fprintf(env.Stdout, "kams: %d of %d accounts (%s)\n", done, n, env.Clock().Sub(start).Round(100*time.Millisecond))
		}
	}
}

func export(args []string, env Env) error {
	if len(args) > 0 {
		switch args[0] {
		case "brief":
			return exportBrief(args[1:], env)
		case "plan":
			return exportPlan(args[1:], env)
		case "review":
			return exportReview(args[1:], env)
		case "profile":
			return exportProfile(args[1:], env)
		case "funnel":
			return exportFunnel(args[1:], env)
		case "marketing":
			return exportMarketing(args[1:], env)
		case "list":
			return exportList(args[1:], env)
		case "ics":
			return exportICS(args[1:], env)
		}
	}
	return errors.New("export: what to export? kams export brief|plan|review|profile|funnel|marketing --db PATH … --out FILE.pdf [--lang zh|en], or " + listUsage() +
		", or kams export ics --db PATH --out FILE.ics [--from DATE] [--to DATE] [--lang zh|en]")
}
