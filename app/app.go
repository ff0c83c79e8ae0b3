// Package app is the desktop shell: the only package that imports Wails.
// Its types are thin facades over the services, bound to the frontend;
// each method takes and returns typed values and an error that reaches the
// UI as a translation key (see domain.UIError).
package app

import (
	"context"
	"io/fs"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Deps are what the composition root hands to the shell. Store is nil when
// Wails only generates the TypeScript bindings.
type Deps struct {
	Store   *store.Store
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
		closing  = &closeGuard{}
	)
	if d.Store != nil {
		accounts.svc = service.NewAccounts(d.Store, time.Now)
		settings.svc = service.NewSettings(d.Store)
		system.sample = service.NewSample(d.Store, time.Now)
		system.settings = settings.svc
		system.dbPath = d.Store.Path()
		people.svc = service.NewPeople(d.Store, time.Now)
		log.svc = people.svc
		deals.svc = service.NewDeals(d.Store, time.Now)
		targets.svc = service.NewTargets(d.Store, time.Now)
		week.svc = service.NewWeek(d.Store, time.Now)
		reports.svc = service.NewReports(d.Store, time.Now)
		team.svc = service.NewTeam(d.Store, time.Now)
		assess.svc = service.NewAssessments(d.Store, time.Now)
		plans.svc = service.NewPlans(d.Store, time.Now)
	}
	return wails.Run(&options.App{
		Title:            "KAMS",
		Width:            1360,
		Height:           860,
		MinWidth:         1024,
		MinHeight:        640,
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		AssetServer:      &assetserver.Options{Assets: d.Assets},
		Bind:             []any{accounts, settings, system, people, log, deals, targets, week, reports, team, assess, plans},
		OnStartup:        func(c context.Context) { reports.wctx = c },
		OnBeforeClose:    closing.beforeClose, // the page saves pending edits first
		ErrorFormatter:   func(err error) any { return domain.UIError(err) },
	})
}

// ctx is the context of a bound call: calls are short and local, so there
// is nothing to cancel them with.
func ctx() context.Context { return context.Background() }
