package listexport

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// The values a list's row holds besides text (string) and whole numbers
// (int, int64): each is written as its kind in .xlsx and as plain text in
// .csv, in the form the importer reads back.
type (
	// Money is an amount in minor units (分): a number with two decimals.
	Money int64
	// Date is a day, YYYY-MM-DD, or "" for none: a date cell in .xlsx.
	Date string
	// Percent is a ratio (0.25 is 25%); negative means none (no target).
	Percent float64
	// Decimal is a number shown with one decimal (a score, a total).
	Decimal float64
)

// Format is the file a list is written to.
type Format string

const (
	XLSX Format = "xlsx"
	CSV  Format = "csv"
)

// FormatOf is the format a file name asks for by its extension.
func FormatOf(path string) (Format, bool) {
	switch l := strings.ToLower(path); {
	case strings.HasSuffix(l, ".xlsx"):
		return XLSX, true
	case strings.HasSuffix(l, ".csv"):
		return CSV, true
	}
	return "", false
}

// sheet writes a header and rows, streaming: nothing but the current row
// is held beyond the writer's own bounded buffers.
type sheet interface {
	header(cols []string, widths []float64) error
	row(values []any) error
	close() error
}

// Neutralise makes a text that a spreadsheet would take for a formula (it
// starts with = + - or @) plain text for a CSV file: a leading apostrophe,
// which Excel shows as the text itself.
func Neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// csvSheet is UTF-8 with a byte-order mark, so Excel on a Chinese Windows
// opens it as UTF-8 rather than GB18030; RFC 4180 quoting, CRLF lines.
type csvSheet struct {
	buf *bufio.Writer
	w   *csv.Writer
}

func newCSV(w io.Writer) (*csvSheet, error) {
	b := bufio.NewWriterSize(w, 64<<10)
	if _, err := b.WriteString("\uFEFF"); err != nil {
		return nil, err
	}
	c := csv.NewWriter(b)
	c.UseCRLF = true
	return &csvSheet{buf: b, w: c}, nil
}

func (s *csvSheet) header(cols []string, _ []float64) error { return s.w.Write(cols) }

func (s *csvSheet) row(values []any) error {
	rec := make([]string, len(values))
	for i, v := range values {
		rec[i] = csvText(v)
	}
	return s.w.Write(rec)
}

func (s *csvSheet) close() error {
	s.w.Flush()
	if err := s.w.Error(); err != nil {
		return err
	}
	return s.buf.Flush()
}

func csvText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return Neutralise(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case Money:
		return moneyText(int64(x))
	case Date:
		return string(x)
	case Percent:
		if x < 0 {
			return ""
		}
		return strconv.FormatFloat(float64(x)*100, 'f', 1, 64) + "%"
	case Decimal:
		return strconv.FormatFloat(float64(x), 'f', 1, 64)
	case bool:
		if x {
			return "1"
		}
		return "0"
	}
	return Neutralise(fmt.Sprint(v))
}

// moneyText is minor units as major units with two decimals, no grouping:
// 123456 is "1234.56".
func moneyText(minor int64) string {
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	return fmt.Sprintf("%s%d.%02d", sign, minor/100, minor%100)
}

// xlsxSheet streams one worksheet (excelize's StreamWriter keeps 16 MB in
// memory and the rest in a temporary file) and zips the book at close.
type xlsxSheet struct {
	out    io.Writer
	f      *excelize.File
	sw     *excelize.StreamWriter
	n      int
	styles struct{ head, money, date, percent, decimal int }
}

func newXLSX(w io.Writer, sheetName string) (*xlsxSheet, error) {
	f := excelize.NewFile()
	s := &xlsxSheet{out: w, f: f}
	if err := f.SetSheetName("Sheet1", sheetName); err != nil {
		f.Close()
		return nil, err
	}
	var err error
	if s.sw, err = f.NewStreamWriter(sheetName); err != nil {
		f.Close()
		return nil, err
	}
	money, date, pct, dec := "#,##0.00", "yyyy-mm-dd", "0.0%", "0.0"
	for _, st := range []struct {
		id    *int
		style excelize.Style
	}{
		{&s.styles.head, excelize.Style{Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EEF1F6"}}}},
		{&s.styles.money, excelize.Style{CustomNumFmt: &money}},
		{&s.styles.date, excelize.Style{CustomNumFmt: &date}},
		{&s.styles.percent, excelize.Style{CustomNumFmt: &pct}},
		{&s.styles.decimal, excelize.Style{CustomNumFmt: &dec}},
	} {
		if *st.id, err = f.NewStyle(&st.style); err != nil {
			f.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *xlsxSheet) header(cols []string, widths []float64) error {
	for i, w := range widths {
		if err := s.sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	// The header row stays in view as the rows scroll.
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	cells := make([]any, len(cols))
	for i, c := range cols {
		cells[i] = excelize.Cell{StyleID: s.styles.head, Value: c}
	}
	return s.next(cells)
}

func (s *xlsxSheet) next(cells []any) error {
	s.n++
	ref, err := excelize.CoordinatesToCellName(1, s.n)
	if err != nil {
		return err
	}
	return s.sw.SetRow(ref, cells)
}

// maxSheetRows is the most rows a worksheet holds (Excel's limit).
var maxSheetRows = excelize.TotalRows

func (s *xlsxSheet) row(values []any) error {
	if s.n >= maxSheetRows {
		return sheetFull(maxSheetRows - 1)
	}
	cells := make([]any, len(values))
	for i, v := range values {
		cells[i] = s.cell(v)
	}
	return s.next(cells)
}

// cell is a value as an Excel cell: text is always a string cell (never a
// formula, whatever it starts with), numbers are numbers, days are dates.
func (s *xlsxSheet) cell(v any) any {
	switch x := v.(type) {
	case string:
		if x == "" {
			return nil
		}
		return x
	case Money:
		return excelize.Cell{StyleID: s.styles.money, Value: float64(x) / 100}
	case Date:
		d, err := time.Parse(time.DateOnly, string(x))
		if err != nil {
			if x == "" {
				return nil
			}
			return string(x)
		}
		return excelize.Cell{StyleID: s.styles.date, Value: d}
	case Percent:
		if x < 0 {
			return nil
		}
		return excelize.Cell{StyleID: s.styles.percent, Value: float64(x)}
	case Decimal:
		return excelize.Cell{StyleID: s.styles.decimal, Value: float64(x)}
	case bool:
		if x {
			return 1
		}
		return 0
	}
	return v
}

func (s *xlsxSheet) close() error {
	defer s.f.Close()
	if err := s.sw.Flush(); err != nil {
		return err
	}
	return s.f.Write(s.out)
}
