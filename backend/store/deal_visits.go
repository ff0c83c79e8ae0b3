package store

import (
	"context"
	"fmt"

	"kams/backend/domain"
)

// MaxDealChoices caps the deals the visit form offers: an account has a
// handful of open deals, never thousands, but a bound call stays small.
const MaxDealChoices = 100

// DealChoice is a deal a visit can be about, as the visit form lists it.
type DealChoice struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Stage     string `json:"stage"`
	Status    string `json:"status"`
	CloseDate string `json:"closeDate"`
}

// DealChoices lists an account's live open deals, soonest close first,
// and the deal include (0: none) if it is the account's but closed — the
// one a visit being edited is already tied to, which must stay shown.
func (s *Store) DealChoices(ctx context.Context, accountID, include int64) ([]DealChoice, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, name, stage, status, close_date FROM opportunities
		WHERE account_id = ?1 AND deleted_at IS NULL AND (status = 'open' OR id = ?2)
		ORDER BY status <> 'open', close_date, id LIMIT ?3`, accountID, include, MaxDealChoices)
	if err != nil {
		return nil, fmt.Errorf("store: deal choices: %w", err)
	}
	defer rows.Close()
	out := []DealChoice{}
	for rows.Next() {
		var c DealChoice
		if err := rows.Scan(&c.ID, &c.Name, &c.Stage, &c.Status, &c.CloseDate); err != nil {
			return nil, fmt.Errorf("store: deal choices: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: deal choices: %w", err)
	}
	return out, nil
}

// DealVisits is a page of the live interactions tied to a deal, newest
// first (the interactions_opportunity index, in its order), and how many
// there are in all.
func (s *Store) DealVisits(ctx context.Context, dealID int64, offset, limit int) ([]domain.Interaction, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM interactions WHERE opportunity_id = ? AND deleted_at IS NULL`,
		dealID).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count deal visits: %w", err)
	}
	list, err := s.queryInteractions(ctx, `WHERE i.opportunity_id = ? AND i.deleted_at IS NULL
		ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?`, dealID, limit, offset)
	return list, total, err
}
