package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"kams/backend/domain"
)

// TestTimelinePagesAreTheWholeTimeline pages through an account's
// timeline (many rows on the same day, some trashed, another account's
// rows beside) with several page sizes and checks the pages make up the
// whole timeline, newest first, and the count; the page and the count are
// read through the timeline index.
func TestTimelinePagesAreTheWholeTimeline(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := create(t, s, account("客户甲"))
	b := create(t, s, account("客户乙"))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 90 {
		in := domain.Interaction{AccountID: []int64{a, b}[r.IntN(2)], Date: fmt.Sprintf("2026-0%d-%02d", 1+r.IntN(3), 1+r.IntN(4)),
			Kind: "visit", Summary: fmt.Sprint("拜访 ", i)}
		id, err := s.CreateInteraction(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if r.IntN(8) == 0 {
			if err := s.TrashInteraction(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	whole, err := s.Interactions(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{1, 4, 7, 100} {
		var got []domain.Interaction
		var cursor TimelineCursor
		for {
			page, total, err := s.TimelinePage(ctx, a, cursor, size)
			if err != nil {
				t.Fatal(err)
			}
			if total != len(whole) {
				t.Fatalf("count %d, want %d", total, len(whole))
			}
			got = append(got, page...)
			if len(page) < size {
				break
			}
			last := page[len(page)-1]
			cursor = TimelineCursor{Date: last.Date, ID: last.ID}
		}
		if !slices.EqualFunc(got, whole, func(x, y domain.Interaction) bool { return x.ID == y.ID }) {
			t.Fatalf("pages of %d: %d rows, want %d in order", size, len(got), len(whole))
		}
	}
	for _, q := range []string{
		"SELECT count(*) FROM interactions INDEXED BY interactions_timeline WHERE account_id = 1 AND deleted_at IS NULL",
		"SELECT i.id FROM interactions i WHERE i.account_id = 1 AND i.deleted_at IS NULL AND i.date <= '2026-02-01' AND (i.date < '2026-02-01' OR i.id < 9) ORDER BY i.date DESC, i.id DESC LIMIT 5",
	} {
		plan := strings.Join(queryPlan(t, s, q), "\n")
		if !strings.Contains(plan, "interactions_timeline") || strings.Contains(plan, "TEMP B-TREE") {
			t.Errorf("%s:\n%s", q, plan)
		}
	}
}

func queryPlan(t *testing.T, s *Store, q string) []string {
	t.Helper()
	var out []string
	for _, row := range tableText(t, s, "EXPLAIN QUERY PLAN "+q) {
		out = append(out, row[len(row)-1])
	}
	return out
}
