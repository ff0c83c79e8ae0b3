package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// doc is the flow layout the multi-page reports share (the account plan,
// the team review): a cursor that runs down A4 pages, breaking to a new
// page when the next piece does not fit, and blocks — headings, paragraphs,
// key-value grids, tables whose header repeats on every page — that never
// print outside the margins nor over one another. The running header and
// the "page n of N" footers are drawn last, when N is known.
type doc struct {
	pdf  *gofpdf.Fpdf
	lang string
	y    float64
	// dry measures without drawing: y moves as if drawn (one-page layouts
	// try sizes until one fits).
	dry bool
	// noBreak keeps a one-page layout on its page: the caller has measured.
	noBreak bool
	// header is the running header's left text; bare pages have none.
	header  string
	printed time.Time
	bare    map[int]bool
	// fonts prints the characters the report font lacks.
	fonts *fontSet
}

// headerH is the running header's band below the top margin.
var headerH = lineH(sizeSmall) + 3

// newDoc starts a document with the report font holding the characters of
// data (see fontFor); the first page is not added yet.
func newDoc(lang, title string, printed time.Time, data any) (*doc, error) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin) // the layout breaks pages itself
	pdf.SetCellMargin(0)
	pdf.SetCreator("KAMS", true)
	pdf.SetTitle(title, true)
	pdf.SetCreationDate(printed)
	pdf.SetModificationDate(printed)
	// gofpdf prints, rather than returns, a font it cannot read; SetFont
	// then fails with "undefined font", which Error reports.
	fonts := addFont(pdf, lang, data)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("report: font: %w", err)
	}
	return &doc{pdf: pdf, lang: lang, printed: printed, bare: map[int]bool{}, fonts: fonts}, nil
}

func (d *doc) t(key string, args ...any) string { return tr(d.lang, key, args...) }

// top is where the body starts on a page with the running header.
func (d *doc) top() float64 { return margin + headerH }

// newPage starts a page; bare is a page without the running header (a cover).
func (d *doc) newPage(bare bool) {
	if d.noBreak && d.pdf.PageCount() > 0 {
		return
	}
	d.pdf.AddPage()
	d.y = d.top()
	if bare {
		d.bare[d.pdf.PageNo()] = true
		d.y = margin
	}
}

// room is whether h more millimetres fit above the footer.
func (d *doc) room(h float64) bool { return d.y+h <= bodyBottom+0.01 }

// ensure starts a new page unless h fits on this one.
func (d *doc) ensure(h float64) {
	if !d.room(h) {
		d.newPage(false)
	}
}

// capacity is the body height of a fresh page.
func (d *doc) capacity() float64 { return bodyBottom - d.top() }

// finish draws the running headers and footers and writes the PDF.
func (d *doc) finish(w io.Writer) error {
	pdf := d.pdf
	n := pdf.PageCount()
	for p := 1; p <= n; p++ {
		pdf.SetPage(p)
		if !d.bare[p] {
			pdf.SetTextColor(greyText, greyText, greyText)
			printed := d.t("brief.printed", d.printed.Format(time.DateOnly))
			w := d.measure(sizeSmall)
			left := fitLines(d.header, 1, contentW-w(printed)-6, w)
			if len(left) > 0 {
				d.text(margin, margin, sizeSmall, left[0])
			}
			d.text(pageW-margin-w(printed), margin, sizeSmall, printed)
			d.rule(margin, pageW-margin, margin+lineH(sizeSmall)+1, 0.15, greyRule)
		}
		y := pageH - margin - lineH(sizeSmall)
		d.rule(margin, pageW-margin, y-1, 0.1, greyRule)
		s := d.t("doc.page", p, n)
		pdf.SetTextColor(greyText, greyText, greyText)
		d.text((pageW-d.measure(sizeSmall)(s))/2, y, sizeSmall, s)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return pdf.Output(w)
}

// measure returns the width of text in the given size.
func (d *doc) measure(size float64) func(string) float64 {
	d.pdf.SetFontSize(size)
	return func(s string) float64 { return d.fonts.width(d.pdf, s) }
}

// text prints one line with its top at y.
func (d *doc) text(x, y, size float64, s string) {
	if d.dry {
		return
	}
	d.pdf.SetFontSize(size)
	d.fonts.draw(d.pdf, x, y+(lineH(size)-pt(size))/2+pt(size)*0.86, s)
}

// bold prints with a hairline stroke around the glyphs: the font has no
// bold face.
func (d *doc) bold(x, y, size float64, s string) {
	if d.dry {
		return
	}
	r, g, b := d.pdf.GetTextColor()
	d.pdf.SetDrawColor(r, g, b)
	d.pdf.SetTextRenderingMode(2)
	d.pdf.SetLineWidth(0.12)
	d.text(x, y, size, s)
	d.pdf.SetTextRenderingMode(0)
}

func (d *doc) rule(x0, x1, y, width float64, grey int) {
	if d.dry {
		return
	}
	d.pdf.SetLineWidth(width)
	d.pdf.SetDrawColor(grey, grey, grey)
	d.pdf.Line(x0, y, x1, y)
}

// box draws a rectangle filled with fill and outlined with line (either
// may be nil).
func (d *doc) box(x, y, w, h float64, fill, line *rgb, width float64) {
	if d.dry {
		return
	}
	style := ""
	if fill != nil {
		d.pdf.SetFillColor(fill.r, fill.g, fill.b)
		style += "F"
	}
	if line != nil {
		d.pdf.SetDrawColor(line.r, line.g, line.b)
		d.pdf.SetLineWidth(width)
		style += "D"
	}
	if style != "" {
		d.pdf.Rect(x, y, w, h, style)
	}
}

type rgb struct{ r, g, b int }

func (d *doc) color(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }

var (
	black = rgb{0, 0, 0}
	grey  = rgb{greyText, greyText, greyText}
)

// title prints a document title (a cover's or a page's), wrapped.
func (d *doc) title(s string, size float64) {
	w := d.measure(size)
	for _, line := range wrap(s, contentW, w) {
		d.ensure(lineH(size))
		d.color(black)
		d.bold(margin, d.y, size, line)
		d.y += lineH(size)
	}
}

// heading prints a section heading, kept with the two lines after it.
func (d *doc) heading(s string) {
	d.y += 3
	d.ensure(lineH(sizeSection) + 1.5 + 2*lineH(sizeBody) + 4)
	d.color(black)
	d.bold(margin, d.y, sizeSection, s)
	d.y += lineH(sizeSection) + 0.3
	d.rule(margin, pageW-margin, d.y, 0.25, 120)
	d.y += 1.5
}

// subheading prints the title of a part of a section, on the next page
// unless two lines of what follows fit under it.
func (d *doc) subheading(s string) { d.subheadingKeep(s, 2*lineH(sizeBody)) }

// subheadingKeep prints a subheading on the next page unless keep mm of
// what follows fit under it (at most a page's worth: a part taller than a
// page starts on a fresh one).
func (d *doc) subheadingKeep(s string, keep float64) {
	d.y += 1
	d.ensure(min(lineH(sizeBody+0.5)+keep, d.capacity()-1))
	d.color(rgb{50, 50, 50})
	d.bold(margin, d.y, sizeBody+0.5, s)
	d.y += lineH(sizeBody+0.5) + 0.3
}

// notFilled says that a part of the plan is empty, rather than leaving a
// bare heading.
func (d *doc) notFilled() {
	d.ensure(lineH(sizeBody))
	d.color(grey)
	d.text(margin+cellPad, d.y, sizeBody, d.t("doc.notFilled"))
	d.y += lineH(sizeBody) + 0.5
}

// paragraph prints the user's text, keeping their line breaks, wrapped to
// the width and flowing over pages; empty text is "not filled in".
func (d *doc) paragraph(s string) {
	if strings.TrimSpace(s) == "" {
		d.notFilled()
		return
	}
	w := d.measure(sizeBody)
	d.color(black)
	for _, para := range strings.Split(s, "\n") {
		for _, line := range wrap(para, contentW-cellPad, w) {
			d.ensure(lineH(sizeBody))
			d.text(margin+cellPad, d.y, sizeBody, line)
			d.y += lineH(sizeBody)
		}
	}
	d.y += 0.8
}

// bullets prints a list, each item wrapped under its bullet.
func (d *doc) bullets(items []string) {
	if len(items) == 0 {
		d.notFilled()
		return
	}
	w := d.measure(sizeBody)
	indent := cellPad + w("• ")
	for _, it := range items {
		lines := wrap(it, contentW-indent, w)
		for i, line := range lines {
			d.ensure(lineH(sizeBody))
			d.color(black)
			if i == 0 {
				d.text(margin+cellPad, d.y, sizeBody, "•")
			}
			d.text(margin+indent, d.y, sizeBody, line)
			d.y += lineH(sizeBody)
		}
		d.y += 0.4
	}
	d.y += 0.4
}

// field is a labelled value of a key-value grid.
type field struct{ label, value string }

// fields prints labelled values in per columns: the label small and grey
// above its value; a value wraps within its column.
func (d *doc) fields(fs []field, per int) {
	colW := contentW / float64(per)
	wv := d.measure(sizeBody + 0.5)
	for i := 0; i < len(fs); i += per {
		row := fs[i:min(i+per, len(fs))]
		lines := make([][]string, len(row))
		n := 1
		for j, f := range row {
			v := f.value
			if strings.TrimSpace(v) == "" {
				v = "—"
			}
			d.pdf.SetFontSize(sizeBody + 0.5)
			lines[j] = wrap(v, colW-2*cellPad, wv)
			n = max(n, len(lines[j]))
		}
		h := lineH(sizeSmall) + float64(n)*lineH(sizeBody+0.5) + 1.5
		d.ensure(h)
		for j, f := range row {
			x := margin + float64(j)*colW
			d.color(grey)
			d.text(x+cellPad, d.y, sizeSmall, fitLines(f.label, 1, colW-2*cellPad, d.measure(sizeSmall))[0])
			d.color(black)
			for k, s := range lines[j] {
				d.text(x+cellPad, d.y+lineH(sizeSmall)+float64(k)*lineH(sizeBody+0.5), sizeBody+0.5, s)
			}
		}
		d.y += h
	}
	d.y += 0.5
}

// scaleCols scales the columns' widths (given as shares) to the content width.
func scaleCols(cs ...column) []column {
	sum := 0.0
	for _, c := range cs {
		sum += c.width
	}
	for i := range cs {
		cs[i].width *= contentW / sum
	}
	return cs
}

// table prints rows under a header on light grey that repeats on every
// page. A cell wraps to as many lines as it needs (at most maxLines when
// that is > 0, cut with "…"); a row that does not fit the rest of a page
// goes whole to the next, and only a row taller than a page is split, and
// then between lines.
func (d *doc) table(cols []column, rows [][]string, maxLines int) {
	if len(rows) == 0 {
		d.notFilled()
		return
	}
	headH := lineH(sizeSmall) + 1.6
	const pad = 0.6
	lh := lineH(sizeBody)
	head := func() {
		d.box(margin, d.y, contentW, headH, &rgb{greyHeadBg, greyHeadBg, greyHeadBg}, nil, 0)
		d.rule(margin, pageW-margin, d.y, 0.2, greyRule)
		d.pdf.SetTextColor(60, 60, 60)
		x := margin
		for _, c := range cols {
			h := fitLines(c.head, 1, c.width-2*cellPad, d.measure(sizeSmall))
			if len(h) > 0 {
				d.cellText(x, d.y+0.8, c, sizeSmall, h[0])
			}
			x += c.width
		}
		d.y += headH
		d.rule(margin, pageW-margin, d.y, 0.2, greyRule)
	}
	d.ensure(headH + lh + 2*pad)
	head()
	w := d.measure(sizeBody)
	for _, r := range rows {
		cells := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			if i >= len(r) {
				continue
			}
			d.pdf.SetFontSize(sizeBody)
			if maxLines > 0 {
				cells[i] = fitLines(r[i], maxLines, c.width-2*cellPad, w)
			} else {
				cells[i] = wrap(r[i], c.width-2*cellPad, w)
			}
			n = max(n, len(cells[i]))
		}
		h := float64(n)*lh + 2*pad
		if !d.room(h) && !d.noBreak && h <= d.capacity()-headH {
			d.newPage(false)
			head()
		}
		for k := 0; k < n; {
			m := n - k
			if !d.noBreak {
				m = min(m, int((bodyBottom-d.y-2*pad)/lh))
			}
			if m < 1 {
				d.newPage(false)
				head()
				continue
			}
			d.pdf.SetTextColor(0, 0, 0)
			x := margin
			for i, c := range cols {
				for j := k; j < k+m && j < len(cells[i]); j++ {
					d.cellText(x, d.y+pad+float64(j-k)*lh, c, sizeBody, cells[i][j])
				}
				x += c.width
			}
			d.y += float64(m)*lh + 2*pad
			d.rule(margin, pageW-margin, d.y, 0.1, greyRule)
			if k += m; k < n {
				d.newPage(false)
				head()
			}
		}
	}
	d.y += 1
}

// cellText prints a line in a column, left or right aligned.
func (d *doc) cellText(x, y float64, c column, size float64, s string) {
	if c.right {
		x += c.width - cellPad - d.measure(size)(s)
	} else {
		x += cellPad
	}
	d.text(x, y, size, s)
}

// note prints a small grey line (a legend, how many rows are shown).
func (d *doc) note(s string) {
	w := d.measure(sizeSmall)
	for _, line := range wrap(s, contentW-cellPad, w) {
		d.ensure(lineH(sizeSmall))
		d.color(grey)
		d.text(margin+cellPad, d.y, sizeSmall, line)
		d.y += lineH(sizeSmall)
	}
	d.y += 0.5
}
