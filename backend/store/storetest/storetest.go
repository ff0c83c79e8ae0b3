// Package storetest opens fresh, fully migrated databases for tests fast:
// the migrations run once per test binary into a template file, and each
// test opens a copy of it. Under the race detector a migration run costs
// more than most tests.
package storetest

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	once     sync.Once
	template []byte
	failed   error
)

// Fresh copies into t's temp dir a database that migrate made (migrate
// opens, migrates and closes the file at the path it is given; it runs once
// per test binary) and returns the copy's path.
func Fresh(t testing.TB, migrate func(path string) error) string {
	t.Helper()
	once.Do(func() {
		dir, err := os.MkdirTemp("", "kams-template-")
		if err != nil {
			failed = err
			return
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, "kams.db")
		if failed = migrate(path); failed == nil {
			template, failed = os.ReadFile(path)
		}
	})
	if failed != nil {
		t.Fatal(failed)
	}
	path := filepath.Join(t.TempDir(), "kams.db")
	if err := os.WriteFile(path, template, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
