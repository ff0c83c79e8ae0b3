package domain

import "math"

// IdentificationWeights weigh the five key-account criteria.
type IdentificationWeights struct {
	LargeOrders float64 `json:"largeOrders"`
	Strategic   float64 `json:"strategic"`
	Influence   float64 `json:"influence"`
	Technology  float64 `json:"technology"`
	Market      float64 `json:"market"`
}

// AttractivenessWeights weigh the sub-criteria of 吸引力.
type AttractivenessWeights struct {
	Volume        float64 `json:"volume"`
	Profitability float64 `json:"profitability"`
	StrategicFit  float64 `json:"strategicFit"`
	Ease          float64 `json:"ease"`
}

// PotentialWeights weigh the sub-criteria of 发展潜力.
type PotentialWeights struct {
	Growth         float64 `json:"growth"`
	Projects       float64 `json:"projects"`
	ShareRoom      float64 `json:"shareRoom"`
	TechAbsorption float64 `json:"techAbsorption"`
}

// RelationshipWeights weigh the sub-criteria of 相互关系.
type RelationshipWeights struct {
	Stage         float64 `json:"stage"`
	Coverage      float64 `json:"coverage"`
	Satisfaction  float64 `json:"satisfaction"`
	ShareOfWallet float64 `json:"shareOfWallet"`
}

// ScoringSettings are the editable weights and cut-offs of identification
// and classification.
type ScoringSettings struct {
	Identification IdentificationWeights `json:"identification"`
	Threshold      float64               `json:"threshold"` // key account at or above, out of 100
	Attractiveness AttractivenessWeights `json:"attractiveness"`
	Potential      PotentialWeights      `json:"potential"`
	Relationship   RelationshipWeights   `json:"relationship"`
	// Split divides high from low on both matrix axes (1–5 scale): a score at
	// or above it is high.
	Split float64 `json:"split"`
}

// DefaultScoring: the book gives the criteria, not their weights, so each
// counts the same; 60 of 100 makes a key account; the matrix splits at the
// middle of the 1–5 scale.
func DefaultScoring() ScoringSettings {
	return ScoringSettings{
		Identification: IdentificationWeights{20, 20, 20, 20, 20},
		Threshold:      60,
		Attractiveness: AttractivenessWeights{1, 1, 1, 1},
		Potential:      PotentialWeights{1, 1, 1, 1},
		Relationship:   RelationshipWeights{1, 1, 1, 1},
		Split:          3,
	}
}

// Validate refuses weights that cannot weigh anything.
func (s ScoringSettings) Validate() error {
	var v Validation
	groups := []struct {
		field   string
		weights []float64
	}{
		{"identification", []float64{s.Identification.LargeOrders, s.Identification.Strategic, s.Identification.Influence, s.Identification.Technology, s.Identification.Market}},
		{"attractiveness", []float64{s.Attractiveness.Volume, s.Attractiveness.Profitability, s.Attractiveness.StrategicFit, s.Attractiveness.Ease}},
		{"potential", []float64{s.Potential.Growth, s.Potential.Projects, s.Potential.ShareRoom, s.Potential.TechAbsorption}},
		{"relationship", []float64{s.Relationship.Stage, s.Relationship.Coverage, s.Relationship.Satisfaction, s.Relationship.ShareOfWallet}},
	}
	for _, g := range groups {
		sum := 0.0
		bad := false
		for _, w := range g.weights {
			if w < 0 || w > 100 || math.IsNaN(w) {
				bad = true
			}
			sum += w
		}
		switch {
		case bad:
			v.Add(g.field, "error.weightRange", map[string]any{"min": 0, "max": 100})
		case sum <= 0:
			v.Add(g.field, "error.weightsZero", nil)
		}
	}
	if s.Threshold < 0 || s.Threshold > 100 || math.IsNaN(s.Threshold) {
		v.Add("threshold", "error.range", map[string]any{"min": 0, "max": 100})
	}
	if s.Split < 1 || s.Split > 5 || math.IsNaN(s.Split) {
		v.Add("split", "error.range", map[string]any{"min": 1, "max": 5})
	}
	return v.Err()
}

// Quadrant is the account's place in the portfolio matrix (McDonald).
type Quadrant string

const (
	QuadrantStrategic     Quadrant = "strategic"     // 战略客户: high attractiveness, strong relationship
	QuadrantDevelop       Quadrant = "develop"       // 发展客户: high attractiveness, weak relationship
	QuadrantMaintain      Quadrant = "maintain"      // 维持客户: low attractiveness, strong relationship
	QuadrantOpportunistic Quadrant = "opportunistic" // 机会客户: low attractiveness, weak relationship
	QuadrantUnclassified  Quadrant = "unclassified"  // not enough rated to place it
)

// Scores are what the app computes from an account and the settings; they
// are never stored, so a change of weights shows at once everywhere.
type Scores struct {
	Identification float64  `json:"identification"` // 0–100
	KeyAccount     bool     `json:"keyAccount"`
	Attractiveness float64  `json:"attractiveness"` // 1–5, 0 when nothing is rated
	Potential      float64  `json:"potential"`
	Relationship   float64  `json:"relationship"`
	Quadrant       Quadrant `json:"quadrant"`
	// ShareOfWallet is our sales ÷ the customer's category spend, 0–1, or −1
	// when the spend is unknown.
	ShareOfWallet float64 `json:"shareOfWallet"`
	// StageScore and ShareScore are the two relationship sub-criteria the
	// profile decides (1–5, 0 when unknown), shown beside the rated ones.
	StageScore int `json:"stageScore"`
	ShareScore int `json:"shareScore"`
}

// ShareScore rates a share of wallet on the 1–5 scale of the relationship
// dimension; 0 when the share is unknown.
func ShareScore(share float64) int {
	switch {
	case share < 0:
		return 0
	case share < 0.10:
		return 1
	case share < 0.25:
		return 2
	case share < 0.45:
		return 3
	case share < 0.70:
		return 4
	default:
		return 5
	}
}

// Score computes every derived figure of an account.
func Score(a Account, s ScoringSettings) Scores {
	var out Scores
	id, w := a.Identification, s.Identification
	wsum := w.LargeOrders + w.Strategic + w.Influence + w.Technology + w.Market
	if wsum > 0 {
		pts := float64(id.LargeOrders)*w.LargeOrders + float64(id.Strategic)*w.Strategic +
			float64(id.Influence)*w.Influence + float64(id.Technology)*w.Technology + float64(id.Market)*w.Market
		out.Identification = round1(pts / 5 / wsum * 100)
	}
	out.KeyAccount = out.Identification >= s.Threshold

	out.ShareOfWallet = -1
	if a.CategorySpend > 0 {
		out.ShareOfWallet = float64(a.OurSales) / float64(a.CategorySpend)
	}
	out.StageScore, out.ShareScore = StageIndex(a.Stage), ShareScore(out.ShareOfWallet)
	c := a.Classification
	out.Attractiveness = weightedMean(
		[]int{c.Volume, c.Profitability, c.StrategicFit, c.Ease},
		[]float64{s.Attractiveness.Volume, s.Attractiveness.Profitability, s.Attractiveness.StrategicFit, s.Attractiveness.Ease})
	out.Potential = weightedMean(
		[]int{c.Growth, c.Projects, c.ShareRoom, c.TechAbsorption},
		[]float64{s.Potential.Growth, s.Potential.Projects, s.Potential.ShareRoom, s.Potential.TechAbsorption})
	out.Relationship = weightedMean(
		[]int{out.StageScore, c.Coverage, c.Satisfaction, out.ShareScore},
		[]float64{s.Relationship.Stage, s.Relationship.Coverage, s.Relationship.Satisfaction, s.Relationship.ShareOfWallet})
	out.Quadrant = Classify(out.Attractiveness, out.Relationship, s.Split)
	return out
}

// Classify places an account in the matrix; an axis with nothing rated
// leaves it unclassified rather than guessing "low".
func Classify(attractiveness, relationship, split float64) Quadrant {
	if attractiveness == 0 || relationship == 0 {
		return QuadrantUnclassified
	}
	high, strong := attractiveness >= split, relationship >= split
	switch {
	case high && strong:
		return QuadrantStrategic
	case high:
		return QuadrantDevelop
	case strong:
		return QuadrantMaintain
	default:
		return QuadrantOpportunistic
	}
}

// weightedMean of the rated scores (1–5); unrated ones (0) and zero weights
// drop out. Zero when nothing counts.
func weightedMean(scores []int, weights []float64) float64 {
	var sum, wsum float64
	for i, sc := range scores {
		if sc <= 0 || weights[i] <= 0 {
			continue
		}
		sum += float64(sc) * weights[i]
		wsum += weights[i]
	}
	if wsum == 0 {
		return 0
	}
	return round2(sum / wsum)
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
func round2(x float64) float64 { return math.Round(x*100) / 100 }
