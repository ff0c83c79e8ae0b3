package store

import (
	"context"

	"kams/backend/domain"
)

// The exported lists' reads (backend/listexport): a page of accounts'
// people or deals in one query, an account's visits a page at a time
// without the timeline's count.

// ContactsOfAccounts lists the live people of the given accounts, by
// account then id.
func (s *Store) ContactsOfAccounts(ctx context.Context, accountIDs []int64) ([]domain.Contact, error) {
	if len(accountIDs) == 0 {
		return []domain.Contact{}, nil
	}
	return s.queryContacts(ctx, "WHERE c.account_id IN ("+placeholders(len(accountIDs))+") AND c.deleted_at IS NULL ORDER BY c.account_id, c.id",
		anyIDs(accountIDs)...)
}

// DealsOfAccounts lists the live deals of the given accounts, by close
// date then id (as Deals lists one account's).
func (s *Store) DealsOfAccounts(ctx context.Context, accountIDs []int64) ([]domain.Opportunity, error) {
	if len(accountIDs) == 0 {
		return []domain.Opportunity{}, nil
	}
	return s.queryDeals(ctx, "WHERE o.account_id IN ("+placeholders(len(accountIDs))+") AND o.deleted_at IS NULL ORDER BY o.close_date, o.id",
		anyIDs(accountIDs)...)
}

// VisitPage reads up to limit of an account's live interactions newest
// first (date, then id) after the cursor: TimelinePage without its count.
func (s *Store) VisitPage(ctx context.Context, accountID int64, before TimelineCursor, limit int) ([]domain.Interaction, error) {
	where := "WHERE i.account_id = ? AND i.deleted_at IS NULL"
	args := []any{accountID}
	if before.Date != "" {
		where += " AND i.date <= ? AND (i.date < ? OR i.id < ?)"
		args = append(args, before.Date, before.Date, before.ID)
	}
	return s.queryInteractions(ctx, where+" ORDER BY i.date DESC, i.id DESC LIMIT ?", append(args, limit)...)
}
