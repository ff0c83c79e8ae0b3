package domain

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
)

// Replication targets: a folder (a NAS share, a synced cloud-drive folder)
// or an S3-compatible bucket (a company MinIO, a cloud object store).
const (
	ReplicaFolder = "folder"
	ReplicaS3     = "s3"
)

// ReplicationSettings say where Litestream keeps a continuous copy of the
// book. The bucket's keys are not here: they live in the OS credential
// store (never in the book, never in a log).
type ReplicationSettings struct {
	Enabled bool   `json:"enabled"`
	Kind    string `json:"kind"` // ReplicaFolder or ReplicaS3
	Folder  string `json:"folder"`
	// Endpoint is the S3 server's address (http:// or https://), Bucket the
	// bucket and Path the prefix inside it; Region defaults to us-east-1.
	Endpoint string `json:"endpoint"`
	Bucket   string `json:"bucket"`
	Path     string `json:"path"`
	Region   string `json:"region"`
}

// DefaultReplication is off, to a folder.
func DefaultReplication() ReplicationSettings {
	return ReplicationSettings{Kind: ReplicaFolder, Path: "kams"}
}

// bucketName is S3's rule for a bucket name (3–63 lowercase letters,
// digits, dots and hyphens, starting and ending with a letter or digit).
var bucketName = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)

// Validate checks the target the settings name; a target that is off is
// still checked when filled in, so nothing invalid is saved.
func (r ReplicationSettings) Validate() error {
	var v Validation
	switch r.Kind {
	case ReplicaFolder:
		if strings.TrimSpace(r.Folder) == "" {
			if r.Enabled {
				v.Add("folder", "error.required", nil)
			}
		} else if !filepath.IsAbs(r.Folder) {
			v.Add("folder", "replication.folderAbsolute", nil)
		}
	case ReplicaS3:
		if r.Endpoint == "" && r.Enabled {
			v.Add("endpoint", "error.required", nil)
		} else if r.Endpoint != "" {
			u, err := url.Parse(r.Endpoint)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
				v.Add("endpoint", "replication.endpointInvalid", nil)
			}
		}
		if r.Bucket == "" && r.Enabled {
			v.Add("bucket", "error.required", nil)
		} else if r.Bucket != "" && !bucketName.MatchString(r.Bucket) {
			v.Add("bucket", "replication.bucketInvalid", nil)
		}
		if len(r.Path) > 512 || strings.Contains(r.Path, "..") {
			v.Add("path", "replication.pathInvalid", nil)
		}
		if len(r.Region) > 64 {
			v.Add("region", "error.tooLong", map[string]any{"max": 64, "length": len(r.Region)})
		}
	default:
		v.Add("kind", "error.choice", nil)
	}
	return v.Err()
}
