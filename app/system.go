package app

import (
	"fmt"
	"os"
	"sync"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Settings are the user's preferences, bound to the frontend.
type Settings struct {
	svc *service.Settings
	// saved hears of each saved settings (the menu follows the language).
	saved func(domain.Settings)
}

// Get returns the settings.
func (s *Settings) Get() (res domain.Settings, err error) {
	defer guard(&err)
	return s.svc.Get(ctx())
}

// Save validates and saves the settings, returning what was saved. The
// replication settings are the replication card's (Replication.Save,
// which also starts and stops it): the settings form keeps them as saved.
func (s *Settings) Save(set domain.Settings) (res domain.Settings, err error) {
	defer guard(&err)
	cur, err := s.svc.Get(ctx())
	if err != nil {
		return domain.Settings{}, err
	}
	set.Replication = cur.Replication
	if res, err = s.svc.Save(ctx(), set); err == nil && s.saved != nil {
		s.saved(res)
	}
	return res, err
}

// System is what the UI needs to start: version, database, language, and the
// first-start offer of the sample data.
type System struct {
	drawn    sync.Once // only the first screen drawn is reported
	version  string
	dbPath   string
	sample   *service.Sample
	settings *service.Settings
}

// Boot is everything the frontend reads once at start.
type Boot struct {
	Version        string          `json:"version"`
	DBPath         string          `json:"dbPath"`
	SystemLanguage string          `json:"systemLanguage"`
	OfferSample    bool            `json:"offerSample"`
	Settings       domain.Settings `json:"settings"`
	// TextLimits is each account text field's limit in characters.
	TextLimits map[string]int `json:"textLimits"`
}

// Boot returns the start-up information.
func (s *System) Boot() (res Boot, err error) {
	defer guard(&err)
	set, err := s.settings.Get(ctx())
	if err != nil {
		return Boot{}, err
	}
	offer, err := s.sample.ShouldOffer(ctx())
	if err != nil {
		return Boot{}, err
	}
	return Boot{Version: s.version, DBPath: s.dbPath, SystemLanguage: service.SystemLanguage(nil),
		OfferSample: offer, Settings: set, TextLimits: domain.AccountTextLimits()}, nil
}

// LoadSample adds the sample data to the book (empty or not).
func (s *System) LoadSample() (err error) {
	defer guard(&err)
	return s.sample.Load(ctx())
}

// SampleLoaded tells whether the sample is in the book (the settings offer
// to remove it) or not (they offer to load it).
func (s *System) SampleLoaded() (res bool, err error) {
	defer guard(&err)
	return s.sample.Loaded(ctx())
}

// RemoveSample takes the sample away, keeping whatever the user made,
// edited or attached to it.
func (s *System) RemoveSample() (res store.SampleRemoval, err error) {
	defer guard(&err)
	return s.sample.Remove(ctx())
}

// DismissSample records that the user does not want the sample.
func (s *System) DismissSample() (err error) {
	defer guard(&err)
	return s.sample.Dismiss(ctx())
}

// Drawn is the page telling the shell that a screen has drawn its content
// for the first time. With KAMS_STARTUP_PROBE=1 in the environment the shell
// prints it ("kams: drawn home"), so scripts/startup.sh can time launch to
// Home drawn from outside, with no clock read in the app.
func (s *System) Drawn(view string) (err error) {
	defer guard(&err)
	if os.Getenv("KAMS_STARTUP_PROBE") == "" {
		return nil
	}
	s.drawn.Do(func() { fmt.Printf("kams: drawn %s\n", view) })
	return nil
}
