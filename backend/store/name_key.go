package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// An account's name_key (migration 13) is its name's sort key under the
// Chinese collation: Han characters by pinyin (阿里 before 北京 before
// 长江…), Latin letters before them, case ignored. The key is bytes that
// compare as the names should, so the list sorts by name through a plain
// index; no custom collation is registered, and any SQLite tool can still
// read and write the file.
var nameKeys = struct {
	sync.Mutex // a Collator and its Buffer are not safe for concurrent use
	c          *collate.Collator
	buf        collate.Buffer
}{c: collate.New(language.Chinese, collate.IgnoreCase)}

// nameKey is the sort key of an account's name.
func nameKey(name string) []byte {
	nameKeys.Lock()
	defer nameKeys.Unlock()
	nameKeys.buf.Reset()
	return bytes.Clone(nameKeys.c.KeyFromString(&nameKeys.buf, name))
}

// fillNameKeys stores every account's name key (the migration's step).
func fillNameKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, name FROM accounts")
	if err != nil {
		return fmt.Errorf("store: name keys: %w", err)
	}
	type named struct {
		id   int64
		name string
	}
	var all []named
	for rows.Next() {
		var n named
		if err := rows.Scan(&n.id, &n.name); err != nil {
			rows.Close()
			return fmt.Errorf("store: name keys: %w", err)
		}
		all = append(all, n)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return fmt.Errorf("store: name keys: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, "UPDATE accounts SET name_key = ? WHERE id = ?")
	if err != nil {
		return fmt.Errorf("store: name keys: %w", err)
	}
	defer stmt.Close()
	for _, n := range all {
		if _, err := stmt.ExecContext(ctx, nameKey(n.name), n.id); err != nil {
			return fmt.Errorf("store: name key of account %d: %w", n.id, err)
		}
	}
	return nil
}
