package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"kams/backend/domain"
)

// MaxPage is the most rows one page of a list returns.
const MaxPage = 100

// AccountQuery is one page of the accounts list: the filters, the order
// and the window. Empty filters match everything.
type AccountQuery struct {
	Text        string   `json:"text"`      // part of the name, short name or English name
	Quadrants   []string `json:"quadrants"` // the tier: strategic, develop, maintain, opportunistic, unclassified
	Statuses    []string `json:"statuses"`
	Managers    []string `json:"managers"` // the lead's name
	Industries  []string `json:"industries"`
	Regions     []string `json:"regions"`
	KeyOnly     bool     `json:"keyOnly"`
	FlaggedOnly bool     `json:"flaggedOnly"`
	AtRiskOnly  bool     `json:"atRiskOnly"` // the health alert (health.go)
	// Group picks the accounts of the group headed by that account (0:
	// any); InGroups those in some group.
	Group    int64 `json:"group"`
	InGroups bool  `json:"inGroups"`
	// Sort is name, identification, attractiveness, relationship, potential,
	// ourSales, updated, flags, health or group (by group, its head first, then the
	// subsidiaries by name; an account in no group by its own name); "" is
	// the most recently changed first.
	Sort   string `json:"sort"`
	Desc   bool   `json:"desc"`
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"` // 1..MaxPage; 0 is MaxPage
}

// ClampPage keeps a page window within 0..MaxPage rows.
func ClampPage(offset, limit int) (int, int) {
	if offset < 0 {
		offset = 0
	}
	if limit <= 0 || limit > MaxPage {
		limit = MaxPage
	}
	return offset, limit
}

// listColumns are accountColumns without the long texts the list never
// shows: a page stays small whatever the user wrote in a profile.
var listColumns = strings.NewReplacer("a.address,", "'',", "a.business_strategy,", "'',",
	"a.supply_chain_strategy,", "'',", "a.procurement_plans,", "'',", "a.competitors,", "'',",
	"a.notes,", "'',").Replace(accountColumns)

// flaggedSQL says whether a live account raises a red flag for a cutoff
// day (today − the stale days): the same rules as domain.ContactRedFlags,
// from the stored facts.
const flaggedSQL = `(a.coaches = 0 OR a.economic_buyers = 0 OR a.opponents > 0 OR a.key_never_met > 0
	OR (a.key_oldest_contact <> '' AND a.key_oldest_contact < :cutoff))`

// flagCountSQL is how many flags domain.ContactRedFlags raises; only an
// account with a stale key person counts them, in the key-people index.
const flagCountSQL = `((a.coaches = 0) + (a.economic_buyers = 0) + a.opponents + a.key_never_met +
	CASE WHEN a.key_oldest_contact <> '' AND a.key_oldest_contact < :cutoff THEN
		(SELECT count(*) FROM contacts k INDEXED BY contacts_key_last WHERE k.account_id = a.id AND k.deleted_at IS NULL
			AND (k.role = 'economic' OR k.influence = 'high') AND k.last_contact <> '' AND k.last_contact < :cutoff)
	ELSE 0 END)`

// AccountPage reads one page of the live accounts, filtered and sorted by
// the backend (the stored scores, flags against cutoff), and how many
// match. The filters, the order and the count read the narrow indexes of
// migration 13; then the page's rows are read by id.
func (s *Store) AccountPage(ctx context.Context, q AccountQuery, cutoff string) ([]domain.Account, int, error) {
	return s.accountPage(ctx, q, cutoff, listColumns, MaxPage)
}

// MaxExportPage is the most rows one page of an exported list reads.
const MaxExportPage = 1000

// FullAccountPage is AccountPage with every column (the long texts too)
// and pages of up to MaxExportPage rows: the exported list's read.
func (s *Store) FullAccountPage(ctx context.Context, q AccountQuery, cutoff string) ([]domain.Account, int, error) {
	return s.accountPage(ctx, q, cutoff, accountColumns, MaxExportPage)
}

func (s *Store) accountPage(ctx context.Context, q AccountQuery, cutoff, columns string, maxPage int) ([]domain.Account, int, error) {
	where := []string{"a.deleted_at IS NULL"}
	args := []any{sql.Named("cutoff", cutoff)}
	in := func(expr string, values []string) string {
		marks := make([]string, len(values))
		for i, v := range values {
			marks[i] = fmt.Sprintf(":in%d", len(args))
			args = append(args, sql.Named(marks[i][1:], v))
		}
		return expr + " IN (" + strings.Join(marks, ", ") + ")"
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		args = append(args, sql.Named("text", likePattern(t)))
		where = append(where, `(a.name LIKE :text ESCAPE '\' OR a.short_name LIKE :text ESCAPE '\' OR a.english_name LIKE :text ESCAPE '\')`)
	}
	if len(q.Statuses) > 0 {
		where = append(where, in("a.status", q.Statuses))
	}
	if len(q.Managers) > 0 {
		where = append(where, "COALESCE((SELECT m.name FROM members m WHERE m.id = a.manager_id), '') "+in("", q.Managers)[1:])
	}
	if len(q.Industries) > 0 {
		where = append(where, in("a.industry", q.Industries))
	}
	if len(q.Regions) > 0 {
		where = append(where, in("a.region", q.Regions))
	}
	if q.FlaggedOnly {
		where = append(where, flaggedSQL)
	}
	if len(q.Quadrants) > 0 {
		where = append(where, in("a.tier", q.Quadrants))
	}
	if q.KeyOnly {
		where = append(where, "a.score_key = 1")
	}
	if q.AtRiskOnly {
		where = append(where, "a.health_risk = 1")
	}
	if q.Group > 0 {
		args = append(args, sql.Named("group", q.Group))
		where = append(where, "a.group_id = :group")
	}
	if q.InGroups {
		where = append(where, "a.group_id IS NOT NULL")
	}
	order := map[string]string{"name": "a.name_key", "ourSales": "a.our_sales", "updated": "a.updated_at",
		"flags": flagCountSQL, "identification": "a.score_identification", "attractiveness": "a.score_attractiveness",
		"potential": "a.score_potential", "relationship": "a.score_relationship", "health": "a.health"}[q.Sort]
	dir := " ASC"
	if q.Desc {
		dir = " DESC"
	}
	if order == "" {
		order, dir = "a.updated_at", " DESC"
	}
	if q.Sort == "group" {
		order, dir = groupOrder(dir), ""
	}
	offset, limit := max(q.Offset, 0), q.Limit
	if limit <= 0 || limit > maxPage {
		limit = maxPage
	}
	cond := strings.Join(where, " AND ")
	// Which index answers: the key accounts (Home) are a range of
	// accounts_key, in the order of their identification; with no filter
	// the default and name orders walk their own index to the page; any
	// other filter or order reads the narrow accounts_book whole (a few
	// thousand short entries) rather than the wide rows.
	from := "accounts a INDEXED BY accounts_book"
	switch {
	case q.KeyOnly && order == "a.score_identification" && strings.TrimSpace(q.Text) == "" &&
		len(q.Statuses)+len(q.Managers)+len(q.Quadrants)+len(q.Industries)+len(q.Regions) == 0:
		from = "accounts a INDEXED BY accounts_key"
	case len(where) == 1 && (order == "a.updated_at" || order == "a.name_key" || order == "a.health"):
		from = "accounts a"
	case groupOnly(q, len(where)):
		// The group, the group filters and the order by group are in the
		// group index (migration 17) whole: the wide rows are not read.
		from = "accounts a INDEXED BY accounts_group"
	case q.Group > 0 || q.InGroups || q.Sort == "group":
		from = "accounts a"
	case q.AtRiskOnly && len(where) == 2:
		from = "accounts a INDEXED BY accounts_at_risk"
	}
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM "+from+" WHERE "+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count accounts: %w", err)
	}
	ids, err := queryIDs(ctx, s.r, "SELECT a.id FROM "+from+" WHERE "+cond+" ORDER BY "+order+dir+", a.id"+dir+
		fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset), args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: list accounts: %w", err)
	}
	list, err := s.accountsByID(ctx, columns, anyIDs(ids))
	return list, total, err
}

// groupOnly is whether the query filters and orders by nothing but the
// groups (conds counts its conditions, the live one first).
func groupOnly(q AccountQuery, conds int) bool {
	groupConds := 1
	if q.Group > 0 {
		groupConds++
	}
	if q.InGroups {
		groupConds++
	}
	return conds == groupConds && (q.Sort == "group" || q.Sort == "name") && (q.Group > 0 || q.InGroups || q.Sort == "group")
}

// groupOrder sorts accounts by their group's head's name (their own when
// in no group), then the head before its subsidiaries, then by name; dir
// applies to the groups' order, the rest is always ascending (the
// caller's direction is then "").
func groupOrder(dir string) string {
	return "COALESCE((SELECT h.name_key FROM accounts h WHERE h.id = a.group_id), a.name_key)" + dir +
		", COALESCE(a.group_id, a.id)" + dir + ", a.id <> COALESCE(a.group_id, a.id), a.name_key"
}

func anyIDs(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// accountsByID reads the list columns of the given accounts, in that order.
func (s *Store) accountsByID(ctx context.Context, columns string, ids []any) ([]domain.Account, error) {
	out := make([]domain.Account, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+columns+accountFrom+" WHERE a.id IN ("+placeholders(len(ids))+")", ids...)
	if err != nil {
		return nil, fmt.Errorf("store: list accounts: %w", err)
	}
	defer rows.Close()
	byID := map[int64]domain.Account{}
	for rows.Next() {
		a, err := scanAccount(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list accounts: %w", err)
		}
		byID[a.ID] = a
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list accounts: %w", err)
	}
	for _, id := range ids {
		out = append(out, byID[id.(int64)])
	}
	return out, nil
}

// likePattern is "contains text" for LIKE … ESCAPE '\'.
func likePattern(text string) string {
	return "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(text) + "%"
}

// TrashedAccountPage reads one page of the accounts in the trash, most
// recently trashed first, and how many there are.
func (s *Store) TrashedAccountPage(ctx context.Context, offset, limit int) ([]domain.Account, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM accounts WHERE deleted_at IS NOT NULL").Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count trashed accounts: %w", err)
	}
	offset, limit = ClampPage(offset, limit)
	rows, err := s.r.QueryContext(ctx, "SELECT "+listColumns+accountFrom+
		" WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id DESC LIMIT ? OFFSET ?", limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: list trashed accounts: %w", err)
	}
	defer rows.Close()
	out := []domain.Account{}
	for rows.Next() {
		a, err := scanAccount(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("store: list trashed accounts: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: list trashed accounts: %w", err)
	}
	return out, total, nil
}

// AccountOption is an account for a picker: its id and name.
type AccountOption struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// MaxOptions is how many accounts a picker offers at once.
const MaxOptions = 50

// AccountOptions lists up to MaxOptions live accounts whose name, short or
// English name contains text, by name (pinyin).
func (s *Store) AccountOptions(ctx context.Context, text string) ([]AccountOption, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, name FROM accounts WHERE deleted_at IS NULL
		AND (name LIKE ?1 ESCAPE '\' OR short_name LIKE ?1 ESCAPE '\' OR english_name LIKE ?1 ESCAPE '\')
		ORDER BY name_key, id LIMIT ?2`, likePattern(strings.TrimSpace(text)), MaxOptions)
	if err != nil {
		return nil, fmt.Errorf("store: account options: %w", err)
	}
	defer rows.Close()
	out := []AccountOption{}
	for rows.Next() {
		var o AccountOption
		if err := rows.Scan(&o.ID, &o.Name); err != nil {
			return nil, fmt.Errorf("store: account options: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: account options: %w", err)
	}
	return out, nil
}

// KeyContacts lists the live people of the given accounts that can raise a
// red flag (coaches, economic buyers, anyone of high influence), by
// account: domain.ContactRedFlags over them equals it over all the
// account's people, and the page's flags read a few rows per account.
func (s *Store) KeyContacts(ctx context.Context, accountIDs []int64) (map[int64][]domain.Contact, error) {
	out := map[int64][]domain.Contact{}
	if len(accountIDs) == 0 {
		return out, nil
	}
	ids := make([]any, len(accountIDs))
	for i, id := range accountIDs {
		ids[i] = id
	}
	// Only what the rule reads: a page's flags stay a few small rows.
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, c.account_id, c.name, c.role, c.attitude, c.influence, c.last_contact
		FROM contacts c INDEXED BY contacts_account WHERE c.account_id IN (`+placeholders(len(ids))+`) AND c.deleted_at IS NULL
		AND (c.role IN ('economic', 'coach') OR c.influence = 'high') ORDER BY c.account_id, c.id`, ids...)
	if err != nil {
		return nil, fmt.Errorf("store: key contacts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c domain.Contact
		if err := rows.Scan(&c.ID, &c.AccountID, &c.Name, &c.Role, &c.Attitude, &c.Influence, &c.LastContact); err != nil {
			return nil, fmt.Errorf("store: key contacts: %w", err)
		}
		out[c.AccountID] = append(out[c.AccountID], c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: key contacts: %w", err)
	}
	return out, nil
}

// Facet is one value of a list filter and how many live accounts have it.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// AccountFacets are the industries and regions the live accounts name,
// the most common first, for the list's filters.
type AccountFacets struct {
	Industries []Facet `json:"industries"`
	Regions    []Facet `json:"regions"`
}

// MaxFacets bounds the values a filter offers: a book names far fewer.
const MaxFacets = 200

// Facets reads the list filters' values from the narrow accounts_book.
func (s *Store) Facets(ctx context.Context) (AccountFacets, error) {
	out := AccountFacets{Industries: []Facet{}, Regions: []Facet{}}
	for _, f := range []struct {
		col  string
		dest *[]Facet
	}{{"industry", &out.Industries}, {"region", &out.Regions}} {
		rows, err := s.r.QueryContext(ctx, `SELECT `+f.col+`, count(*) FROM accounts INDEXED BY accounts_book
			WHERE deleted_at IS NULL AND `+f.col+` <> '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`, MaxFacets)
		if err != nil {
			return out, fmt.Errorf("store: account %s values: %w", f.col, err)
		}
		for rows.Next() {
			var v Facet
			if err := rows.Scan(&v.Value, &v.Count); err != nil {
				rows.Close()
				return out, fmt.Errorf("store: account %s values: %w", f.col, err)
			}
			*f.dest = append(*f.dest, v)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return out, fmt.Errorf("store: account %s values: %w", f.col, err)
		}
	}
	return out, nil
}
