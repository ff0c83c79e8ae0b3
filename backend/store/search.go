package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"kams/backend/domain"
)

// The kinds of record the global search finds; a search row id is
// kind<<40 | record id. Interactions, by far the most numerous, take the
// lowest range: a newest-first (rowid DESC) scan for another kind then
// never has to walk through the interactions' part of a doclist, which
// FTS5 does entry by entry on a contentless_delete table.
const (
	kindInteraction int64 = 1
	kindContact     int64 = 2
	kindAccount     int64 = 3
	kindService     int64 = 4
	// kindActivity is a marketing activity (marketing.go); the numbers
	// between are left for other kinds.
	kindActivity int64 = 9
	kindShift          = 40
)

// nameLines is how many leading lines of a record's text are its names:
// their characters are indexed one by one too, for one-character queries.
var nameLines = map[int64]int{kindAccount: 3, kindContact: 1, kindActivity: 1}

// SearchLimit is how many hits of each kind a search returns.
const SearchLimit = 20

func searchRowID(kind, id int64) int64 { return kind<<kindShift | id }

// recordID is the record's own id in a search rowid.
func recordID(rid int64) int64 { return rid & (1<<kindShift - 1) }

// index puts a record's text in both search indexes, replacing what was
// there: call it in the transaction that writes the record.
func index(ctx context.Context, tx *sql.Tx, kind, id int64, text string) error {
	if err := unindex(ctx, tx, kind, id); err != nil {
		return err
	}
	rid := searchRowID(kind, id)
	text = indexedText(text)
	if text == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO search_tri (rowid, body) VALUES (?, ?)", rid, text); err != nil {
		return fmt.Errorf("store: index %d/%d: %w", kind, id, err)
	}
	bi := bigrams(text)
	if n := nameLines[kind]; n > 0 {
		names := strings.SplitN(text, "\n", n+1)
		if len(names) > n {
			names = names[:n]
		}
		if u := unigrams(names); u != "" {
			bi = strings.TrimSpace(bi + " " + u)
		}
	}
	if bi != "" {
		if _, err := tx.ExecContext(ctx, "INSERT INTO search_bi (rowid, body) VALUES (?, ?)", rid, bi); err != nil {
			return fmt.Errorf("store: index %d/%d: %w", kind, id, err)
		}
	}
	return nil
}

// unindex removes a record from the search.
func unindex(ctx context.Context, tx *sql.Tx, kind, id int64) error {
	rid := searchRowID(kind, id)
	for _, t := range searchTables {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE rowid = ?", rid); err != nil {
			return fmt.Errorf("store: unindex %d/%d: %w", kind, id, err)
		}
	}
	return nil
}

// bigrams lists the distinct pairs of adjacent letters or digits, as words
// the unicode61 tokenizer keeps whole: "华为技术" → "华为 为技 技术".
func bigrams(text string) string {
	// Pairs are kept as runes and written straight into one builder: the
	// strings and slice of the obvious way were a tenth of a big book's
	// write time.
	seen := make(map[[2]rune]struct{}, len(text)/2)
	var b strings.Builder
	b.Grow(2 * len(text))
	var prev rune = -1
	for _, r := range text {
		if !isWordRune(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			g := [2]rune{prev, r}
			if _, ok := seen[g]; !ok {
				seen[g] = struct{}{}
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteRune(prev)
				b.WriteRune(r)
			}
		}
		prev = r
	}
	return b.String()
}

// unigrams lists the distinct letters and digits of the names, as
// one-character words: a one-character query matches them and no bigram.
func unigrams(names []string) string {
	seen := map[rune]bool{}
	var out []string
	for _, name := range names {
		for _, r := range name {
			if isWordRune(r) && !seen[r] {
				seen[r] = true
				out = append(out, string(r))
			}
		}
	}
	return strings.Join(out, " ")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

func accountText(a domain.Account) string {
	return strings.Join([]string{a.Name, a.ShortName, a.EnglishName, a.Industry, a.Region}, "\n")
}

func contactText(c domain.Contact) string {
	return strings.Join([]string{c.Name, c.Title, c.Department, c.Email, c.WeChat, c.Mobile, c.Phone, c.Interests}, "\n")
}

func interactionText(i domain.Interaction) string {
	return strings.Join([]string{i.Summary, i.Outcome, i.NextStep}, "\n")
}

// SearchHit is one record found, ready to show.
type SearchHit struct {
	Kind      string `json:"kind"` // account, contact, interaction
	ID        int64  `json:"id"`
	AccountID int64  `json:"accountId"`
	Title     string `json:"title"`
	Detail    string `json:"detail"`
}

// SearchResults are the hits grouped by kind, newest first in each.
type SearchResults struct {
	Accounts     []SearchHit `json:"accounts"`
	Contacts     []SearchHit `json:"contacts"`
	Interactions []SearchHit `json:"interactions"`
	Activities   []SearchHit `json:"activities"`
	Services     []SearchHit `json:"services"`
}

// Search finds accounts, contacts and interactions whose text contains q,
// ignoring case. Three or more characters use the trigram index, two the
// bigram index, one the names' characters in the bigram index (or, for a
// punctuation mark, a scan of the names).
func (s *Store) Search(ctx context.Context, q string) (SearchResults, error) {
	res := SearchResults{Accounts: []SearchHit{}, Contacts: []SearchHit{}, Interactions: []SearchHit{}, Activities: []SearchHit{},
		Services: []SearchHit{}}
	// A NUL or another control character would end the FTS5 query's
	// string early ("unterminated string"); none is ever stored (see
	// domain.CleanText), so dropping them loses no match.
	q = strings.ToLower(domain.CleanLine(strings.Map(controlToSpace, q)))
	n := utf8.RuneCountInString(q)
	var ids map[int64][]int64
	var err error
	switch {
	case n == 0:
		return res, nil
	case coverable(q):
		ids, err = s.coverIDs(ctx, q, kindAccount, kindContact, kindInteraction, kindActivity, kindService)
	case n >= 3:
		ids, err = s.matchIDs(ctx, "search_tri", quoteFTS(q), kindAccount, kindContact, kindInteraction, kindActivity, kindService)
	case n == 2 && isWordRune([]rune(q)[0]) && isWordRune([]rune(q)[1]):
		ids, err = s.matchIDs(ctx, "search_bi", quoteFTS(q), kindAccount, kindContact, kindInteraction, kindActivity, kindService)
	case n == 1 && isWordRune([]rune(q)[0]):
		ids, err = s.matchIDs(ctx, "search_bi", quoteFTS(q), kindAccount, kindContact, kindActivity)
	default:
		ids, err = s.nameIDs(ctx, q)
	}
	if err != nil {
		return res, err
	}
	if res.Accounts, err = s.accountHits(ctx, ids[kindAccount]); err != nil {
		return res, err
	}
	if res.Contacts, err = s.contactHits(ctx, ids[kindContact]); err != nil {
		return res, err
	}
	if res.Interactions, err = s.interactionHits(ctx, ids[kindInteraction]); err != nil {
		return res, err
	}
	if res.Activities, err = s.activityHits(ctx, ids[kindActivity]); err != nil {
		return res, err
	}
	res.Services, err = s.serviceHits(ctx, ids[kindService])
	return res, err
}

// controlToSpace makes a tab or newline a space and drops the other
// control characters.
func controlToSpace(r rune) rune {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return ' '
	case unicode.IsControl(r):
		return -1
	}
	return r
}

func quoteFTS(q string) string { return `"` + strings.ReplaceAll(q, `"`, `""`) + `"` }

// matchIDs takes the newest hits of each kind as a rowid range: ranking or
// filtering by a column would read every match of a frequent term.
func (s *Store) matchIDs(ctx context.Context, table, match string, kinds ...int64) (map[int64][]int64, error) {
	out := map[int64][]int64{}
	for _, kind := range kinds {
		got, err := matchRange(ctx, s.r, table, match, searchRowID(kind, 0), searchRowID(kind+1, 0)-1, SearchLimit)
		if err != nil {
			return nil, fmt.Errorf("store: search: %w", err)
		}
		out[kind] = got
	}
	return out, nil
}

// matchRange lists the records of the newest (up to limit) rows of table
// matching match with rowids between lo and hi, newest first.
func matchRange(ctx context.Context, db querier, table, match string, lo, hi int64, limit int) ([]int64, error) {
	ids, err := queryIDs(ctx, db, "SELECT rowid FROM "+table+" WHERE "+table+" MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
		match, lo, hi, limit)
	for i, rid := range ids {
		ids[i] = recordID(rid)
	}
	return ids, err
}

// nameIDs answers one-character (or punctuated) queries from the names only.
func (s *Store) nameIDs(ctx context.Context, q string) (map[int64][]int64, error) {
	like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(q) + "%"
	out := map[int64][]int64{}
	queries := map[int64]string{
		kindAccount:  `SELECT id FROM accounts WHERE deleted_at IS NULL AND (name LIKE ?1 ESCAPE '\' OR short_name LIKE ?1 ESCAPE '\' OR english_name LIKE ?1 ESCAPE '\') ORDER BY id DESC LIMIT ?2`,
		kindContact:  `SELECT id FROM contacts WHERE deleted_at IS NULL AND name LIKE ?1 ESCAPE '\' ORDER BY id DESC LIMIT ?2`,
		kindActivity: `SELECT id FROM activities WHERE deleted_at IS NULL AND title LIKE ?1 ESCAPE '\' ORDER BY id DESC LIMIT ?2`,
	}
	for kind, query := range queries {
		got, err := queryIDs(ctx, s.r, query, like, SearchLimit)
		if err != nil {
			return nil, fmt.Errorf("store: search names: %w", err)
		}
		out[kind] = got
	}
	return out, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// readQuerier is a pool or a transaction that reads both rows and a row.
type readQuerier interface {
	querier
	rowQuerier
}

func queryIDs(ctx context.Context, db querier, query string, args ...any) ([]int64, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// hits loads display rows for ids (in the order of ids), skipping records
// in the trash or under an account in the trash.
func (s *Store) hits(ctx context.Context, kind string, ids []int64, query string) ([]SearchHit, error) {
	out := []SearchHit{}
	if len(ids) == 0 {
		return out, nil
	}
	query = strings.Replace(query, "(?)", "("+placeholders(len(ids))+")", 1)
	rows, err := s.r.QueryContext(ctx, query, idArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("store: search %s: %w", kind, err)
	}
	defer rows.Close()
	byID := map[int64]SearchHit{}
	for rows.Next() {
		h := SearchHit{Kind: kind}
		if err := rows.Scan(&h.ID, &h.AccountID, &h.Title, &h.Detail); err != nil {
			return nil, fmt.Errorf("store: search %s: %w", kind, err)
		}
		byID[h.ID] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %s: %w", kind, err)
	}
	for _, id := range ids {
		if h, ok := byID[id]; ok {
			out = append(out, h)
		}
	}
	return out, nil
}

func (s *Store) accountHits(ctx context.Context, ids []int64) ([]SearchHit, error) {
	return s.hits(ctx, "account", ids, `SELECT id, id, name, trim(short_name || ' · ' || industry || ' · ' || region, ' ·')
		FROM accounts WHERE id IN (?) AND deleted_at IS NULL`)
}

func (s *Store) contactHits(ctx context.Context, ids []int64) ([]SearchHit, error) {
	return s.hits(ctx, "contact", ids, `SELECT c.id, c.account_id, c.name, trim(c.title || ' · ' || a.name, ' ·')
		FROM contacts c JOIN accounts a ON a.id = c.account_id
		WHERE c.id IN (?) AND c.deleted_at IS NULL AND a.deleted_at IS NULL`)
}

func (s *Store) interactionHits(ctx context.Context, ids []int64) ([]SearchHit, error) {
	return s.hits(ctx, "interaction", ids, `SELECT i.id, i.account_id, substr(i.summary, 1, 80), i.date || ' · ' || a.name
		FROM interactions i JOIN accounts a ON a.id = i.account_id
		WHERE i.id IN (?) AND i.deleted_at IS NULL AND a.deleted_at IS NULL`)
}

// activityHits show an activity with its first day and place; AccountID
// is 0 (an activity has several accounts).
func (s *Store) activityHits(ctx context.Context, ids []int64) ([]SearchHit, error) {
	return s.hits(ctx, "activity", ids, `SELECT id, 0, title, trim(start_date || ' · ' || place, ' ·')
		FROM activities WHERE id IN (?) AND deleted_at IS NULL`)
}

// searchDoc is one record's text for the search index.
type searchDoc struct {
	kind, id int64
	text     string
}

// searchDocs reads the search text of the live accounts, people and
// interactions under live accounts; with account non-zero, only that
// account's people and interactions (whatever its own state).
func searchDocs(ctx context.Context, tx *sql.Tx, account int64) ([]searchDoc, error) {
	var docs []searchDoc
	load := func(kind int64, where string, args ...any) error {
		src := searchSources[kind]
		rows, err := tx.QueryContext(ctx, fmt.Sprintf(src.query, where), args...)
		if err != nil {
			return fmt.Errorf("store: read search text: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			id, text, err := src.scan(rows)
			if err != nil {
				return fmt.Errorf("store: read search text: %w", err)
			}
			docs = append(docs, searchDoc{kind, id, text})
		}
		return rows.Err()
	}
	// Every live account and its live children; else one account's.
	under, args := "x.deleted_at IS NULL AND x.account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)", []any(nil)
	if account != 0 {
		under, args = "x.deleted_at IS NULL AND x.account_id = ?", []any{account}
	}
	var err error
	if account == 0 {
		err = load(kindAccount, "x.deleted_at IS NULL")
	}
	if err == nil {
		err = load(kindContact, under, args...)
	}
	if err == nil {
		err = load(kindInteraction, under, args...)
	}
	if err == nil {
		// Migration 2 indexes what existed before service requests did.
		var has int
		if err = tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name = 'service_requests'").Scan(&has); err == nil && has > 0 {
			err = load(kindService, under, args...)
		}
	}
	return docs, err
}

// reindexAll rebuilds the search index from the live records: the
// migration that creates the index fills it from what is there.
func reindexAll(ctx context.Context, tx *sql.Tx) error {
	for _, t := range searchTables {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
			return fmt.Errorf("store: reindex: %w", err)
		}
	}
	docs, err := searchDocs(ctx, tx, 0)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := index(ctx, tx, d.kind, d.id, d.text); err != nil {
			return err
		}
	}
	return nil
}

// indexChildren puts (or, with on false, takes) an account's live people
// and interactions in (out of) the search: an account in the trash takes
// them with it, so they cannot crowd live hits out of the newest twenty.
func indexChildren(ctx context.Context, tx *sql.Tx, account int64, on bool) error {
	docs, err := searchDocs(ctx, tx, account)
	if err != nil {
		return err
	}
	for _, d := range docs {
		var err error
		if on {
			err = index(ctx, tx, d.kind, d.id, d.text)
		} else {
			err = unindex(ctx, tx, d.kind, d.id)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
