package domain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanText is a text as it is stored: without NUL and the other control
// characters (tab and newline stay; a pasted "\r\n" becomes "\n") and
// without bytes that are not UTF-8. A NUL pasted into a field would
// otherwise cut the text short in some readers and break the search index's
// queries.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, s)
}

func isClean(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' && r != '\n' {
			return false
		}
	}
	return true
}

// CleanLine is a one-line field as stored: CleanText without the invisible
// characters at either end, and "" when nothing visible is left, so that a
// name of only zero-width spaces or direction marks is as empty as a name of
// spaces and fails "required".
func CleanLine(s string) string {
	s = strings.TrimFunc(CleanText(s), invisible)
	if Blank(s) {
		return ""
	}
	return s
}

// Blank is true when s shows nothing: it holds only white space, control
// and format characters (U+200B, U+202E, U+FEFF …), variation selectors and
// the other characters Unicode says a renderer ignores (U+3164 …).
func Blank(s string) bool {
	for _, r := range s {
		if !invisible(r) && !unicode.Is(unicode.Variation_Selector, r) {
			return false
		}
	}
	return true
}

// invisible is a character that draws nothing by itself.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point) ||
		r == '\u2800' // braille blank, a common "empty name" trick
}
