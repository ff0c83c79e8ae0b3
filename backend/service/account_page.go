package service

import (
	"context"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// AccountPage is one page of an accounts list and how many accounts match.
type AccountPage struct {
	Rows  []AccountView `json:"rows"`
	Total int           `json:"total"`
}

// Page reads one page of the live accounts: the backend filters, sorts
// and counts; each row is scored and carries its red flags.
func (s *Accounts) Page(ctx context.Context, q store.AccountQuery) (AccountPage, error) {
	return accountPage(ctx, s.store, s.now(), q)
}

// TrashPage reads one page of the accounts in the trash.
func (s *Accounts) TrashPage(ctx context.Context, offset, limit int) (AccountPage, error) {
	set, err := s.store.Settings(ctx)
	if err != nil {
		return AccountPage{}, err
	}
	list, total, err := s.store.TrashedAccountPage(ctx, offset, limit)
	if err != nil {
		return AccountPage{}, err
	}
	p := AccountPage{Rows: make([]AccountView, len(list)), Total: total}
	for i, a := range list {
		p.Rows[i] = AccountView{Account: a, Scores: domain.Score(a, set.Scoring), Flags: []domain.RedFlag{}}
	}
	return p, nil
}

// Options lists up to 50 live accounts matching text, for a picker.
func (s *Accounts) Options(ctx context.Context, text string) ([]store.AccountOption, error) {
	if r := []rune(text); len(r) > 200 {
		text = string(r[:200])
	}
	return s.store.AccountOptions(ctx, text)
}

// staleCutoff is the day before which a key person's last contact is stale.
func staleCutoff(now time.Time, staleDays int) string {
	return now.AddDate(0, 0, -staleDays).Format(time.DateOnly)
}

// accountPage reads a page and scores it; the flags come from the key
// people of the page's accounts only (domain.ContactRedFlags over them is
// the same as over all of an account's people).
func accountPage(ctx context.Context, st *store.Store, now time.Time, q store.AccountQuery) (AccountPage, error) {
	set, err := st.Settings(ctx)
	if err != nil {
		return AccountPage{}, err
	}
	if err := st.SettleDay(ctx); err != nil {
		return AccountPage{}, err
	}
	list, total, err := st.AccountPage(ctx, q, staleCutoff(now, set.StaleDays))
	if err != nil {
		return AccountPage{}, err
	}
	ids := make([]int64, len(list))
	for i, a := range list {
		ids[i] = a.ID
	}
	people, err := st.KeyContacts(ctx, ids)
	if err != nil {
		return AccountPage{}, err
	}
	links, err := st.GroupLinks(ctx, ids)
	if err != nil {
		return AccountPage{}, err
	}
	health, err := st.HealthOf(ctx, ids)
	if err != nil {
		return AccountPage{}, err
	}
	p := AccountPage{Rows: make([]AccountView, len(list)), Total: total}
	for i, a := range list {
		p.Rows[i] = AccountView{Account: a, Scores: domain.Score(a, set.Scoring),
			Flags: domain.ContactRedFlags(people[a.ID], now, set.StaleDays), Group: links[a.ID], Health: health[a.ID]}
	}
	return p, nil
}
