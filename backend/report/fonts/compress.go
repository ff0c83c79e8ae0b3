//go:build ignore

// compress writes wqy-microhei.ttf.gz from wqy-microhei.ttf: the app embeds
// the font gzipped (4.6 MB → 2.1 MB of binary) and unpacks it once, on the
// first PDF. Run by `go generate ./backend/report/`; the output is the same
// bytes for the same input (no name or time in the gzip header), and a
// test checks that it unpacks to the .ttf beside it.
package main

import (
	"bytes"
	"compress/gzip"
	"log"
	"os"
)

func main() {
	ttf, err := os.ReadFile("fonts/wqy-microhei.ttf")
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := w.Write(ttf); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("fonts/wqy-microhei.ttf.gz", buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
