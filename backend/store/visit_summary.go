package store

import (
	"context"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// Migration 9 (issue 11: the matrix and the targets board at 5,000
// accounts) adds indexes and one summary table.
//
// accounts_scores is a covering index of what scores a live account:
// scoring the whole book (the matrix) reads this narrow index instead of
// the wide account rows with their long texts, and a lead's accounts are a
// range of it; the names in it let the targets board filter by name
// without reading the rows. deleted_at is in it (always NULL) because SQLite counts an
// index covering only when it holds the columns of its own WHERE too.
//
// accounts_trashed (migration 9's: its rowid is the id),
// opportunities_owner_won and opportunities_created_by let Actuals count every member's won revenue and new deals of a period
// from the indexes alone (the deal's account checked against the few
// trashed ones): 20 members' year read thousands of deal and account rows.
//
// account_visit_months is each account's live visits per month, of
// trashed accounts too (Actuals joins the live ones): a page of the board
// reads twelve rows an account instead of its year of interactions.
//
// member_visit_months is each member's visits per calendar month: the
// interactions of domain.VisitKinds they logged, live, of live accounts —
// what Actuals counts. A team member's visits in a year are thousands of
// interactions in a big book; the targets board shows every member's, so
// it reads at most twelve rows a member instead. Triggers keep it exact in
// the statement that writes an interaction (insert, edit, trash, restore,
// delete, a cascade from a purged account) or moves an account in or out
// of the trash; rows that fall to 0 stay (they count nothing).
var migrationScoresAndVisits = `CREATE INDEX accounts_scores ON accounts(manager_id, id, stage, our_sales, category_spend,
	id_large_orders, id_strategic, id_influence, id_technology, id_market,
	cl_volume, cl_profitability, cl_strategic_fit, cl_ease, cl_growth, cl_projects, cl_share_room, cl_tech_absorption,
	cl_coverage, cl_satisfaction, short_name, name, english_name, deleted_at) WHERE deleted_at IS NULL;

CREATE INDEX opportunities_owner_won ON opportunities(owner_id, status, closed_on, account_id, amount, deleted_at)
	WHERE deleted_at IS NULL;
CREATE INDEX opportunities_created_by ON opportunities(created_on, owner_id, account_id, deleted_at) WHERE deleted_at IS NULL;

CREATE TABLE member_visit_months (
	member_id INTEGER NOT NULL,
	month     TEXT NOT NULL, -- 'YYYY-MM' of the interaction's day
	visits    INTEGER NOT NULL,
	PRIMARY KEY (member_id, month)
) STRICT, WITHOUT ROWID;
INSERT INTO member_visit_months SELECT i.member_id, substr(i.date, 1, 7), count(*) FROM interactions i
	JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL
	WHERE ` + counted("i") + ` GROUP BY 1, 2;

CREATE TRIGGER member_visits_insert AFTER INSERT ON interactions
	WHEN ` + countedLive("new") + ` BEGIN
	INSERT INTO member_visit_months VALUES (new.member_id, substr(new.date, 1, 7), 1)
		ON CONFLICT DO UPDATE SET visits = visits + 1;
END;
CREATE TRIGGER member_visits_delete AFTER DELETE ON interactions
	WHEN ` + countedLive("old") + ` BEGIN
	UPDATE member_visit_months SET visits = visits - 1 WHERE member_id = old.member_id AND month = substr(old.date, 1, 7);
END;
CREATE TRIGGER member_visits_update AFTER UPDATE OF member_id, account_id, date, kind, deleted_at ON interactions BEGIN
	UPDATE member_visit_months SET visits = visits - 1
		WHERE member_id = old.member_id AND month = substr(old.date, 1, 7) AND ` + countedLive("old") + `;
	INSERT INTO member_visit_months SELECT new.member_id, substr(new.date, 1, 7), 1 WHERE ` + countedLive("new") + `
		ON CONFLICT DO UPDATE SET visits = visits + 1;
END;
CREATE TABLE account_visit_months (
	account_id INTEGER NOT NULL,
	month      TEXT NOT NULL,
	visits     INTEGER NOT NULL,
	PRIMARY KEY (account_id, month)
) STRICT, WITHOUT ROWID;
INSERT INTO account_visit_months SELECT i.account_id, substr(i.date, 1, 7), count(*) FROM interactions i
	WHERE ` + visit("i") + ` GROUP BY 1, 2;
CREATE TRIGGER account_visits_insert AFTER INSERT ON interactions WHEN ` + visit("new") + ` BEGIN
	INSERT INTO account_visit_months VALUES (new.account_id, substr(new.date, 1, 7), 1)
		ON CONFLICT DO UPDATE SET visits = visits + 1;
END;
CREATE TRIGGER account_visits_delete AFTER DELETE ON interactions WHEN ` + visit("old") + ` BEGIN
	UPDATE account_visit_months SET visits = visits - 1 WHERE account_id = old.account_id AND month = substr(old.date, 1, 7);
END;
CREATE TRIGGER account_visits_update AFTER UPDATE OF account_id, date, kind, deleted_at ON interactions BEGIN
	UPDATE account_visit_months SET visits = visits - 1
		WHERE account_id = old.account_id AND month = substr(old.date, 1, 7) AND ` + visit("old") + `;
	INSERT INTO account_visit_months SELECT new.account_id, substr(new.date, 1, 7), 1 WHERE ` + visit("new") + `
		ON CONFLICT DO UPDATE SET visits = visits + 1;
END;

CREATE TRIGGER member_visits_account AFTER UPDATE OF deleted_at ON accounts
	WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
	INSERT INTO member_visit_months SELECT i.member_id, substr(i.date, 1, 7),
		CASE WHEN new.deleted_at IS NULL THEN count(*) ELSE -count(*) END
		FROM interactions i WHERE i.account_id = new.id AND ` + counted("i") + ` GROUP BY 1, 2
		ON CONFLICT DO UPDATE SET visits = visits + excluded.visits;
END;`

// visit is the condition on an interaction row r for account_visit_months:
// a live visit, whatever its account (readers join the live accounts).
func visit(r string) string {
	return r + ".deleted_at IS NULL AND " + r + ".kind IN (" + visitKinds() + ")"
}

// counted is the condition on an interaction row r for member_visit_months
// (its account's liveness aside).
func counted(r string) string {
	return r + ".member_id IS NOT NULL AND " + r + ".deleted_at IS NULL AND " + r + ".kind IN (" + visitKinds() + ")"
}

// countedLive is counted with the account live.
func countedLive(r string) string {
	return counted(r) + " AND EXISTS (SELECT 1 FROM accounts WHERE id = " + r + ".account_id AND deleted_at IS NULL)"
}

// monthRange is the months a period spans when it is whole months
// (every period domain.ParsePeriod makes is); ok is false otherwise.
func monthRange(p domain.Period) (from, to string, ok bool) {
	if len(p.From) != 10 || len(p.To) != 10 || !strings.HasSuffix(p.From, "-01") {
		return "", "", false
	}
	last, err := domain.ParsePeriod(p.To[:7])
	if err != nil || last.To != p.To {
		return "", "", false
	}
	return p.From[:7], p.To[:7], true
}

// accountVisits counts the visits of live accounts (all with no ids) in a
// period of whole months from account_visit_months.
func (s *Store) accountVisits(ctx context.Context, fromMonth, toMonth string, ids []int64) (map[int64]int, error) {
	q := `SELECT v.account_id, sum(v.visits) FROM account_visit_months v
		JOIN accounts a ON a.id = v.account_id AND a.deleted_at IS NULL WHERE v.month BETWEEN ? AND ?`
	args := []any{fromMonth, toMonth}
	if len(ids) > 0 {
		q += " AND v.account_id IN (" + placeholders(len(ids)) + ")"
		args = append(args, idArgs(ids)...)
	}
	return s.countsByID(ctx, "visits", q+" GROUP BY 1", args)
}

// memberVisits counts the visits of members (all with no ids) in a period
// of whole months from member_visit_months.
func (s *Store) memberVisits(ctx context.Context, fromMonth, toMonth string, ids []int64) (map[int64]int, error) {
	q := "SELECT member_id, sum(visits) FROM member_visit_months WHERE month BETWEEN ? AND ?"
	args := []any{fromMonth, toMonth}
	if len(ids) > 0 {
		q += " AND member_id IN (" + placeholders(len(ids)) + ")"
		args = append(args, idArgs(ids)...)
	}
	return s.countsByID(ctx, "visits", q+" GROUP BY 1", args)
}

// countsByID runs q, a query of (id, count) rows, into a map; what names it
// in errors.
func (s *Store) countsByID(ctx context.Context, what, q string, args []any) (map[int64]int, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
		out[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	return out, nil
}
