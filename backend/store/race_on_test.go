//go:build race

package store

// walkSteps scales a randomized walk's length: the race detector makes
// SQLite (pure Go) some twenty times slower, and the walks run whole in the
// runs without it (make test runs them twice more, in other time zones).
func walkSteps(n int) int { return max(n/5, 20) }
