package store

// Migration 12 (issue 11: the main business indicators, 主要业务指标, at
// 5,000 accounts) adds one summary table and one index.
//
// book_visit_months is the book's live visits per calendar month: the
// interactions of domain.VisitKinds, live, of live accounts, whoever logged
// them — what the indicators' visit count is. A year of a big book is
// tens of thousands of interactions (65 ms to count); the indicators read
// at most twelve rows instead. Triggers keep it exact in the statement
// that writes an interaction (insert, edit, trash, restore, delete) or
// moves an account in or out of the trash (its visits, whatever their
// liveness, are account_visit_months' row of it, kept by that table's
// triggers on the interactions). A purge deletes a trashed account, whose
// visits are already out. Rows that fall to 0 stay (they count nothing).
//
// won_cycle_months is, per calendar month of the win, the days from
// creation to the win summed over the live won deals of live accounts —
// the indicators' sales cycle, which counted a year's won deals and read
// two dates of each. Triggers keep it exact in the statement that writes a
// deal (insert, edit, close, reopen, trash, restore, delete) or moves an
// account in or out of the trash (its live won deals, by index); a purge
// deletes a trashed account, whose deals are already out.
//
// opportunities_closed_status covers what the indicators read of closed
// deals — won and lost per period, won revenue, the sales cycle (created
// on) and the accounts that bought in both periods — so a period's closed
// deals are a range of the index, not thousands of row reads.
var migrationIndicators = `CREATE TABLE book_visit_months (
	month  TEXT PRIMARY KEY, -- 'YYYY-MM' of the interaction's day
	visits INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO book_visit_months SELECT v.month, sum(v.visits) FROM account_visit_months v
	JOIN accounts a ON a.id = v.account_id AND a.deleted_at IS NULL GROUP BY 1;

CREATE TRIGGER book_visits_insert AFTER INSERT ON interactions WHEN ` + visitLive("new") + ` BEGIN
	INSERT INTO book_visit_months VALUES (substr(new.date, 1, 7), 1) ON CONFLICT DO UPDATE SET visits = visits + 1;
END;
CREATE TRIGGER book_visits_delete AFTER DELETE ON interactions WHEN ` + visitLive("old") + ` BEGIN
	UPDATE book_visit_months SET visits = visits - 1 WHERE month = substr(old.date, 1, 7);
END;
CREATE TRIGGER book_visits_update AFTER UPDATE OF account_id, date, kind, deleted_at ON interactions BEGIN
	UPDATE book_visit_months SET visits = visits - 1 WHERE month = substr(old.date, 1, 7) AND ` + visitLive("old") + `;
	INSERT INTO book_visit_months SELECT substr(new.date, 1, 7), 1 WHERE ` + visitLive("new") + `
		ON CONFLICT DO UPDATE SET visits = visits + 1;
END;
CREATE TRIGGER book_visits_account AFTER UPDATE OF deleted_at ON accounts
	WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
	INSERT INTO book_visit_months SELECT month, CASE WHEN new.deleted_at IS NULL THEN visits ELSE -visits END
		FROM account_visit_months WHERE account_id = new.id
		ON CONFLICT DO UPDATE SET visits = visits + excluded.visits;
END;

CREATE TABLE won_cycle_months (
	month TEXT PRIMARY KEY, -- 'YYYY-MM' of closed_on
	days  REAL NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO won_cycle_months SELECT substr(o.closed_on, 1, 7), sum(` + cycleDays("o") + `) FROM opportunities o
	WHERE ` + wonLive("o") + ` GROUP BY 1;
CREATE TRIGGER won_cycle_insert AFTER INSERT ON opportunities WHEN ` + wonLive("new") + ` BEGIN
	INSERT INTO won_cycle_months VALUES (substr(new.closed_on, 1, 7), ` + cycleDays("new") + `)
		ON CONFLICT DO UPDATE SET days = days + excluded.days;
END;
CREATE TRIGGER won_cycle_delete AFTER DELETE ON opportunities WHEN ` + wonLive("old") + ` BEGIN
	UPDATE won_cycle_months SET days = days - ` + cycleDays("old") + ` WHERE month = substr(old.closed_on, 1, 7);
END;
CREATE TRIGGER won_cycle_update AFTER UPDATE OF account_id, status, closed_on, created_on, deleted_at ON opportunities BEGIN
	UPDATE won_cycle_months SET days = days - ` + cycleDays("old") + `
		WHERE month = substr(old.closed_on, 1, 7) AND ` + wonLive("old") + `;
	INSERT INTO won_cycle_months SELECT substr(new.closed_on, 1, 7), ` + cycleDays("new") + ` WHERE ` + wonLive("new") + `
		ON CONFLICT DO UPDATE SET days = days + excluded.days;
END;
CREATE TRIGGER won_cycle_account AFTER UPDATE OF deleted_at ON accounts
	WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
	INSERT INTO won_cycle_months SELECT substr(o.closed_on, 1, 7),
		CASE WHEN new.deleted_at IS NULL THEN sum(` + cycleDays("o") + `) ELSE -sum(` + cycleDays("o") + `) END
		FROM opportunities o WHERE o.account_id = new.id AND o.deleted_at IS NULL AND o.status = 'won' GROUP BY 1
		ON CONFLICT DO UPDATE SET days = days + excluded.days;
END;

CREATE INDEX opportunities_closed_status ON opportunities(status, closed_on, account_id, amount, created_on, deleted_at)
	WHERE deleted_at IS NULL AND status <> 'open';`

// visitLive is the condition on an interaction row r for
// book_visit_months: a live visit of a live account.
func visitLive(r string) string {
	return visit(r) + " AND EXISTS (SELECT 1 FROM accounts WHERE id = " + r + ".account_id AND deleted_at IS NULL)"
}

// wonLive is the condition on a deal row r for won_cycle_months: live,
// won, of a live account.
func wonLive(r string) string {
	return r + ".deleted_at IS NULL AND " + r + ".status = 'won' AND EXISTS (SELECT 1 FROM accounts WHERE id = " + r +
		".account_id AND deleted_at IS NULL)"
}

// cycleDays is the days from a deal row r's creation to its closing.
func cycleDays(r string) string {
	return "max(0, julianday(" + r + ".closed_on) - julianday(" + r + ".created_on))"
}
