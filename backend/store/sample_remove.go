package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"kams/backend/domain"
)

// ErrNoSample refuses to remove a sample the book does not have.
var ErrNoSample = &domain.Error{Code: domain.CodeNotFound, Key: "error.noSample"}

// SampleRemoval says what removing the sample did: how many of its
// accounts went, and the names of those kept because the user edited
// them or added to them.
type SampleRemoval struct {
	Removed int      `json:"removed"`
	Kept    []string `json:"kept"`
}

// sampleAccountKept is the condition that a sample account (the accounts
// row being read) is the user's now: it was edited, its team changed, or
// a record under it (a person, a visit, a deal, a plan, a target, a week
// item) is not one the sample wrote as it wrote it. Such an account stays
// whole, the sample's records under it included, and becomes the user's:
// their visit keeps the people and the deal it names.
var sampleAccountKept = `NOT ` + sampleUnedited("accounts") + `
	OR NOT EXISTS (SELECT 1 FROM sample_records r WHERE r.tbl = 'account_team' AND r.id = accounts.id AND r.stamp = ` + teamStamp + `)
	OR EXISTS (SELECT 1 FROM contacts WHERE contacts.account_id = accounts.id AND NOT ` + sampleUnedited("contacts") + `)
	OR EXISTS (SELECT 1 FROM interactions WHERE interactions.account_id = accounts.id AND NOT ` + sampleUnedited("interactions") + `)
	OR EXISTS (SELECT 1 FROM opportunities WHERE opportunities.account_id = accounts.id AND NOT ` + sampleUnedited("opportunities") + `)
	OR EXISTS (SELECT 1 FROM account_plans WHERE account_plans.account_id = accounts.id AND NOT ` + sampleUnedited("account_plans") + `)
	OR EXISTS (SELECT 1 FROM targets WHERE targets.account_id = accounts.id AND NOT ` + sampleUnedited("targets") + `)
	OR EXISTS (SELECT 1 FROM week_items WHERE week_items.account_id = accounts.id AND NOT ` + sampleUnedited("week_items") + `)
	OR EXISTS (SELECT 1 FROM service_requests WHERE service_requests.account_id = accounts.id AND NOT ` + sampleUnedited("service_requests") + `)
	OR EXISTS (SELECT 1 FROM surveys WHERE surveys.account_id = accounts.id AND NOT ` + sampleUnedited("surveys") + `)
	OR EXISTS (SELECT 1 FROM activity_accounts aa JOIN activities ON activities.id = aa.activity_id
		WHERE aa.account_id = accounts.id AND NOT ` + sampleUnedited("activities") + `)`

// memberInUse is the condition that a member (the members row being read)
// is named by a record: then they stay.
const memberInUse = `EXISTS (SELECT 1 FROM accounts a WHERE a.manager_id = members.id)
	OR EXISTS (SELECT 1 FROM interactions i WHERE i.member_id = members.id)
	OR EXISTS (SELECT 1 FROM opportunities o WHERE o.owner_id = members.id)
	OR EXISTS (SELECT 1 FROM targets t WHERE t.member_id = members.id)
	OR EXISTS (SELECT 1 FROM account_members am WHERE am.member_id = members.id)
	OR EXISTS (SELECT 1 FROM assessments s WHERE s.member_id = members.id)
	OR EXISTS (SELECT 1 FROM trainings tr WHERE tr.member_id = members.id)
	OR EXISTS (SELECT 1 FROM plan_actions pa WHERE pa.owner_id = members.id)
	OR EXISTS (SELECT 1 FROM service_requests sr WHERE sr.owner_id = members.id)`

// RemoveSample deletes, in one transaction, what the sample wrote and the
// user has not touched: its accounts that are still the sample's (with
// everything under them), its member targets, week items, goals,
// self-check ticks, trainings, assessments and templates as written, then
// its team members nobody names any more, and the user's name if it is
// still the sample's. Every stored summary follows through the tables'
// triggers. Afterwards nothing is marked as the sample's: what stayed is
// the user's. A book without the sample is a not-found error.
func (s *Store) RemoveSample(ctx context.Context) (SampleRemoval, error) {
	out := SampleRemoval{Kept: []string{}}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		wrap := func(err error) error { return fmt.Errorf("store: remove sample: %w", err) }
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sample_records").Scan(&n); err != nil {
			return wrap(err)
		}
		if n == 0 {
			return ErrNoSample
		}
		sample := "SELECT id FROM accounts WHERE id IN (SELECT id FROM sample_records WHERE tbl = 'accounts')"
		rows, err := tx.QueryContext(ctx, "SELECT name FROM accounts WHERE id IN ("+sample+") AND ("+sampleAccountKept+") ORDER BY name")
		if err != nil {
			return wrap(err)
		}
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err != nil {
				rows.Close()
				return wrap(err)
			}
			out.Kept = append(out.Kept, name)
		}
		if err := closeRows(rows); err != nil {
			return wrap(err)
		}
		gone, err := queryIDs(ctx, tx, sample+" AND NOT ("+sampleAccountKept+")")
		if err != nil {
			return wrap(err)
		}
		out.Removed = len(gone)
		// The sample's activities as it wrote them, out of the search too.
		acts, err := queryIDs(ctx, tx, "SELECT id FROM activities WHERE "+sampleUnedited("activities"))
		if err != nil {
			return wrap(err)
		}
		for _, id := range acts {
			if err := unindex(ctx, tx, kindActivity, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "DELETE FROM activities WHERE id = ?", id); err != nil {
				return wrap(err)
			}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM marketing_plans WHERE "+marketingPlanStamp+
			" IN (SELECT stamp FROM sample_records WHERE tbl = 'marketing_plans')"); err != nil {
			return wrap(err)
		}
		// Week items first: deleting their account would change them.
		for _, q := range []string{
			`DELETE FROM week_items WHERE ` + sampleUnedited("week_items") + ` AND (account_id IS NULL OR account_id IN (` + placeholdersOr0(len(gone)) + `))`,
		} {
			if _, err := tx.ExecContext(ctx, q, anyIDs(gone)...); err != nil {
				return wrap(err)
			}
		}
		for _, id := range gone {
			for kind, query := range map[int64]string{
				kindContact:     "SELECT id FROM contacts WHERE account_id = ?",
				kindInteraction: "SELECT id FROM interactions WHERE account_id = ?",
				kindService:     "SELECT id FROM service_requests WHERE account_id = ?",
			} {
				ids, err := queryIDs(ctx, tx, query, id)
				if err != nil {
					return wrap(err)
				}
				for _, rid := range ids {
					if err := unindex(ctx, tx, kind, rid); err != nil {
						return err
					}
				}
			}
			if err := unindex(ctx, tx, kindAccount, id); err != nil {
				return err
			}
			// Trashed, then purged, as the user would: the summaries' triggers
			// take a live account's records away when it goes to the trash.
			if _, err := tx.ExecContext(ctx, "UPDATE accounts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", s.stamp(), id); err != nil {
				return wrap(err)
			}
			if err := unlinkTree(ctx, tx, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "DELETE FROM accounts WHERE id = ?", id); err != nil {
				return wrap(err)
			}
		}
		for _, q := range []string{
			`DELETE FROM targets WHERE member_id IS NOT NULL AND ` + sampleUnedited("targets"),
			`DELETE FROM development_goals WHERE ` + sampleUnedited("development_goals"),
			`DELETE FROM trainings WHERE ` + sampleUnedited("trainings"),
			`DELETE FROM assessments WHERE ` + sampleUnedited("assessments"),
			`DELETE FROM assessment_templates WHERE ` + sampleUnedited("assessment_templates") +
				` AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.template_id = assessment_templates.id)`,
			`DELETE FROM week_checks WHERE week || '|' || item IN (SELECT stamp FROM sample_records WHERE tbl = 'week_checks')`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return wrap(err)
			}
		}
		if err := resetSampleName(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM members WHERE `+sampleUnedited("members")+` AND NOT (`+memberInUse+`)
			AND name <> COALESCE((SELECT json_extract(value, '$') FROM settings WHERE key = 'myName'), '')`); err != nil {
			return wrap(err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM sample_records"); err != nil {
			return wrap(err)
		}
		return nil
	})
	return out, err
}

// resetSampleName clears the user's name if the sample set it and it is
// still the sample's.
func resetSampleName(ctx context.Context, tx *sql.Tx) error {
	var name, raw string
	err := tx.QueryRowContext(ctx, "SELECT stamp FROM sample_records WHERE tbl = 'myName'").Scan(&name)
	if err == sql.ErrNoRows {
		return nil
	}
	if err == nil {
		err = tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = 'myName'").Scan(&raw)
	}
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: remove sample: %w", err)
	}
	var now string
	if json.Unmarshal([]byte(raw), &now) != nil || now != name {
		return nil
	}
	return putSetting(ctx, tx, "myName", "")
}

// placeholdersOr0 is n parameters for an IN list, or a 0 (no id) for none.
func placeholdersOr0(n int) string {
	if n == 0 {
		return "0"
	}
	return placeholders(n)
}
