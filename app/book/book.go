// Package book is the composition root of KAMS: it opens the user's book
// (the database) with the one clock and builds every service over it. The
// desktop shell (package app) and the command line (package cli) both get
// their services here and nowhere else.
package book

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	"kams/backend/clock"
	"kams/backend/importer"
	"kams/backend/listexport"
	"kams/backend/service"
	"kams/backend/store"
)

// Book is an open database and every use case over it, all reading the
// same clock.
type Book struct {
	Clock       clock.Clock
	Store       *store.Store
	Accounts    *service.Accounts
	Settings    *service.Settings
	People      *service.People
	Deals       *service.Deals
	Targets     *service.Targets
	Week        *service.Week
	Matrix      *service.Matrix
	Plans       *service.Plans
	Team        *service.Team
	Assessments *service.Assessments
	Reports     *service.Reports
	Sample      *service.Sample
	Backups     *service.Backups
	Calendar    *service.Calendar
	Reminders   *service.Reminders
	Groups      *service.Groups
	Import      *importer.Importer
	// Lists are what the list exports (kams export list, the lists' export
	// buttons) read.
	Lists     listexport.Source
	Marketing *service.Marketing
	// Relationship is service requests, surveys and the health score.
	Relationship *service.Relationship

	closing  sync.Once
	closeErr error
}

// Open opens (creating and migrating it when needed) the database at path
// and builds the services over it. now is the clock main hands in: the
// wall clock in the app, a set one in tests.
func Open(ctx context.Context, path string, now clock.Clock) (*Book, error) {
	st, err := store.Open(ctx, path, now)
	if err != nil {
		return nil, err
	}
	return New(st), nil
}

// IsBookName tells whether a file's name says it is a KAMS book: .db,
// .kams or .sqlite (given to the app without --db, it is the book to open).
func IsBookName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".db", ".kams", ".sqlite":
		return true
	}
	return false
}

// Failure is a book that could not be opened (not a database, from a newer
// KAMS, a read-only folder …): the desktop shows why, in the user's
// language, and offers to open another on the same clock.
type Failure struct {
	Path  string
	Err   error
	Clock clock.Clock
}

// New builds every service over an open store, on the clock it was opened
// with.
func New(st *store.Store) *Book {
	now := st.Clock()
	b := &Book{Clock: now, Store: st,
		Accounts:    service.NewAccounts(st, now),
		Settings:    service.NewSettings(st),
		People:      service.NewPeople(st, now),
		Deals:       service.NewDeals(st, now),
		Targets:     service.NewTargets(st, now),
		Week:        service.NewWeek(st, now),
		Matrix:      service.NewMatrix(st, now),
		Team:        service.NewTeam(st, now),
		Assessments: service.NewAssessments(st, now),
		Sample:      service.NewSample(st, now),
		Backups:     service.NewBackups(st, now),
		Calendar:    service.NewCalendar(st, now),
		// The window gives the reminders a notifier when it starts.
		Reminders:    service.NewReminders(st, now, nil, service.SystemLanguage(nil)),
		Import:       importer.New(st),
		Marketing:    service.NewMarketing(st, now),
		Groups:       service.NewGroups(st, now),
		Relationship: service.NewRelationship(st, now),
	}
	b.Plans = service.NewPlans(st, now, b.Targets)
	b.Reports = service.NewReports(st, now, service.ReportSources{Accounts: b.Accounts, People: b.People,
		Deals: b.Deals, Targets: b.Targets, Plans: b.Plans, Assessments: b.Assessments})
	b.Lists = listexport.Source{Store: st, Now: now, Reports: b.Reports, Targets: b.Targets, Assessments: b.Assessments}
	return b
}

// Close closes the database; closing it again does nothing (an in-app
// restore closes the book its command line opened).
func (b *Book) Close() error {
	b.closing.Do(func() { b.closeErr = b.Store.Close() })
	return b.closeErr
}
