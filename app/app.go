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
	// Failure, when Book is nil, is why the book could not be opened: the
	// window starts by saying so (see Opening).
	Failure *book.Failure
}

// facades are the bound types, each over its service of the book.
type facades struct {
	accounts    *Accounts
	settings    *Settings
	system      *System
	people      *People
	log         *Interactions
	deals       *Deals
	targets     *Targets
	week        *Week
	reports     *Reports
	team        *Team
	assess      *Assessments
	plans       *Plans
	matrix      *Matrix
	opening     *Opening
	backups     *Backups
	imports     *Imports
	lists       *Lists
	replication *Replication
	calendar    *Calendar
	remind      *Reminders
	service     *ServiceDesk
	health      *Health
	book        *book.Book // the book every facade works on (nil: none open)
}

// newFacades builds the bound types over the book b, or with no services
// when b is nil (Wails only reads their types then).
func newFacades(b *book.Book, version string) *facades {
	f := &facades{accounts: &Accounts{}, settings: &Settings{}, system: &System{version: version}, people: &People{},
		log: &Interactions{}, deals: &Deals{}, targets: &Targets{}, week: &Week{}, reports: &Reports{}, team: &Team{},
		assess: &Assessments{}, plans: &Plans{}, matrix: &Matrix{}, imports: &Imports{}, lists: &Lists{},
		calendar: &Calendar{}, remind: &Reminders{},
		service: &ServiceDesk{}, health: &Health{}}
	f.opening = &Opening{facades: f, reveal: openInViewer}
	f.backups = &Backups{facades: f, reveal: openInViewer}
	f.replication = &Replication{facades: f}
	if b != nil {
		f.attach(b)
	}
	return f
}

// attach sets every facade to work on the book b.
func (f *facades) attach(b *book.Book) {
	f.accounts.svc = b.Accounts
	f.settings.svc = b.Settings
	f.system.sample = b.Sample
	f.system.settings = b.Settings
	f.system.dbPath = b.Store.Path()
	f.people.svc = b.People
	f.log.svc = b.People
	f.deals.svc = b.Deals
	f.targets.svc = b.Targets
	f.week.svc = b.Week
	f.reports.svc = b.Reports
	f.team.svc = b.Team
	f.assess.svc = b.Assessments
	f.plans.svc = b.Plans
	f.matrix.svc = b.Matrix
	f.backups.svc = b.Backups
	f.imports.attach(b.Import, b.Settings)
	f.lists.src, f.lists.reports = b.Lists, b.Reports
	f.calendar.svc = b.Calendar
	f.remind.use(b.Reminders)
	f.service.svc = b.Relationship
	f.health.svc = b.Relationship
	f.book = b
}

// bound lists the facades for Wails to bind.
func (f *facades) bound() []any {
	return []any{f.accounts, f.settings, f.system, f.people, f.log, f.deals, f.targets, f.week, f.reports, f.team,
		f.assess, f.plans, f.matrix, f.opening, f.backups, f.imports, f.lists, f.replication,
		f.calendar, f.remind, f.service, f.health}
}

// Run opens the KAMS window and returns when it closes.
func Run(d Deps) error {
	f := newFacades(d.Book, d.Version)
	if d.Book == nil && d.Failure != nil {
		f.opening.failure = d.Failure
	}
	if dir, err := DataDir(); err == nil {
		if l, err := openLog(dir); err == nil {
			defer l.Close()
		}
	}
	logStart(d.Version, f.system.dbPath)
	defer logger().Info("end")
	closing := &closeGuard{}
	front := &frontWindow{}
	return wails.Run(&options.App{
		Title:            "KAMS",
		Width:            1360,
		Height:           860,
		MinWidth:         1024,
		MinHeight:        640,
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		AssetServer:      &assetserver.Options{Assets: d.Assets},
		Bind:             f.bound(),
		OnStartup: func(c context.Context) {
			f.reports.wctx, f.opening.wctx, f.backups.wctx, f.imports.wctx, f.lists.wctx, f.calendar.wctx = c, c, c, c, c, c
			front.started(c)
			f.backups.started()
			f.replication.start()
			f.remind.started()
		},
		// The snapshot of the book as the window leaves it, then the books
		// this window opened itself are closed.
		OnShutdown: func(context.Context) {
			f.remind.shutdown()
			f.replication.shutdown() // a last copy, before the books close
			f.backups.shutdown()
			f.opening.close()
		},
		OnBeforeClose:  closing.beforeClose, // the page saves pending edits first
		ErrorFormatter: uiError,
		// One window per book: a second launch on it brings this one forward.
		SingleInstanceLock: singleInstance(f.system.dbPath, front),
	})
}

// uiError is the shape a bound call's error reaches the page in; the log
// keeps the code and key of each, and the detail of an internal or storage
// error with the user's home folder cut out of any path in it.
func uiError(err error) any {
	e := domain.UIError(err)
	switch e.Code {
	case domain.CodeInternal, domain.CodeStorage:
		logger().Error("call failed", "code", e.Code, "key", e.Key, "detail", scrub(err.Error()))
	default:
		logger().Info("call refused", "code", e.Code, "key", e.Key)
	}
	return e
}

// ctx is the context of a bound call: calls are short and local, so there
// is nothing to cancel them with.
func ctx() context.Context { return context.Background() }
