package service

import (
	"context"
	"math"
	"sort"
	"sync"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// Matrix is the portfolio matrix (客户组合矩阵): every live account placed
// by attractiveness and relationship, sized by development potential.
// A big book has thousands of accounts, so it answers with compact
// columns of scores rather than account records.
type Matrix struct {
	store *store.Store
	now   clock.Clock
	cache struct {
		mu      sync.Mutex
		changes int64
		book    *scoredBook
	}
}

// scoredBook is every live account with its stored scores, held while no
// write changes the portfolio (Store.PortfolioChanges: an account's name,
// lead, scores or trash state, a member's name, the weights), so that
// refiltering the matrix, or opening it again after logging visits, reads
// nothing again.
type scoredBook struct {
	split    float64
	accounts []scoredAccount
	leads    []store.Named
}

type scoredAccount struct {
	in      store.ScoredAccount
	a, r, p int
	key     bool
	q       domain.Quadrant
	group   int64 // the head of its group, 0 for none
}

// scored returns the scored book, from the cache while nothing was written.
func (m *Matrix) scored(ctx context.Context) (*scoredBook, error) {
	// Counted before reading: a write meanwhile makes the next call read again.
	changes, err := m.store.PortfolioChanges(ctx)
	if err != nil {
		return nil, err
	}
	m.cache.mu.Lock()
	if b := m.cache.book; b != nil && m.cache.changes == changes {
		m.cache.mu.Unlock()
		return b, nil
	}
	m.cache.mu.Unlock()
	set, err := m.store.Settings(ctx)
	if err != nil {
		return nil, err
	}
	inputs, err := m.store.ScoredAccounts(ctx, store.ScoreScope{All: true})
	if err != nil {
		return nil, err
	}
	b := &scoredBook{split: set.Scoring.Split, accounts: make([]scoredAccount, len(inputs))}
	if b.leads, err = m.store.AccountLeads(ctx); err != nil {
		return nil, err
	}
	groups, err := m.store.AccountGroups(ctx)
	if err != nil {
		return nil, err
	}
	for i, x := range inputs {
		b.accounts[i] = scoredAccount{in: x, a: hundredths(x.Attractiveness), r: hundredths(x.Relationship),
			p: hundredths(x.Potential), key: x.KeyAccount, q: x.Tier, group: groups[x.ID]}
	}
	// Key accounts first, then by potential: the order points are drawn
	// and labelled in, kept by every filter.
	sort.Slice(b.accounts, func(i, j int) bool {
		x, y := &b.accounts[i], &b.accounts[j]
		if x.key != y.key {
			return x.key
		}
		if x.p != y.p {
			return x.p > y.p
		}
		return x.in.ID < y.in.ID
	})
	m.cache.mu.Lock()
	m.cache.changes, m.cache.book = changes, b
	m.cache.mu.Unlock()
	return b, nil
}

// NewMatrix builds the service over a store; now is the clock.
func NewMatrix(s *store.Store, now clock.Clock) *Matrix { return &Matrix{store: s, now: now} }

// MatrixFilter narrows the matrix: to one quadrant ("" for all), to the
// accounts one member leads (0 for all), to key accounts, to the accounts
// of one group (its head's id; 0 for all).
type MatrixFilter struct {
	Quadrant  domain.Quadrant `json:"quadrant"`
	ManagerID int64           `json:"managerId"`
	KeyOnly   bool            `json:"keyOnly"`
	GroupID   int64           `json:"groupId"`
}

// MatrixQuadrants are the placed quadrants in the order MatrixPoints.Q
// numbers them.
var MatrixQuadrants = []domain.Quadrant{domain.QuadrantStrategic, domain.QuadrantDevelop,
	domain.QuadrantMaintain, domain.QuadrantOpportunistic}

// MatrixPoints are the placed accounts as columns (the i-th entry of each
// is one account): 5,000 accounts fit in under 256 KB of JSON. Scores are
// in hundredths (375 is 3.75). The order is key accounts first, then by
// development potential: the first ones are those worth a label.
type MatrixPoints struct {
	ID   []int64  `json:"id"`
	Name []string `json:"name"` // the short name, else the name, cut to maxPointName characters
	A    []int    `json:"a"`    // attractiveness ×100
	R    []int    `json:"r"`    // relationship ×100
	P    []int    `json:"p"`    // development potential ×100
	Key  []int8   `json:"k"`    // 1: a key account (identification over the threshold)
	Q    []int8   `json:"q"`    // quadrant: index in MatrixQuadrants
}

// MatrixData is the matrix under a filter.
type MatrixData struct {
	Split float64 `json:"split"`
	// Counts are the accounts per quadrant (unclassified too) under the
	// lead and key-account filters, before the quadrant filter.
	Counts map[domain.Quadrant]int `json:"counts"`
	Points MatrixPoints            `json:"points"`
	// Unclassified are the first unclassified accounts by name; Counts
	// says how many there are.
	Unclassified []store.Named `json:"unclassified"`
	// Leads are the members who lead accounts, for the lead filter.
	Leads []store.Named `json:"leads"`
}

const (
	maxPointName    = 12
	maxUnclassified = 50
)

// Points places the live accounts under the filter.
func (m *Matrix) Points(ctx context.Context, f MatrixFilter) (MatrixData, error) {
	if f.Quadrant != "" && quadrantIndex(f.Quadrant) < 0 {
		var v domain.Validation
		v.Add("quadrant", "error.choice", nil)
		return MatrixData{}, v.Err()
	}
	b, err := m.scored(ctx)
	if err != nil {
		return MatrixData{}, err
	}
	d := MatrixData{Split: b.split, Counts: map[domain.Quadrant]int{}, Unclassified: []store.Named{}, Leads: b.leads}
	list := make([]*scoredAccount, 0, len(b.accounts))
	for i := range b.accounts {
		x := &b.accounts[i]
		if f.ManagerID > 0 && x.in.ManagerID != f.ManagerID || f.KeyOnly && !x.key || f.GroupID > 0 && x.group != f.GroupID {
			continue
		}
		d.Counts[x.q]++
		if x.q == domain.QuadrantUnclassified {
			d.Unclassified = append(d.Unclassified, store.Named{ID: x.in.ID, Name: x.in.Name})
			continue
		}
		if f.Quadrant != "" && x.q != f.Quadrant {
			continue
		}
		list = append(list, x)
	}
	n := len(list)
	pts := MatrixPoints{ID: make([]int64, n), Name: make([]string, n), A: make([]int, n), R: make([]int, n),
		P: make([]int, n), Key: make([]int8, n), Q: make([]int8, n)}
	for i, x := range list {
		name := x.in.ShortName
		if name == "" {
			name = x.in.Name
		}
		pts.ID[i], pts.Name[i], pts.A[i], pts.R[i], pts.P[i] = x.in.ID, cutName(name, maxPointName), x.a, x.r, x.p
		pts.Q[i] = int8(quadrantIndex(x.q))
		if x.key {
			pts.Key[i] = 1
		}
	}
	d.Points = pts
	sort.Slice(d.Unclassified, func(i, j int) bool {
		x, y := d.Unclassified[i], d.Unclassified[j]
		return x.Name < y.Name || x.Name == y.Name && x.ID < y.ID
	})
	if len(d.Unclassified) > maxUnclassified {
		d.Unclassified = d.Unclassified[:maxUnclassified]
	}
	return d, nil
}

func hundredths(x float64) int { return int(math.Round(x * 100)) }

func quadrantIndex(q domain.Quadrant) int {
	for i, x := range MatrixQuadrants {
		if x == q {
			return i
		}
	}
	return -1
}

// cutName shortens s to n characters, ending with "…" when it cut.
func cutName(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
