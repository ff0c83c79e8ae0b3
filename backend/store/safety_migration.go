package store

// migrationSafety (14) keeps work from disappearing without a word:
//
//   - week items and development goals go to the trash instead of being
//     deleted, so the Trash screen can give them back;
//   - the trash lists of visits and deals read a page through an index of
//     their trashed rows instead of scanning every live one;
//   - an open next step saved before due dates were required gets one, a
//     week after its visit, so Home's 待办 lists it (it was hidden);
//   - the records edited in forms carry a version the UPDATE compares, so a
//     save based on an old read (another window) is refused, not applied.
const migrationSafety = `
ALTER TABLE week_items ADD COLUMN deleted_at TEXT;
ALTER TABLE development_goals ADD COLUMN deleted_at TEXT;
CREATE INDEX week_items_trashed ON week_items(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX development_goals_trashed ON development_goals(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX interactions_trashed ON interactions(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX opportunities_trashed ON opportunities(deleted_at) WHERE deleted_at IS NOT NULL;

` + datePendingSteps + `

ALTER TABLE accounts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE opportunities ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- A plan is saved a section at a time (two windows may each save their own
-- section): each section has its version, {"situation": 3, …}.
ALTER TABLE account_plans ADD COLUMN section_versions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE members ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
`

// datePendingSteps gives each open next step stored without a day the day a
// week after its visit (the visit form's own proposal is a week from today):
// the due_steps triggers keep Home's counts exact as it does.
const datePendingSteps = `UPDATE interactions SET next_due = date(date, '+7 days')
	WHERE next_due = '' AND trim(next_step) <> '' AND next_done = 0;`
