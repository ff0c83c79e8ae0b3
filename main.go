// Command kams is the KAMS desktop app (大客户管理系统) and its command line
// (see package cli for the commands).
//
// main only hands out what the rest cannot make for itself: the embedded
// frontend, the version, and the one clock — the wall clock — which the
// composition root (package book) passes to the store and every service.
package main

import (
	"embed"
	"encoding/json"
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

// wailsJSON is the project file: its info.productVersion is KAMS's one
// version — what `kams version` and the About box say, and what Wails
// writes into the Windows exe's version information, the installer and
// macOS's Info.plist.
//
//go:embed wails.json
var wailsJSON []byte

// build may name the build at build time (-ldflags "-X main.build=…", e.g.
// the git commit); it follows the version in brackets.
var build = ""

// version is the product version of wails.json, with the build's name.
func version() string {
	var p struct {
		Info struct {
			ProductVersion string `json:"productVersion"`
		} `json:"info"`
	}
	v := "unknown"
	if err := json.Unmarshal(wailsJSON, &p); err == nil && p.Info.ProductVersion != "" {
		v = p.Info.ProductVersion
	}
	if build != "" {
		v += " (" + build + ")"
	}
	return v
}

func main() {
	window := func(d app.Deps) error {
		dist, err := fs.Sub(assets, "frontend/dist")
		if err != nil {
			return err
		}
		d.Version, d.Assets = version(), dist
		return app.Run(d)
	}
	var given []string // files named on the command line besides the book
	env := cli.Env{Stdout: os.Stdout, Clock: time.Now, Version: version(), Bindings: app.GeneratingBindings,
		GivenFiles:    func(f []string) { given = f },
		Desktop:       func(b *book.Book) error { return window(app.Deps{Book: b, Files: given}) },
		DesktopFailed: func(f book.Failure) error { return window(app.Deps{Failure: &f}) }}
	if err := cli.Run(os.Args[1:], env); err != nil {
		fmt.Fprintln(os.Stderr, "kams:", err)
		os.Exit(1)
	}
}
