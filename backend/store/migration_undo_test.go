package store

// undoMigration takes each migration after migrationMethod back out of a
// database, so a test can re-run an older migration on real rows. Every
// migration added after 15 adds its undo here.
var undoMigration = map[string]string{
	migrationGroups: `DROP TRIGGER portfolio_account_regrouped; DROP TRIGGER account_groups_account;
		DROP TRIGGER account_groups_contact_insert; DROP TRIGGER account_groups_contact_delete; DROP TRIGGER account_groups_contact_update;
		DROP TRIGGER account_groups_deal_insert; DROP TRIGGER account_groups_deal_delete; DROP TRIGGER account_groups_deal_update;
		DROP TABLE account_groups; DROP INDEX accounts_group; DROP INDEX accounts_parent;
		ALTER TABLE accounts DROP COLUMN group_id; ALTER TABLE accounts DROP COLUMN parent_id;`,
	migrationMarketing: `DROP TRIGGER activity_deal_changed;
		DROP TABLE activity_accounts; DROP TABLE activity_contacts; DROP TABLE activity_costs; DROP TABLE activity_deals;
		DROP TABLE activities; DROP TABLE marketing_plans;
		DROP TRIGGER contact_last_joined; DROP TRIGGER contact_last_left; DROP TRIGGER contact_last_moved;
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
		END;`,
	migrationService: `DROP TABLE health_dirty; DROP TABLE health_history; DROP TABLE surveys; DROP TABLE service_requests;
		DROP TRIGGER health_contact_added; DROP TRIGGER health_contact_removed; DROP TRIGGER health_contact_changed;
		DROP TRIGGER health_account_added; DROP TRIGGER health_account_stage;
		DROP TRIGGER health_deal_added; DROP TRIGGER health_deal_removed; DROP TRIGGER health_deal_changed;
		DROP TRIGGER health_settings_added; DROP TRIGGER health_settings_changed;
		DROP INDEX accounts_health; DROP INDEX accounts_at_risk;
		ALTER TABLE accounts DROP COLUMN health; ALTER TABLE accounts DROP COLUMN health_prev; ALTER TABLE accounts DROP COLUMN health_risk;
		DELETE FROM search_tri WHERE rowid BETWEEN 4 << 40 AND (5 << 40) - 1; DELETE FROM search_bi WHERE rowid BETWEEN 4 << 40 AND (5 << 40) - 1;`,
}
