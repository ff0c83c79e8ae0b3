package service

import (
	"context"

	"kams/backend/sample"
	"kams/backend/store"
)

const flagSampleOffered = "sampleOffered"

// Sample loads the demo database into an empty one.
type Sample struct{ store *store.Store }

// NewSample builds the service over a store.
func NewSample(s *store.Store) *Sample { return &Sample{store: s} }

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
	if err := s.store.SeedAccounts(ctx, sample.Accounts()); err != nil {
		return err
	}
	return s.store.SetFlag(ctx, flagSampleOffered, true)
}
