package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kams/backend/domain"
)

// Settings reads the saved settings over the defaults: a key never saved
// keeps its default.
func (s *Store) Settings(ctx context.Context) (domain.Settings, error) {
	out := domain.DefaultSettings()
	targets := settingFields(&out)
	rows, err := s.r.QueryContext(ctx, "SELECT key, value FROM settings")
	if err != nil {
		return out, fmt.Errorf("store: load settings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return out, fmt.Errorf("store: load settings: %w", err)
		}
		target, ok := targets[k]
		if !ok {
			continue // a flag, not a setting
		}
		if err := json.Unmarshal([]byte(v), target); err != nil {
			return out, fmt.Errorf("store: load setting %s: %w", k, err)
		}
	}
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("store: load settings: %w", err)
	}
	return out, nil
}

// SaveSettings writes every setting in one transaction. The user's own
// name becomes a team member (if new) in the same transaction, so targets
// can be set for them at once; other scoring settings rescore every
// account in it, so the stored scores never lag the weights.
func (s *Store) SaveSettings(ctx context.Context, set domain.Settings) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		before, err := scoringIn(ctx, tx)
		if err != nil {
			return err
		}
		for k, v := range settingFields(&set) {
			if err := putSetting(ctx, tx, k, v); err != nil {
				return err
			}
		}
		if _, err := memberID(ctx, tx, set.MyName, s.stamp()); err != nil {
			return err
		}
		if after, err := scoringIn(ctx, tx); err != nil || after == before {
			return err
		}
		return rescoreAll(ctx, tx)
	})
}

// settingFields names each setting's row in the settings table.
func settingFields(s *domain.Settings) map[string]any {
	return map[string]any{"language": &s.Language, "currency": &s.Currency, "scoring": &s.Scoring,
		"staleDays": &s.StaleDays, "stages": &s.Stages, "lossReasons": &s.LossReasons, "stalledDays": &s.StalledDays,
		"myName": &s.MyName, "assessment": &s.Assessment,
		"replication": &s.Replication, "look": &s.Look, "reminders": &s.Reminders, "marketing": &s.Marketing,
		"service": &s.Service, "health": &s.Health}
}

// Flag reads a yes/no marker such as "sampleOffered".
func (s *Store) Flag(ctx context.Context, key string) (bool, error) {
	var v string
	err := s.r.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: load flag %s: %w", key, err)
	}
	return v == "true", nil
}

// SetFlag records a yes/no marker.
func (s *Store) SetFlag(ctx context.Context, key string, on bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return putSetting(ctx, tx, key, on) })
}

func putSetting(ctx context.Context, tx *sql.Tx, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode setting %s: %w", key, err)
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, string(b))
	if err != nil {
		return fmt.Errorf("store: save setting %s: %w", key, err)
	}
	return nil
}
