package report

import (
	"strings"
	"unicode"
)

// ellipsis ends a cell whose text was cut to fit.
const ellipsis = "…"

// closing marks never start a line (禁则: 行首禁则); they go to the next
// line together with the character before them.
const closing = "，。、）．,.;:!?)]}%；：！？」』》〉】〕”’…"

// opening marks never end a line: they go to the next line with the
// character after them.
const opening = "（([{「『《〈【〔“‘"

func isClosing(r rune) bool { return strings.ContainsRune(closing, r) }
func isOpening(r rune) bool { return strings.ContainsRune(opening, r) }

// isWide is a character that may be broken before or after on its own:
// Chinese, Japanese and Korean text and the fullwidth forms.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// clean makes user text printable on one line: whitespace and control
// characters become single spaces, and the characters outside the Basic
// Multilingual Plane (emoji), which the PDF font code cannot embed, become
// the replacement character.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// segment is a piece of text that is never broken inside (unless it alone
// is wider than the line): a word, or one Chinese character with the
// punctuation glued to it.
type segment struct {
	text  string
	space bool // a space comes before it
}

func segments(s string) []segment {
	var out []segment
	space, glue := false, false
	prevWide := false
	for _, r := range s {
		if r == ' ' {
			space, glue = true, false
			continue
		}
		n := len(out)
		switch {
		case n > 0 && !space && (glue || isClosing(r)):
			// After an opening mark, or a closing mark: same segment.
			out[n-1].text += string(r)
		case n > 0 && !space && !isWide(r) && !prevWide && !isOpening(r):
			// Latin letters and digits run on into a word.
			out[n-1].text += string(r)
		default:
			out = append(out, segment{text: string(r), space: space && n > 0})
		}
		glue = isOpening(r)
		prevWide = isWide(r) || isClosing(r) && prevWide
		space = false
	}
	return out
}

// wrap breaks s into lines no wider than width as measured by width(s)
// (the PDF's GetStringWidth for the current font). It breaks Latin text at
// spaces and Chinese text between characters, but never before a closing
// mark such as ，。、） nor after an opening one such as （: the mark moves to
// the next line with the character before it. A word wider than a line is
// broken where it must. Empty text is no lines.
func wrap(s string, limit float64, width func(string) float64) []string {
	return wrapN(s, limit, width, 0)
}

// wrapN is wrap that stops after n lines when n > 0: a cell that shows two
// lines of a long text need not break the whole text.
func wrapN(s string, limit float64, width func(string) float64, n int) []string {
	var lines []string
	line := ""
	for _, seg := range segments(clean(s)) {
		if n > 0 && len(lines) >= n {
			return lines[:n]
		}
		try := seg.text
		if line != "" && seg.space {
			try = " " + try
		}
		if width(line+try) <= limit {
			line += try
			continue
		}
		if line != "" {
			lines = append(lines, line)
			line = ""
		}
		if width(seg.text) <= limit {
			line = seg.text
			continue
		}
		// Too wide for any line: break it by characters.
		for _, r := range seg.text {
			if line != "" && width(line+string(r)) > limit {
				lines = append(lines, line)
				line = ""
			}
			line += string(r)
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	if n > 0 && len(lines) > n {
		lines = lines[:n]
	}
	return lines
}

// clip keeps at most max lines; when it drops any, the last one kept ends
// with "…" and still fits the width.
func clip(lines []string, max int, limit float64, width func(string) float64) []string {
	if len(lines) <= max {
		return lines
	}
	if max <= 0 {
		return nil
	}
	out := append([]string(nil), lines[:max]...)
	out[max-1] = withEllipsis(out[max-1], limit, width)
	return out
}

// withEllipsis cuts s until s+"…" fits the width.
func withEllipsis(s string, limit float64, width func(string) float64) string {
	r := []rune(s)
	for len(r) > 0 && width(string(r)+ellipsis) > limit {
		r = r[:len(r)-1]
	}
	return strings.TrimRight(string(r), " ") + ellipsis
}

// fitLines is wrap then clip: the text of a cell in at most max lines.
func fitLines(s string, max int, limit float64, width func(string) float64) []string {
	if max <= 0 {
		return nil
	}
	// No more characters than max+1 lines of the narrowest ones could
	// hold: a long text costs no more than a short one.
	narrowest := width(".")
	for _, c := range []string{" ", "i", "l", "|", "'"} {
		narrowest = min(narrowest, width(c))
	}
	n := max + 1
	if narrowest > 0 {
		n = (max + 1) * (int(limit/narrowest) + 2)
	}
	s, cut := cutRunes(s, n)
	// One line more than shown tells clip that the text goes on.
	lines := clip(wrapN(s, limit, width, max+1), max, limit, width)
	if last := len(lines) - 1; cut && last >= 0 && !strings.HasSuffix(lines[last], ellipsis) {
		lines[last] = withEllipsis(lines[last], limit, width)
	}
	return lines
}

// cutRunes keeps the first n characters of s, and says whether it cut.
func cutRunes(s string, n int) (string, bool) {
	i := 0
	for j := range s {
		if i == n {
			return s[:j], true
		}
		i++
	}
	return s, false
}
