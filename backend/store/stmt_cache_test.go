package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// The writer's statement cache runs a statement again and again, gives a
// query asked for while its own rows are open a statement of its own, and
// keeps a statement dropped from a full cache until its rows close.
func TestStatementCache(t *testing.T) {
	ctx := context.Background()
	db, err := openCached(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, "CREATE TABLE t (x INTEGER)"); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if _, err := db.ExecContext(ctx, "INSERT INTO t (x) VALUES (?)", i); err != nil {
			t.Fatal(err)
		}
	}
	const q = "SELECT x FROM t WHERE x >= ? ORDER BY x"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // read only
	outer, err := tx.QueryContext(ctx, q, 0)
	if err != nil {
		t.Fatal(err)
	}
	if types, err := outer.ColumnTypes(); err != nil || len(types) != 1 || types[0].DatabaseTypeName() != "INTEGER" {
		t.Errorf("column types %v, %v; want the driver's INTEGER", types, err)
	}
	sum := 0
	for outer.Next() {
		var x int
		if err := outer.Scan(&x); err != nil {
			t.Fatal(err)
		}
		// The same text while outer's rows are open, and enough other texts
		// to overflow the cache and drop outer's statement.
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM ("+q+")", x).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if err := tx.QueryRowContext(ctx, q, x).Scan(&n); err != nil || n != x {
			t.Fatalf("inner query at %d = %d, %v", x, n, err)
		}
		for i := range stmtCacheSize / 8 {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("UPDATE t SET x = x WHERE x = %d", 1000+x*100+i)); err != nil {
				t.Fatal(err)
			}
		}
		sum += x
	}
	if err := outer.Err(); err != nil {
		t.Fatal(err)
	}
	if err := outer.Close(); err != nil {
		t.Fatal(err)
	}
	if sum != 45 {
		t.Errorf("outer rows summed to %d, want 45", sum)
	}
	var n int
	if err := tx.QueryRowContext(ctx, q, 5).Scan(&n); err != nil || n != 5 {
		t.Errorf("the query after all = %d, %v", n, err)
	}
}
