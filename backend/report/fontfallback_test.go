package report

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// shippedFallbacksOnly makes the test print with the fonts shipped in
// fonts/ alone, whatever this machine has installed.
func shippedFallbacksOnly(t *testing.T) {
	t.Helper()
	keep := systemFallbackFonts
	reset := func() {
		fallbacksOnce, fallbacks = sync.Once{}, nil
		cutMu.Lock()
		cutFor = map[string][]byte{}
		cutMu.Unlock()
	}
	systemFallbackFonts = func() []string { return nil }
	reset()
	t.Cleanup(func() { systemFallbackFonts = keep; reset() })
}

// The characters of a name the report font lacks print from a fallback
// font that has them: 𠮷 (U+20BB7) and an emoji, not boxes.
func TestRareNameCharactersAndEmojiPrint(t *testing.T) {
	shippedFallbacksOnly(t)
	for _, r := range []rune{0x20bb7, 0x1f44d, 0x2764} {
		if inPrimary(r) {
			t.Fatalf("the report font has %U: the test needs a character it lacks", r)
		}
	}
	names := []string{"𠮷野家", "王👍🏽", "❤️客户", "\U0001FAE8"} // the last: an emoji no shipped font has
	page, fs := renderGlyphs(t, names)

	for _, r := range []rune{0x20bb7, 0x1f44d, 0x2764} {
		p := fs.fallback[r]
		if p.family == "" {
			t.Errorf("%U has no fallback font", r)
		}
		// The font it prints from draws it: a glyph with an outline.
		for _, f := range fallbackFonts() {
			if g, ok := f.glyph(r); ok {
				if n := outlineBytes(t, f.font, g); n == 0 {
					t.Errorf("%s has an empty glyph for %U", f.name, r)
				}
				break
			}
		}
	}
	if p := fs.fallback[0x1fae8]; p.family != "" || p.code != '\ufffd' {
		t.Errorf("an emoji no font has prints as %+v, want the visible U+FFFD", p)
	}
	if got := fs.runs("王👍🏽"); len(got) != 2 || got[1].family == "" || strings.ContainsRune(got[1].text, 0x1f3fd) {
		t.Errorf("runs(王👍🏽) = %+q: want 王 in the report font, then 👍 in a fallback without the skin tone", got)
	}

	// On the page: 𠮷 looks like 吉 (the same character with a longer
	// lower stroke on top, here in a Ming face beside a sans one), which a
	// box, the replacement mark or an empty glyph does not.
	yoshi, ji, mark := page.cell(0, 0), page.cell(0, 1), page.cell(1, 1)
	like, unlike := overlap(yoshi, ji), overlap(yoshi, mark)
	t.Logf("𠮷: %.1f%% ink, %.0f%% shared with 吉, %.0f%% with the mark", inkOf(yoshi)*100, like*100, unlike*100)
	if inkOf(yoshi) < 0.02 || like < 0.2 || like < unlike+0.08 {
		t.Errorf("𠮷 shares %.0f%% of its shape with 吉 and %.0f%% with the replacement mark: it did not print as the character",
			like*100, unlike*100)
	}
	thumb, box := page.cell(1, 0), page.cell(1, 1)
	if inkOf(thumb) < 0.01 {
		t.Errorf("👍 printed no ink (%.1f%%)", inkOf(thumb)*100)
	}
	if ov := overlap(thumb, box); ov > 0.3 {
		t.Errorf("👍 looks like the replacement mark (%.0f%% shared ink)", ov*100)
	}
	if inkOf(page.cell(2, 1)) < 0.01 {
		t.Error("the replacement mark for an emoji no font has printed nothing")
	}
}

// glyphPage is the rendered test page: a grid of cells, one glyph each.
type glyphPage struct {
	img  image.Image
	cell func(row, col int) []bool
}

// renderGlyphs prints 𠮷 吉 / 👍 � / ❤ <no-font emoji> large on a page with
// the fonts of names, rasterises it and returns the cells.
func renderGlyphs(t *testing.T, names []string) (glyphPage, *fontSet) {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm is not installed (poppler-utils)")
	}
	d, err := newDoc(LangZh, "glyphs", time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC), struct{ Names []string }{names})
	if err != nil {
		t.Fatal(err)
	}
	d.newPage(true)
	const size, step = 60.0, 40.0 // pt, mm
	grid := [][]string{{"𠮷", "吉"}, {"👍", "\ufffd"}, {"❤", "\U0001FAE8"}}
	for row, line := range grid {
		for col, s := range line {
			d.text(margin+step*float64(col), margin+step*float64(row), size, s)
		}
	}
	var buf bytes.Buffer
	if err := d.finish(&buf); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "glyphs.pdf")
	if err := os.WriteFile(pdf, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdffonts", pdf).CombinedOutput(); err == nil && strings.Count(string(out), "\n") < 4 {
		t.Errorf("one font in the PDF, want the report font and fallbacks:\n%s", out)
	}
	const dpi = 50
	if out, err := exec.Command("pdftoppm", "-png", "-r", "50", "-singlefile", pdf, filepath.Join(dir, "glyphs")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	// GLYPHS_DUMP=DIR keeps the page, to look at.
	if dump := os.Getenv("GLYPHS_DUMP"); dump != "" {
		b, _ := os.ReadFile(filepath.Join(dir, "glyphs.png"))
		os.WriteFile(filepath.Join(dump, "glyphs.png"), b, 0o644)
	}
	f, err := os.Open(filepath.Join(dir, "glyphs.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	px := func(mm float64) int { return int(mm / 25.4 * dpi) }
	return glyphPage{img: img, cell: func(row, col int) []bool {
		x0, y0 := px(margin+step*float64(col)), px(margin+step*float64(row))
		w := px(step - 5)
		out := make([]bool, 0, w*w)
		for y := y0; y < y0+w; y++ {
			for x := x0; x < x0+w; x++ {
				r, g, b, _ := img.At(x, y).RGBA()
				out = append(out, r < 0x8000 || g < 0x8000 || b < 0x8000)
			}
		}
		return out
	}}, d.fonts
}

// outlineBytes is the size of glyph g's outline in the glyf table.
func outlineBytes(t *testing.T, f *sfntFont, g uint16) int {
	t.Helper()
	loca, long := f.tables["loca"], f.tables["head"][51] == 1 // indexToLocFormat
	at := func(i int) int {
		if long {
			return int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		return 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
	}
	return at(int(g)+1) - at(int(g))
}

func inkOf(cell []bool) float64 {
	n := 0
	for _, on := range cell {
		if on {
			n++
		}
	}
	return float64(n) / float64(len(cell))
}

// overlap is the share of the ink of a and b that both have (IoU).
func overlap(a, b []bool) float64 {
	both, either := 0, 0
	for i := range a {
		if a[i] && b[i] {
			both++
		}
		if a[i] || b[i] {
			either++
		}
	}
	if either == 0 {
		return 0
	}
	return float64(both) / float64(either)
}
