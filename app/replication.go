package app

import (
	"context"
	"fmt"
	"os"
	"sync"
	"time"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
	"kams/backend/store"
)

// Replication is the settings' replication card (Litestream to a folder or
// an S3-compatible bucket, its state) and the first start's "restore from
// a replica". It runs replication for whichever book the window has open,
// as that book's settings say.
type Replication struct {
	facades *facades
	keys    service.ReplicaKeys
	mu      sync.Mutex
	started bool                 // the window is up: books it opens replicate
	run     *service.Replication // nil while off
	failed  error                // why it could not start (keys missing …)
}

// ReplicationState is the card: the settings, whether the bucket's keys
// are in the credential store, and the live state.
type ReplicationState struct {
	Settings  domain.ReplicationSettings `json:"settings"`
	KeysSaved bool                       `json:"keysSaved"`
	Status    service.ReplicationStatus  `json:"status"`
}

// ReplicationInput is what the card saves: the settings and, for a
// bucket, the keys typed ("" keeps the saved ones).
type ReplicationInput struct {
	Settings  domain.ReplicationSettings `json:"settings"`
	AccessKey string                     `json:"accessKey"`
	SecretKey string                     `json:"secretKey"`
}

// ReplicaRestoreInput is a restore from a replica: where it is, its keys
// for a bucket, and the local time to restore to ("YYYY-MM-DD HH:MM",
// "" for the newest).
type ReplicaRestoreInput struct {
	Settings  domain.ReplicationSettings `json:"settings"`
	AccessKey string                     `json:"accessKey"`
	SecretKey string                     `json:"secretKey"`
	At        string                     `json:"at"`
}

// State reads the card.
func (r *Replication) State() (out ReplicationState, err error) {
	defer guard(&err)
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.state()
}

func (r *Replication) state() (ReplicationState, error) {
	set, err := r.facades.book.Settings.Get(ctx())
	if err != nil {
		return ReplicationState{}, err
	}
	out := ReplicationState{Settings: set.Replication}
	if set.Replication.Kind == domain.ReplicaS3 && set.Replication.Bucket != "" {
		_, _, out.KeysSaved, _ = r.keys.Load(set.Replication.Endpoint, set.Replication.Bucket)
	}
	switch {
	case r.run != nil:
		out.Status = r.run.Status()
	case r.failed != nil:
		ui := domain.UIError(r.failed)
		out.Status.ErrorKey = ui.Key
		if d, ok := ui.Params["detail"]; ok {
			out.Status.ErrorDetail = fmt.Sprint(d)
		}
	}
	return out, nil
}

// Save checks and saves the settings (and a bucket's keys, into the
// credential store), then starts, restarts or stops replication. Bad
// settings change nothing.
func (r *Replication) Save(in ReplicationInput) (out ReplicationState, err error) {
	defer guard(&err)
	r.mu.Lock()
	defer r.mu.Unlock()
	set := in.Settings
	if err := set.Validate(); err != nil {
		return ReplicationState{}, prefixFields(err, "replication.")
	}
	keyID, secret := in.AccessKey, in.SecretKey
	if set.Kind == domain.ReplicaS3 && set.Bucket != "" {
		if keyID != "" || secret != "" {
			if err := r.keys.Save(set.Endpoint, set.Bucket, keyID, secret); err != nil {
				return ReplicationState{}, err
			}
		} else if set.Enabled {
			var found bool
			var err error
			if keyID, secret, found, err = r.keys.Load(set.Endpoint, set.Bucket); err != nil {
				return ReplicationState{}, err
			} else if !found {
				return ReplicationState{}, domain.Refused("replication.keysMissing", nil)
			}
		}
	}
	b := r.facades.book
	all, err := b.Settings.Get(ctx())
	if err != nil {
		return ReplicationState{}, err
	}
	all.Replication = set
	if _, err := b.Settings.Save(ctx(), all); err != nil {
		return ReplicationState{}, err
	}
	r.stop()
	if !set.Enabled {
		// Off: SQLite checkpoints on its own again, and a later "on"
		// starts from the book as it is then.
		err := b.Store.LeaveCheckpointsToReplication(ctx(), false)
		if ferr := service.ForgetReplicaState(b.Store.Path()); err == nil {
			err = ferr
		}
		if err != nil {
			return ReplicationState{}, err
		}
	} else {
		r.startFor(b, service.TargetOf(set, keyID, secret))
	}
	return r.state()
}

// RestoreFrom replaces the open book with the one a replica holds (as it
// was at in.At, or the newest), keeping the current book as a backup
// first. The page reloads after it. A replica that cannot be read, or
// holds no book for that time, changes nothing.
func (r *Replication) RestoreFrom(in ReplicaRestoreInput) (sum store.BookSummary, err error) {
	defer guard(&err)
	set := in.Settings
	set.Enabled = true
	if err := set.Validate(); err != nil {
		return store.BookSummary{}, prefixFields(err, "replication.")
	}
	clock := r.facades.book.Clock
	var at time.Time
	if in.At != "" {
		var err error
		if at, err = time.ParseInLocation("2006-01-02 15:04", in.At, clock.Location()); err != nil {
			var v domain.Validation
			v.Add("at", "error.date", nil)
			return store.BookSummary{}, v.Err()
		}
	}
	keyID, secret := in.AccessKey, in.SecretKey
	if set.Kind == domain.ReplicaS3 && keyID == "" && secret == "" {
		var found bool
		var err error
		if keyID, secret, found, err = r.keys.Load(set.Endpoint, set.Bucket); err != nil {
			return store.BookSummary{}, err
		} else if !found {
			return store.BookSummary{}, domain.Refused("replication.keysMissing", nil)
		}
	}
	target := service.TargetOf(set, keyID, secret)
	r.facades.backups.mu.Lock() // one restore at a time
	defer r.facades.backups.mu.Unlock()
	return r.facades.backups.replaceBook(func(dbPath string) (store.BookSummary, error) {
		// Rebuilt and checked beside the book before it is touched.
		return service.RestoreFromReplica(ctx(), dbPath, target, at, clock)
	})
}

// prefixFields names a settings error's fields as the settings screen
// does ("replication.folder").
func prefixFields(err error, prefix string) error {
	e, ok := err.(*domain.Error)
	if !ok {
		return err
	}
	var v domain.Validation
	for _, f := range e.Fields {
		v.Add(prefix+f.Field, f.Key, f.Params)
	}
	return v.Err()
}

// follow starts replication for the book b if its settings say so (the
// window started, or a restore or an opening put b in place).
func (r *Replication) follow(b *book.Book) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.started || b == nil {
		return
	}
	r.stop()
	set, err := b.Settings.Get(ctx())
	if err != nil || !set.Replication.Enabled {
		return
	}
	keyID, secret := "", ""
	if set.Replication.Kind == domain.ReplicaS3 {
		var found bool
		if keyID, secret, found, err = r.keys.Load(set.Replication.Endpoint, set.Replication.Bucket); err != nil || !found {
			if err == nil {
				err = domain.Refused("replication.keysMissing", nil)
			}
			r.failed = err
			return
		}
	}
	r.startFor(b, service.TargetOf(set.Replication, keyID, secret))
}

func (r *Replication) startFor(b *book.Book, t service.ReplicaTarget) {
	r.failed = b.Store.LeaveCheckpointsToReplication(ctx(), true)
	if r.failed != nil {
		return
	}
	r.run, r.failed = service.StartReplication(b.Store.Path(), t, b.Clock, nil)
}

// start is the window coming up: the open book replicates from now on.
func (r *Replication) start() {
	r.mu.Lock()
	r.started = true
	r.mu.Unlock()
	r.follow(r.facades.book)
}

// stop ends the running replication after a last copy (a few seconds at
// most); the caller holds mu.
func (r *Replication) stop() {
	r.failed = nil
	if r.run == nil {
		return
	}
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := r.run.Close(c); err != nil {
		fmt.Fprintln(os.Stderr, "kams: replication:", err)
	}
	r.run = nil
}

// pause stops replication before the book closes (a restore); the book
// put in its place follows its own settings.
func (r *Replication) pause() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stop()
}

// shutdown stops replication as the window closes, before the books do.
func (r *Replication) shutdown() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.started = false
	r.stop()
}
