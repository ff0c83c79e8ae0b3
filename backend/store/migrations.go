package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are append-only: never edit one that has shipped, add another.
// PRAGMA user_version records how many have run.
var migrations = []string{
	// 1: settings, team members (who manages an account), accounts.
	`CREATE TABLE settings (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	) STRICT;

	CREATE TABLE members (
		id         INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		created_at TEXT NOT NULL
	) STRICT;
	CREATE UNIQUE INDEX members_name ON members(name COLLATE NOCASE);

	CREATE TABLE accounts (
		id                    INTEGER PRIMARY KEY,
		name                  TEXT NOT NULL,
		short_name            TEXT NOT NULL DEFAULT '',
		english_name          TEXT NOT NULL DEFAULT '',
		industry              TEXT NOT NULL DEFAULT '',
		region                TEXT NOT NULL DEFAULT '',
		address               TEXT NOT NULL DEFAULT '',
		employees             INTEGER NOT NULL DEFAULT 0,
		revenue               INTEGER NOT NULL DEFAULT 0,
		business_strategy     TEXT NOT NULL DEFAULT '',
		supply_chain_strategy TEXT NOT NULL DEFAULT '',
		procurement_plans     TEXT NOT NULL DEFAULT '',
		competitors           TEXT NOT NULL DEFAULT '',
		our_sales             INTEGER NOT NULL DEFAULT 0,
		category_spend        INTEGER NOT NULL DEFAULT 0,
		status                TEXT NOT NULL CHECK (status IN ('prospect','active','dormant','lost')),
		manager_id            INTEGER REFERENCES members(id) ON DELETE SET NULL,
		stage                 TEXT NOT NULL CHECK (stage IN ('exploratory','basic','cooperative','interdependent','integrated')),
		notes                 TEXT NOT NULL DEFAULT '',
		id_large_orders       INTEGER NOT NULL DEFAULT 0 CHECK (id_large_orders BETWEEN 0 AND 5),
		id_strategic          INTEGER NOT NULL DEFAULT 0 CHECK (id_strategic BETWEEN 0 AND 5),
		id_influence          INTEGER NOT NULL DEFAULT 0 CHECK (id_influence BETWEEN 0 AND 5),
		id_technology         INTEGER NOT NULL DEFAULT 0 CHECK (id_technology BETWEEN 0 AND 5),
		id_market             INTEGER NOT NULL DEFAULT 0 CHECK (id_market BETWEEN 0 AND 5),
		kc_high_value         INTEGER NOT NULL DEFAULT 0,
		kc_barrier            INTEGER NOT NULL DEFAULT 0,
		kc_future_competition INTEGER NOT NULL DEFAULT 0,
		kc_core_market        INTEGER NOT NULL DEFAULT 0,
		cl_volume             INTEGER NOT NULL DEFAULT 0 CHECK (cl_volume BETWEEN 0 AND 5),
		cl_profitability      INTEGER NOT NULL DEFAULT 0 CHECK (cl_profitability BETWEEN 0 AND 5),
		cl_strategic_fit      INTEGER NOT NULL DEFAULT 0 CHECK (cl_strategic_fit BETWEEN 0 AND 5),
		cl_ease               INTEGER NOT NULL DEFAULT 0 CHECK (cl_ease BETWEEN 0 AND 5),
		cl_growth             INTEGER NOT NULL DEFAULT 0 CHECK (cl_growth BETWEEN 0 AND 5),
		cl_projects           INTEGER NOT NULL DEFAULT 0 CHECK (cl_projects BETWEEN 0 AND 5),
		cl_share_room         INTEGER NOT NULL DEFAULT 0 CHECK (cl_share_room BETWEEN 0 AND 5),
		cl_tech_absorption    INTEGER NOT NULL DEFAULT 0 CHECK (cl_tech_absorption BETWEEN 0 AND 5),
		cl_coverage           INTEGER NOT NULL DEFAULT 0 CHECK (cl_coverage BETWEEN 0 AND 5),
		cl_satisfaction       INTEGER NOT NULL DEFAULT 0 CHECK (cl_satisfaction BETWEEN 0 AND 5),
		created_at            TEXT NOT NULL,
		updated_at            TEXT NOT NULL,
		deleted_at            TEXT
	) STRICT;
	-- Two live accounts may not share a name; one in the trash may.
	CREATE UNIQUE INDEX accounts_live_name ON accounts(name COLLATE NOCASE) WHERE deleted_at IS NULL;
	CREATE INDEX accounts_manager ON accounts(manager_id);`,

	// 2: the people in the accounts, the interactions with them, and the
	// global search index.
	`CREATE TABLE contacts (
		id          INTEGER PRIMARY KEY,
		account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		name        TEXT NOT NULL,
		title       TEXT NOT NULL DEFAULT '',
		department  TEXT NOT NULL DEFAULT '',
		reports_to  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
		phone       TEXT NOT NULL DEFAULT '',
		mobile      TEXT NOT NULL DEFAULT '',
		email       TEXT NOT NULL DEFAULT '',
		wechat      TEXT NOT NULL DEFAULT '',
		birthday    TEXT NOT NULL DEFAULT '',
		interests   TEXT NOT NULL DEFAULT '',
		notes       TEXT NOT NULL DEFAULT '',
		role        TEXT NOT NULL DEFAULT '' CHECK (role IN ('','economic','user','technical','coach','influencer')),
		attitude    INTEGER NOT NULL DEFAULT 0 CHECK (attitude BETWEEN -2 AND 2),
		influence   TEXT NOT NULL DEFAULT 'medium' CHECK (influence IN ('high','medium','low')),
		strength    INTEGER NOT NULL DEFAULT 0 CHECK (strength BETWEEN 0 AND 5),
		created_at  TEXT NOT NULL,
		updated_at  TEXT NOT NULL,
		deleted_at  TEXT
	) STRICT;
	CREATE INDEX contacts_account ON contacts(account_id);
	CREATE INDEX contacts_reports_to ON contacts(reports_to);
	-- Birthdays by month and day, for "in the next 14 days".
	CREATE INDEX contacts_birthday ON contacts(substr(birthday, 6)) WHERE birthday <> '' AND deleted_at IS NULL;

	CREATE TABLE interactions (
		id          INTEGER PRIMARY KEY,
		account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		date        TEXT NOT NULL,
		kind        TEXT NOT NULL CHECK (kind IN ('visit','call','meeting','email','tech','demo','dinner','other')),
		summary     TEXT NOT NULL DEFAULT '',
		outcome     TEXT NOT NULL DEFAULT '',
		next_step   TEXT NOT NULL DEFAULT '',
		next_due    TEXT NOT NULL DEFAULT '',
		next_done   INTEGER NOT NULL DEFAULT 0,
		created_at  TEXT NOT NULL,
		updated_at  TEXT NOT NULL,
		deleted_at  TEXT
	) STRICT;
	CREATE INDEX interactions_account_date ON interactions(account_id, date);
	CREATE INDEX interactions_due ON interactions(next_due) WHERE next_due <> '' AND next_done = 0 AND deleted_at IS NULL;

	CREATE TABLE interaction_contacts (
		interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
		contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
		position       INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (interaction_id, contact_id)
	) STRICT, WITHOUT ROWID;
	CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id, interaction_id);

	-- Global search. Row ids are kind<<40 | record id, so the newest hits of
	-- one kind are a rowid range. Substrings of 3+ characters go through
	-- the trigram index; 2-character ones through the bigram index, whose
	-- documents are the text's distinct character pairs as words.
	CREATE VIRTUAL TABLE search_tri USING fts5(body, tokenize = 'trigram', content = '', contentless_delete = 1);
	CREATE VIRTUAL TABLE search_bi USING fts5(body, tokenize = 'unicode61', content = '', contentless_delete = 1, detail = 'none');`,

	// 3: opportunities, their people and their stage history; interactions
	// may be tied to one.
	`CREATE TABLE opportunities (
		id          INTEGER PRIMARY KEY,
		account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		name        TEXT NOT NULL,
		amount      INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
		close_date  TEXT NOT NULL,
		stage       TEXT NOT NULL,
		override    INTEGER NOT NULL DEFAULT 0,
		probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
		competitors TEXT NOT NULL DEFAULT '',
		solution    TEXT NOT NULL DEFAULT '',
		criteria    TEXT NOT NULL DEFAULT '',
		status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','won','lost','abandoned')),
		loss_reason TEXT NOT NULL DEFAULT '',
		step        TEXT NOT NULL DEFAULT '',
		el_need          INTEGER NOT NULL DEFAULT 0,
		el_budget        INTEGER NOT NULL DEFAULT 0,
		el_decision      INTEGER NOT NULL DEFAULT 0,
		el_timeline      INTEGER NOT NULL DEFAULT 0,
		el_fit           INTEGER NOT NULL DEFAULT 0,
		el_competitive   INTEGER NOT NULL DEFAULT 0,
		el_profitability INTEGER NOT NULL DEFAULT 0,
		tasks_done  TEXT NOT NULL DEFAULT '[]',
		closed_on   TEXT NOT NULL DEFAULT '',
		-- Digests kept by the store for the funnel: the stages ever entered
		-- (bit i = stage i), the day of the last interaction tied to it (or of
		-- its creation), and per stage i the days (days_i) and number
		-- (stays_i) of its finished stays there.
		reached     INTEGER NOT NULL DEFAULT 0,
		touched     TEXT NOT NULL DEFAULT '',
		days_0 INTEGER NOT NULL DEFAULT 0, stays_0 INTEGER NOT NULL DEFAULT 0,
		days_1 INTEGER NOT NULL DEFAULT 0, stays_1 INTEGER NOT NULL DEFAULT 0,
		days_2 INTEGER NOT NULL DEFAULT 0, stays_2 INTEGER NOT NULL DEFAULT 0,
		days_3 INTEGER NOT NULL DEFAULT 0, stays_3 INTEGER NOT NULL DEFAULT 0,
		days_4 INTEGER NOT NULL DEFAULT 0, stays_4 INTEGER NOT NULL DEFAULT 0,
		created_at  TEXT NOT NULL,
		updated_at  TEXT NOT NULL,
		deleted_at  TEXT
	) STRICT;
	CREATE INDEX opportunities_account ON opportunities(account_id);
	-- The funnel reads only this index, already in its GROUP BY order.
	CREATE INDEX opportunities_funnel ON opportunities(status, stage,
		substr(CASE status WHEN 'open' THEN close_date ELSE closed_on END, 1, 7),
		override, probability, amount, account_id, close_date, closed_on) WHERE deleted_at IS NULL;
	CREATE INDEX opportunities_reached ON opportunities(reached, status, account_id, close_date, closed_on,
		days_0, stays_0, days_1, stays_1, days_2, stays_2, days_3, stays_3, days_4, stays_4) WHERE deleted_at IS NULL;
	CREATE INDEX opportunities_touched ON opportunities(status, touched, account_id, close_date) WHERE deleted_at IS NULL;

	CREATE TABLE opportunity_contacts (
		opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
		contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
		role           TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (opportunity_id, contact_id)
	) STRICT, WITHOUT ROWID;

	-- One row per stay in a stage; days is written when the deal leaves, so
	-- the average days in a stage is one indexed aggregate.
	CREATE TABLE stage_visits (
		id             INTEGER PRIMARY KEY,
		opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
		stage          TEXT NOT NULL,
		entered        TEXT NOT NULL,
		left_on        TEXT NOT NULL DEFAULT '',
		days           INTEGER NOT NULL DEFAULT 0
	) STRICT;
	CREATE INDEX stage_visits_deal ON stage_visits(opportunity_id, id);

	ALTER TABLE interactions ADD COLUMN opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL;
	CREATE INDEX interactions_opportunity ON interactions(opportunity_id, date) WHERE opportunity_id IS NOT NULL;`,

	// 4: who owns a deal and who logged an interaction (the team member whose
	// targets and assessment they count for; the account's lead manager
	// unless set otherwise), and targets per period for an account or a
	// member. A period is '2026', '2026-Q3' or '2026-07'.
	`ALTER TABLE opportunities ADD COLUMN owner_id INTEGER REFERENCES members(id) ON DELETE SET NULL;
	ALTER TABLE interactions ADD COLUMN member_id INTEGER REFERENCES members(id) ON DELETE SET NULL;
	UPDATE opportunities SET owner_id = (SELECT manager_id FROM accounts WHERE accounts.id = opportunities.account_id);
	UPDATE interactions SET member_id = (SELECT manager_id FROM accounts WHERE accounts.id = interactions.account_id);
	CREATE INDEX opportunities_owner ON opportunities(owner_id, status, closed_on) WHERE deleted_at IS NULL;
	CREATE INDEX interactions_member ON interactions(member_id, date);

	CREATE TABLE targets (
		id                INTEGER PRIMARY KEY,
		period            TEXT NOT NULL,
		account_id        INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
		member_id         INTEGER REFERENCES members(id) ON DELETE CASCADE,
		revenue           INTEGER NOT NULL DEFAULT 0 CHECK (revenue >= 0),
		new_opportunities INTEGER NOT NULL DEFAULT 0 CHECK (new_opportunities >= 0),
		visits            INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
		updated_at        TEXT NOT NULL,
		CHECK ((account_id IS NULL) <> (member_id IS NULL))
	) STRICT;
	CREATE UNIQUE INDEX targets_account ON targets(account_id, period) WHERE account_id IS NOT NULL;
	CREATE UNIQUE INDEX targets_member ON targets(member_id, period) WHERE member_id IS NOT NULL;`,

	// 5: the account manager's week (自我效能管理): activities planned for an
	// ISO week ('2026-W07'), the self-check items ticked that week, and
	// personal development goals.
	`CREATE TABLE week_items (
		id         INTEGER PRIMARY KEY,
		week       TEXT NOT NULL,
		title      TEXT NOT NULL,
		account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
		done       INTEGER NOT NULL DEFAULT 0,
		created_at TEXT NOT NULL
	) STRICT;
	CREATE INDEX week_items_week ON week_items(week, id);

	CREATE TABLE week_checks (
		week TEXT NOT NULL,
		item TEXT NOT NULL,
		PRIMARY KEY (week, item)
	) STRICT, WITHOUT ROWID;

	CREATE TABLE development_goals (
		id         INTEGER PRIMARY KEY,
		title      TEXT NOT NULL,
		due        TEXT NOT NULL DEFAULT '',
		done       INTEGER NOT NULL DEFAULT 0,
		created_at TEXT NOT NULL
	) STRICT;`,
	// 6: the team (核心团队管理): members' roles, contacts and skills, account
	// teams, assessment templates, assessments per member and period with
	// their items copied from the template, reopenings, training.
	`ALTER TABLE members ADD COLUMN role TEXT NOT NULL DEFAULT 'kam' CHECK (role IN ('kam','sales','presales','service','manager'));
	ALTER TABLE members ADD COLUMN title TEXT NOT NULL DEFAULT '';
	ALTER TABLE members ADD COLUMN phone TEXT NOT NULL DEFAULT '';
	ALTER TABLE members ADD COLUMN email TEXT NOT NULL DEFAULT '';
	ALTER TABLE members ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';
	-- A member who leaves is marked, not deleted: their deals, interactions
	-- and assessments stay theirs.
	ALTER TABLE members ADD COLUMN deleted_at TEXT;

	CREATE TABLE account_members (
		account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
		role       TEXT NOT NULL,
		position   INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (account_id, member_id)
	) STRICT, WITHOUT ROWID;
	CREATE INDEX account_members_member ON account_members(member_id);

	CREATE TABLE assessment_templates (
		id         INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		items      TEXT NOT NULL DEFAULT '[]',
		updated_at TEXT NOT NULL
	) STRICT;
	CREATE UNIQUE INDEX assessment_templates_name ON assessment_templates(name COLLATE NOCASE);

	CREATE TABLE assessments (
		id            INTEGER PRIMARY KEY,
		member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
		period        TEXT NOT NULL,
		template_id   INTEGER REFERENCES assessment_templates(id) ON DELETE SET NULL,
		template_name TEXT NOT NULL,
		status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','final')),
		comments      TEXT NOT NULL DEFAULT '',
		total         REAL NOT NULL DEFAULT 0,
		grade         TEXT NOT NULL DEFAULT 'D',
		finalised_at  TEXT NOT NULL DEFAULT '',
		created_at    TEXT NOT NULL,
		updated_at    TEXT NOT NULL
	) STRICT;
	CREATE UNIQUE INDEX assessments_member_period ON assessments(member_id, period);
	CREATE INDEX assessments_period ON assessments(period);

	CREATE TABLE assessment_items (
		id            INTEGER PRIMARY KEY,
		assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
		position      INTEGER NOT NULL,
		kind          TEXT NOT NULL CHECK (kind IN ('kpi','rating')),
		metric        TEXT NOT NULL DEFAULT '',
		name          TEXT NOT NULL DEFAULT '',
		weight        INTEGER NOT NULL,
		target        REAL NOT NULL DEFAULT 0,
		cap           INTEGER NOT NULL DEFAULT 0,
		actual        REAL NOT NULL DEFAULT 0,
		computable    INTEGER NOT NULL DEFAULT 0,
		entered       INTEGER NOT NULL DEFAULT 0,
		rating        INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
		score         REAL NOT NULL DEFAULT 0
	) STRICT;
	CREATE INDEX assessment_items_assessment ON assessment_items(assessment_id, position);

	CREATE TABLE assessment_reopens (
		id            INTEGER PRIMARY KEY,
		assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
		at            TEXT NOT NULL,
		reason        TEXT NOT NULL
	) STRICT;
	CREATE INDEX assessment_reopens_assessment ON assessment_reopens(assessment_id, id);

	CREATE TABLE trainings (
		id        INTEGER PRIMARY KEY,
		member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
		course    TEXT NOT NULL,
		date      TEXT NOT NULL,
		hours     REAL NOT NULL CHECK (hours > 0),
		result    TEXT NOT NULL DEFAULT ''
	) STRICT;
	CREATE INDEX trainings_member ON trainings(member_id, date);`,
	// 7: the account plan (大客户计划), one per account and year, with its
	// action plan, risks and review dates as rows of their own: actions are
	// read across plans (what is due, by owner), and every list keeps the
	// user's order in position.
	`CREATE TABLE account_plans (
		id              INTEGER PRIMARY KEY,
		account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
		year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
		business        TEXT NOT NULL DEFAULT '',
		strategy        TEXT NOT NULL DEFAULT '',
		organisation    TEXT NOT NULL DEFAULT '',
		procurement     TEXT NOT NULL DEFAULT '',
		sales_history   TEXT NOT NULL DEFAULT '',
		share_of_wallet TEXT NOT NULL DEFAULT '',
		stage           TEXT NOT NULL DEFAULT '' CHECK (stage IN ('','exploratory','basic','cooperative','interdependent','integrated')),
		strengths       TEXT NOT NULL DEFAULT '',
		weaknesses      TEXT NOT NULL DEFAULT '',
		opportunities   TEXT NOT NULL DEFAULT '',
		threats         TEXT NOT NULL DEFAULT '',
		revenue_target  INTEGER NOT NULL DEFAULT 0 CHECK (revenue_target >= 0),
		share_target    INTEGER NOT NULL DEFAULT 0 CHECK (share_target BETWEEN 0 AND 100),
		stage_target    TEXT NOT NULL DEFAULT '' CHECK (stage_target IN ('','exploratory','basic','cooperative','interdependent','integrated')),
		objectives      TEXT NOT NULL DEFAULT '',
		strategies      TEXT NOT NULL DEFAULT '',
		resources       TEXT NOT NULL DEFAULT '',
		created_at      TEXT NOT NULL,
		updated_at      TEXT NOT NULL
	) STRICT;
	CREATE UNIQUE INDEX account_plans_year ON account_plans(account_id, year);

	CREATE TABLE plan_actions (
		id       INTEGER PRIMARY KEY,
		plan_id  INTEGER NOT NULL REFERENCES account_plans(id) ON DELETE CASCADE,
		position INTEGER NOT NULL,
		item     TEXT NOT NULL DEFAULT '',
		owner_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
		due      TEXT NOT NULL DEFAULT '',
		status   TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','doing','done','cancelled'))
	) STRICT;
	CREATE INDEX plan_actions_plan ON plan_actions(plan_id, position);
	CREATE INDEX plan_actions_open ON plan_actions(owner_id, due) WHERE status IN ('planned','doing');

	CREATE TABLE plan_risks (
		plan_id        INTEGER NOT NULL REFERENCES account_plans(id) ON DELETE CASCADE,
		position       INTEGER NOT NULL,
		risk           TEXT NOT NULL DEFAULT '',
		countermeasure TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (plan_id, position)
	) STRICT, WITHOUT ROWID;

	CREATE TABLE plan_reviews (
		plan_id  INTEGER NOT NULL REFERENCES account_plans(id) ON DELETE CASCADE,
		position INTEGER NOT NULL,
		date     TEXT NOT NULL DEFAULT '',
		note     TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (plan_id, position)
	) STRICT, WITHOUT ROWID;`,
	// 8: the sales funnel's summary, and the local day a deal was made.
	// funnel_groups and funnel_reached are the funnel's two GROUP BYs over
	// the live deals (deleted_at IS NULL), kept in step by triggers in the
	// very statement that writes a deal, so that every write path (bulk
	// loads and cascades included) keeps them exact; the funnel reads a few
	// hundred rows instead of every deal. created_on is the user's calendar
	// day of created_at (a UTC stamp), the one compared with local dates.
	// The existing deals' days are filled in Go (localDays), in the clock's
	// time zone, then their last touch.
	`ALTER TABLE opportunities ADD COLUMN created_on TEXT NOT NULL DEFAULT '';
	CREATE INDEX opportunities_created ON opportunities(created_on, owner_id) WHERE deleted_at IS NULL;

	CREATE TABLE funnel_groups (
		status      TEXT NOT NULL,
		stage       TEXT NOT NULL,
		month       TEXT NOT NULL,
		override    INTEGER NOT NULL,
		probability INTEGER NOT NULL,
		deals       INTEGER NOT NULL,
		amount      INTEGER NOT NULL,
		PRIMARY KEY (status, stage, month, override, probability)
	) STRICT, WITHOUT ROWID;
	INSERT INTO funnel_groups SELECT status, stage, substr(CASE status WHEN 'open' THEN close_date ELSE closed_on END, 1, 7),
		override, probability, count(*), sum(amount) FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
	CREATE TRIGGER funnel_groups_insert AFTER INSERT ON opportunities WHEN new.deleted_at IS NULL BEGIN
		INSERT INTO funnel_groups VALUES (new.status, new.stage, substr(CASE new.status WHEN 'open' THEN new.close_date ELSE new.closed_on END, 1, 7),
			new.override, new.probability, 1, new.amount)
			ON CONFLICT DO UPDATE SET deals = deals + 1, amount = amount + excluded.amount;
	END;
	CREATE TRIGGER funnel_groups_delete AFTER DELETE ON opportunities WHEN old.deleted_at IS NULL BEGIN
		UPDATE funnel_groups SET deals = deals - 1, amount = amount - old.amount
			WHERE (status, stage, month, override, probability) = (old.status, old.stage,
				substr(CASE old.status WHEN 'open' THEN old.close_date ELSE old.closed_on END, 1, 7), old.override, old.probability);
		DELETE FROM funnel_groups WHERE deals = 0 AND (status, stage, month, override, probability) = (old.status, old.stage,
				substr(CASE old.status WHEN 'open' THEN old.close_date ELSE old.closed_on END, 1, 7), old.override, old.probability);
	END;
	CREATE TRIGGER funnel_groups_update AFTER UPDATE OF status, stage, close_date, closed_on, override, probability, amount, deleted_at
		ON opportunities WHEN old.deleted_at IS NULL OR new.deleted_at IS NULL BEGIN
		UPDATE funnel_groups SET deals = deals - 1, amount = amount - old.amount
			WHERE old.deleted_at IS NULL AND (status, stage, month, override, probability) = (old.status, old.stage,
				substr(CASE old.status WHEN 'open' THEN old.close_date ELSE old.closed_on END, 1, 7), old.override, old.probability);
		DELETE FROM funnel_groups WHERE deals = 0 AND (status, stage, month, override, probability) = (old.status, old.stage,
				substr(CASE old.status WHEN 'open' THEN old.close_date ELSE old.closed_on END, 1, 7), old.override, old.probability);
		INSERT INTO funnel_groups SELECT new.status, new.stage, substr(CASE new.status WHEN 'open' THEN new.close_date ELSE new.closed_on END, 1, 7),
			new.override, new.probability, 1, new.amount WHERE new.deleted_at IS NULL
			ON CONFLICT DO UPDATE SET deals = deals + 1, amount = amount + excluded.amount;
	END;

	CREATE TABLE funnel_reached (
		reached INTEGER NOT NULL,
		status  TEXT NOT NULL,
		deals   INTEGER NOT NULL,
		days_0 INTEGER NOT NULL, stays_0 INTEGER NOT NULL,
		days_1 INTEGER NOT NULL, stays_1 INTEGER NOT NULL,
		days_2 INTEGER NOT NULL, stays_2 INTEGER NOT NULL,
		days_3 INTEGER NOT NULL, stays_3 INTEGER NOT NULL,
		days_4 INTEGER NOT NULL, stays_4 INTEGER NOT NULL,
		PRIMARY KEY (reached, status)
	) STRICT, WITHOUT ROWID;
	INSERT INTO funnel_reached SELECT reached, status, count(*), sum(days_0), sum(stays_0), sum(days_1), sum(stays_1),
		sum(days_2), sum(stays_2), sum(days_3), sum(stays_3), sum(days_4), sum(stays_4)
		FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2;
	CREATE TRIGGER funnel_reached_insert AFTER INSERT ON opportunities WHEN new.deleted_at IS NULL BEGIN
		INSERT INTO funnel_reached VALUES (new.reached, new.status, 1, new.days_0, new.stays_0, new.days_1, new.stays_1,
			new.days_2, new.stays_2, new.days_3, new.stays_3, new.days_4, new.stays_4)
			ON CONFLICT DO UPDATE SET deals = deals + 1,
				days_0 = days_0 + excluded.days_0, stays_0 = stays_0 + excluded.stays_0,
				days_1 = days_1 + excluded.days_1, stays_1 = stays_1 + excluded.stays_1,
				days_2 = days_2 + excluded.days_2, stays_2 = stays_2 + excluded.stays_2,
				days_3 = days_3 + excluded.days_3, stays_3 = stays_3 + excluded.stays_3,
				days_4 = days_4 + excluded.days_4, stays_4 = stays_4 + excluded.stays_4;
	END;
	CREATE TRIGGER funnel_reached_delete AFTER DELETE ON opportunities WHEN old.deleted_at IS NULL BEGIN
		UPDATE funnel_reached SET deals = deals - 1,
			days_0 = days_0 - old.days_0, stays_0 = stays_0 - old.stays_0,
			days_1 = days_1 - old.days_1, stays_1 = stays_1 - old.stays_1,
			days_2 = days_2 - old.days_2, stays_2 = stays_2 - old.stays_2,
			days_3 = days_3 - old.days_3, stays_3 = stays_3 - old.stays_3,
			days_4 = days_4 - old.days_4, stays_4 = stays_4 - old.stays_4
			WHERE reached = old.reached AND status = old.status;
		DELETE FROM funnel_reached WHERE deals = 0 AND reached = old.reached AND status = old.status;
	END;
	CREATE TRIGGER funnel_reached_update AFTER UPDATE OF reached, status, deleted_at,
		days_0, stays_0, days_1, stays_1, days_2, stays_2, days_3, stays_3, days_4, stays_4
		ON opportunities WHEN old.deleted_at IS NULL OR new.deleted_at IS NULL BEGIN
		UPDATE funnel_reached SET deals = deals - 1,
			days_0 = days_0 - old.days_0, stays_0 = stays_0 - old.stays_0,
			days_1 = days_1 - old.days_1, stays_1 = stays_1 - old.stays_1,
			days_2 = days_2 - old.days_2, stays_2 = stays_2 - old.stays_2,
			days_3 = days_3 - old.days_3, stays_3 = stays_3 - old.stays_3,
			days_4 = days_4 - old.days_4, stays_4 = stays_4 - old.stays_4
			WHERE old.deleted_at IS NULL AND reached = old.reached AND status = old.status;
		DELETE FROM funnel_reached WHERE deals = 0 AND reached = old.reached AND status = old.status;
		INSERT INTO funnel_reached SELECT new.reached, new.status, 1, new.days_0, new.stays_0, new.days_1, new.stays_1,
			new.days_2, new.stays_2, new.days_3, new.stays_3, new.days_4, new.stays_4 WHERE new.deleted_at IS NULL
			ON CONFLICT DO UPDATE SET deals = deals + 1,
				days_0 = days_0 + excluded.days_0, stays_0 = stays_0 + excluded.stays_0,
				days_1 = days_1 + excluded.days_1, stays_1 = stays_1 + excluded.stays_1,
				days_2 = days_2 + excluded.days_2, stays_2 = stays_2 + excluded.stays_2,
				days_3 = days_3 + excluded.days_3, stays_3 = stays_3 + excluded.stays_3,
				days_4 = days_4 + excluded.days_4, stays_4 = stays_4 + excluded.stays_4;
	END;`,
	// 9: the deals board's card facts and indexes, the timeline's index.
	boardMigration,
	// 10: the scoring index and the members' visits per month (visit_summary.go).
	migrationScoresAndVisits,

	// 11: the accounts list's and Home's stored facts (account_facts.go).
	migrationAccountFacts,

	// 12: the main business indicators' visits per month and closed-deal index (kpi_summary.go).
	migrationIndicators,

	// 13: every account's scores stored in its row (stored_scores.go).
	migrationStoredScores,

	// 14: trash for week items and goals, dated next steps, record versions (safety_migration.go).
	migrationSafety,

	// 15: overdue plan actions' index, the sample's records (method_migration.go).
	migrationMethod,

	// 16: marketing activities, their plan, and their stored facts (marketing_migration.go).
	migrationMarketing,

	// 17: account groups, their heads and rollups (groups_migration.go).
	migrationGroups,

	// 18: service requests, surveys and the stored relationship health (health.go).
	migrationService,
}

// afterMigration holds Go steps that run in the transaction of the
// migration with that number, after its SQL.
var afterMigration = map[int]func(*Store, context.Context, *sql.Tx) error{
	2: func(_ *Store, ctx context.Context, tx *sql.Tx) error { return reindexAll(ctx, tx) }, // index the accounts that existed before search did
	13: func(_ *Store, ctx context.Context, tx *sql.Tx) error { // score and key the accounts that exist
		if err := rescoreAll(ctx, tx); err != nil {
			return err
		}
		return fillNameKeys(ctx, tx)
	},
	8: func(s *Store, ctx context.Context, tx *sql.Tx) error {
		if err := s.localDays(ctx, tx); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE opportunities SET touched = COALESCE((SELECT max(i.date) FROM interactions i
			WHERE i.opportunity_id = opportunities.id AND i.deleted_at IS NULL), created_on)`)
		return err
	},
}

// SchemaVersion is the version a fully migrated database has.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("store: read schema version: %w", err)
	}
	if v > len(migrations) {
		return newerSchema(s.path, v)
	}
	for i := v; i < len(migrations); i++ {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return err
			}
			if after := afterMigration[i+1]; after != nil {
				if err := after(s, ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
	}
	return nil
}
