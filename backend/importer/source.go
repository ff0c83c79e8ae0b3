// Package importer reads accounts, people, deals and visits from an .xlsx
// or .csv file, checks every row against the book's rules and writes all of
// them in one transaction, or none. The headers come from domain's sheet
// table, so an exported list reads back as it was written.
package importer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Limits that keep a hostile file from taking the machine: the file on
// disk, what its zip may unpack to, and the data rows a sheet may hold.
const (
	MaxFileBytes  = 100 << 20
	MaxUnzipBytes = 512 << 20
	MaxDataRows   = 200_000
	// headerSearch is how many rows from the top a header may be preceded
	// by empty ones.
	headerSearch = 50
)

// maxDataRows is MaxDataRows; a test of the rule lowers it rather than
// write 200,000 rows under the race detector.
var maxDataRows = MaxDataRows

// fileError is a problem with the whole file: its code names it.
type fileError struct {
	code  string
	cause error
}

func (e *fileError) Error() string {
	if e.cause != nil {
		return "import: " + e.code + ": " + e.cause.Error()
	}
	return "import: " + e.code
}

func fail(code string, cause error) error { return &fileError{code: code, cause: cause} }

// table is one sheet read row by row: Next moves to the next row and says
// its number as the spreadsheet shows it (1 is the first).
type table interface {
	Next() (row int, cells []string, ok bool)
	Err() error
	Close() error
}

// source is an opened file: its sheets (one for a CSV) and how to read one.
type source struct {
	sheets   []string
	open     func(sheet string) (table, error)
	date1904 bool
	csv      bool
	close    func() error
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// openSource opens path by what it holds, not by its name: a zip is a
// workbook, an OLE compound file is a password-protected workbook (or an
// old .xls), anything else named .csv is a CSV.
func openSource(path string) (*source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fail("corrupt_file", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fail("corrupt_file", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fail("corrupt_file", errors.New("not a regular file"))
	}
	if st.Size() == 0 {
		return nil, fail("empty_file", nil)
	}
	if st.Size() > MaxFileBytes {
		return nil, fail("too_large", nil)
	}
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(head, oleMagic):
		// Excel writes a workbook with a password as an encrypted OLE
		// container; an .xls of Excel 97–2003 is one too, without the
		// encryption stream.
		if isEncrypted(path) {
			return nil, fail("encrypted", nil)
		}
		return nil, fail("not_xlsx", nil)
	case bytes.HasPrefix(head, zipMagic):
		return openWorkbook(path)
	case ext == ".csv" || ext == ".txt":
		return openCSV(path)
	}
	return nil, fail("not_xlsx", nil)
}

// isEncrypted looks for the EncryptionInfo stream's name (UTF-16) in the
// OLE container.
func isEncrypted(path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	name := []byte{}
	for _, r := range "EncryptionInfo" {
		name = append(name, byte(r), 0)
	}
	return bytes.Contains(b, name)
}

func openWorkbook(path string) (*source, error) {
	// A zip that is whole but holds no workbook (a .docx, a .zip renamed)
	// is not an .xlsx; one that cannot be read is damaged.
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fail("corrupt_file", err)
	}
	workbook := false
	for _, f := range zr.File {
		workbook = workbook || strings.EqualFold(f.Name, "xl/workbook.xml")
	}
	zr.Close()
	if !workbook {
		return nil, fail("not_xlsx", errors.New("no xl/workbook.xml"))
	}
	wb, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: MaxUnzipBytes, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "unzip size"):
			return nil, fail("too_large", err)
		case errors.Is(err, excelize.ErrWorkbookFileFormat):
			return nil, fail("not_xlsx", err)
		}
		return nil, fail("corrupt_file", err)
	}
	sheets := wb.GetSheetList()
	if len(sheets) == 0 {
		wb.Close()
		return nil, fail("not_xlsx", errors.New("no worksheet"))
	}
	date1904 := false
	if props, err := wb.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	return &source{
		sheets:   sheets,
		date1904: date1904,
		open: func(sheet string) (table, error) {
			rows, err := wb.Rows(sheet)
			if err != nil {
				return nil, fail("corrupt_file", err)
			}
			return &xlsxTable{rows: rows}, nil
		},
		close: wb.Close,
	}, nil
}

// xlsxTable streams a worksheet: excelize's Rows yields every row number
// in turn (the rows the file leaves out as empty ones), with each cell's
// stored value: the number itself, whatever its format, and a formula's
// cached result.
type xlsxTable struct {
	rows *excelize.Rows
	n    int
	err  error
}

func (t *xlsxTable) Next() (int, []string, bool) {
	if t.err != nil || !t.rows.Next() {
		return 0, nil, false
	}
	t.n++
	cells, err := t.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		t.err = err
		return 0, nil, false
	}
	return t.n, cells, true
}

func (t *xlsxTable) Err() error {
	if t.err != nil {
		return t.err
	}
	if err := t.rows.Error(); err != nil {
		if errors.Is(err, excelize.ErrMaxRows) {
			return fail("too_many_rows", err)
		}
		return err
	}
	return nil
}

func (t *xlsxTable) Close() error { return t.rows.Close() }

// openCSV reads a CSV as UTF-8 (a BOM is dropped) when it is valid UTF-8,
// otherwise as GB18030, the superset of GBK that Excel on zh-CN Windows
// writes.
func openCSV(path string) (*source, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fail("corrupt_file", err)
	}
	text := bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(text) {
		text, err = simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, fail("corrupt_file", err)
		}
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, fail("empty_file", nil)
	}
	if bytes.IndexByte(text, 0) >= 0 {
		return nil, fail("not_xlsx", errors.New("binary data"))
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return &source{
		sheets: []string{name},
		csv:    true,
		open: func(string) (table, error) {
			r := csv.NewReader(bytes.NewReader(text))
			r.FieldsPerRecord = -1 // every record's count is checked, with its row
			r.LazyQuotes = false
			return &csvTable{r: r}, nil
		},
		close: func() error { return nil },
	}, nil
}

// csvTable reads records and numbers them as a spreadsheet opening the
// file does: a blank line is an empty row, a record whose quoted field
// spans lines is still one row.
type csvTable struct {
	r   *csv.Reader
	n   int
	end int // the line the last record ended on
	err error
}

func (t *csvTable) Next() (int, []string, bool) {
	if t.err != nil {
		return 0, nil, false
	}
	rec, err := t.r.Read()
	if err == io.EOF {
		return 0, nil, false
	}
	if err != nil {
		t.err = fail("corrupt_file", err)
		return 0, nil, false
	}
	start, _ := t.r.FieldPos(0)
	if t.end == 0 {
		t.n = start
	} else {
		t.n += start - t.end
	}
	last, _ := t.r.FieldPos(len(rec) - 1)
	t.end = last + strings.Count(rec[len(rec)-1], "\n")
	return t.n, rec, true
}

func (t *csvTable) Err() error   { return t.err }
func (t *csvTable) Close() error { return nil }

// columnLetter is the spreadsheet's name of the column at index i (0 → A).
func columnLetter(i int) string {
	name, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return strconv.Itoa(i + 1)
	}
	return name
}
