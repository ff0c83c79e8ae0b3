package importer

import "strings"

// unneutralise undoes what the list export (and Excel's own habit) does to
// a CSV cell whose text starts with = + - or @: the apostrophe in front that
// keeps a spreadsheet from running it as a formula. Only that one
// apostrophe goes; any other text keeps what it starts with.
func unneutralise(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@", rune(s[1])) {
		return s[1:]
	}
	return s
}
