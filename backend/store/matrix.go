package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// ScoreInput is what domain.Score reads of an account (its ratings, stage
// and share of wallet), with the names and lead that the matrix and the
// week show: a fraction of a full account row, so scoring a big book
// reads little.
type ScoreInput struct {
	ID            int64
	Name          string
	ShortName     string
	ManagerID     int64
	Stage         domain.RelationshipStage
	OurSales      int64
	CategorySpend int64
	// Ratings are the fifteen 0–5 ratings, 3 bits each, in the order of
	// Account's fields.
	Ratings int64
}

// Account is the account as far as domain.Score reads it.
func (x *ScoreInput) Account() domain.Account {
	a := domain.Account{ID: x.ID, Name: x.Name, ShortName: x.ShortName, Stage: x.Stage,
		OurSales: x.OurSales, CategorySpend: x.CategorySpend}
	id, cl := &a.Identification, &a.Classification
	for i, p := range []*int{&id.LargeOrders, &id.Strategic, &id.Influence, &id.Technology, &id.Market,
		&cl.Volume, &cl.Profitability, &cl.StrategicFit, &cl.Ease, &cl.Growth, &cl.Projects, &cl.ShareRoom,
		&cl.TechAbsorption, &cl.Coverage, &cl.Satisfaction} {
		*p = int(x.Ratings>>(3*i)) & 7
	}
	return a
}

// ScoreScope says which live accounts ScoreInputs reads: every one (All),
// or those led by ManagerID and those in IDs.
type ScoreScope struct {
	All       bool
	ManagerID int64
	IDs       []int64
}

// ScoreInputs reads the scoring inputs of the live accounts in scope, in
// no particular order, from the accounts_scores index.
func (s *Store) ScoreInputs(ctx context.Context, scope ScoreScope) ([]ScoreInput, error) {
	// The fifteen 0–5 ratings travel packed 3 bits each in one integer:
	// each column read costs, and a big book scores thousands of rows.
	// (SQLite's << and | bind alike: hence the brackets.)
	q := `SELECT a.id, a.name, a.short_name, COALESCE(a.manager_id, 0), a.stage, a.our_sales, a.category_spend,
		a.id_large_orders | (a.id_strategic << 3) | (a.id_influence << 6) | (a.id_technology << 9) | (a.id_market << 12) |
		(a.cl_volume << 15) | (a.cl_profitability << 18) | (a.cl_strategic_fit << 21) | (a.cl_ease << 24) |
		(a.cl_growth << 27) | (a.cl_projects << 30) | (a.cl_share_room << 33) | (a.cl_tech_absorption << 36) |
		(a.cl_coverage << 39) | (a.cl_satisfaction << 42)
		FROM accounts a WHERE a.deleted_at IS NULL`
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
		return nil, fmt.Errorf("store: score inputs: %w", err)
	}
	defer rows.Close()
	out := []ScoreInput{}
	for rows.Next() {
		var x ScoreInput
		if err := rows.Scan(&x.ID, &x.Name, &x.ShortName, &x.ManagerID, &x.Stage, &x.OurSales, &x.CategorySpend, &x.Ratings); err != nil {
			return nil, fmt.Errorf("store: score inputs: %w", err)
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: score inputs: %w", err)
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
