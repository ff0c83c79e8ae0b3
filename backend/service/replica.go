package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
	"github.com/benbjohnson/litestream/s3"
	"github.com/superfly/ltx"

	"kams/backend/clock"
	"kams/backend/domain"
	"kams/backend/store"
)

// ReplicaTarget is where a book is replicated to, keys included: a folder
// or an S3-compatible bucket. Its String never shows the keys.
type ReplicaTarget struct {
	Folder string
	// Endpoint, Bucket, Path and Region name an S3-compatible bucket.
	Endpoint, Bucket, Path, Region string
	AccessKeyID, SecretAccessKey   string
}

// TargetOf is the target the settings name, with the keys given.
func TargetOf(r domain.ReplicationSettings, keyID, secret string) ReplicaTarget {
	if r.Kind == domain.ReplicaS3 {
		return ReplicaTarget{Endpoint: r.Endpoint, Bucket: r.Bucket, Path: strings.Trim(r.Path, "/"), Region: r.Region,
			AccessKeyID: keyID, SecretAccessKey: secret}
	}
	return ReplicaTarget{Folder: r.Folder}
}

// IsS3 says whether the target is a bucket.
func (t ReplicaTarget) IsS3() bool { return t.Bucket != "" }

// String is the target as a URL, without keys: what the screen and the
// command line show.
func (t ReplicaTarget) String() string {
	if !t.IsS3() {
		return t.Folder
	}
	// Not query-escaped: the endpoint reads as typed.
	s := "s3://" + t.Bucket + "/" + t.Path
	sep := "?"
	if t.Endpoint != "" {
		s, sep = s+sep+"endpoint="+t.Endpoint, "&"
	}
	if t.Region != "" {
		s += sep + "region=" + t.Region
	}
	return s
}

// ParseReplicaURL reads a target from the command line: a folder (a path
// or file:///path) or s3://BUCKET/PATH?endpoint=URL&region=R. The keys are
// not part of a URL (the caller adds them).
func ParseReplicaURL(raw string) (ReplicaTarget, error) {
	if raw == "" {
		return ReplicaTarget{}, errors.New("replica: no target given")
	}
	if !strings.Contains(raw, "://") {
		abs, err := filepath.Abs(raw)
		if err != nil {
			return ReplicaTarget{}, fmt.Errorf("replica: %w", err)
		}
		return ReplicaTarget{Folder: abs}, nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ReplicaTarget{}, fmt.Errorf("replica: not a URL: %q", raw)
	}
	if u.User != nil {
		return ReplicaTarget{}, errors.New("replica: keys do not go in the URL (use the environment or the credential store)")
	}
	switch u.Scheme {
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return ReplicaTarget{}, fmt.Errorf("replica: file URL with a host: %q", raw)
		}
		return ReplicaTarget{Folder: filepath.FromSlash(u.Path)}, nil
	case "s3":
		set := domain.ReplicationSettings{Enabled: true, Kind: domain.ReplicaS3, Endpoint: u.Query().Get("endpoint"),
			Bucket: u.Host, Path: strings.Trim(u.Path, "/"), Region: u.Query().Get("region")}
		if set.Endpoint == "" {
			return ReplicaTarget{}, errors.New("replica: an s3 URL needs ?endpoint=http(s)://HOST:PORT")
		}
		if err := set.Validate(); err != nil {
			return ReplicaTarget{}, fmt.Errorf("replica: bad s3 URL %q: %w", raw, err)
		}
		return TargetOf(set, "", ""), nil
	}
	return ReplicaTarget{}, fmt.Errorf("replica: unknown kind of target %q (a folder, file:// or s3://)", u.Scheme)
}

// client is Litestream's client for the target.
func (t ReplicaTarget) client() (litestream.ReplicaClient, error) {
	if !t.IsS3() {
		if !filepath.IsAbs(t.Folder) {
			return nil, domain.Refused("replication.folderAbsolute", nil)
		}
		return &folderClient{ReplicaClient: file.NewReplicaClient(t.Folder), root: t.Folder}, nil
	}
	if t.AccessKeyID == "" || t.SecretAccessKey == "" {
		// Without keys the AWS SDK would look for some elsewhere (the
		// environment, ~/.aws, the cloud's metadata service): never that.
		return nil, domain.Refused("replication.keysMissing", nil)
	}
	c := s3.NewReplicaClient()
	c.Bucket, c.Path, c.Endpoint, c.ForcePathStyle = t.Bucket, t.Path, t.Endpoint, true
	c.Region = t.Region
	if c.Region == "" {
		c.Region = s3.DefaultRegion
	}
	c.AccessKeyID, c.SecretAccessKey = t.AccessKeyID, t.SecretAccessKey
	c.SetLogger(slog.New(slog.DiscardHandler)) // StartReplication sets its own
	return c, nil
}

// folderClient is Litestream's folder client that refuses to work while
// the folder itself is missing: an unmounted NAS share or an unplugged
// drive is offline, not a folder to create on the local disk.
type folderClient struct {
	*file.ReplicaClient
	root string
}

func (c *folderClient) reachable() error {
	fi, err := os.Stat(c.root)
	if err != nil {
		return fmt.Errorf("replica folder %s: %w", c.root, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("replica folder %s: not a folder", c.root)
	}
	return nil
}

func (c *folderClient) WriteLTXFile(ctx context.Context, level int, minTXID, maxTXID ltx.TXID, rd io.Reader) (*ltx.FileInfo, error) {
	if err := c.reachable(); err != nil {
		return nil, err
	}
	return c.ReplicaClient.WriteLTXFile(ctx, level, minTXID, maxTXID, rd)
}

func (c *folderClient) LTXFiles(ctx context.Context, level int, seek ltx.TXID, useMetadata bool) (ltx.FileIterator, error) {
	if err := c.reachable(); err != nil {
		return nil, err
	}
	return c.ReplicaClient.LTXFiles(ctx, level, seek, useMetadata)
}

// RestoreReplica writes the book held by the target, as it was at the
// instant at (zero: the newest), to a new file out. The file is whole or
// not there: Litestream builds it beside out and renames it; it is then
// made private (0600) and checked like any snapshot (store.Inspect).
func RestoreReplica(ctx context.Context, t ReplicaTarget, out string, at time.Time) error {
	client, err := t.client()
	if err != nil {
		return err
	}
	if err := client.Init(ctx); err != nil {
		return replicaError(err, t)
	}
	r := litestream.NewReplicaWithClient(nil, client)
	opt := litestream.NewRestoreOptions()
	opt.OutputPath, opt.Timestamp = out, at
	opt.IntegrityCheck = litestream.IntegrityCheckFull
	if err := r.Restore(ctx, opt); err != nil {
		if errors.Is(err, litestream.ErrTxNotAvailable) || errors.Is(err, litestream.ErrNoSnapshots) {
			if at.IsZero() {
				return domain.Refused("replication.empty", map[string]any{"target": t.String()})
			}
			return domain.Refused("replication.noPointInTime", map[string]any{"target": t.String()})
		}
		if strings.Contains(err.Error(), "timestamp does not exist") {
			return domain.Refused("replication.noPointInTime", map[string]any{"target": t.String()})
		}
		return replicaError(err, t)
	}
	return os.Chmod(out, 0o600)
}

// replicaError is a failure to reach or use the target, as a key the UI
// translates; the technical detail (never a key) goes along for support.
func replicaError(err error, t ReplicaTarget) error {
	if err == nil {
		return nil
	}
	var de *domain.Error
	if errors.As(err, &de) {
		return err
	}
	key := ReplicaErrorKey(err)
	return domain.Refused(key, map[string]any{"target": t.String(), "detail": t.scrub(err.Error())})
}

// ReplicaErrorKey says in a translation key what went wrong with a target.
func ReplicaErrorKey(err error) string {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "accessdenied") || strings.Contains(msg, "invalidaccesskeyid") ||
		strings.Contains(msg, "signaturedoesnotmatch") || strings.Contains(msg, "status code: 403") ||
		strings.Contains(msg, "forbidden"):
		return "replication.denied"
	case strings.Contains(msg, "nosuchbucket"):
		return "replication.noBucket"
	case strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") ||
		strings.Contains(msg, "timeout") || strings.Contains(msg, "network is unreachable") ||
		strings.Contains(msg, "connection reset") || strings.Contains(msg, "eof"):
		return "replication.offline"
	case strings.Contains(msg, "replica folder"):
		return "replication.folderMissing"
	case strings.Contains(msg, "permission denied"):
		return "replication.folderDenied"
	case strings.Contains(msg, "no space left"):
		return "replication.full"
	}
	return "replication.failed"
}

// scrub removes the keys from a message, should any library ever echo
// them.
func (t ReplicaTarget) scrub(s string) string {
	for _, k := range []string{t.SecretAccessKey, t.AccessKeyID} {
		if k != "" {
			s = strings.ReplaceAll(s, k, "…")
		}
	}
	return s
}

// RestoreFromReplica replaces (or makes) the book at dbPath with the one
// the target holds, as it was at the instant at (zero: the newest). The
// replica is rebuilt into a private folder beside the book and checked
// there; a book already at dbPath is kept in its backups folder first, as
// every restore does (RestoreInspected). Nothing changes when the target
// cannot be read or holds no book for that time.
func RestoreFromReplica(ctx context.Context, dbPath string, t ReplicaTarget, at time.Time, now clock.Clock) (store.BookSummary, error) {
	var sum store.BookSummary
	dir, err := os.MkdirTemp(filepath.Dir(dbPath), ".kams-replica-*")
	if err != nil {
		return sum, fmt.Errorf("replica restore: %w", err)
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "book.db")
	if err := RestoreReplica(ctx, t, out, at); err != nil {
		return sum, err
	}
	// Litestream ran integrity_check already (IntegrityCheckFull).
	if sum, err = store.Inspect(ctx, out, false); err != nil {
		return sum, err
	}
	if err := ForgetReplicaState(dbPath); err != nil {
		return sum, err
	}
	if _, err := os.Stat(dbPath); err == nil {
		return RestoreInspected(ctx, dbPath, out, sum, now)
	}
	for _, f := range []string{dbPath + "-wal", dbPath + "-shm"} {
		if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return sum, fmt.Errorf("replica restore: %w", err)
		}
	}
	if err := os.Rename(out, dbPath); err != nil {
		return sum, fmt.Errorf("replica restore: %w", err)
	}
	st, err := store.Open(ctx, dbPath, now) // an older schema migrates now
	if err != nil {
		return sum, err
	}
	return sum, st.Close()
}
