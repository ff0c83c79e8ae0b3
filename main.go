// Command kams is the KAMS desktop app (大客户管理系统) and its command line
// (see package cli for the commands).
//
// main only hands out what the rest cannot make for itself: the embedded
// frontend, the version, and the one clock — the wall clock — which the
// composition root (package book) passes to the store and every service.
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"time"

	"kams/app"
	"kams/app/book"
	"kams/app/cli"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	window := func(d app.Deps) error {
		dist, err := fs.Sub(assets, "frontend/dist")
		if err != nil {
			return err
		}
		d.Version, d.Assets = version, dist
		return app.Run(d)
	}
	var given []string // files named on the command line besides the book
	env := cli.Env{Stdout: os.Stdout, Clock: time.Now, Version: version, Bindings: app.GeneratingBindings,
		GivenFiles:    func(f []string) { given = f },
		Desktop:       func(b *book.Book) error { return window(app.Deps{Book: b, Files: given}) },
		DesktopFailed: func(f book.Failure) error { return window(app.Deps{Failure: &f}) }}
	if err := cli.Run(os.Args[1:], env); err != nil {
		fmt.Fprintln(os.Stderr, "kams:", err)
		os.Exit(1)
	}
}
