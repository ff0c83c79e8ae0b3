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

// A long query as one FTS5 phrase makes the trigram index open and
// intersect every overlapping trigram of it in every segment: n-2 doclists,
// which for strings made of common pieces (user123@corp, corp1999.com)
// cost several milliseconds per kind. Instead the index is asked only for
// the trigrams that cover the query side by side — a third as many, and
// with no positions to compare — and each candidate's text, read from its
// record, is checked for the whole query. The candidates come newest
// first, so the newest SearchLimit that pass are exactly the newest
// SearchLimit matches.

// coverMinRunes is the shortest query answered by covering trigrams:
// below it the cover saves at most one doclist.
const coverMinRunes = 6

// coverMaxMisses bounds the candidates read and rejected for one kind;
// past it the rest of that kind is asked of the index as a whole phrase,
// which costs no more than it did before the cover existed.
const coverMaxMisses = 2 * SearchLimit

// coverable tells whether q (lower-cased) may be answered by covering
// trigrams and a substring check: it must be long enough, and each of its
// characters one that only itself matches — ASCII (the index and the
// check both see text lower-cased by Go) or a character without case, as
// Chinese ones are. Other letters keep the phrase query, so the index's
// own case folding decides, as before.
func coverable(q string) bool {
	if utf8.RuneCountInString(q) < coverMinRunes {
		return false
	}
	for _, r := range q {
		if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
			return false
		}
	}
	return true
}

// coverTrigrams are q's trigrams at every third character, and the last
// one: together they contain every character of q.
func coverTrigrams(q string) []string {
	r := []rune(q)
	var out []string
	for i := 0; i+3 <= len(r); i += 3 {
		out = append(out, string(r[i:i+3]))
	}
	if (len(r)-3)%3 != 0 {
		out = append(out, string(r[len(r)-3:]))
	}
	return out
}

// coverMatch is the FTS5 query for rows holding all of q's cover trigrams.
func coverMatch(q string) string {
	terms := coverTrigrams(q)
	for i, t := range terms {
		terms[i] = quoteFTS(t)
	}
	return strings.Join(terms, " AND ")
}

// searchSources reads the text a record of each kind was indexed with;
// %s is the condition on the record (x).
var searchSources = map[int64]struct {
	query string
	scan  func(*sql.Rows) (int64, string, error)
}{
	kindAccount: {"SELECT x.id, x.name, x.short_name, x.english_name, x.industry, x.region FROM accounts x WHERE %s",
		func(r *sql.Rows) (int64, string, error) {
			var a domain.Account
			err := r.Scan(&a.ID, &a.Name, &a.ShortName, &a.EnglishName, &a.Industry, &a.Region)
			return a.ID, accountText(a), err
		}},
	kindService: {"SELECT x.id, x.title, x.description, x.resolution FROM service_requests x WHERE %s",
		func(r *sql.Rows) (int64, string, error) {
			var v domain.ServiceRequest
			err := r.Scan(&v.ID, &v.Title, &v.Description, &v.Resolution)
			return v.ID, serviceText(v), err
		}},
	kindContact: {"SELECT x.id, x.name, x.title, x.department, x.email, x.wechat, x.mobile, x.phone, x.interests FROM contacts x WHERE %s",
		func(r *sql.Rows) (int64, string, error) {
			var c domain.Contact
			err := r.Scan(&c.ID, &c.Name, &c.Title, &c.Department, &c.Email, &c.WeChat, &c.Mobile, &c.Phone, &c.Interests)
			return c.ID, contactText(c), err
		}},
	kindInteraction: {"SELECT x.id, x.summary, x.outcome, x.next_step FROM interactions x WHERE %s",
		func(r *sql.Rows) (int64, string, error) {
			var i domain.Interaction
			err := r.Scan(&i.ID, &i.Summary, &i.Outcome, &i.NextStep)
			return i.ID, interactionText(i), err
		}},
	kindActivity: {"SELECT x.id, x.title, x.place, x.notes FROM activities x WHERE %s",
		func(r *sql.Rows) (int64, string, error) {
			var a domain.Activity
			err := r.Scan(&a.ID, &a.Title, &a.Place, &a.Notes)
			return a.ID, activityText(a), err
		}},
}

// indexedText is a record's text as index() stores it.
func indexedText(text string) string { return strings.ToLower(strings.TrimSpace(text)) }

// coverIDs finds the newest SearchLimit records of each kind containing q,
// as matchIDs does with the whole phrase. One read transaction holds the
// index and the records still while they are compared.
func (s *Store) coverIDs(ctx context.Context, q string, kinds ...int64) (map[int64][]int64, error) {
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read only
	out := map[int64][]int64{}
	for _, kind := range kinds {
		got, err := coverKind(ctx, tx, q, kind)
		if err != nil {
			return nil, fmt.Errorf("store: search: %w", err)
		}
		out[kind] = got
	}
	return out, nil
}

func coverKind(ctx context.Context, tx *sql.Tx, q string, kind int64) ([]int64, error) {
	lo, hi := searchRowID(kind, 0), searchRowID(kind+1, 0)-1
	rows, err := tx.QueryContext(ctx, "SELECT rowid FROM search_tri WHERE search_tri MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC",
		coverMatch(q), lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found, batch []int64
	misses := 0
	// check keeps the batch's candidates whose text holds q, in order.
	check := func() error {
		texts, err := sourceTexts(ctx, tx, kind, batch)
		if err != nil {
			return err
		}
		for _, id := range batch {
			if len(found) < SearchLimit && strings.Contains(indexedText(texts[id]), q) {
				found = append(found, id)
			} else {
				misses++
			}
		}
		return nil
	}
	for rows.Next() {
		var rid int64
		if err := rows.Scan(&rid); err != nil {
			return nil, err
		}
		batch = append(batch, recordID(rid))
		if len(batch) < SearchLimit-len(found) {
			continue
		}
		if err := check(); err != nil {
			return nil, err
		}
		if len(found) == SearchLimit {
			return found, nil
		}
		if misses > coverMaxMisses {
			// Many rows hold the pieces but not the string: let the
			// phrase query walk the rest, below the last row checked.
			next := searchRowID(kind, batch[len(batch)-1]) - 1
			if err := rows.Close(); err != nil {
				return nil, err
			}
			rest, err := matchRange(ctx, tx, "search_tri", quoteFTS(q), lo, next, SearchLimit-len(found))
			return append(found, rest...), err
		}
		batch = batch[:0]
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(batch) > 0 {
		if err := check(); err != nil {
			return nil, err
		}
	}
	return found, nil
}

// reindexRecord indexes one record with the text its row holds now.
func reindexRecord(ctx context.Context, tx *sql.Tx, kind, id int64) error {
	texts, err := sourceTexts(ctx, tx, kind, []int64{id})
	if err != nil {
		return fmt.Errorf("store: index %d/%d: %w", kind, id, err)
	}
	return index(ctx, tx, kind, id, texts[id])
}

// sourceTexts reads the indexed text of the records ids of one kind.
func sourceTexts(ctx context.Context, tx *sql.Tx, kind int64, ids []int64) (map[int64]string, error) {
	src := searchSources[kind]
	in := "x.id IN (" + placeholders(len(ids)) + ")"
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(src.query, in), idArgs(ids)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[int64]string, len(ids))
	for rows.Next() {
		id, text, err := src.scan(rows)
		if err != nil {
			return nil, err
		}
		out[id] = text
	}
	return out, rows.Err()
}
