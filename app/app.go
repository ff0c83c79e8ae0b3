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
	"github.com/wailsapp/wails/v2/pkg/options/mac"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
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
	// Files were named on the command line besides the book: the page
	// takes them (Desktop.TakeFiles) and says what each is.
	Files []string
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
	groups      *Groups
	desktop     *Desktop
	market      *Marketing
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
		calendar: &Calendar{}, remind: &Reminders{}, market: &Marketing{}, groups: &Groups{},
		service: &ServiceDesk{}, health: &Health{}}
	f.opening = &Opening{facades: f, reveal: openInViewer}
	f.backups = &Backups{facades: f, reveal: openInViewer}
	f.replication = &Replication{facades: f}
	f.desktop = &Desktop{version: version, facades: f, inbox: &fileInbox{}, launch: launchBook}
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
	f.groups.svc = b.Groups
	f.imports.attach(b.Import, b.Settings)
	f.lists.src, f.lists.reports = b.Lists, b.Reports
	f.calendar.svc = b.Calendar
	f.remind.use(b.Reminders)
	f.market.svc, f.reports.marketing = b.Marketing, b.Marketing
	f.service.svc = b.Relationship
	f.health.svc = b.Relationship
	f.book = b
}

// bound lists the facades for Wails to bind.
func (f *facades) bound() []any {
	return []any{f.accounts, f.settings, f.system, f.people, f.log, f.deals, f.targets, f.week, f.reports, f.team,
		f.assess, f.plans, f.matrix, f.opening, f.backups, f.imports, f.lists, f.replication,
		f.calendar, f.remind, f.desktop, f.market, f.groups, f.service, f.health}
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
	f.desktop.inbox.add(d.Files...)
	closing := &closeGuard{}
	dataDir, _ := DataDir()
	win := newWindowKeeper(dataDir)
	width, height := win.initialSize()
	bar := &appMenu{}
	f.settings.saved = func(set domain.Settings) { bar.relabel(menuLang(set.Language, service.SystemLanguage(nil))) }
	front := &frontWindow{files: f.desktop.deliver}
	return wails.Run(&options.App{
		Title:            "KAMS",
		Width:            width,
		Height:           height,
		MinWidth:         minWidth,
		MinHeight:        minHeight,
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		AssetServer:      &assetserver.Options{Assets: d.Assets},
		Bind:             f.bound(),
		Menu:             bar.build(startLanguage(d.Book)),
		Mac: &mac.Options{
			About: &mac.AboutInfo{Title: "KAMS " + d.Version, Message: Licence},
			// A file opened from the Finder (or dropped on the Dock icon).
			OnFileOpen: func(path string) { front.deliver([]string{path}) },
		},
		OnStartup: func(c context.Context) {
			f.reports.wctx, f.opening.wctx, f.backups.wctx, f.imports.wctx, f.lists.wctx, f.calendar.wctx = c, c, c, c, c, c
			front.started(c)
			bar.started(c)
			f.backups.started()
			f.replication.start()
			f.remind.started()
		},
		// The window goes where it was left once the page is there (its
		// screens can be read then); Wails runs this on its own goroutine
		// on Linux, on the UI thread elsewhere: never block it.
		OnDomReady: func(c context.Context) { goSafe("restore window", func() { win.restore(c) }) },
		// The snapshot of the book as the window leaves it, then the books
		// this window opened itself are closed.
		OnShutdown: func(context.Context) {
			f.remind.shutdown()
			f.replication.shutdown() // a last copy, before the books close
			f.backups.shutdown()
			f.opening.close()
		},
		OnBeforeClose: func(c context.Context) bool {
			win.closing(c)                // where the window is, before the page's last save
			return closing.beforeClose(c) // the page saves pending edits first
		},
		ErrorFormatter: uiError,
		// One window per book: a second launch on it brings this one forward.
		SingleInstanceLock: singleInstance(f.system.dbPath, front),
	})
}

// startLanguage is the menu's language at start: the book's setting, or
// the system's.
func startLanguage(b *book.Book) string {
	set := ""
	if b != nil {
		if s, err := b.Settings.Get(ctx()); err == nil {
			set = s.Language
		}
	}
	return menuLang(set, service.SystemLanguage(nil))
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
