package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// ScoreInput is what domain.Score reads of an account (its ratings, stage
// and share of wallet): a fraction of a full account row, so rescoring a
// big book reads little.
type ScoreInput struct {
	ID            int64
	Stage         domain.RelationshipStage
	OurSales      int64
	CategorySpend int64
	// Ratings are the fifteen 0–5 ratings, 3 bits each, in the order of
	// Account's fields.
	Ratings int64
}

// Account is the account as far as domain.Score reads it.
func (x *ScoreInput) Account() domain.Account {
	a := domain.Account{ID: x.ID, Stage: x.Stage, OurSales: x.OurSales, CategorySpend: x.CategorySpend}
	id, cl := &a.Identification, &a.Classification
	for i, p := range []*int{&id.LargeOrders, &id.Strategic, &id.Influence, &id.Technology, &id.Market,
		&cl.Volume, &cl.Profitability, &cl.StrategicFit, &cl.Ease, &cl.Growth, &cl.Projects, &cl.ShareRoom,
		&cl.TechAbsorption, &cl.Coverage, &cl.Satisfaction} {
		*p = int(x.Ratings>>(3*i)) & 7
	}
	return a
}

// ScoreScope says which live accounts ScoredAccounts reads: every one
// (All), or those led by ManagerID and those in IDs.
type ScoreScope struct {
	All       bool
	ManagerID int64
	IDs       []int64
}

// ScoredAccount is a live account's stored scores (migration 13) with the
// names and lead that the matrix and the week show.
type ScoredAccount struct {
	ID             int64
	Name           string
	ShortName      string
	ManagerID      int64
	Identification float64
	KeyAccount     bool
	Attractiveness float64
	Potential      float64
	Relationship   float64
	Tier           domain.Quadrant
}

// ScoredAccounts reads the stored scores of the live accounts in scope, in
// no particular order (Go sorts thousands of rows several times faster
// than modernc's SQLite), from the accounts_book index alone.
func (s *Store) ScoredAccounts(ctx context.Context, scope ScoreScope) ([]ScoredAccount, error) {
	q := `SELECT a.id, a.name, a.short_name, COALESCE(a.manager_id, 0), a.score_identification, a.score_key,
		a.score_attractiveness, a.score_potential, a.score_relationship, a.tier
		FROM accounts a INDEXED BY accounts_book WHERE a.deleted_at IS NULL`
	var args []any
	if !scope.All {
		q += " AND (a.manager_id = ?"
		args = append(args, scope.ManagerID)
		if len(scope.IDs) > 0 {
			q += " OR a.id IN (" + placeholders(len(scope.IDs)) + ")"
			for _, id := range scope.IDs {
				args = append(args, id)
			}
		}
		q += ")"
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: scored accounts: %w", err)
	}
	defer rows.Close()
	out := []ScoredAccount{}
	for rows.Next() {
		var x ScoredAccount
		if err := rows.Scan(&x.ID, &x.Name, &x.ShortName, &x.ManagerID, &x.Identification, &x.KeyAccount,
			&x.Attractiveness, &x.Potential, &x.Relationship, &x.Tier); err != nil {
			return nil, fmt.Errorf("store: scored accounts: %w", err)
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: scored accounts: %w", err)
	}
	return out, nil
}

// AccountLeads lists the members who lead at least one live account, by
// name: the matrix's lead filter.
func (s *Store) AccountLeads(ctx context.Context) ([]Named, error) {
	return s.named(ctx, `SELECT m.id, m.name FROM members m
		WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.manager_id = m.id AND a.deleted_at IS NULL)
		ORDER BY m.name COLLATE NOCASE, m.id`)
}
