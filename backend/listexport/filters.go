package listexport

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"kams/backend/domain"
	"kams/backend/store"
)

// checkChoices refuses a filter value that is not one of its field's
// choices: the field (a flag's name) and the value are in the error.
func checkChoices(values, choices map[string][]string) error {
	var v domain.Validation
	fields := make([]string, 0, len(values))
	for f := range values {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		for _, x := range values[f] {
			if !slices.Contains(choices[f], x) {
				v.Add(f, "error.choice", map[string]any{"value": x})
				break
			}
		}
	}
	return v.Err()
}

// checkDates refuses a from or to that is not a day (YYYY-MM-DD).
func checkDates(dates map[string]string) error {
	var v domain.Validation
	for _, f := range []string{"from", "to"} {
		if d := dates[f]; d != "" {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				v.Add(f, "error.date", map[string]any{"value": d})
			}
		}
	}
	return v.Err()
}

// AccountScope is the part of a filter that picks accounts: one account
// (the account page's tabs; on the command line --account ID|NAME), or
// the accounts of a key-account manager, of tiers, or the key accounts.
type AccountScope struct {
	AccountID int64    `json:"accountId"`
	Account   string   `json:"-" cli:"account" usage:"one account: its id or its name"`
	Manager   string   `json:"manager" cli:"manager" usage:"the accounts of this key-account manager"`
	Tiers     []string `json:"tiers" cli:"tier" usage:"the accounts of these tiers: strategic, develop, maintain, opportunistic, unclassified"`
	KeyOnly   bool     `json:"keyOnly" cli:"key-only" usage:"key accounts only"`
}

// check resolves --account to its id and refuses an account that is not
// live or a tier that does not exist.
func (s *AccountScope) check(ctx context.Context, src Source) error {
	if ref := strings.TrimSpace(s.Account); ref != "" {
		a, err := src.Reports.FindAccount(ctx, ref)
		if err != nil {
			return err
		}
		s.AccountID = a.ID
	}
	if s.AccountID != 0 {
		a, err := src.Store.Account(ctx, s.AccountID)
		if err != nil {
			return err
		}
		if a.DeletedAt != "" {
			return domain.NotFound("account", s.AccountID)
		}
	}
	return checkChoices(map[string][]string{"tier": s.Tiers}, map[string][]string{"tier": quadrantIDs()})
}

// batches calls fn with the accounts the scope picks, in name order, a
// page (store.MaxPage) at a time: the lists read each page's people or
// deals in one query.
func (s AccountScope) batches(ctx context.Context, src Source, fn func(accounts []domain.Account) error) error {
	if s.AccountID != 0 {
		a, err := src.Store.Account(ctx, s.AccountID)
		if err != nil {
			return err
		}
		return fn([]domain.Account{a})
	}
	q := store.AccountQuery{Quadrants: s.Tiers, KeyOnly: s.KeyOnly, Sort: "name", Limit: store.MaxPage}
	if s.Manager != "" {
		q.Managers = []string{s.Manager}
	}
	for {
		// The list's own read (the flags' cutoff plays no part here).
		page, total, err := src.Store.AccountPage(ctx, q, "")
		if err != nil {
			return err
		}
		if len(page) > 0 {
			if err := fn(page); err != nil {
				return err
			}
		}
		q.Offset += len(page)
		if len(page) == 0 || q.Offset >= total {
			return ctx.Err()
		}
	}
}

// ids are the accounts' ids.
func ids(accounts []domain.Account) []int64 {
	out := make([]int64, len(accounts))
	for i, a := range accounts {
		out[i] = a.ID
	}
	return out
}

// contains is "text is a part of one of names", case-insensitively.
func contains(text string, names ...string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	if t == "" {
		return true
	}
	for _, n := range names {
		if strings.Contains(strings.ToLower(n), t) {
			return true
		}
	}
	return false
}

func quadrantIDs() []string {
	return []string{string(domain.QuadrantStrategic), string(domain.QuadrantDevelop), string(domain.QuadrantMaintain),
		string(domain.QuadrantOpportunistic), string(domain.QuadrantUnclassified)}
}

func statusIDs() []string {
	out := []string{}
	for _, s := range domain.AccountStatuses {
		out = append(out, string(s))
	}
	return out
}
