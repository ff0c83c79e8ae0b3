package store

// migrationMethod (migration 15, issue 12: the method where the app broke
// it) adds:
//
//   - plan_actions_overdue, the open plan actions by due day: Home and My
//     Week list the overdue ones (due before today, planned or doing) and
//     count them from a range of this index instead of reading every plan;
//   - sample_records, what the sample wrote: each record's table and id
//     with the stamp it had when the sample wrote it (its updated_at, or a
//     digest of its fields for rows that have none). Removing the sample
//     deletes only the records still as the sample wrote them (sample.go);
//
// and, in Go after its SQL, merges each plan's revenue objective into its
// year's target (mergePlanRevenue, plan_revenue.go).
const migrationMethod = `CREATE INDEX plan_actions_overdue ON plan_actions(due, plan_id) WHERE status IN ('planned','doing') AND due <> '';

CREATE TABLE sample_records (
	tbl   TEXT NOT NULL,
	id    INTEGER NOT NULL,
	stamp TEXT NOT NULL,
	PRIMARY KEY (tbl, id)
) STRICT, WITHOUT ROWID;`

// Its Go step is registered under whatever number migrationMethod has in
// the migrations slice (15 when merged after 13 and 14), found here.
func init() {
	for i, m := range migrations {
		if m == migrationMethod {
			afterMigration[i+1] = mergePlanRevenue
			return
		}
	}
	panic("store: migrationMethod is not in migrations")
}
