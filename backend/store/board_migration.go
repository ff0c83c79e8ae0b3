package store

// boardMigration (migration 9) stores what a deal's card shows and the
// board sorts by, so that a page of cards reads only its own rows:
//   - stage_since, the day the deal entered its current stay (the newest
//     stage visit's entered), kept by addVisit;
//   - last_interaction, the day of its newest live interaction (” when it
//     has none), kept by touchDeal beside touched;
//
// and the indexes that serve the board's columns (open deals per stage by
// expected close; closed deals newest first) and the account timeline
// (newest first, live interactions only), each carrying account_id so a
// filter by account set is read from the index; and the few trashed
// accounts, which every board and funnel query leaves out, as an index of
// their own instead of a scan of every account; and the inputs of the
// tier and key-account filters (and the manager, first) as a covering
// index, a fraction of the accounts' wide rows; and the deals' names, so
// the board's text filter scans names, not deals. Every one of these
// partial indexes (WHERE deleted_at IS NULL) but the timeline's also
// carries deleted_at: SQLite still tests the query's "deleted_at IS NULL"
// and would otherwise read the table row of every entry. The funnel's three
// covering indexes of migration 3 are made again with it for the same
// reason. The timeline's must end with the date (its rowid follows, the
// newest-first order); it reads the rows of its page anyway.
const boardMigration = `ALTER TABLE opportunities ADD COLUMN stage_since TEXT NOT NULL DEFAULT '';
	ALTER TABLE opportunities ADD COLUMN last_interaction TEXT NOT NULL DEFAULT '';
	UPDATE opportunities SET
		stage_since = COALESCE((SELECT v.entered FROM stage_visits v WHERE v.opportunity_id = opportunities.id ORDER BY v.id DESC LIMIT 1), ''),
		last_interaction = COALESCE((SELECT max(i.date) FROM interactions i
			WHERE i.opportunity_id = opportunities.id AND i.deleted_at IS NULL), '');
	CREATE INDEX opportunities_board ON opportunities(status, stage, close_date, account_id, deleted_at) WHERE deleted_at IS NULL;
	CREATE INDEX opportunities_closed ON opportunities(closed_on, account_id, amount, status, deleted_at) WHERE deleted_at IS NULL AND status <> 'open';
	CREATE INDEX accounts_trashed ON accounts(deleted_at) WHERE deleted_at IS NOT NULL;
	CREATE INDEX accounts_scoring ON accounts(manager_id, cl_volume, cl_profitability, cl_strategic_fit, cl_ease, stage,
		cl_coverage, cl_satisfaction, our_sales, category_spend,
		id_large_orders, id_strategic, id_influence, id_technology, id_market, deleted_at) WHERE deleted_at IS NULL;
	CREATE INDEX opportunities_name ON opportunities(name, account_id, deleted_at) WHERE deleted_at IS NULL;
	DROP INDEX opportunities_funnel;
	CREATE INDEX opportunities_funnel ON opportunities(status, stage,
		substr(CASE status WHEN 'open' THEN close_date ELSE closed_on END, 1, 7),
		override, probability, amount, account_id, close_date, closed_on, deleted_at) WHERE deleted_at IS NULL;
	DROP INDEX opportunities_reached;
	CREATE INDEX opportunities_reached ON opportunities(reached, status, account_id, close_date, closed_on,
		days_0, stays_0, days_1, stays_1, days_2, stays_2, days_3, stays_3, days_4, stays_4, deleted_at) WHERE deleted_at IS NULL;
	DROP INDEX opportunities_touched;
	CREATE INDEX opportunities_touched ON opportunities(status, touched, account_id, close_date, deleted_at) WHERE deleted_at IS NULL;
	CREATE INDEX interactions_timeline ON interactions(account_id, date) WHERE deleted_at IS NULL;`
