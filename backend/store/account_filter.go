package store

import (
	"strconv"
	"strings"

	"kams/backend/domain"
)

// AccountFilter picks live accounts by their lead manager (a member's
// name), their quadrant (tier) and whether they pass the key-account
// threshold. Scores are computed, never stored, so the tier and the key
// flag are SQL expressions built from the scoring settings with the rule
// of domain.Score (see quadrantSQL and identificationSQL);
// account_filter_test.go compares them with domain.Score.
type AccountFilter struct {
	Manager string
	Tiers   []string
	KeyOnly bool
	Scoring domain.ScoringSettings
}

// Empty is true when the filter picks every account.
func (f AccountFilter) Empty() bool { return f.Manager == "" && len(f.Tiers) == 0 && !f.KeyOnly }

// ids is a query of the ids of the accounts the filter picks, with its
// arguments.
func (f AccountFilter) ids() (string, []any) {
	where := []string{"a.deleted_at IS NULL"}
	var args []any
	if f.Manager != "" {
		where = append(where, "a.manager_id IN (SELECT id FROM members WHERE name = ?)")
		args = append(args, f.Manager)
	}
	if len(f.Tiers) > 0 {
		q, qa := tiersSQL(f.Scoring, f.Tiers)
		where = append(where, q)
		args = append(args, qa...)
	}
	if f.KeyOnly {
		k, ka := identificationSQL(f.Scoring)
		where = append(where, k+" >= ?")
		args = append(append(args, ka...), f.Scoring.Threshold)
	}
	return "SELECT a.id FROM accounts a WHERE " + strings.Join(where, " AND "), args
}

// The quadrant follows from two small sets of inputs: attractiveness from
// four ratings 0–5 (6⁴ = 1,296 cases), the relationship from the stage's
// index, two ratings and the share-of-wallet score (each 0–5, 1,296 cases
// again). Each case is scored once by domain.Score itself and classed zero
// (unrated, '0'), low ('l') or high ('h') against the split; the classes
// of an axis are one string of 1,296 letters, bound as a parameter. The
// SQL only codes an account's inputs as one integer per axis and reads
// its letter (substr): the rule cannot drift from domain.Score, and an
// account costs two string lookups.
const (
	attCodeSQL = "(a.cl_volume * 216 + a.cl_profitability * 36 + a.cl_strategic_fit * 6 + a.cl_ease)"
	cases      = 6 * 6 * 6 * 6
)

// classes is an axis's class letter for every code.
func classes(split float64, mean func(code int) float64) string {
	b := make([]byte, cases)
	for code := range cases {
		switch m := mean(code); {
		case m == 0:
			b[code] = '0'
		case m >= split:
			b[code] = 'h'
		default:
			b[code] = 'l'
		}
	}
	return string(b)
}

// digits are a code's four base-6 digits, most significant first.
func digits(code int) (int, int, int, int) { return code / 216, code / 36 % 6, code / 6 % 6, code % 6 }

// shareFor is a share of wallet (sales, spend) whose domain.ShareScore is
// score: 0 has no spend.
var shareFor = [6][2]int64{{0, 0}, {5, 100}, {20, 100}, {40, 100}, {60, 100}, {80, 100}}

// axesSQL are the SQL of the two axes' class letters of the account a,
// each with its arguments.
func axesSQL(s domain.ScoringSettings) (att string, attArgs []any, rel string, relArgs []any) {
	attClasses := classes(s.Split, func(code int) float64 {
		var a domain.Account
		c := &a.Classification
		c.Volume, c.Profitability, c.StrategicFit, c.Ease = digits(code)
		return domain.Score(a, s).Attractiveness
	})
	relClasses := classes(s.Split, func(code int) float64 {
		var a domain.Account
		stage, coverage, satisfaction, share := digits(code)
		if stage > 0 {
			a.Stage = domain.RelationshipStages[stage-1]
		}
		a.Classification.Coverage, a.Classification.Satisfaction = coverage, satisfaction
		a.OurSales, a.CategorySpend = shareFor[share][0], shareFor[share][1]
		return domain.Score(a, s).Relationship
	})
	share, shareArgs := shareScoreSQL()
	relCode := "(" + stageScoreSQL() + " * 216 + a.cl_coverage * 36 + a.cl_satisfaction * 6 + " + share + ")"
	return "substr(?, " + attCodeSQL + " + 1, 1)", []any{attClasses},
		"substr(?, " + relCode + " + 1, 1)", append([]any{relClasses}, shareArgs...)
}

// quadrantSQL is domain.Score's quadrant of the account a.
func quadrantSQL(s domain.ScoringSettings) (string, []any) {
	att, attArgs, rel, relArgs := axesSQL(s)
	var args []any
	for _, a := range [][]any{attArgs, relArgs, attArgs, relArgs, relArgs} {
		args = append(args, a...)
	}
	return "(CASE WHEN " + att + " = '0' OR " + rel + " = '0' THEN 'unclassified' WHEN " + att + " = 'h' THEN (CASE WHEN " +
		rel + " = 'h' THEN 'strategic' ELSE 'develop' END) WHEN " + rel + " = 'h' THEN 'maintain' ELSE 'opportunistic' END)", args
}

// tiersSQL is true for the accounts a in the tiers (quadrants).
func tiersSQL(s domain.ScoringSettings, tiers []string) (string, []any) {
	att, attArgs, rel, relArgs := axesSQL(s)
	var or []string
	var args []any
	both := func(a, r string) {
		or = append(or, att+" = '"+a+"' AND "+rel+" = '"+r+"'")
		args = append(append(args, attArgs...), relArgs...)
	}
	for _, t := range tiers {
		switch domain.Quadrant(t) {
		case domain.QuadrantStrategic:
			both("h", "h")
		case domain.QuadrantDevelop:
			both("h", "l")
		case domain.QuadrantMaintain:
			both("l", "h")
		case domain.QuadrantOpportunistic:
			both("l", "l")
		case domain.QuadrantUnclassified:
			or = append(or, att+" = '0' OR "+rel+" = '0'")
			args = append(append(args, attArgs...), relArgs...)
		}
	}
	if len(or) == 0 {
		return "0", nil
	}
	return "((" + strings.Join(or, ") OR (") + "))", args
}

// identificationSQL is domain.Score's identification total (out of 100,
// one decimal) of the account a: the same float64 operations in the same
// order, the weights bound (never printed and re-parsed), math.Round(x) as
// CAST(x + 0.5 AS INTEGER), the same for the non-negative x that occur.
func identificationSQL(s domain.ScoringSettings) (string, []any) {
	w := s.Identification
	wsum := w.LargeOrders + w.Strategic + w.Influence + w.Technology + w.Market
	if wsum <= 0 {
		return "0.0", nil
	}
	pts := "(a.id_large_orders * ? + a.id_strategic * ? + a.id_influence * ? + a.id_technology * ? + a.id_market * ?)"
	return "(CAST(((" + pts + " / 5.0 / ?) * 100) * 10 + 0.5 AS INTEGER) / 10.0)",
		[]any{w.LargeOrders, w.Strategic, w.Influence, w.Technology, w.Market, wsum}
}

// stageScoreSQL is domain.StageIndex of the account's relationship stage.
func stageScoreSQL() string {
	var b strings.Builder
	b.WriteString("(CASE a.stage")
	for i, s := range domain.RelationshipStages {
		b.WriteString(" WHEN " + sqlString(string(s)) + " THEN " + strconv.Itoa(i+1))
	}
	b.WriteString(" ELSE 0 END)")
	return b.String()
}

// shareScoreSQL is domain.ShareScore of the share of wallet: the same
// float64 division, compared with the same bounds (bound, not printed); no
// category spend scores 0.
func shareScoreSQL() (string, []any) {
	const share = "(CAST(a.our_sales AS REAL) / a.category_spend)"
	return "(CASE WHEN a.category_spend <= 0 OR " + share + " < 0 THEN 0 WHEN " + share + " < ? THEN 1 WHEN " + share + " < ? THEN 2 WHEN " +
		share + " < ? THEN 3 WHEN " + share + " < ? THEN 4 ELSE 5 END)", []any{0.10, 0.25, 0.45, 0.70}
}
