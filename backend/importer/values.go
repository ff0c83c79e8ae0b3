package importer

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// trim drops leading and trailing ASCII space, tab, U+3000 (ideographic
// space) and U+00A0 (no-break space), and changes nothing else.
func trim(s string) string { return strings.Trim(s, " \t\u3000\u00a0") }

// halfWidth turns full-width digits and the marks that come with them
// (．，－／) into ASCII.
func halfWidth(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0xFF10 && r <= 0xFF19 || r == '．' || r == '，' || r == '－' || r == '／' || r == '＋' {
			return r - 0xFEE0
		}
		return r
	}, s)
}

// valueError is why a cell's value is refused: a code of the issue and
// the parameters its message names.
type valueError struct {
	code   string
	params map[string]any
}

func (e *valueError) Error() string { return e.code }

func bad(code string, params map[string]any) error { return &valueError{code, params} }

var (
	plainNumber = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)
	sciNumber   = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?[eE][-+]?[0-9]+$`)
	floatNoise  = regexp.MustCompile(`^-?[0-9]*\.[0-9]+$`)
)

// stored is a numeric cell's stored text as Excel means it: scientific
// notation written out, and binary noise past Excel's 15 significant digits
// (1234.5600000000001) rounded away.
func stored(s string) string {
	if sciNumber.MatchString(s) {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
	}
	if floatNoise.MatchString(s) && len(strings.Trim(strings.Replace(s, ".", "", 1), "-0")) > 15 {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			g := strconv.FormatFloat(f, 'g', 15, 64)
			if f2, err := strconv.ParseFloat(g, 64); err == nil {
				return strconv.FormatFloat(f2, 'f', -1, 64)
			}
		}
	}
	return s
}

// parseAmount reads money in 元 and returns it in 分: digits (ASCII or
// full-width) with grouping commas, an optional ¥ or ￥ before, an
// optional 元 after, an optional 万 (× 10,000), at most 2 decimals.
func parseAmount(cell string) (int64, error) {
	s := strings.ReplaceAll(halfWidth(trim(cell)), " ", "")
	s = stored(s)
	yuan := func(s string) string { return strings.TrimPrefix(strings.TrimPrefix(s, "¥"), "￥") }
	s = yuan(s)
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = yuan(strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−"))
	s = strings.TrimSuffix(s, "元")
	wan := strings.HasSuffix(s, "万")
	s = strings.TrimSuffix(s, "万")
	s = strings.ReplaceAll(s, ",", "")
	if !plainNumber.MatchString(s) {
		return 0, bad("not_a_number", nil)
	}
	if neg {
		return 0, bad("negative", nil)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if wan {
		frac += "0000"
		whole, frac = whole+frac[:4], frac[4:]
	}
	if strings.TrimRight(frac, "0") != "" && len(strings.TrimRight(frac, "0")) > 2 {
		return 0, bad("invalid_value", map[string]any{"reason": "decimals"})
	}
	frac = (frac + "00")[:2]
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 14 {
		return 0, bad("invalid_value", map[string]any{"reason": "tooBig"})
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return 0, bad("not_a_number", nil)
	}
	return n, nil
}

// parseCount reads a whole number ≥ 0 (employees): digits with grouping
// commas, ASCII or full-width.
func parseCount(cell string, max int64) (int64, error) {
	s := strings.ReplaceAll(halfWidth(trim(cell)), ",", "")
	s = stored(s)
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = strings.TrimLeft(s, "-−")
	if !plainNumber.MatchString(s) {
		return 0, bad("not_a_number", nil)
	}
	if neg {
		return 0, bad("negative", nil)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if strings.Trim(frac, "0") != "" {
		return 0, bad("invalid_value", map[string]any{"reason": "whole"})
	}
	n, err := strconv.ParseInt(strings.TrimLeft(whole, "0")+"0", 10, 64)
	if err != nil || n/10 > max {
		return 0, bad("invalid_value", map[string]any{"reason": "range", "min": 0, "max": max})
	}
	return n / 10, nil
}

var (
	dashDate  = regexp.MustCompile(`^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)
	hanDate   = regexp.MustCompile(`^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]$`)
	serialNum = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)
)

// parseDate reads a day: YYYY-M-D, YYYY/M/D or YYYY年M月D日 with ASCII or
// full-width digits, or (serials true: a workbook's cell) a date serial in
// the workbook's 1900 or 1904 system. The day must exist.
func parseDate(cell string, serials, date1904 bool) (string, error) {
	s := halfWidth(trim(cell))
	if serials && serialNum.MatchString(s) {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return "", bad("invalid_date", nil)
		}
		return serialDay(f, date1904)
	}
	m := dashDate.FindStringSubmatch(s)
	if m == nil {
		m = hanDate.FindStringSubmatch(s)
	}
	if m == nil {
		return "", bad("invalid_date", nil)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return checkDay(y, mo, d)
}

func checkDay(y, m, d int) (string, error) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < 1900 || y > 9999 || t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return "", bad("invalid_date", nil)
	}
	return t.Format(time.DateOnly), nil
}

// serialDay is the day of an Excel date serial (its time of day dropped).
// In the 1900 system serial 1 is 1900-01-01 and serial 60 is 29 February
// 1900, a day that never was (Lotus's bug, kept by Excel); in the 1904
// system serial 0 is 1904-01-01.
func serialDay(f float64, date1904 bool) (string, error) {
	n := int(math.Floor(f))
	if f < 0 || f > 2958465 {
		return "", bad("invalid_date", nil)
	}
	var t time.Time
	switch {
	case date1904:
		t = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	case n == 0 || n == 60:
		return "", bad("invalid_date", nil)
	case n < 60:
		t = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	default:
		t = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	}
	return t.Format(time.DateOnly), nil
}

// phone is a phone number as text: a numeric cell gives its digits
// (13800138000, never 1.38E+10).
func phone(cell string) string {
	s := trim(cell)
	if sciNumber.MatchString(s) {
		return stored(s)
	}
	return s
}
