package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"kams/backend/domain"
)

// TestAccountFilterScoresAsDomain builds random accounts and, for random
// weights (zeros, fractions that do not add up evenly, ties at the split
// included), checks that the SQL quadrant and identification total of
// every account equal domain.Score's, and that the filter picks exactly
// the accounts domain.Score puts in the tiers.
func TestAccountFilterScoresAsDomain(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	r := rand.New(rand.NewPCG(11, 2026))
	score := func() int { return r.IntN(6) }
	var list []domain.Account
	for i := range 400 {
		a := account(fmt.Sprintf("客户%03d", i))
		a.Stage = domain.RelationshipStages[r.IntN(len(domain.RelationshipStages))]
		if r.IntN(3) > 0 {
			a.CategorySpend = int64(r.IntN(1000)) * 1000
			a.OurSales = int64(r.IntN(1200)) * 1000
		}
		id, c := &a.Identification, &a.Classification
		for _, p := range []*int{&id.LargeOrders, &id.Strategic, &id.Influence, &id.Technology, &id.Market,
			&c.Volume, &c.Profitability, &c.StrategicFit, &c.Ease, &c.Coverage, &c.Satisfaction} {
			*p = score()
		}
		list = append(list, a)
	}
	if err := s.CreateAccounts(ctx, list); err != nil {
		t.Fatal(err)
	}
	accounts, err := s.Accounts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	weights := []float64{0, 0.1, 1.0 / 3, 0.5, 1, 1.5, 2, 2.7, 3, 7, 20}
	w := func() float64 { return weights[r.IntN(len(weights))] }
	seen := map[string]bool{}
	for round := range 60 {
		set := domain.DefaultScoring()
		if round > 0 {
			set.Identification = domain.IdentificationWeights{LargeOrders: w(), Strategic: w(), Influence: w(), Technology: w(), Market: w()}
			set.Attractiveness = domain.AttractivenessWeights{Volume: w(), Profitability: w(), StrategicFit: w(), Ease: w()}
			set.Relationship = domain.RelationshipWeights{Stage: w(), Coverage: w(), Satisfaction: w(), ShareOfWallet: w()}
			set.Split = []float64{2.5, 3, 3.33, 3.5, 4}[r.IntN(5)]
			set.Threshold = []float64{50, 60, 66.7, 73.3}[r.IntN(4)]
		}
		q, qa := quadrantSQL(set)
		k, ka := identificationSQL(set)
		rows, err := s.r.QueryContext(ctx, "SELECT a.id, "+q+", "+k+" FROM accounts a", append(qa, ka...)...)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int64][2]string{}
		for rows.Next() {
			var id int64
			var quadrant string
			var ident float64
			if err := rows.Scan(&id, &quadrant, &ident); err != nil {
				t.Fatal(err)
			}
			got[id] = [2]string{quadrant, fmt.Sprint(ident)}
			seen[quadrant] = true
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		// A random set of tiers each round, every tier in turn.
		all := []string{"strategic", "develop", "maintain", "opportunistic", "unclassified"}
		tiers := []string{all[round%5]}
		for _, q := range all {
			if r.IntN(3) == 0 && q != tiers[0] {
				tiers = append(tiers, q)
			}
		}
		want := map[int64]bool{}
		for _, a := range accounts {
			sc := domain.Score(a, set)
			if g := got[a.ID]; g != [2]string{string(sc.Quadrant), fmt.Sprint(sc.Identification)} {
				t.Fatalf("round %d, weights %+v: account %d scores %v in SQL, %s %v in Go", round, set, a.ID, g, sc.Quadrant, sc.Identification)
			}
			if slices.Contains(tiers, string(sc.Quadrant)) && sc.KeyAccount {
				want[a.ID] = true
			}
		}
		ids, args := AccountFilter{Tiers: tiers, KeyOnly: true, Scoring: set}.ids()
		picked, err := queryIDs(ctx, s.r, ids, args...)
		if err != nil {
			t.Fatal(err)
		}
		if len(picked) != len(want) {
			t.Fatalf("round %d: the filter picks %d accounts, domain.Score %d", round, len(picked), len(want))
		}
		for _, id := range picked {
			if !want[id] {
				t.Fatalf("round %d: the filter picks account %d", round, id)
			}
		}
	}
	if len(seen) != 5 {
		t.Fatalf("only quadrants %v occurred: the test tested little", seen)
	}
}
