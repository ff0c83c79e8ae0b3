package store

// undoMigration takes each migration after migrationMethod back out of a
// database, so a test can re-run an older migration on real rows. Every
// migration added after 15 adds its undo here.
var undoMigration = map[string]string{
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
}
