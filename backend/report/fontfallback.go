package report

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// The report font (WenQuanYi Micro Hei) has no glyph for characters beyond
// U+FFFF — 𠮷 (U+20BB7) and the other rare characters real names hold — nor
// for emoji and many symbols (❤ ✅ ☎). Each such character prints from the
// first fallback font that has it: the system's own extension fonts where
// there are any (SimSun-ExtB and MingLiU-ExtB on Windows, Songti/PingFang on
// macOS, HanaMin and Symbola on Linux), else the two small fonts shipped in
// fonts/ (see fonts/fallback.sh). A character no font has prints as U+FFFD
// '�', the standard visible mark of a character that cannot be shown —
// never an empty box that looks like a real glyph. Joiners, variation
// selectors and skin-tone modifiers draw nothing in monochrome print and
// are dropped (👍🏽 prints as 👍, 👨‍👩‍👧 as 👨👩👧).

//go:embed fonts/kams-ext-cjk.ttf.gz
var extCJKGz []byte

//go:embed fonts/kams-ext-symbols.ttf.gz
var extSymbolsGz []byte

// systemFallbackFonts are the fonts looked for on this machine, in order;
// only TrueType outlines (glyf) serve: gofpdf cannot embed CFF (OTF) fonts.
// A variable so that tests can print with the shipped fonts alone.
var systemFallbackFonts = func() []string {
	win := os.Getenv("WINDIR")
	if win == "" {
		win = `C:\Windows`
	}
	return []string{
		filepath.Join(win, "Fonts", "simsunb.ttf"),  // SimSun-ExtB
		filepath.Join(win, "Fonts", "mingliub.ttc"), // MingLiU-ExtB
		filepath.Join(win, "Fonts", "seguisym.ttf"), // Segoe UI Symbol
		filepath.Join(win, "Fonts", "seguiemj.ttf"), // Segoe UI Emoji (its monochrome outlines)
		"/System/Library/Fonts/Supplemental/Songti.ttc",
		"/System/Library/Fonts/PingFang.ttc",
		"/System/Library/Fonts/STHeiti Light.ttc",
		"/System/Library/Fonts/Apple Symbols.ttf",
		"/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
		"/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
	}
}

// fallbackFont is one font that may hold characters the report font lacks.
type fallbackFont struct {
	name string
	once sync.Once
	font *sfntFont
	gids map[rune]uint16
	load func() ([]byte, error)
}

func (f *fallbackFont) glyph(r rune) (uint16, bool) {
	f.once.Do(func() {
		b, err := f.load()
		if err != nil {
			return
		}
		if f.font, err = parseSFNT(b, 0); err == nil {
			f.gids = f.font.glyphs()
		}
	})
	g, ok := f.gids[r]
	return g, ok
}

func gunzipped(gz []byte) func() ([]byte, error) {
	return func() ([]byte, error) {
		r, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	}
}

var (
	fallbacksOnce sync.Once
	fallbacks     []*fallbackFont
	primaryOnce   sync.Once
	primaryGlyphs map[rune]uint16
)

func fallbackFonts() []*fallbackFont {
	fallbacksOnce.Do(func() {
		for _, p := range systemFallbackFonts() {
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				p := p
				fallbacks = append(fallbacks, &fallbackFont{name: p, load: func() ([]byte, error) { return os.ReadFile(p) }})
			}
		}
		fallbacks = append(fallbacks, &fallbackFont{name: "kams-ext-cjk", load: gunzipped(extCJKGz)},
			&fallbackFont{name: "kams-ext-symbols", load: gunzipped(extSymbolsGz)})
	})
	return fallbacks
}

// inPrimary is whether the report font draws r.
func inPrimary(r rune) bool {
	primaryOnce.Do(func() {
		if f, err := parseSFNT(fontTTF(), 0); err == nil {
			primaryGlyphs = f.glyphs()
		}
	})
	_, ok := primaryGlyphs[r]
	return ok
}

// dropped are the characters that draw nothing in print: joiners, variation
// selectors, skin-tone modifiers, tag characters.
func dropped(r rune) bool {
	return r == 0x200d || r == 0x200c || (r >= 0xfe00 && r <= 0xfe0f) || (r >= 0x1f3fb && r <= 0x1f3ff) ||
		(r >= 0xe0000 && r <= 0xe01ef)
}

// printedAs is what a character of a document prints from: the report font
// (family ""), a fallback family at a Private Use Area code, or nothing.
type printedAs struct {
	family string
	code   rune
}

// fontSet is the fonts of one document and, for each character the report
// font lacks, where it prints from.
type fontSet struct {
	fallback map[rune]printedAs
}

var (
	cutMu   sync.Mutex
	cutFor  = map[string][]byte{} // by font name and the sorted characters
	maxCuts = 16
)

// addFallbacks gives pdf, for the characters of texts that the report font
// lacks, the fallback fonts that have them (each cut to just those glyphs).
func addFallbacks(pdf *gofpdf.Fpdf, texts []string) *fontSet {
	fs := &fontSet{fallback: map[rune]printedAs{}}
	missing := map[rune]bool{}
	for _, s := range texts {
		for _, r := range s {
			if r >= ' ' && !unicode.IsSpace(r) && !dropped(r) && !inPrimary(r) {
				missing[r] = true
			}
		}
	}
	if len(missing) == 0 {
		return fs
	}
	runes := make([]rune, 0, len(missing))
	for r := range missing {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for i, f := range fallbackFonts() {
		var mine []rune
		var gids []uint16
		for _, r := range runes {
			if _, done := fs.fallback[r]; done {
				continue
			}
			if g, ok := f.glyph(r); ok {
				mine, gids = append(mine, r), append(gids, g)
			}
		}
		if len(mine) == 0 {
			continue
		}
		family := fmt.Sprintf("kamsx%d", i)
		pdf.AddUTF8FontFromBytes(family, "", cut(f, mine, gids))
		for j, r := range mine {
			fs.fallback[r] = printedAs{family: family, code: rune(puaBase + j)}
		}
	}
	for _, r := range runes {
		if _, ok := fs.fallback[r]; !ok {
			fs.fallback[r] = printedAs{code: '\ufffd'} // no font has it: a visible mark
		}
	}
	return fs
}

// cut is the fallback font f remapped to U+E000… for chars and cut to those
// glyphs, kept for the next documents that need the same characters.
func cut(f *fallbackFont, chars []rune, gids []uint16) []byte {
	key := f.name + "\x00" + string(chars)
	cutMu.Lock()
	defer cutMu.Unlock()
	if b, ok := cutFor[key]; ok {
		return b
	}
	pua := make([]rune, len(gids))
	for i := range pua {
		pua[i] = rune(puaBase + i)
	}
	b := gofpdf.UTF8CutFont(f.font.remapped(gids), string(pua))
	if len(cutFor) >= maxCuts {
		for k := range cutFor {
			delete(cutFor, k)
			break
		}
	}
	cutFor[key] = b
	return b
}

// run is a piece of a line printed in one font.
type run struct {
	family string // "" for the report font
	text   string
}

// runs splits s by the font each character prints from.
func (fs *fontSet) runs(s string) []run {
	if fs == nil || len(fs.fallback) == 0 {
		return []run{{text: s}}
	}
	var out []run
	var b strings.Builder
	family := ""
	flush := func() {
		if b.Len() > 0 {
			out = append(out, run{family: family, text: b.String()})
			b.Reset()
		}
	}
	for _, r := range s {
		if dropped(r) {
			continue
		}
		fam, code := "", r
		if p, ok := fs.fallback[r]; ok {
			fam, code = p.family, p.code
		}
		if fam != family {
			flush()
			family = fam
		}
		b.WriteRune(code)
	}
	flush()
	return out
}

// plain is whether s prints wholly in the report font, as it is.
func (fs *fontSet) plain(s string) bool {
	if fs == nil || len(fs.fallback) == 0 {
		return true
	}
	for _, r := range s {
		if _, ok := fs.fallback[r]; ok || dropped(r) {
			return false
		}
	}
	return true
}

// width is the width of s at the current font size.
func (fs *fontSet) width(pdf *gofpdf.Fpdf, s string) float64 {
	if fs.plain(s) {
		return pdf.GetStringWidth(s)
	}
	size, _ := pdf.GetFontSize()
	w := 0.0
	for _, r := range fs.runs(s) {
		w += fs.inFont(pdf, r.family, size, func() float64 { return pdf.GetStringWidth(r.text) })
	}
	return w
}

// draw prints s with its baseline at (x, y).
func (fs *fontSet) draw(pdf *gofpdf.Fpdf, x, y float64, s string) {
	if fs.plain(s) {
		pdf.Text(x, y, s)
		return
	}
	size, _ := pdf.GetFontSize()
	for _, r := range fs.runs(s) {
		x += fs.inFont(pdf, r.family, size, func() float64 {
			pdf.Text(x, y, r.text)
			return pdf.GetStringWidth(r.text)
		})
	}
}

// inFont runs fn with the family (the report font for "") at size, then
// sets the report font back.
func (fs *fontSet) inFont(pdf *gofpdf.Fpdf, family string, size float64, fn func() float64) float64 {
	if family == "" {
		return fn()
	}
	pdf.SetFont(family, "", size)
	w := fn()
	pdf.SetFont(fontFamily, "", size)
	return w
}
