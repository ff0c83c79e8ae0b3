package store

// migrationMarketing (issue 13: 市场营销管理) adds the marketing
// activities, their accounts, invited people, cost lines and linked deals,
// and the marketing plan per year or quarter and type.
//
// Each activity row stores the facts its list shows — budget and cost
// (sums of its cost lines), how many accounts, invited and attended
// people, linked deals, and the won revenue of those deals — kept by
// triggers, so every write path (the form, a deal won or trashed, a
// purge's cascades, the sample) keeps them exact in its own transaction.
//
// A person who attended a held (done or reviewed) activity was met that
// day (its last day): the contacts' stored last contact now takes the
// newer of their last interaction and their last attended activity, so the
// red flags and Home see it. The last-contact triggers of migration 11 are
// replaced by ones with that rule.
const migrationMarketing = `CREATE TABLE activities (
	id         INTEGER PRIMARY KEY,
	type       TEXT NOT NULL,
	title      TEXT NOT NULL,
	start_date TEXT NOT NULL,
	end_date   TEXT NOT NULL,
	place      TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL CHECK (status IN ('planned','done','reviewed')),
	notes      TEXT NOT NULL DEFAULT '',
	review     TEXT NOT NULL DEFAULT '',
	budget     INTEGER NOT NULL DEFAULT 0,
	cost       INTEGER NOT NULL DEFAULT 0,
	accounts   INTEGER NOT NULL DEFAULT 0,
	invited    INTEGER NOT NULL DEFAULT 0,
	attended   INTEGER NOT NULL DEFAULT 0,
	deals      INTEGER NOT NULL DEFAULT 0,
	won        INTEGER NOT NULL DEFAULT 0,
	version    INTEGER NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	deleted_at TEXT
) STRICT;
CREATE INDEX activities_list ON activities(start_date, id) WHERE deleted_at IS NULL;
CREATE INDEX activities_trashed ON activities(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE activity_accounts (
	activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
	account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
	PRIMARY KEY (activity_id, account_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_accounts_account ON activity_accounts(account_id, activity_id);

CREATE TABLE activity_contacts (
	activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
	contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
	attended    INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (activity_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_contacts_contact ON activity_contacts(contact_id, activity_id);

CREATE TABLE activity_costs (
	activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
	category    TEXT NOT NULL,
	budget      INTEGER NOT NULL DEFAULT 0,
	actual      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (activity_id, category)
) STRICT, WITHOUT ROWID;

CREATE TABLE activity_deals (
	activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
	deal_id     INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
	PRIMARY KEY (activity_id, deal_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_deals_deal ON activity_deals(deal_id, activity_id);

CREATE TABLE marketing_plans (
	period     TEXT NOT NULL,
	type       TEXT NOT NULL,
	activities INTEGER NOT NULL DEFAULT 0,
	budget     INTEGER NOT NULL DEFAULT 0,
	revenue    INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (period, type)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER activity_costs_insert AFTER INSERT ON activity_costs BEGIN
	UPDATE activities SET ` + activityMoneySet + ` WHERE id = new.activity_id;
END;
CREATE TRIGGER activity_costs_delete AFTER DELETE ON activity_costs BEGIN
	UPDATE activities SET ` + activityMoneySet + ` WHERE id = old.activity_id;
END;
CREATE TRIGGER activity_costs_update AFTER UPDATE ON activity_costs BEGIN
	UPDATE activities SET ` + activityMoneySet + ` WHERE id IN (old.activity_id, new.activity_id);
END;
CREATE TRIGGER activity_accounts_insert AFTER INSERT ON activity_accounts BEGIN
	UPDATE activities SET ` + activityAccountsSet + ` WHERE id = new.activity_id;
END;
CREATE TRIGGER activity_accounts_delete AFTER DELETE ON activity_accounts BEGIN
	UPDATE activities SET ` + activityAccountsSet + ` WHERE id = old.activity_id;
END;
CREATE TRIGGER activity_contacts_insert AFTER INSERT ON activity_contacts BEGIN
	UPDATE activities SET ` + activityPeopleSet + ` WHERE id = new.activity_id;
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + ` WHERE id = new.contact_id AND new.attended = 1;
END;
CREATE TRIGGER activity_contacts_delete AFTER DELETE ON activity_contacts BEGIN
	UPDATE activities SET ` + activityPeopleSet + ` WHERE id = old.activity_id;
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + ` WHERE id = old.contact_id AND old.attended = 1;
END;
CREATE TRIGGER activity_contacts_update AFTER UPDATE OF attended ON activity_contacts BEGIN
	UPDATE activities SET ` + activityPeopleSet + ` WHERE id = new.activity_id;
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + ` WHERE id = new.contact_id;
END;
CREATE TRIGGER activity_deals_insert AFTER INSERT ON activity_deals BEGIN
	UPDATE activities SET ` + activityDealsSet + ` WHERE id = new.activity_id;
END;
CREATE TRIGGER activity_deals_delete AFTER DELETE ON activity_deals BEGIN
	UPDATE activities SET ` + activityDealsSet + ` WHERE id = old.activity_id;
END;
CREATE TRIGGER activity_deal_changed AFTER UPDATE OF status, amount, deleted_at ON opportunities
	WHEN old.status IS NOT new.status OR old.amount IS NOT new.amount OR old.deleted_at IS NOT new.deleted_at BEGIN
	UPDATE activities SET ` + activityDealsSet + ` WHERE id IN (SELECT activity_id FROM activity_deals WHERE deal_id = new.id);
END;
CREATE TRIGGER activity_held_moved AFTER UPDATE OF status, end_date, deleted_at ON activities
	WHEN old.status IS NOT new.status OR old.end_date IS NOT new.end_date OR old.deleted_at IS NOT new.deleted_at BEGIN
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + `
		WHERE id IN (SELECT contact_id FROM activity_contacts WHERE activity_id = new.id AND attended = 1);
END;

DROP TRIGGER contact_last_joined;
DROP TRIGGER contact_last_left;
DROP TRIGGER contact_last_moved;
CREATE TRIGGER contact_last_joined AFTER INSERT ON interaction_contacts BEGIN
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + ` WHERE id = new.contact_id;
END;
CREATE TRIGGER contact_last_left AFTER DELETE ON interaction_contacts BEGIN
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + ` WHERE id = old.contact_id;
END;
CREATE TRIGGER contact_last_moved AFTER UPDATE OF date, deleted_at ON interactions
	WHEN old.date IS NOT new.date OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
	UPDATE contacts SET last_contact = ` + contactLastContactMarketing + `
		WHERE id IN (SELECT contact_id FROM interaction_contacts WHERE interaction_id = new.id);
END;`

// contactLastContactMarketing is the last-contact day of the contacts row
// being updated: its newest live interaction or held activity it attended.
const contactLastContactMarketing = `max(` + contactLastContact + `, COALESCE((SELECT max(x.end_date) FROM activity_contacts ac
		JOIN activities x ON x.id = ac.activity_id AND x.deleted_at IS NULL AND x.status IN ('done','reviewed')
		WHERE ac.contact_id = contacts.id AND ac.attended = 1), ''))`

// The stored facts of the activities row being updated, from its children.
const (
	activityMoneySet = `(budget, cost) = (SELECT COALESCE(sum(budget), 0), COALESCE(sum(actual), 0)
		FROM activity_costs WHERE activity_id = activities.id)`
	activityAccountsSet = `accounts = (SELECT count(*) FROM activity_accounts WHERE activity_id = activities.id)`
	activityPeopleSet   = `(invited, attended) = (SELECT count(*), COALESCE(sum(attended), 0)
		FROM activity_contacts WHERE activity_id = activities.id)`
	activityDealsSet = `(deals, won) = (SELECT count(*), COALESCE(sum(o.amount) FILTER (WHERE o.status = 'won' AND o.deleted_at IS NULL), 0)
		FROM activity_deals d JOIN opportunities o ON o.id = d.deal_id WHERE d.activity_id = activities.id)`
)
