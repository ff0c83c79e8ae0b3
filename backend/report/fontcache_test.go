package report

import (
	"bytes"
	"os"
	"testing"
)

// The embedded .gz is made from the .ttf beside it (go generate): a font
// updated without regenerating would print with the old one.
func TestEmbeddedFontIsTheTTF(t *testing.T) {
	ttf, err := os.ReadFile("fonts/wqy-microhei.ttf")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fontTTF(), ttf) {
		t.Fatal("fonts/wqy-microhei.ttf.gz does not unpack to fonts/wqy-microhei.ttf: run go generate ./backend/report/")
	}
}
