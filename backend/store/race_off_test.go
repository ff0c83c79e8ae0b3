//go:build !race

package store

// walkSteps scales a randomized walk's length (see race_on_test.go).
func walkSteps(n int) int { return n }
