package store

import "testing"

// AssertFunnelSummary compares the funnel's summary tables with a full
// recomputation, for the tests outside the package (the scaled book's).
func AssertFunnelSummary(t *testing.T, s *Store) {
	t.Helper()
	assertSummary(t, s, 0)
}
