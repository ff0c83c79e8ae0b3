package store

// migrationAccountFacts (assumed migration 9) stores the facts the accounts
// list and Home read for every account, so neither reads every contact:
//
//   - contacts.last_contact: the newest date of the live interactions the
//     person took part in (empty if none), kept by triggers on the
//     participants and on an interaction's date and trash state;
//   - open next steps per due day (due_steps) and a birthday index with
//     the account, for Home's counts;
//   - the red-flag inputs of each account over its live people: coaches,
//     economic buyers, high-influence opponents, key people (economic buyer
//     or high influence) never met, and the oldest last contact among the
//     met key people (empty if none), kept by triggers on contacts.
//
// Triggers, not Go code in the write paths, so every path keeps them: the
// seeds, the trash and restore, a purge and its cascades. The facts say
// nothing about the account's own trash state: readers join on it.
const migrationAccountFacts = `ALTER TABLE contacts ADD COLUMN last_contact TEXT NOT NULL DEFAULT '';
	ALTER TABLE accounts ADD COLUMN coaches INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN economic_buyers INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN opponents INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN key_never_met INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE accounts ADD COLUMN key_oldest_contact TEXT NOT NULL DEFAULT '';

	UPDATE contacts SET last_contact = ` + contactLastContact + `;
	UPDATE accounts SET ` + accountFactsSet + `;

	-- The key people of an account by last contact: the stale ones of the
	-- list's page and its "flags" sort are one range each.
	CREATE INDEX contacts_key_last ON contacts(account_id, last_contact)
		WHERE deleted_at IS NULL AND (role = 'economic' OR influence = 'high');

	-- The accounts list reads the live accounts through this narrow index
	-- only (filters, sorts, scores and counts), then its page's rows by id:
	-- a profile's long texts are never walked for a list.
	CREATE INDEX accounts_list ON accounts(updated_at, name, short_name, english_name, status, manager_id,
		id_large_orders, id_strategic, id_influence, id_technology, id_market,
		cl_volume, cl_profitability, cl_strategic_fit, cl_ease, cl_growth, cl_projects, cl_share_room, cl_tech_absorption,
		cl_coverage, cl_satisfaction, stage, our_sales, category_spend,
		coaches, economic_buyers, opponents, key_never_met, key_oldest_contact) WHERE deleted_at IS NULL;

	-- The few accounts in the trash (the trash list; Home's counts take
	-- away their steps and birthdays) are migration 9's accounts_trashed.

	-- Birthdays by month and day with their account: Home's count and
	-- first rows read this index only.
	CREATE INDEX contacts_birthday_day ON contacts(substr(birthday, 6), account_id) WHERE birthday <> '' AND deleted_at IS NULL;

	-- Open next steps (not done, of live interactions) per due day: Home
	-- counts the steps due up to its horizon from a few hundred rows.
	CREATE TABLE due_steps (day TEXT PRIMARY KEY, steps INTEGER NOT NULL) STRICT, WITHOUT ROWID;
	INSERT INTO due_steps SELECT next_due, count(*) FROM interactions
		WHERE next_due <> '' AND next_done = 0 AND deleted_at IS NULL GROUP BY next_due;
	CREATE TRIGGER due_steps_insert AFTER INSERT ON interactions
		WHEN new.next_due <> '' AND new.next_done = 0 AND new.deleted_at IS NULL BEGIN
		INSERT INTO due_steps VALUES (new.next_due, 1) ON CONFLICT DO UPDATE SET steps = steps + 1;
	END;
	CREATE TRIGGER due_steps_delete AFTER DELETE ON interactions
		WHEN old.next_due <> '' AND old.next_done = 0 AND old.deleted_at IS NULL BEGIN
		UPDATE due_steps SET steps = steps - 1 WHERE day = old.next_due;
		DELETE FROM due_steps WHERE day = old.next_due AND steps = 0;
	END;
	CREATE TRIGGER due_steps_update AFTER UPDATE OF next_due, next_done, deleted_at ON interactions BEGIN
		UPDATE due_steps SET steps = steps - 1
			WHERE day = old.next_due AND old.next_due <> '' AND old.next_done = 0 AND old.deleted_at IS NULL;
		DELETE FROM due_steps WHERE day = old.next_due AND steps = 0;
		INSERT INTO due_steps SELECT new.next_due, 1 WHERE new.next_due <> '' AND new.next_done = 0 AND new.deleted_at IS NULL
			ON CONFLICT DO UPDATE SET steps = steps + 1;
	END;

	CREATE TRIGGER contact_last_joined AFTER INSERT ON interaction_contacts BEGIN
		UPDATE contacts SET last_contact = ` + contactLastContact + ` WHERE id = new.contact_id;
	END;
	CREATE TRIGGER contact_last_left AFTER DELETE ON interaction_contacts BEGIN
		UPDATE contacts SET last_contact = ` + contactLastContact + ` WHERE id = old.contact_id;
	END;
	CREATE TRIGGER contact_last_moved AFTER UPDATE OF date, deleted_at ON interactions
		WHEN old.date IS NOT new.date OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
		UPDATE contacts SET last_contact = ` + contactLastContact + `
			WHERE id IN (SELECT contact_id FROM interaction_contacts WHERE interaction_id = new.id);
	END;

	CREATE TRIGGER account_facts_insert AFTER INSERT ON contacts BEGIN
		UPDATE accounts SET ` + accountFactsSet + ` WHERE id = new.account_id;
	END;
	CREATE TRIGGER account_facts_delete AFTER DELETE ON contacts BEGIN
		UPDATE accounts SET ` + accountFactsSet + ` WHERE id = old.account_id;
	END;
	CREATE TRIGGER account_facts_update AFTER UPDATE OF role, attitude, influence, last_contact, deleted_at, account_id ON contacts
		WHEN old.role IS NOT new.role OR old.attitude IS NOT new.attitude OR old.influence IS NOT new.influence
			OR old.last_contact IS NOT new.last_contact OR old.deleted_at IS NOT new.deleted_at OR old.account_id IS NOT new.account_id BEGIN
		UPDATE accounts SET ` + accountFactsSet + ` WHERE id = old.account_id;
		UPDATE accounts SET ` + accountFactsSet + ` WHERE id = new.account_id AND new.account_id <> old.account_id;
	END;`

// contactLastContact is the last-contact day of the contacts row being
// updated; the (contact_id, interaction_id) index keeps it one range.
const contactLastContact = `COALESCE((SELECT max(i.date) FROM interaction_contacts ic
		JOIN interactions i ON i.id = ic.interaction_id AND i.deleted_at IS NULL WHERE ic.contact_id = contacts.id), '')`

// keyPerson is the red flags' "key person": an economic buyer or anyone of
// high influence (domain.ContactRedFlags).
const keyPerson = `(role = 'economic' OR influence = 'high')`

// accountFactsSet recomputes the red-flag inputs of the accounts row being
// updated from its live people (about ten: one range of the account index).
const accountFactsSet = `(coaches, economic_buyers, opponents, key_never_met, key_oldest_contact) = (SELECT
		count(*) FILTER (WHERE role = 'coach'),
		count(*) FILTER (WHERE role = 'economic'),
		count(*) FILTER (WHERE attitude = -2 AND influence = 'high'),
		count(*) FILTER (WHERE ` + keyPerson + ` AND last_contact = ''),
		COALESCE(min(last_contact) FILTER (WHERE ` + keyPerson + ` AND last_contact <> ''), '')
		FROM contacts WHERE account_id = accounts.id AND deleted_at IS NULL)`
