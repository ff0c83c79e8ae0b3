package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// The sample can be loaded into any book and removed again. Loading it
// records in sample_records every row it wrote with a stamp of the row as
// written; removing it deletes only rows still carrying that stamp, so a
// record the user made, edited or attached to a sample record stays.

// sampleStamps is, for each table whose rows the sample records one by
// one, the expression of a row's stamp: its updated_at where every edit
// moves it, else its editable fields.
var sampleStamps = []struct{ table, stamp string }{
	{"accounts", "updated_at"},
	{"contacts", "updated_at"},
	{"interactions", "updated_at"},
	{"opportunities", "updated_at"},
	{"targets", "updated_at"},
	{"account_plans", "updated_at"},
	{"assessment_templates", "updated_at"},
	{"assessments", "updated_at"},
	{"members", "name || '|' || role || '|' || title || '|' || phone || '|' || email || '|' || skills || '|' || COALESCE(deleted_at, '')"},
	{"week_items", "week || '|' || title || '|' || COALESCE(account_id, '') || '|' || done"},
	{"development_goals", "title || '|' || due || '|' || done"},
	{"trainings", "member_id || '|' || course || '|' || date || '|' || hours || '|' || result"},
	{"service_requests", "updated_at || '|' || COALESCE(deleted_at, '')"},
	{"surveys", "updated_at || '|' || COALESCE(deleted_at, '')"},
	{"activities", "updated_at || '|' || version"}, // version: an edit within the second it was loaded in
}

// marketingPlanStamp is a marketing plan line as one text: the sample's
// lines are recorded by it (the table has no ids).
const marketingPlanStamp = "period || '|' || type || '|' || activities || '|' || budget || '|' || revenue"

// teamStamp is an account's team as one text: a change to it (someone
// added, removed or given another role) is the user's.
const teamStamp = `(SELECT COALESCE(group_concat(member_id || ':' || role, ','), '') FROM
	(SELECT member_id, role FROM account_members WHERE account_id = accounts.id ORDER BY member_id))`

// ErrSampleLoaded refuses to load the sample a second time.
var ErrSampleLoaded = &domain.Error{Code: domain.CodeConflict, Key: "error.sampleLoaded"}

// sampleUnedited is the condition that the row of table being read (by
// its own name, no alias) is one the sample wrote, as it wrote it. The
// stamps name no column of sample_records, so they read the outer row.
func sampleUnedited(table string) string {
	for _, st := range sampleStamps {
		if st.table == table {
			return fmt.Sprintf("EXISTS (SELECT 1 FROM sample_records r WHERE r.tbl = '%s' AND r.id = %s.id AND r.stamp = %s)", table, table, st.stamp)
		}
	}
	panic("store: no sample stamp for " + table)
}

// SampleLoaded tells whether the sample is in the book (some of what it
// wrote is still marked as the sample's).
func (s *Store) SampleLoaded(ctx context.Context) (bool, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM sample_records LIMIT 1)").Scan(&n); err != nil {
		return false, fmt.Errorf("store: sample loaded: %w", err)
	}
	return n > 0, nil
}

// LoadSample writes the sample into the book, whatever it holds, in one
// transaction, and records what it wrote. It refuses (writing nothing) a
// book that has the sample already, or one where a live account, a team
// member or an assessment template has a name the sample uses: the
// sample never takes over the user's records. The user's own name, when
// set, stays theirs.
func (s *Store) LoadSample(ctx context.Context, seed Seed) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sample_records").Scan(&n); err != nil {
			return fmt.Errorf("store: load sample: %w", err)
		}
		if n > 0 {
			return ErrSampleLoaded
		}
		if err := sampleNamesFree(ctx, tx, seed); err != nil {
			return err
		}
		var mine string
		err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = 'myName'").Scan(&mine)
		if err != nil && err != sql.ErrNoRows {
			return fmt.Errorf("store: load sample: %w", err)
		}
		if mine != "" && mine != `""` {
			seed.MyName = ""
		}
		before := map[string]int64{}
		for _, st := range sampleStamps {
			var max int64
			if err := tx.QueryRowContext(ctx, "SELECT COALESCE(max(id), 0) FROM "+st.table).Scan(&max); err != nil {
				return fmt.Errorf("store: load sample: %w", err)
			}
			before[st.table] = max
		}
		checks, err := weekChecks(ctx, tx)
		if err != nil {
			return err
		}
		// The user's own plan lines stay theirs: the sample fills only
		// the types a period has no line for, and records those.
		var planned []string
		for _, p := range seed.MarketingPlans {
			for _, l := range p.Lines {
				var n int
				if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM marketing_plans WHERE period = ? AND type = ?", p.Period, l.Type).Scan(&n); err != nil {
					return fmt.Errorf("store: load sample: %w", err)
				}
				if n == 0 {
					planned = append(planned, fmt.Sprintf("%s|%s|%d|%d|%d", p.Period, l.Type, l.Activities, l.Budget, l.Revenue))
				}
			}
		}
		if err := s.seedInto(ctx, tx, seed); err != nil {
			return err
		}
		for i, stamp := range planned {
			if _, err := tx.ExecContext(ctx, "INSERT INTO sample_records VALUES ('marketing_plans', ?, ?)", i+1, stamp); err != nil {
				return fmt.Errorf("store: record sample plans: %w", err)
			}
		}
		for _, st := range sampleStamps {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("INSERT INTO sample_records SELECT '%s', id, %s FROM %s WHERE id > ?",
				st.table, st.stamp, st.table), before[st.table]); err != nil {
				return fmt.Errorf("store: record sample %s: %w", st.table, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sample_records SELECT 'account_team', id, `+teamStamp+
			` FROM accounts WHERE id > ?`, before["accounts"]); err != nil {
			return fmt.Errorf("store: record sample teams: %w", err)
		}
		after, err := weekChecks(ctx, tx)
		if err != nil {
			return err
		}
		i := int64(0)
		for c := range after {
			if checks[c] {
				continue
			}
			i++
			if _, err := tx.ExecContext(ctx, "INSERT INTO sample_records VALUES ('week_checks', ?, ?)", i, c); err != nil {
				return fmt.Errorf("store: record sample checks: %w", err)
			}
		}
		if seed.MyName != "" {
			if _, err := tx.ExecContext(ctx, "INSERT INTO sample_records VALUES ('myName', 0, ?)", seed.MyName); err != nil {
				return fmt.Errorf("store: record sample name: %w", err)
			}
		}
		return nil
	})
}

// weekChecks is every ticked self-check item as "week|item".
func weekChecks(ctx context.Context, tx *sql.Tx) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, "SELECT week || '|' || item FROM week_checks")
	if err != nil {
		return nil, fmt.Errorf("store: week checks: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("store: week checks: %w", err)
		}
		out[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: week checks: %w", err)
	}
	return out, nil
}

// sampleNamesFree refuses a seed whose accounts, members or templates
// would share a name with the book's.
func sampleNamesFree(ctx context.Context, tx *sql.Tx, seed Seed) error {
	taken := func(query, name string) error {
		var n int
		if err := tx.QueryRowContext(ctx, query, name).Scan(&n); err != nil {
			return fmt.Errorf("store: load sample: %w", err)
		}
		if n > 0 {
			return &domain.Error{Code: domain.CodeConflict, Key: "error.sampleNameTaken", Params: map[string]any{"name": name}}
		}
		return nil
	}
	for _, a := range seed.Accounts {
		if err := taken("SELECT count(*) FROM accounts WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL", a.Name); err != nil {
			return err
		}
	}
	for _, name := range seedMemberNames(seed) {
		if err := taken("SELECT count(*) FROM members WHERE name = ? COLLATE NOCASE", name); err != nil {
			return err
		}
	}
	for _, tpl := range seed.Team.Templates {
		if err := taken("SELECT count(*) FROM assessment_templates WHERE name = ? COLLATE NOCASE", tpl.Name); err != nil {
			return err
		}
	}
	return nil
}

// seedMemberNames are the team members a seed names.
func seedMemberNames(seed Seed) []string {
	var out []string
	add := func(name string) {
		if name = strings.TrimSpace(name); name != "" {
			out = append(out, name)
		}
	}
	add(seed.MyName)
	for _, a := range seed.Accounts {
		add(a.Manager)
	}
	for _, t := range seed.Targets {
		add(t.Member)
	}
	for _, m := range seed.Team.Members {
		add(m.Name)
	}
	for _, at := range seed.Team.AccountTeams {
		for _, m := range at.Members {
			add(m.Name)
		}
	}
	for _, p := range seed.Plans {
		for _, a := range p.Plan.Actions {
			add(a.Owner)
		}
	}
	return out
}
