package report

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"reflect"
	"sort"
	"sync"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// gofpdf parses a TrueType font anew for every document and, when it writes
// the PDF, walks the whole font again to cut the subset it embeds. With the
// 4.6 MB WenQuanYi font (≈30,000 glyphs) that is ~55 ms a document whatever
// its size. gofpdf keeps its parsed font unexported, so it cannot be shared;
// what it does support is UTF8CutFont, which makes a smaller TrueType font
// of chosen characters that AddUTF8FontFromBytes then reads. So the process
// cuts, once, a base font of the characters nearly every document uses —
// Latin, punctuation and the 6,763 Chinese characters of GB 2312 — which is
// a quarter of the glyphs (~14 ms a document). A document with a character
// outside the base (a rare name character such as 喆 or 堃) gets the base
// plus its extra characters, cut from the full font and kept for the next
// documents that need exactly those.

// fontGz is WenQuanYi Micro Hei (Apache-2.0, see fonts/LICENSE-wqy-microhei.txt),
// Chinese and Latin in one TrueType font, which gofpdf can embed as a
// subset. It is embedded gzipped (fonts/compress.go makes the .gz from the
// .ttf): 2.1 MB of binary instead of 4.6, and nothing unpacked until the
// first PDF asks for it.
//
//go:generate go run fonts/compress.go
//go:embed fonts/wqy-microhei.ttf.gz
var fontGz []byte

var (
	fullOnce sync.Once
	fullFont []byte
)

// fontTTF is the whole font, unpacked once per process (about 20 ms).
func fontTTF() []byte {
	fullOnce.Do(func() {
		r, err := gzip.NewReader(bytes.NewReader(fontGz))
		if err != nil {
			panic("report: embedded font: " + err.Error()) // a broken build, not a user's error
		}
		if fullFont, err = io.ReadAll(r); err != nil {
			panic("report: embedded font: " + err.Error())
		}
	})
	return fullFont
}

var (
	baseOnce  sync.Once
	baseFont  []byte
	baseRunes map[rune]bool

	extraMu    sync.Mutex
	extraFonts = map[string][]byte{} // by the sorted extra characters
)

// maxExtraFonts bounds the fonts kept for extra characters: a few accounts'
// worth, about 1.3 MB each.
const maxExtraFonts = 8

// baseCharacters are the characters of the base font.
func baseCharacters() map[rune]bool {
	set := map[rune]bool{}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			set[r] = true
		}
	}
	add(0x20, 0x24f)    // Latin
	add(0x2000, 0x2bff) // punctuation, currency, arrows, shapes (▲ ● …)
	add(0x3000, 0x303f) // CJK punctuation
	add(0xff00, 0xffef) // fullwidth forms
	add(0xfffd, 0xfffd) // the replacement character clean() prints
	dec := simplifiedchinese.GBK.NewDecoder()
	for hi := 0xb0; hi <= 0xf7; hi++ { // GB 2312's Chinese characters
		for lo := 0xa1; lo <= 0xfe; lo++ {
			b, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if r := []rune(string(b)); err == nil && len(r) == 1 && r[0] != 0xfffd {
				set[r[0]] = true
			}
		}
	}
	return set
}

func cutFont(set map[rune]bool) []byte {
	runes := make([]rune, 0, len(set))
	for r := range set {
		runes = append(runes, r)
	}
	return gofpdf.UTF8CutFont(fontTTF(), string(runes))
}

// fontFor returns the font bytes that hold every character of the given
// texts: the base font, or the base plus the extra characters.
func fontFor(texts []string) []byte {
	baseOnce.Do(func() {
		baseRunes = baseCharacters()
		baseFont = cutFont(baseRunes)
	})
	extra := map[rune]bool{}
	for _, s := range texts {
		for _, r := range s {
			if r > 0xffff {
				continue // printed from a fallback font (see fontSet)
			}
			if !baseRunes[r] {
				extra[r] = true
			}
		}
	}
	if len(extra) == 0 {
		return baseFont
	}
	keys := make([]rune, 0, len(extra))
	for r := range extra {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	key := string(keys)
	extraMu.Lock()
	defer extraMu.Unlock()
	if f, ok := extraFonts[key]; ok {
		return f
	}
	set := make(map[rune]bool, len(baseRunes)+len(extra))
	for r := range baseRunes {
		set[r] = true
	}
	for r := range extra {
		set[r] = true
	}
	f := cutFont(set)
	if len(extraFonts) >= maxExtraFonts {
		for k := range extraFonts { // any one: the cache is small
			delete(extraFonts, k)
			break
		}
	}
	extraFonts[key] = f
	return f
}

// stringsOf collects every string inside v (structs, slices, maps, pointers):
// the user's text a document may print.
func stringsOf(v any) []string {
	var out []string
	var walk func(reflect.Value)
	walk = func(x reflect.Value) {
		switch x.Kind() {
		case reflect.String:
			if s := x.String(); s != "" {
				out = append(out, s)
			}
		case reflect.Struct:
			for i := 0; i < x.NumField(); i++ {
				if x.Type().Field(i).IsExported() {
					walk(x.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < x.Len(); i++ {
				walk(x.Index(i))
			}
		case reflect.Map:
			it := x.MapRange()
			for it.Next() {
				walk(it.Key())
				walk(it.Value())
			}
		case reflect.Pointer, reflect.Interface:
			if !x.IsNil() {
				walk(x.Elem())
			}
		}
	}
	walk(reflect.ValueOf(v))
	return out
}

// messageTexts are the words of every message in lang, for fontFor.
func messageTexts(lang string) []string {
	out := make([]string, 0, len(messages))
	for k := range messages {
		out = append(out, tr(lang, k))
	}
	return out
}

// addFont gives pdf the report font, holding the characters of data and of
// the messages, and the fallback fonts for the characters it lacks (see
// fontSet); pdf.Error reports a font gofpdf could not read.
func addFont(pdf *gofpdf.Fpdf, lang string, data any) *fontSet {
	texts := append(stringsOf(data), messageTexts(lang)...)
	pdf.AddUTF8FontFromBytes(fontFamily, "", fontFor(texts))
	fs := addFallbacks(pdf, texts)
	pdf.SetFont(fontFamily, "", sizeBody)
	return fs
}
