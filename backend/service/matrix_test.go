package service_test

import (
	"context"
	"math"
	"testing"

	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// The matrix's compact points say what the full account list says: the
// same quadrant, scores and key-account flag for every account, from the
// packed ratings of the scoring index.
func TestMatrixPointsMatchTheAccountList(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	if err := service.NewSample(st, st.Clock()).Load(ctx); err != nil {
		t.Fatal(err)
	}
	page, err := service.NewAccounts(st, st.Clock()).Page(ctx, store.AccountQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	list := page.Rows
	m := service.NewMatrix(st, st.Clock())
	d, err := m.Points(ctx, service.MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	at := map[int64]int{}
	for i, id := range d.Points.ID {
		at[id] = i
	}
	placed, key := 0, 0
	for _, v := range list {
		q := v.Scores.Quadrant
		if d.Counts[q] == 0 {
			t.Errorf("%s: quadrant %s not counted (%v)", v.Account.Name, q, d.Counts)
		}
		i, ok := at[v.Account.ID]
		if q == domain.QuadrantUnclassified {
			if ok {
				t.Errorf("%s: unclassified but placed", v.Account.Name)
			}
			continue
		}
		placed++
		if !ok {
			t.Fatalf("%s not placed", v.Account.Name)
		}
		h := func(x float64) int { return int(math.Round(x * 100)) }
		p := d.Points
		if service.MatrixQuadrants[p.Q[i]] != q || p.A[i] != h(v.Scores.Attractiveness) || p.R[i] != h(v.Scores.Relationship) ||
			p.P[i] != h(v.Scores.Potential) || (p.Key[i] == 1) != v.Scores.KeyAccount {
			t.Errorf("%s: point q=%d a=%d r=%d p=%d k=%d, scores %+v", v.Account.Name, p.Q[i], p.A[i], p.R[i], p.P[i], p.Key[i], v.Scores)
		}
		if v.Scores.KeyAccount {
			key++
		}
	}
	if placed == 0 || len(d.Points.ID) != placed || len(d.Points.Name) != placed {
		t.Fatalf("placed %d points, want %d", len(d.Points.ID), placed)
	}
	for i := 1; i < len(d.Points.ID); i++ { // key accounts first, then by potential
		if d.Points.Key[i] > d.Points.Key[i-1] || d.Points.Key[i] == d.Points.Key[i-1] && d.Points.P[i] > d.Points.P[i-1] {
			t.Fatalf("points out of order at %d: %+v", i, d.Points)
		}
	}

	strategic, err := m.Points(ctx, service.MatrixFilter{Quadrant: domain.QuadrantStrategic})
	if err != nil {
		t.Fatal(err)
	}
	if len(strategic.Points.ID) != d.Counts[domain.QuadrantStrategic] || strategic.Counts[domain.QuadrantDevelop] != d.Counts[domain.QuadrantDevelop] {
		t.Errorf("strategic filter: %d points, counts %v; want %d and the same counts", len(strategic.Points.ID), strategic.Counts, d.Counts[domain.QuadrantStrategic])
	}
	keys, err := m.Points(ctx, service.MatrixFilter{KeyOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys.Points.ID) != key {
		t.Errorf("key accounts: %d points, want %d", len(keys.Points.ID), key)
	}
	if len(d.Leads) == 0 {
		t.Fatal("no leads")
	}
	lead, err := m.Points(ctx, service.MatrixFilter{ManagerID: d.Leads[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, v := range list {
		if v.Account.Manager == d.Leads[0].Name && v.Scores.Quadrant != domain.QuadrantUnclassified {
			n++
		}
	}
	if len(lead.Points.ID) != n || n == 0 {
		t.Errorf("%s leads %d placed accounts, the filter gave %d", d.Leads[0].Name, n, len(lead.Points.ID))
	}
	// A write is seen at once: the held scores are dropped.
	accounts := service.NewAccounts(st, st.Clock())
	v, err := accounts.Get(ctx, d.Points.ID[0])
	if err != nil {
		t.Fatal(err)
	}
	v.Account.Classification = domain.ClassificationInputs{}
	if _, err := accounts.Update(ctx, v.Account); err != nil {
		t.Fatal(err)
	}
	again, err := m.Points(ctx, service.MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Points.ID) != placed-1 || again.Counts[domain.QuadrantUnclassified] != d.Counts[domain.QuadrantUnclassified]+1 {
		t.Errorf("after unrating %s: %d placed, counts %v", v.Account.Name, len(again.Points.ID), again.Counts)
	}
	wantCode(t, func() error { _, err := m.Points(ctx, service.MatrixFilter{Quadrant: "nowhere"}); return err }(), domain.CodeValidation)
}
