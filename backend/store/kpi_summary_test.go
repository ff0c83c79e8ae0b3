package store

import (
	"context"
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
	ctx := context.Background()
	read := func(q string) map[string]int {
		rows, err := s.r.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]int{}
		for rows.Next() {
			var month string
			var n int
			if err := rows.Scan(&month, &n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				out[month] = n
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	got := read("SELECT month, visits FROM book_visit_months")
	want := read(`SELECT substr(i.date, 1, 7), count(*) FROM interactions i
		JOIN accounts a ON a.id = i.account_id AND a.deleted_at IS NULL WHERE ` + visit("i") + ` GROUP BY 1`)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: book_visit_months\n got %v\nwant %v", when, got, want)
	}
}
