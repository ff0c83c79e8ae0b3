package store

import (
	"database/sql"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// scoreSQL holds SQL expressions over an accounts row (alias a) that compute
// what domain.Score computes, from the same settings, in the same order of
// floating-point operations, so that the list can filter and sort by a
// score that is never stored. The weights travel as named arguments (a
// float64 goes into SQLite bit for bit; a printed literal might not).
type scoreSQL struct {
	identification, keyAccount, attractiveness, potential, relationship, quadrant string
	args                                                                          []any
}

// newScoreSQL builds the expressions for the scoring settings.
func newScoreSQL(sc domain.ScoringSettings) scoreSQL {
	var b scoreSQL
	arg := func(v float64) string {
		name := fmt.Sprintf("w%d", len(b.args))
		b.args = append(b.args, sql.Named(name, v))
		return ":" + name
	}
	w := sc.Identification
	ids := []struct {
		col string
		w   float64
	}{{"a.id_large_orders", w.LargeOrders}, {"a.id_strategic", w.Strategic}, {"a.id_influence", w.Influence},
		{"a.id_technology", w.Technology}, {"a.id_market", w.Market}}
	wsum := w.LargeOrders + w.Strategic + w.Influence + w.Technology + w.Market
	b.identification = "0.0"
	if wsum > 0 {
		terms := make([]string, len(ids))
		for i, t := range ids {
			terms[i] = t.col + " * " + arg(t.w)
		}
		// round1(pts / 5 / wsum * 100), left to right as in Go.
		b.identification = "(round((" + strings.Join(terms, " + ") + ") / 5 / " + arg(wsum) + " * 100 * 10) / 10.0)"
	}
	b.keyAccount = "(" + b.identification + " >= " + arg(sc.Threshold) + ")"
	a, p, r := sc.Attractiveness, sc.Potential, sc.Relationship
	b.attractiveness = b.mean(arg, []string{"a.cl_volume", "a.cl_profitability", "a.cl_strategic_fit", "a.cl_ease"},
		[]float64{a.Volume, a.Profitability, a.StrategicFit, a.Ease})
	b.potential = b.mean(arg, []string{"a.cl_growth", "a.cl_projects", "a.cl_share_room", "a.cl_tech_absorption"},
		[]float64{p.Growth, p.Projects, p.ShareRoom, p.TechAbsorption})
	b.relationship = b.mean(arg, []string{stageScoreSQL(), "a.cl_coverage", "a.cl_satisfaction", shareIndexSQL},
		[]float64{r.Stage, r.Coverage, r.Satisfaction, r.ShareOfWallet})
	b.quadrant = b.quadrantOf(b.attractiveness, b.relationship)
	b.args = append(b.args, sql.Named("split", sc.Split))
	return b
}

// quadrantOf is domain.Classify of two expressions (or columns holding
// them) against the named argument :split: an axis with nothing rated
// leaves the account unclassified.
func (b *scoreSQL) quadrantOf(attr, rel string) string {
	return fmt.Sprintf(`(CASE WHEN %[1]s = 0 OR %[2]s = 0 THEN 'unclassified'
		WHEN %[1]s >= :split AND %[2]s >= :split THEN 'strategic' WHEN %[1]s >= :split THEN 'develop'
		WHEN %[2]s >= :split THEN 'maintain' ELSE 'opportunistic' END)`, attr, rel)
}

// mean is domain's weightedMean: the rated scores (> 0) with a positive
// weight, round2(sum / wsum), 0 when nothing counts. Adding 0.0 for an
// unrated score leaves the sum exactly as Go's skip does.
func (b *scoreSQL) mean(arg func(float64) string, cols []string, weights []float64) string {
	var sum, wsum []string
	for i, c := range cols {
		if weights[i] <= 0 {
			continue
		}
		w := arg(weights[i])
		sum = append(sum, fmt.Sprintf("(CASE WHEN %s > 0 THEN %s * %s ELSE 0.0 END)", c, c, w))
		wsum = append(wsum, fmt.Sprintf("(CASE WHEN %s > 0 THEN %s ELSE 0.0 END)", c, w))
	}
	if len(sum) == 0 {
		return "0.0"
	}
	s, ws := "(0.0 + "+strings.Join(sum, " + ")+")", "(0.0 + "+strings.Join(wsum, " + ")+")"
	return fmt.Sprintf("(CASE WHEN %[2]s = 0 THEN 0.0 ELSE round(%[1]s / %[2]s * 100) / 100.0 END)", s, ws)
}

// shareIndexSQL is domain.ShareScore of our sales ÷ the category spend,
// 0 when the spend is unknown, with its bounds written out: the form for
// these expressions, whose weights are named arguments (the filter's
// shareScoreSQL binds the bounds as positional ones).
const shareIndexSQL = `(CASE WHEN a.category_spend <= 0 THEN 0
	WHEN CAST(a.our_sales AS REAL) / a.category_spend < 0.10 THEN 1
	WHEN CAST(a.our_sales AS REAL) / a.category_spend < 0.25 THEN 2
	WHEN CAST(a.our_sales AS REAL) / a.category_spend < 0.45 THEN 3
	WHEN CAST(a.our_sales AS REAL) / a.category_spend < 0.70 THEN 4 ELSE 5 END)`
