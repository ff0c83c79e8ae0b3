package service

import (
	"context"

	"kams/backend/domain"
	"kams/backend/store"
)

// TimelinePage is a page of an account's timeline, newest first, and how
// many live interactions the account has in all.
type TimelinePage struct {
	Items []domain.Interaction `json:"items"`
	Total int                  `json:"total"`
}

const (
	// TimelinePageSize is a page when the caller asks for none.
	TimelinePageSize = 30
	timelineMaxPage  = 100
)

// Timeline is a page of an account's interactions after the cursor (the
// date and id of the last one shown; zero for the newest), newest first.
func (p *People) Timeline(ctx context.Context, accountID int64, before store.TimelineCursor, limit int) (TimelinePage, error) {
	if limit <= 0 {
		limit = TimelinePageSize
	}
	items, total, err := p.store.TimelinePage(ctx, accountID, before, min(limit, timelineMaxPage))
	if err != nil {
		return TimelinePage{}, err
	}
	return TimelinePage{Items: items, Total: total}, nil
}
