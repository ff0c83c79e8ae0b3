package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// checkBookVisits compares book_visit_months with a count of the live
// visits of live accounts done afresh. checkVisitSummary calls it, so the
// random walk of TestMemberVisitsFollowEveryWrite (log, edit, trash and
// restore a visit or an account, purge, hand over, delete a member) checks
// it after every write.
func checkBookVisits(t *testing.T, s *Store, when string) {
	t.Helper()
	read := func(q string) map[string]int { return countsByKey(t, s, q) }
	got := read("SELECT month, visits FROM book_visit_months")
	want := read(`SELECT substr(i.date, 1, 7), count(*) FROM interactions i
		JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL WHERE ` + visit("i") + ` GROUP BY 1`)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: book_visit_months\n got %v\nwant %v", when, got, want)
	}
}

// checkWonCycle compares won_cycle_months with the days summed afresh over
// the live won deals of live accounts. assertSummary calls it, so the
// random walk of TestFunnelSummaryFollowsEveryWrite (create, edit, move,
// close, reopen, trash and restore a deal, trash, restore and purge its
// account) checks it after every write.
func checkWonCycle(t *testing.T, s *Store, step int) {
	t.Helper()
	read := func(q string) map[string]string {
		rows, err := s.r.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]string{}
		for rows.Next() {
			var month string
			var days float64
			if err := rows.Scan(&month, &days); err != nil {
				t.Fatal(err)
			}
			if days != 0 {
				out[month] = fmt.Sprint(days)
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	got := read("SELECT month, days FROM won_cycle_months")
	want := read(`SELECT substr(o.closed_on, 1, 7), sum(` + cycleDays("o") + `) FROM opportunities o
		WHERE ` + wonLive("o") + ` GROUP BY 1`)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("step %d: won_cycle_months\n got %v\nwant %v", step, got, want)
	}
}
