package service

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/zalando/go-keyring"

	"kams/backend/domain"
)

// ReplicaKeys keep a bucket's access key and secret in the OS credential
// store: Windows Credential Manager, the macOS Keychain, the Secret
// Service (GNOME Keyring, KWallet, KeePassXC) on Linux. The book holds
// only where the bucket is; the keys never reach the book, a log or the
// screen after they are typed.
type ReplicaKeys struct{}

// keyringService names the entries KAMS makes in the credential store.
const keyringService = "KAMS replication"

// keyringUser is one bucket's entry: its endpoint and name.
func keyringUser(endpoint, bucket string) string {
	return strings.TrimRight(endpoint, "/") + "/" + bucket
}

// Save stores the keys of a bucket. Without a credential store (a Linux
// without a Secret Service) it says so in a key the UI translates.
func (ReplicaKeys) Save(endpoint, bucket, keyID, secret string) error {
	if keyID == "" || secret == "" {
		return domain.Refused("replication.keysMissing", nil)
	}
	if strings.ContainsAny(keyID, "\n\r") || strings.ContainsAny(secret, "\n\r") {
		return domain.Refused("replication.keysInvalid", nil)
	}
	if err := keyring.Set(keyringService, keyringUser(endpoint, bucket), keyID+"\n"+secret); err != nil {
		return noKeyring(err)
	}
	return nil
}

// Load reads the keys of a bucket: from the credential store, or else
// from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (servers and machines
// without a credential store). found is false when neither has them.
func (ReplicaKeys) Load(endpoint, bucket string) (keyID, secret string, found bool, err error) {
	v, kerr := keyring.Get(keyringService, keyringUser(endpoint, bucket))
	if kerr == nil {
		keyID, secret, _ = strings.Cut(v, "\n")
		return keyID, secret, true, nil
	}
	if id, s := os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"); id != "" && s != "" {
		return id, s, true, nil
	}
	if errors.Is(kerr, keyring.ErrNotFound) {
		return "", "", false, nil
	}
	return "", "", false, noKeyring(kerr)
}

// Delete forgets a bucket's keys (nothing to forget is no error).
func (ReplicaKeys) Delete(endpoint, bucket string) error {
	err := keyring.Delete(keyringService, keyringUser(endpoint, bucket))
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return noKeyring(err)
}

// noKeyring is the credential store's absence or refusal, translated.
// Its detail is the store's own message, which never holds the secret.
func noKeyring(err error) error {
	return domain.Refused("replication.noKeyring", map[string]any{"detail": fmt.Sprint(err)})
}
