// Command kams is the KAMS desktop app (大客户管理系统) and its command line.
//
//	kams [--db PATH]          open the app (default database in the user's config dir)
//	kams demo --db PATH       write the sample database to a new file and exit
//	kams export brief --db PATH --account ID|NAME --out FILE.pdf [--lang zh|en]
//	                          print an account's one-page meeting brief (会前简报) as PDF
//	kams export plan --db PATH --account ID|NAME --year YYYY --out FILE.pdf [--lang zh|en]
//	                          print an account's plan (大客户计划) for a year as PDF
//	kams export review --db PATH --period 2026-Q3 --out FILE.pdf [--lang zh|en]
//	                          print the team performance review (团队绩效考核) as PDF
//	kams version              print the version
//
// This file is the one composition root: it opens the store and hands it
// to the shell.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"kams/app"
	"kams/backend/service"
	"kams/backend/store"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kams:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintln(stdout, "kams", version)
			return nil
		case "demo":
			return demo(args[1:], stdout)
		case "export":
			return export(args[1:], stdout)
		}
	}
	return gui(args)
}

func gui(args []string) error {
	fl := flag.NewFlagSet("kams", flag.ContinueOnError)
	db := fl.String("db", "", "database file (default: the user's config dir/KAMS/kams.db)")
	// Wails' dev build reads flags of its own from the same command line.
	fl.SetOutput(io.Discard)
	_ = fl.Parse(args)
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		return err
	}
	if generatingBindings {
		// Wails runs the program only to read the bound types: no database.
		return app.Run(app.Deps{Version: version, Assets: dist})
	}
	path := *db
	if path == "" {
		if path, err = defaultDB(); err != nil {
			return err
		}
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		return err
	}
	defer st.Close()
	return app.Run(app.Deps{Store: st, Version: version, Assets: dist})
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

func demo(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("kams demo", flag.ContinueOnError)
	db := fl.String("db", "", "the new database file to write")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *db == "" {
		return errors.New("demo: --db PATH is required")
	}
	if _, err := os.Stat(*db); err == nil {
		return fmt.Errorf("demo: %s exists; the sample is only written to a new file", *db)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("demo: %w", err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	if err := service.NewSample(st, time.Now).Load(ctx); err != nil {
		st.Close()
		// Leave no half-made file behind: the next demo run would refuse it.
		for _, f := range []string{*db, *db + "-wal", *db + "-shm"} {
			os.Remove(f)
		}
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "kams: sample database written to", *db)
	return nil
}

func export(args []string, stdout io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "brief":
			return exportBrief(args[1:], stdout)
		case "plan":
			return exportPlan(args[1:], stdout)
		case "review":
			return exportReview(args[1:], stdout)
		}
	}
	return errors.New("export: what to export? kams export brief|plan|review --db PATH … --out FILE.pdf [--lang zh|en]")
}
