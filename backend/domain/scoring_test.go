package domain

import (
	"math"
	"testing"
)

// ids builds identification scores in the book's order: large orders,
// strategic, influence, technology, market.
func ids(lo, st, in, te, ma int) IdentificationScores {
	return IdentificationScores{LargeOrders: lo, Strategic: st, Influence: in, Technology: te, Market: ma}
}

func TestScoreIdentification(t *testing.T) {
	custom := DefaultScoring()
	custom.Identification = IdentificationWeights{LargeOrders: 40, Strategic: 30, Influence: 10, Technology: 10, Market: 10}
	small := DefaultScoring() // weights need not add up to 100
	small.Identification = IdentificationWeights{LargeOrders: 1, Strategic: 1}
	thirds := DefaultScoring()
	thirds.Identification = IdentificationWeights{LargeOrders: 1, Strategic: 1, Influence: 1}
	high := DefaultScoring()
	high.Threshold = 92
	higher := DefaultScoring()
	higher.Threshold = 92.1
	zero := DefaultScoring()
	zero.Identification = IdentificationWeights{}

	tests := []struct {
		name     string
		scores   IdentificationScores
		settings ScoringSettings
		want     float64
		key      bool
	}{
		// Default weights are 20 each, so the total is the sum of the scores × 4.
		{"default nothing scored", ids(0, 0, 0, 0, 0), DefaultScoring(), 0, false},
		{"default all five", ids(5, 5, 5, 5, 5), DefaultScoring(), 100, true},
		{"default sum 23", ids(5, 5, 4, 4, 5), DefaultScoring(), 92, true},
		{"default at threshold 60", ids(3, 3, 3, 3, 3), DefaultScoring(), 60, true},
		{"default just below threshold", ids(3, 3, 3, 3, 2), DefaultScoring(), 56, false},
		{"default one criterion", ids(0, 0, 0, 0, 1), DefaultScoring(), 4, false},
		{"custom large orders only", ids(5, 0, 0, 0, 0), custom, 40, false},
		{"custom two heavy criteria", ids(5, 5, 0, 0, 0), custom, 70, true},
		{"custom light criteria only", ids(0, 0, 5, 5, 5), custom, 30, false},
		{"custom mixed", ids(4, 2, 1, 3, 5), custom, 62, true}, // (160+60+10+30+50)/5
		{"weights of 1 and 1", ids(5, 3, 5, 5, 5), small, 80, true},
		{"unweighted criteria ignored", ids(0, 0, 5, 5, 5), small, 0, false},
		{"rounded to one decimal", ids(1, 0, 0, 0, 0), thirds, 6.7, false}, // 100/15
		{"custom threshold met exactly", ids(5, 5, 4, 4, 5), high, 92, true},
		{"custom threshold missed", ids(5, 5, 4, 4, 5), higher, 92, false},
		{"zero weights score nothing", ids(5, 5, 5, 5, 5), zero, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(Account{Identification: tt.scores, Stage: StageBasic}, tt.settings)
			if got.Identification != tt.want {
				t.Errorf("Identification = %v, want %v", got.Identification, tt.want)
			}
			if got.KeyAccount != tt.key {
				t.Errorf("KeyAccount = %v, want %v (score %v, threshold %v)", got.KeyAccount, tt.key, got.Identification, tt.settings.Threshold)
			}
		})
	}
}

func TestShareScore(t *testing.T) {
	tests := []struct {
		share float64
		want  int
	}{
		{-1, 0}, // spend unknown
		{0, 1},
		{0.0999, 1},
		{0.10, 2},
		{0.2499, 2},
		{0.25, 3},
		{0.4499, 3},
		{0.45, 4},
		{0.6999, 4},
		{0.70, 5},
		{1, 5},
		{1.5, 5}, // our sales above their stated spend
	}
	for _, tt := range tests {
		if got := ShareScore(tt.share); got != tt.want {
			t.Errorf("ShareScore(%v) = %d, want %d", tt.share, got, tt.want)
		}
	}
}

func TestScoreShareOfWallet(t *testing.T) {
	tests := []struct {
		name            string
		ourSales, spend int64
		want            float64
	}{
		{"spend unknown", 500, 0, -1},
		{"nothing sold yet", 0, 10000, 0},
		{"a quarter", 2500, 10000, 0.25},
		{"all of it", 10000, 10000, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(Account{OurSales: tt.ourSales, CategorySpend: tt.spend, Stage: StageBasic}, DefaultScoring())
			if got.ShareOfWallet != tt.want {
				t.Errorf("ShareOfWallet = %v, want %v", got.ShareOfWallet, tt.want)
			}
		})
	}
}

func TestWeightedMean(t *testing.T) {
	ones := []float64{1, 1, 1, 1}
	tests := []struct {
		name    string
		scores  []int
		weights []float64
		want    float64
	}{
		{"all rated equal weights", []int{5, 4, 3, 2}, ones, 3.5},
		{"unrated dropped, not counted as zero", []int{5, 4, 0, 0}, ones, 4.5},
		{"one rated", []int{0, 0, 2, 0}, ones, 2},
		{"nothing rated", []int{0, 0, 0, 0}, ones, 0},
		{"weights tilt the mean", []int{5, 1, 0, 0}, []float64{3, 1, 1, 1}, 4}, // (15+1)/4
		{"zero weight drops a rated score", []int{5, 1, 1, 1}, []float64{0, 1, 1, 1}, 1},
		{"all weights zero", []int{5, 5, 5, 5}, []float64{0, 0, 0, 0}, 0},
		{"rounded to two decimals", []int{5, 4, 4, 0}, ones, 4.33}, // 13/3
		{"rounded up", []int{2, 2, 1, 0}, ones, 1.67},              // 5/3
		{"fractional weights", []int{4, 2, 0, 0}, []float64{0.5, 1.5, 1, 1}, 2.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := weightedMean(tt.scores, tt.weights); got != tt.want {
				t.Errorf("weightedMean(%v, %v) = %v, want %v", tt.scores, tt.weights, got, tt.want)
			}
		})
	}
}

func TestScoreClassificationDimensions(t *testing.T) {
	tilted := DefaultScoring()
	tilted.Attractiveness = AttractivenessWeights{Volume: 3, Profitability: 1, StrategicFit: 0, Ease: 0}
	tilted.Potential = PotentialWeights{Growth: 1, Projects: 0, ShareRoom: 0, TechAbsorption: 1}
	tilted.Relationship = RelationshipWeights{Stage: 2, Coverage: 1, Satisfaction: 1, ShareOfWallet: 0}

	tests := []struct {
		name             string
		account          Account
		settings         ScoringSettings
		attr, pot, rel   float64
		stageSc, shareSc int
	}{
		{
			name: "all rated, default weights",
			account: Account{Stage: StageInterdependent, OurSales: 4600, CategorySpend: 12500, // share .368 → 3
				Classification: ClassificationInputs{Volume: 5, Profitability: 4, StrategicFit: 5, Ease: 4,
					Growth: 5, Projects: 5, ShareRoom: 4, TechAbsorption: 4, Coverage: 4, Satisfaction: 4}},
			settings: DefaultScoring(),
			attr:     4.5, pot: 4.5, rel: 3.75, // (4+4+4+3)/4
			stageSc: 4, shareSc: 3,
		},
		{
			name: "unrated sub-criteria skipped",
			account: Account{Stage: StageCooperative, // spend unknown: share drops out
				Classification: ClassificationInputs{Volume: 4, Growth: 2, Projects: 3}},
			settings: DefaultScoring(),
			attr:     4, pot: 2.5, rel: 3, // only the stage counts
			stageSc: 3, shareSc: 0,
		},
		{
			name:     "stage and share alone make the relationship",
			account:  Account{Stage: StageExploratory, OurSales: 0, CategorySpend: 15000}, // share 0 → 1
			settings: DefaultScoring(),
			attr:     0, pot: 0, rel: 1,
			stageSc: 1, shareSc: 1,
		},
		{
			name:     "integrated stage and full share",
			account:  Account{Stage: StageIntegrated, OurSales: 800, CategorySpend: 1000}, // share .8 → 5
			settings: DefaultScoring(),
			rel:      5,
			stageSc:  5, shareSc: 5,
		},
		{
			name:     "basic stage with a small share",
			account:  Account{Stage: StageBasic, OurSales: 150, CategorySpend: 1100, Classification: ClassificationInputs{Coverage: 2, Satisfaction: 3}}, // share .136 → 2
			settings: DefaultScoring(),
			rel:      2.25, // (2+2+3+2)/4
			stageSc:  2, shareSc: 2,
		},
		{
			name:     "unknown stage counts as unrated",
			account:  Account{Stage: "", Classification: ClassificationInputs{Coverage: 4}},
			settings: DefaultScoring(),
			rel:      4,
			stageSc:  0, shareSc: 0,
		},
		{
			name: "custom weights",
			account: Account{Stage: StageInterdependent, OurSales: 1, CategorySpend: 100, // share .01 → 1, weight 0
				Classification: ClassificationInputs{Volume: 5, Profitability: 1, StrategicFit: 1, Ease: 1,
					Growth: 4, Projects: 1, ShareRoom: 1, TechAbsorption: 2, Coverage: 1, Satisfaction: 4}},
			settings: tilted,
			attr:     4,    // (15+1)/4
			pot:      3,    // (4+2)/2
			rel:      3.25, // (8+1+4)/4
			stageSc:  4, shareSc: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.account, tt.settings)
			if got.Attractiveness != tt.attr || got.Potential != tt.pot || got.Relationship != tt.rel {
				t.Errorf("attractiveness, potential, relationship = %v, %v, %v; want %v, %v, %v",
					got.Attractiveness, got.Potential, got.Relationship, tt.attr, tt.pot, tt.rel)
			}
			if got.StageScore != tt.stageSc || got.ShareScore != tt.shareSc {
				t.Errorf("StageScore, ShareScore = %d, %d; want %d, %d", got.StageScore, got.ShareScore, tt.stageSc, tt.shareSc)
			}
		})
	}
}

func TestStageIndex(t *testing.T) {
	tests := []struct {
		stage RelationshipStage
		want  int
	}{
		{StageExploratory, 1},
		{StageBasic, 2},
		{StageCooperative, 3},
		{StageInterdependent, 4},
		{StageIntegrated, 5},
		{"", 0},
		{"Basic", 0},
	}
	for _, tt := range tests {
		if got := StageIndex(tt.stage); got != tt.want {
			t.Errorf("StageIndex(%q) = %d, want %d", tt.stage, got, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name             string
		attr, rel, split float64
		want             Quadrant
	}{
		{"both at the split count as high", 3, 3, 3, QuadrantStrategic},
		{"both high", 4.5, 3.75, 3, QuadrantStrategic},
		{"weak relationship just below", 3, 2.99, 3, QuadrantDevelop},
		{"low attractiveness just below", 2.99, 3, 3, QuadrantMaintain},
		{"both just below", 2.99, 2.99, 3, QuadrantOpportunistic},
		{"both lowest", 1, 1, 3, QuadrantOpportunistic},
		{"nothing on attractiveness", 0, 4, 3, QuadrantUnclassified},
		{"nothing on relationship", 4, 0, 3, QuadrantUnclassified},
		{"nothing at all", 0, 0, 3, QuadrantUnclassified},
		{"split at the top", 5, 5, 5, QuadrantStrategic},
		{"split at the top, just under", 4.99, 5, 5, QuadrantMaintain},
		{"split at the bottom", 1, 1, 1, QuadrantStrategic},
		{"split 2.5", 2.5, 2.49, 2.5, QuadrantDevelop},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.attr, tt.rel, tt.split); got != tt.want {
				t.Errorf("Classify(%v, %v, %v) = %q, want %q", tt.attr, tt.rel, tt.split, got, tt.want)
			}
		})
	}
}

func TestScoreQuadrant(t *testing.T) {
	highSplit := DefaultScoring()
	highSplit.Split = 4

	tests := []struct {
		name     string
		account  Account
		settings ScoringSettings
		want     Quadrant
	}{
		{
			name: "strategic",
			account: Account{Stage: StageIntegrated, OurSales: 3100, CategorySpend: 4200,
				Classification: ClassificationInputs{Volume: 4, Profitability: 4, StrategicFit: 5, Ease: 5, Coverage: 5, Satisfaction: 5}},
			settings: DefaultScoring(), want: QuadrantStrategic, // 4.5, 5
		},
		{
			name: "develop",
			account: Account{Stage: StageBasic, OurSales: 380, CategorySpend: 9800,
				Classification: ClassificationInputs{Volume: 5, Profitability: 4, StrategicFit: 4, Ease: 3, Coverage: 2, Satisfaction: 3}},
			settings: DefaultScoring(), want: QuadrantDevelop, // 4, 2
		},
		{
			name: "maintain",
			account: Account{Stage: StageCooperative, OurSales: 1650, CategorySpend: 2600,
				Classification: ClassificationInputs{Volume: 3, Profitability: 2, StrategicFit: 3, Ease: 2, Coverage: 4, Satisfaction: 5}},
			settings: DefaultScoring(), want: QuadrantMaintain, // 2.5, 4
		},
		{
			name: "opportunistic",
			account: Account{Stage: StageBasic, OurSales: 150, CategorySpend: 1100,
				Classification: ClassificationInputs{Volume: 2, Profitability: 3, StrategicFit: 2, Ease: 3, Coverage: 2, Satisfaction: 3}},
			settings: DefaultScoring(), want: QuadrantOpportunistic, // 2.5, 2.25
		},
		{
			name:     "exactly on the split",
			account:  Account{Stage: StageCooperative, Classification: ClassificationInputs{Volume: 3}},
			settings: DefaultScoring(), want: QuadrantStrategic, // 3, 3
		},
		{
			name:     "a higher split moves it down",
			account:  Account{Stage: StageCooperative, Classification: ClassificationInputs{Volume: 4}},
			settings: highSplit, want: QuadrantDevelop, // 4, 3
		},
		{
			name:     "attractiveness unrated",
			account:  Account{Stage: StageIntegrated, Classification: ClassificationInputs{Coverage: 5, Satisfaction: 5}},
			settings: DefaultScoring(), want: QuadrantUnclassified,
		},
		{
			name:     "relationship has nothing",
			account:  Account{Stage: "", Classification: ClassificationInputs{Volume: 5}},
			settings: DefaultScoring(), want: QuadrantUnclassified,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.account, tt.settings)
			if got.Quadrant != tt.want {
				t.Errorf("Quadrant = %q, want %q (attractiveness %v, relationship %v)",
					got.Quadrant, tt.want, got.Attractiveness, got.Relationship)
			}
		})
	}
}

func TestDefaultScoringIsValid(t *testing.T) {
	s := DefaultScoring()
	if err := s.Validate(); err != nil {
		t.Fatalf("DefaultScoring().Validate() = %v", err)
	}
	w := s.Identification
	if sum := w.LargeOrders + w.Strategic + w.Influence + w.Technology + w.Market; math.Abs(sum-100) > 1e-9 {
		t.Errorf("default identification weights sum to %v, want 100", sum)
	}
	if s.Threshold != 60 || s.Split != 3 {
		t.Errorf("threshold, split = %v, %v; want 60, 3", s.Threshold, s.Split)
	}
}
