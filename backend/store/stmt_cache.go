package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"reflect"
	"sync"

	_ "modernc.org/sqlite" // the driver the cache wraps
)

// The writer's connection keeps the statements it has prepared, by their
// SQL text, and runs each again without parsing it again. A write runs a
// dozen small statements (logging a visit: the row, its people, the deal's
// digest, two search indexes); parsing them was a third of its time, and
// most of the time of writing a big book. Statements are reset after each
// use, as database/sql's own prepared statements are; a query whose rows
// are still open keeps its statement to itself, and the same text asked
// for meanwhile gets a statement of its own.

// cachedDriver is the name the writer opens its connection with.
const cachedDriver = "sqlite-kams-cached"

// stmtCacheSize bounds the statements kept per connection: the store's
// writes use about a hundred distinct texts; IN lists of every length
// would otherwise grow the cache without end.
const stmtCacheSize = 256

var registerCachedDriver sync.Once

func openCached(dsn string) (*sql.DB, error) {
	var err error
	registerCachedDriver.Do(func() {
		// The driver sql.Open("sqlite") uses, with all that is registered
		// on it: the readers' connections and the writer's stay alike.
		var plain *sql.DB
		if plain, err = sql.Open("sqlite", ""); err == nil {
			sql.Register(cachedDriver, cachingDriver{plain.Driver()})
			err = plain.Close()
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store: register the cached driver: %w", err)
	}
	return sql.Open(cachedDriver, dsn)
}

type cachingDriver struct{ d driver.Driver }

func (d cachingDriver) Open(name string) (driver.Conn, error) {
	c, err := d.d.Open(name)
	if err != nil {
		return nil, err
	}
	// modernc's connection has all of these; without them the cache could
	// not run its statements with a context.
	inner, ok := c.(innerConn)
	if !ok {
		c.Close()
		return nil, errors.New("store: the sqlite driver's connection lacks the context methods")
	}
	return &cachingConn{innerConn: inner, stmts: map[string]*cachedStmt{}}, nil
}

// innerConn is what cachingConn needs of the driver's connection.
type innerConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

type stmtContext interface {
	driver.Stmt
	driver.StmtExecContext
	driver.StmtQueryContext
}

type cachedStmt struct {
	s    stmtContext
	busy bool // its rows are open
	gone bool // dropped from the cache while busy: close it with its rows
}

type cachingConn struct {
	innerConn
	stmts map[string]*cachedStmt
}

// stmt is the cached statement of query, prepared now if new; nil when the
// cached one is busy with its rows.
func (c *cachingConn) stmt(ctx context.Context, query string) (*cachedStmt, error) {
	if cs, ok := c.stmts[query]; ok {
		if cs.busy {
			return nil, nil
		}
		return cs, nil
	}
	s, err := c.innerConn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	sc, ok := s.(stmtContext)
	if !ok {
		s.Close()
		return nil, errors.New("store: the sqlite driver's statement lacks the context methods")
	}
	if len(c.stmts) >= stmtCacheSize {
		c.drop()
	}
	cs := &cachedStmt{s: sc}
	c.stmts[query] = cs
	return cs, nil
}

// drop empties the cache; busy statements close when their rows do.
func (c *cachingConn) drop() {
	for q, cs := range c.stmts {
		if cs.busy {
			cs.gone = true
		} else {
			cs.s.Close()
		}
		delete(c.stmts, q)
	}
}

func (c *cachingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	cs, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if cs == nil {
		return c.innerConn.ExecContext(ctx, query, args)
	}
	return cs.s.ExecContext(ctx, args)
}

func (c *cachingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	cs, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if cs == nil {
		return c.innerConn.QueryContext(ctx, query, args)
	}
	r, err := cs.s.QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	cs.busy = true
	return &cachedRows{Rows: r, cs: cs}, nil
}

func (c *cachingConn) Close() error {
	c.drop()
	return c.innerConn.Close()
}

// cachedRows frees its statement for the next use when closed.
type cachedRows struct {
	driver.Rows
	cs *cachedStmt
}

func (r *cachedRows) Close() error {
	err := r.Rows.Close()
	r.cs.busy = false
	if r.cs.gone {
		err = errors.Join(err, r.cs.s.Close())
	}
	return err
}

// The column types are the driver's own, for rows.ColumnTypes.

func (r *cachedRows) ColumnTypeDatabaseTypeName(i int) string {
	if t, ok := r.Rows.(driver.RowsColumnTypeDatabaseTypeName); ok {
		return t.ColumnTypeDatabaseTypeName(i)
	}
	return ""
}

func (r *cachedRows) ColumnTypeNullable(i int) (nullable, ok bool) {
	if t, is := r.Rows.(driver.RowsColumnTypeNullable); is {
		return t.ColumnTypeNullable(i)
	}
	return false, false
}

func (r *cachedRows) ColumnTypeScanType(i int) reflect.Type {
	if t, ok := r.Rows.(driver.RowsColumnTypeScanType); ok {
		return t.ColumnTypeScanType(i)
	}
	return reflect.TypeFor[any]()
}
