// Package app is the desktop shell: the only package that imports Wails.
// Its types are thin facades over the services, bound to the frontend;
// each method takes and returns typed values and an error that reaches the
// UI as a translation key (see domain.UIError).
package app

import (
	"context"
	"io/fs"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"

	"kams/app/book"
	"kams/backend/domain"
)

// Deps are what the command line hands to the shell: the open book (nil
// when Wails only generates the TypeScript bindings), the version and the
// frontend.
type Deps struct {
	Book    *book.Book
	Version string
	Assets  fs.FS
}

// Run opens the KAMS window and returns when it closes.
func Run(d Deps) error {
	var (
		accounts = &Accounts{}
		settings = &Settings{}
		system   = &System{version: d.Version}
		people   = &People{}
		log      = &Interactions{}
		deals    = &Deals{}
		targets  = &Targets{}
		week     = &Week{}
		reports  = &Reports{}
		team     = &Team{}
		assess   = &Assessments{}
		plans    = &Plans{}
		matrix   = &Matrix{}
		closing  = &closeGuard{}
	)
	if b := d.Book; b != nil {
		accounts.svc = b.Accounts
		settings.svc = b.Settings
		system.sample = b.Sample
		system.settings = b.Settings
		system.dbPath = b.Store.Path()
		people.svc = b.People
		log.svc = b.People
		deals.svc = b.Deals
		targets.svc = b.Targets
		week.svc = b.Week
		reports.svc = b.Reports
		team.svc = b.Team
		assess.svc = b.Assessments
		plans.svc = b.Plans
		matrix.svc = b.Matrix
	}
	return wails.Run(&options.App{
		Title:            "KAMS",
		Width:            1360,
		Height:           860,
		MinWidth:         1024,
		MinHeight:        640,
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		AssetServer:      &assetserver.Options{Assets: d.Assets},
		Bind:             []any{accounts, settings, system, people, log, deals, targets, week, reports, team, assess, plans, matrix},
		OnStartup:        func(c context.Context) { reports.wctx = c },
		OnBeforeClose:    closing.beforeClose, // the page saves pending edits first
		ErrorFormatter:   func(err error) any { return domain.UIError(err) },
	})
}

// ctx is the context of a bound call: calls are short and local, so there
// is nothing to cancel them with.
func ctx() context.Context { return context.Background() }
