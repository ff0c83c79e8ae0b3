package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"kams/app/book"
	"kams/backend/domain"
	"kams/backend/service"
)

// replicaTarget reads --to/--from and adds the bucket's keys: from the
// OS credential store (saved by the app's settings) or else from
// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. The keys are never printed.
func replicaTarget(raw, what string) (service.ReplicaTarget, error) {
	t, err := service.ParseReplicaURL(raw)
	if err != nil {
		return t, fmt.Errorf("%s: %w", what, err)
	}
	if t.IsS3() {
		id, secret, found, err := service.ReplicaKeys{}.Load(t.Endpoint, t.Bucket)
		if !found {
			return t, fmt.Errorf("%s: no keys for bucket %s: save them in KAMS' settings, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (%v)",
				what, t.Bucket, errors.Join(err))
		}
		t.AccessKeyID, t.SecretAccessKey = id, secret
	}
	return t, nil
}

// quietLibraryLog sends what libraries log through the default logger
// (Litestream's restore) to standard error, warnings and errors only.
func quietLibraryLog() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
}

// replicate runs replication of a book in the foreground until Ctrl+C or
// SIGTERM, printing each time the target takes more of the book.
func replicate(args []string, env Env) error {
	fl := flag.NewFlagSet("kams replicate", flag.ContinueOnError)
	db := fl.String("db", "", "the book to replicate")
	to := fl.String("to", "", "the target: a folder, file:///PATH or s3://BUCKET/PATH?endpoint=URL[&region=R]")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *db == "" || *to == "" || fl.NArg() > 0 {
		return errors.New("replicate: kams replicate --db PATH --to URL")
	}
	quietLibraryLog()
	if err := existingBook(*db, "replicate"); err != nil {
		return err
	}
	t, err := replicaTarget(*to, "replicate")
	if err != nil {
		return err
	}
	// Open the book once: it is a KAMS book, migrated, in WAL mode.
	b, err := book.Open(context.Background(), *db, env.Clock)
	if err != nil {
		return err
	}
	if err := b.Close(); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	r, err := service.StartReplication(*db, t, env.Clock, os.Stderr)
	if err != nil {
		return cliError("replicate", err)
	}
	fmt.Fprintf(env.Stdout, "kams: replicating %s to %s (Ctrl+C stops)\n", *db, t)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	var shown service.ReplicationStatus
	for {
		select {
		case <-ctx.Done():
			err := r.Close(context.Background())
			fmt.Fprintln(env.Stdout, "kams: replication stopped")
			return cliError("replicate", err)
		case <-tick.C:
		}
		s := r.Status()
		if s.Remote() != shown.Remote() || s.Pending != shown.Pending || s.ErrorKey != shown.ErrorKey {
			// "replicated txid N, pending P": a test reads these lines.
			fmt.Fprintf(env.Stdout, "kams: replicated txid %d, pending %d, last %s", s.Remote(), s.Pending, s.LastReplicated)
			if s.ErrorKey != "" {
				fmt.Fprintf(env.Stdout, ", error %s", s.ErrorKey)
			}
			fmt.Fprintln(env.Stdout)
			shown = s
		}
	}
}

// replica runs "kams replica restore".
func replica(args []string, env Env) error {
	if len(args) == 0 || args[0] != "restore" {
		return errors.New("replica: kams replica restore --to FILE --from URL [--timestamp RFC3339]")
	}
	fl := flag.NewFlagSet("kams replica restore", flag.ContinueOnError)
	to := fl.String("to", "", "the book to write (an existing one is kept in its backups folder)")
	from := fl.String("from", "", "the replica: a folder, file:///PATH or s3://BUCKET/PATH?endpoint=URL[&region=R]")
	stamp := fl.String("timestamp", "", "restore the book as it was at this instant (RFC 3339, e.g. 2026-12-02T18:00:00+08:00)")
	if err := fl.Parse(args[1:]); err != nil {
		return err
	}
	if *to == "" || *from == "" || fl.NArg() > 0 {
		return errors.New("replica restore: kams replica restore --to FILE --from URL [--timestamp RFC3339]")
	}
	quietLibraryLog()
	var at time.Time
	if *stamp != "" {
		var err error
		if at, err = time.Parse(time.RFC3339, *stamp); err != nil {
			return fmt.Errorf("replica restore: --timestamp takes an RFC 3339 time such as 2026-12-02T18:00:00+08:00, not %q", *stamp)
		}
	}
	t, err := replicaTarget(*from, "replica restore")
	if err != nil {
		return err
	}
	start := env.Clock()
	sum, err := service.RestoreFromReplica(context.Background(), *to, t, at, env.Clock)
	if err != nil {
		return cliError("replica restore", err)
	}
	as := "its newest state"
	if !at.IsZero() {
		as = at.Format(time.RFC3339)
	}
	fmt.Fprintf(env.Stdout, "kams: %s restored from %s as of %s (%s) in %s\n", *to, t, as, holds(sum),
		env.Clock().Sub(start).Round(100*time.Millisecond))
	return nil
}

// cliError adds a refused request's technical detail (an error the UI
// translates carries it as a parameter) to its key.
func cliError(what string, err error) error {
	if err == nil {
		return nil
	}
	var de *domain.Error
	if errors.As(err, &de) {
		if d, ok := de.Params["detail"]; ok {
			return fmt.Errorf("%s: %s (%v)", what, de.Key, d)
		}
		return fmt.Errorf("%s: %s", what, de.Key)
	}
	return fmt.Errorf("%s: %w", what, err)
}
