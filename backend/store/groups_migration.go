package store

import "strings"

// migrationGroups (issue 13: account groups, 集团/子公司) lets an account
// have a parent account:
//
//   - accounts.parent_id is the parent the user set (NULL: none); not a
//     foreign key, so that the column can be dropped again: an account's
//     purge unlinks its subsidiaries itself (unlinkTree);
//   - accounts.group_id is the top of the account's tree (its group's
//     head, itself for the head) for an account in a group, NULL for one
//     that is in none. The store keeps it in the transaction that changes
//     a parent (SetParent, a purge, the sample's removal): a tree walk
//     needs a recursive query, which SQLite does not allow in a trigger;
//   - account_groups holds each group's rollup over its live accounts:
//     how many, how many subsidiaries (all but the head), our annual
//     sales, their spend in our category, their live people and their
//     live open deals with the amount. Triggers on accounts, contacts and
//     opportunities keep it in the very statement that writes, so every
//     path (bulk loads, trash, restore, purge and its cascades) keeps it
//     exact; the groups list and the matrix read it instead of walking
//     every member. A row goes when its group has no live account left.
var migrationGroups = `ALTER TABLE accounts ADD COLUMN parent_id INTEGER;
	ALTER TABLE accounts ADD COLUMN group_id INTEGER;
	CREATE INDEX accounts_parent ON accounts(parent_id) WHERE parent_id IS NOT NULL;
	-- The live accounts by group and name: a group's accounts, the list's
	-- grouping and its group filter.
	CREATE INDEX accounts_group ON accounts(group_id, name_key) WHERE deleted_at IS NULL;

	CREATE TABLE account_groups (
		group_id       INTEGER PRIMARY KEY,
		accounts       INTEGER NOT NULL,
		subsidiaries   INTEGER NOT NULL,
		our_sales      INTEGER NOT NULL,
		category_spend INTEGER NOT NULL,
		people         INTEGER NOT NULL,
		open_deals     INTEGER NOT NULL,
		open_amount    INTEGER NOT NULL
	) STRICT;
	CREATE INDEX account_groups_sales ON account_groups(our_sales);

	-- The matrix filters by group: a move between groups changes it.
	CREATE TRIGGER portfolio_account_regrouped AFTER UPDATE OF group_id ON accounts
		WHEN old.group_id IS NOT new.group_id BEGIN
		UPDATE portfolio_changes SET n = n + 1;
	END;

	CREATE TRIGGER account_groups_account AFTER UPDATE OF group_id, our_sales, category_spend, deleted_at ON accounts
		WHEN (old.group_id IS NOT NULL OR new.group_id IS NOT NULL) AND (old.group_id IS NOT new.group_id
			OR old.our_sales <> new.our_sales OR old.category_spend <> new.category_spend
			OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)) BEGIN
		UPDATE account_groups SET ` + groupLeave + ` WHERE group_id = old.group_id AND old.deleted_at IS NULL;
		DELETE FROM account_groups WHERE group_id = old.group_id AND accounts = 0;
		INSERT INTO account_groups SELECT ` + groupJoin + ` WHERE new.group_id IS NOT NULL AND new.deleted_at IS NULL
			ON CONFLICT DO UPDATE SET ` + groupAdd + `;
	END;

	CREATE TRIGGER account_groups_contact_insert AFTER INSERT ON contacts WHEN new.deleted_at IS NULL BEGIN
		UPDATE account_groups SET people = people + 1 WHERE group_id = ` + liveGroupOf("new") + `;
	END;
	CREATE TRIGGER account_groups_contact_delete AFTER DELETE ON contacts WHEN old.deleted_at IS NULL BEGIN
		UPDATE account_groups SET people = people - 1 WHERE group_id = ` + liveGroupOf("old") + `;
	END;
	CREATE TRIGGER account_groups_contact_update AFTER UPDATE OF account_id, deleted_at ON contacts
		WHEN old.account_id <> new.account_id OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
		UPDATE account_groups SET people = people - 1 WHERE old.deleted_at IS NULL AND group_id = ` + liveGroupOf("old") + `;
		UPDATE account_groups SET people = people + 1 WHERE new.deleted_at IS NULL AND group_id = ` + liveGroupOf("new") + `;
	END;

	CREATE TRIGGER account_groups_deal_insert AFTER INSERT ON opportunities
		WHEN new.deleted_at IS NULL AND new.status = 'open' BEGIN
		UPDATE account_groups SET open_deals = open_deals + 1, open_amount = open_amount + new.amount
			WHERE group_id = ` + liveGroupOf("new") + `;
	END;
	CREATE TRIGGER account_groups_deal_delete AFTER DELETE ON opportunities
		WHEN old.deleted_at IS NULL AND old.status = 'open' BEGIN
		UPDATE account_groups SET open_deals = open_deals - 1, open_amount = open_amount - old.amount
			WHERE group_id = ` + liveGroupOf("old") + `;
	END;
	CREATE TRIGGER account_groups_deal_update AFTER UPDATE OF account_id, status, amount, deleted_at ON opportunities
		WHEN old.account_id <> new.account_id OR old.status <> new.status OR old.amount <> new.amount
			OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
		UPDATE account_groups SET open_deals = open_deals - 1, open_amount = open_amount - old.amount
			WHERE old.deleted_at IS NULL AND old.status = 'open' AND group_id = ` + liveGroupOf("old") + `;
		UPDATE account_groups SET open_deals = open_deals + 1, open_amount = open_amount + new.amount
			WHERE new.deleted_at IS NULL AND new.status = 'open' AND group_id = ` + liveGroupOf("new") + `;
	END;`

// liveGroupOf is the group of the live account of the trigger's old or
// new row (NULL, matching nothing, when the account is in no group, in
// the trash or gone).
func liveGroupOf(row string) string {
	return "(SELECT group_id FROM accounts WHERE id = " + row + ".account_id AND deleted_at IS NULL)"
}

// groupShare is what an account (the trigger's old or new row) adds to its
// group's rollup, in account_groups' column order after group_id.
func groupShare(row string) []string {
	out := []string{"1", "(ROW.id <> ROW.group_id)", "ROW.our_sales", "ROW.category_spend",
		"(SELECT count(*) FROM contacts WHERE account_id = ROW.id AND deleted_at IS NULL)",
		"(SELECT count(*) FROM opportunities WHERE account_id = ROW.id AND deleted_at IS NULL AND status = 'open')",
		"(SELECT COALESCE(sum(amount), 0) FROM opportunities WHERE account_id = ROW.id AND deleted_at IS NULL AND status = 'open')"}
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], "ROW", row)
	}
	return out
}

// groupColumns are account_groups' rollup columns.
var groupColumns = []string{"accounts", "subsidiaries", "our_sales", "category_spend", "people", "open_deals", "open_amount"}

var (
	groupLeave = setEach(func(c, v string) string { return c + " = " + c + " - " + v }, groupShare("old"))
	groupJoin  = "new.group_id, " + strings.Join(groupShare("new"), ", ")
	groupAdd   = setEach(func(c, _ string) string { return c + " = " + c + " + excluded." + c }, groupShare("new"))
)

func setEach(f func(column, value string) string, values []string) string {
	out := make([]string, len(groupColumns))
	for i, c := range groupColumns {
		out[i] = f(c, values[i])
	}
	return strings.Join(out, ", ")
}
