package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/s3"

	"kams/backend/clock"
	"kams/backend/store"
)

// Replication is Litestream, used as a library, copying one book's every
// committed write to a target. It runs beside the app's own connections on
// the same file (see README, "Replication and the app share the book"):
// Litestream holds a read transaction open so nobody else's checkpoint can
// restart the WAL before it has copied the frames, turns WAL frames into
// LTX files in a folder beside the book (.NAME-litestream) about once a
// second, and ships them to the target. An unreachable target is retried
// with a growing pause; the files wait beside the book meanwhile and go
// out when it is back.
type Replication struct {
	path   string
	target ReplicaTarget
	now    clock.Clock
	log    *replicaLog

	mu     sync.Mutex
	db     *litestream.DB
	ls     *litestream.Store
	opened bool
	start  time.Time
	stop   context.CancelFunc
	done   chan struct{}
}

// Litestream's timings for a desktop book: look at the WAL every second,
// ship every second, snapshot daily and keep a week of history for
// point-in-time restores ("yesterday at 18:00"), and give the last sync on
// close a few seconds, not half a minute.
const (
	replicaRetention      = 7 * 24 * time.Hour
	replicaShutdownSync   = 5 * time.Second
	replicaOpenRetryFirst = 2 * time.Second
	replicaOpenRetryMax   = time.Minute
)

// StartReplication begins replicating the book at path to the target. It
// returns at once: opening Litestream (and so reaching the target) goes
// on in the background and is retried until it works or Close is called.
// Problems show in Status; with echo set they are also written there
// (the command line's foreground replication), keys never included.
func StartReplication(path string, t ReplicaTarget, now clock.Clock, echo io.Writer) (*Replication, error) {
	if _, err := t.client(); err != nil {
		return nil, err
	}
	r := &Replication{path: path, target: t, now: now, log: newReplicaLog(t, now, echo), start: now()}
	ctx, cancel := context.WithCancel(context.Background())
	r.stop, r.done = cancel, make(chan struct{})
	go r.open(ctx)
	return r, nil
}

// open opens Litestream over the book, retrying while it fails.
func (r *Replication) open(ctx context.Context) {
	defer close(r.done)
	wait := replicaOpenRetryFirst
	for {
		err := r.tryOpen(ctx)
		if err == nil || ctx.Err() != nil {
			return
		}
		r.log.fail(err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, replicaOpenRetryMax)
	}
}

func (r *Replication) tryOpen(ctx context.Context) error {
	client, err := r.target.client()
	if err != nil {
		return err
	}
	logger := slog.New(r.log)
	db := litestream.NewDB(r.path)
	replica := litestream.NewReplicaWithClient(db, client)
	db.Replica = replica
	switch c := client.(type) {
	case *folderClient:
		c.Replica = replica // keeps the book's file mode on the copies
	case *s3.ReplicaClient:
		c.SetLogger(logger) // not the default logger: nothing of the bucket's reaches stderr unfiltered
	}
	ls := litestream.NewStore([]*litestream.DB{db}, litestream.DefaultCompactionLevels)
	ls.Logger = logger
	ls.SnapshotRetention = replicaRetention
	ls.SetShutdownSyncTimeout(replicaShutdownSync)
	db.SetLogger(logger)
	r.log.watch(db.LastSuccessfulSyncAt)
	if err := ls.Open(ctx); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if ctx.Err() != nil {
		return errors.Join(ctx.Err(), ls.Close(context.Background()))
	}
	r.db, r.ls, r.opened = db, ls, true
	return nil
}

// Target is where the book goes.
func (r *Replication) Target() ReplicaTarget { return r.target }

// ReplicationStatus is what the settings show: whether it runs, when the
// target last had every write, how far behind it is, and the last problem
// (a translation key with the technical detail for support; cleared once
// a copy goes through again).
type ReplicationStatus struct {
	On     bool   `json:"on"`
	Target string `json:"target"`
	// LastReplicated is the local time the target last took the book's
	// writes ("" before the first time).
	LastReplicated string `json:"lastReplicated"`
	// Pending is the number of committed transactions the target does not
	// have yet; LagSeconds how long the oldest of them has waited (0 when
	// the target is up to date).
	Pending     uint64 `json:"pending"`
	LagSeconds  int64  `json:"lagSeconds"`
	ErrorKey    string `json:"errorKey"`
	ErrorDetail string `json:"errorDetail"`
	ErrorAt     string `json:"errorAt"`
	// local and remote are the transaction ids behind Pending.
	local, remote uint64
}

// Remote is the transaction the target has reached (0 before the first).
func (s ReplicationStatus) Remote() uint64 { return s.remote }

// Status reads the replication's state now.
func (r *Replication) Status() ReplicationStatus {
	s := ReplicationStatus{On: true, Target: r.target.String()}
	loc := r.now.Location()
	r.mu.Lock()
	db := r.db
	r.mu.Unlock()
	var last time.Time
	if db != nil {
		last = db.LastSuccessfulSyncAt()
		if pos, err := db.Pos(); err == nil {
			s.local = uint64(pos.TXID)
		}
		if db.Replica != nil {
			s.remote = uint64(db.Replica.Pos().TXID)
		}
	}
	if s.local > s.remote {
		s.Pending = s.local - s.remote
	}
	if !last.IsZero() {
		s.LastReplicated = last.In(loc).Format(time.DateTime)
	}
	if s.Pending > 0 || db == nil {
		since := last
		if since.IsZero() {
			since = r.start
		}
		s.LagSeconds = max(0, int64(r.now().Sub(since)/time.Second))
	}
	if e, at := r.log.last(); e != nil {
		s.ErrorKey, s.ErrorDetail = ReplicaErrorKey(e), r.target.scrub(e.Error())
		s.ErrorAt = at.In(loc).Format(time.DateTime)
	}
	return s
}

// Sync ships every write committed so far to the target and waits for it.
func (r *Replication) Sync(ctx context.Context) error {
	r.mu.Lock()
	db := r.db
	r.mu.Unlock()
	if db == nil {
		return replicaError(errors.New("replica: not open yet"), r.target)
	}
	return replicaError(db.SyncAndWait(ctx), r.target)
}

// Close stops replicating after a last copy (given a few seconds). The app
// calls it with its own connections to the book closed or about to close:
// Litestream's own file handle closing releases the process's POSIX locks
// on the file (see README).
func (r *Replication) Close(ctx context.Context) error {
	r.stop()
	<-r.done
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.opened {
		return nil
	}
	r.opened = false
	err := r.ls.Close(ctx)
	r.db = nil
	return err
}

// ForgetReplicaState removes Litestream's working folder beside a book
// (.NAME-litestream): after a restore replaced the book, its LTX files
// describe a file that is gone, and replication starts over from the new
// one.
func ForgetReplicaState(dbPath string) error {
	if err := os.RemoveAll(store.ReplicaStateDir(dbPath)); err != nil {
		return fmt.Errorf("replica: %w", err)
	}
	return nil
}

// replicaLog is the slog handler Litestream logs through: it keeps the
// last error for the status and, on the command line, echoes warnings and
// errors (with the keys scrubbed, should any library print one).
type replicaLog struct {
	target ReplicaTarget
	now    clock.Clock
	echo   io.Writer
	attrs  []slog.Attr
	mu     *sync.Mutex
	state  *replicaLogState
}

type replicaLogState struct {
	err error
	at  time.Time
	// synced reads when Litestream last copied to the target; syncedAtErr
	// is what it said when err happened: err is current until it changes.
	synced      func() time.Time
	syncedAtErr time.Time
}

func newReplicaLog(t ReplicaTarget, now clock.Clock, echo io.Writer) *replicaLog {
	return &replicaLog{target: t, now: now, echo: echo, mu: &sync.Mutex{}, state: &replicaLogState{}}
}

func (l *replicaLog) fail(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.state.err, l.state.at = err, l.now()
	if l.state.synced != nil {
		l.state.syncedAtErr = l.state.synced()
	}
	if l.echo != nil {
		fmt.Fprintln(l.echo, "kams: replica:", l.target.scrub(err.Error()))
	}
}

// last is the last problem, if no copy has gone through since.
func (l *replicaLog) last() (error, time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.state.err == nil || (l.state.synced != nil && !l.state.synced().Equal(l.state.syncedAtErr)) {
		return nil, time.Time{}
	}
	return l.state.err, l.state.at
}

// watch tells the log where to read the time of the last copy.
func (l *replicaLog) watch(synced func() time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.state.synced = synced
	l.state.syncedAtErr = synced()
}

func (l *replicaLog) Enabled(_ context.Context, level slog.Level) bool {
	return level >= slog.LevelWarn
}

func (l *replicaLog) Handle(_ context.Context, rec slog.Record) error {
	var cause error
	find := func(a slog.Attr) bool {
		if a.Key == "error" {
			if e, ok := a.Value.Any().(error); ok {
				cause = e
			} else {
				cause = errors.New(a.Value.String())
			}
			return false
		}
		return true
	}
	for _, a := range l.attrs {
		find(a)
	}
	rec.Attrs(find)
	if rec.Level >= slog.LevelError {
		if cause == nil {
			cause = errors.New(rec.Message)
		}
		l.fail(fmt.Errorf("%s: %w", rec.Message, cause))
		return nil
	}
	if l.echo != nil {
		msg := rec.Message
		if cause != nil {
			msg += ": " + cause.Error()
		}
		l.mu.Lock()
		fmt.Fprintln(l.echo, "kams: replica:", l.target.scrub(msg))
		l.mu.Unlock()
	}
	return nil
}

func (l *replicaLog) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *l
	c.attrs = append(append([]slog.Attr{}, l.attrs...), attrs...)
	return &c
}

func (l *replicaLog) WithGroup(string) slog.Handler { return l }
