package service

import (
	"context"
	"time"

	"kams/backend/sample"
	"kams/backend/store"
)

const flagSampleOffered = "sampleOffered"

// Sample loads the demo database into an empty one.
type Sample struct {
	store *store.Store
	now   func() time.Time
}

// NewSample builds the service over a store; the sample's interactions are
// dated relative to now, so the demo always looks current.
func NewSample(s *store.Store, now func() time.Time) *Sample { return &Sample{store: s, now: now} }

// ShouldOffer is true for a database with no accounts whose user has not yet
// been asked whether to load the sample.
func (s *Sample) ShouldOffer(ctx context.Context) (bool, error) {
	n, err := s.store.CountAccounts(ctx)
	if err != nil || n > 0 {
		return false, err
	}
	offered, err := s.store.Flag(ctx, flagSampleOffered)
	return !offered, err
}

// Dismiss records that the user said no to the sample.
func (s *Sample) Dismiss(ctx context.Context) error {
	return s.store.SetFlag(ctx, flagSampleOffered, true)
}

// Load writes the sample into an empty database, all in one transaction. It
// refuses a database that holds accounts (even in the trash): the sample
// never mixes with the user's own data.
func (s *Sample) Load(ctx context.Context) error {
	if err := s.store.Seed(ctx, Demo(s.now())); err != nil {
		return err
	}
	return s.store.SetFlag(ctx, flagSampleOffered, true)
}

// Demo is the sample database as of today: its people, and its
// interactions dated so many days before today, next steps so many after.
func Demo(today time.Time) store.Seed {
	seed := store.Seed{Accounts: sample.Accounts()}
	for _, p := range sample.People() {
		seed.Contacts = append(seed.Contacts, store.SeedContact{Account: p.Account, Key: p.Key, ReportsTo: p.ReportsTo, Contact: p.Contact})
	}
	for _, m := range sample.Meetings() {
		in := m.Interaction
		in.Date = today.AddDate(0, 0, -m.DaysAgo).Format(time.DateOnly)
		if in.NextStep != "" {
			in.NextDue = today.AddDate(0, 0, m.NextInDays).Format(time.DateOnly)
		}
		seed.Interactions = append(seed.Interactions, store.SeedInteraction{Account: m.Account, People: m.People, Interaction: in})
	}
	return seed
}
