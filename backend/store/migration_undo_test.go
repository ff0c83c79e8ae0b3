package store

import (
	"slices"
	"testing"
)

// migrationUndo takes each migration after 15 back out, so that a test can
// run an older migration again on a book that had it: every migration
// appended later adds its undo here.
var migrationUndo = map[string]string{
	migrationGroups: `DROP TRIGGER portfolio_account_regrouped; DROP TRIGGER account_groups_account;
		DROP TRIGGER account_groups_contact_insert; DROP TRIGGER account_groups_contact_delete; DROP TRIGGER account_groups_contact_update;
		DROP TRIGGER account_groups_deal_insert; DROP TRIGGER account_groups_deal_delete; DROP TRIGGER account_groups_deal_update;
		DROP TABLE account_groups; DROP INDEX accounts_group; DROP INDEX accounts_parent;
		ALTER TABLE accounts DROP COLUMN group_id; ALTER TABLE accounts DROP COLUMN parent_id;`,
}

// undoAfter undoes, newest first, every migration after m and returns the
// schema version just before m.
func undoAfter(t *testing.T, m string, exec func(string, ...any)) int {
	t.Helper()
	at := slices.Index(migrations, m)
	if at < 0 {
		t.Fatal("no such migration")
	}
	for i := len(migrations) - 1; i > at; i-- {
		undo, ok := migrationUndo[migrations[i]]
		if !ok {
			t.Fatalf("migration %d has no undo in migrationUndo", i+1)
		}
		exec(undo)
	}
	return at
}
