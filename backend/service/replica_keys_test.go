package service_test

import (
	"errors"
	"testing"

	"github.com/zalando/go-keyring"

	"kams/backend/service"
)

// TestReplicaKeys: keys go to the credential store and come back; without
// one (a Linux without a Secret Service) saving says so in a key the UI
// translates, and the environment's AWS_* keys are used instead. The
// store itself is go-keyring's in-memory stand-in: the test machine has
// no Secret Service.
func TestReplicaKeys(t *testing.T) {
	keys := service.ReplicaKeys{}
	keyring.MockInit()
	if _, _, found, err := keys.Load("https://minio.example.com", "books"); found || err != nil {
		t.Fatalf("nothing saved yet: %v %v", found, err)
	}
	if err := keys.Save("https://minio.example.com", "books", "AKID", "s3cr3t"); err != nil {
		t.Fatal(err)
	}
	if id, secret, found, err := keys.Load("https://minio.example.com/", "books"); !found || err != nil || id != "AKID" || secret != "s3cr3t" {
		t.Fatalf("load: %q %q %v %v", id, secret, found, err)
	}
	if err := keys.Save("https://minio.example.com", "books", "AKID", "two\nlines"); !isKey(err, "replication.keysInvalid") {
		t.Fatalf("a line break: %v", err)
	}
	if err := keys.Delete("https://minio.example.com", "books"); err != nil {
		t.Fatal(err)
	}

	keyring.MockInitWithError(errors.New("The name org.freedesktop.secrets was not provided by any .service files"))
	defer keyring.MockInit()
	if err := keys.Save("https://minio.example.com", "books", "AKID", "s3cr3t"); !isKey(err, "replication.noKeyring") {
		t.Fatalf("no credential store: %v", err)
	}
	if _, _, found, err := keys.Load("https://minio.example.com", "books"); found || !isKey(err, "replication.noKeyring") {
		t.Fatalf("no credential store, no environment: %v %v", found, err)
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "ENVID")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "envsecret")
	if id, secret, found, err := keys.Load("https://minio.example.com", "books"); !found || err != nil || id != "ENVID" || secret != "envsecret" {
		t.Fatalf("from the environment: %q %q %v %v", id, secret, found, err)
	}
}
