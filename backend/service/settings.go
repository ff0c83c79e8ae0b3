package service

import (
	"context"

	"kams/backend/domain"
	"kams/backend/store"
)

// Settings reads and saves the user's preferences and the method's weights.
type Settings struct{ store *store.Store }

// NewSettings builds the service over a store.
func NewSettings(s *store.Store) *Settings { return &Settings{store: s} }

// Get returns the settings, defaults where nothing was saved.
func (s *Settings) Get(ctx context.Context) (domain.Settings, error) { return s.store.Settings(ctx) }

// Save validates and saves all settings at once.
func (s *Settings) Save(ctx context.Context, set domain.Settings) (domain.Settings, error) {
	set.MyName = domain.CleanLine(set.MyName)
	if err := set.Validate(); err != nil {
		return domain.Settings{}, err
	}
	if err := s.store.SaveSettings(ctx, set); err != nil {
		return domain.Settings{}, err
	}
	return s.store.Settings(ctx)
}
