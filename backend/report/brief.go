// Package report prints KAMS documents as PDF: the one-page meeting brief
// (会前简报) for now. It knows nothing of the store or the UI: the service
// gathers the data, this package lays it out, in Chinese or English.
package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"kams/backend/domain"
)

const fontFamily = "wqy"

// BriefData is what the meeting brief shows, gathered and ordered by the
// service. The lists are in print order; the brief prints as many rows as
// fit one page and says so when it leaves some out.
type BriefData struct {
	Printed  time.Time // the print date in the header
	Currency string    // ISO code of the database's money
	Account  domain.Account
	Scores   domain.Scores
	// People are the people to meet, key people first.
	People      []domain.Contact
	PeopleTotal int // all the account's people, ≥ len(People)
	// Deals are the open opportunities, largest first.
	Deals      []BriefDeal
	DealsTotal int
	// Interactions are the last ones, newest first.
	Interactions      []domain.Interaction
	InteractionsTotal int
	// Steps are interactions whose next step is still open, soonest due first.
	Steps      []domain.Interaction
	StepsTotal int
	// Flags are the open red flags of the account's people.
	Flags []domain.RedFlag
	// Health is the stored relationship health (0–100), HealthRisk its
	// alert; Complaints the open complaints by severity.
	Health     int
	HealthRisk bool
	Complaints domain.ServiceSettings
}

// BriefDeal is an open opportunity as the brief shows it.
type BriefDeal struct {
	Name        string
	Stage       domain.Text // the stage's name in both languages
	Amount      int64       // minor units
	CloseDate   string      // expected, YYYY-MM-DD
	Probability int         // the effective one, percent
}

// Page geometry in millimetres: A4 portrait; nothing is printed outside
// the margins.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 12.0
	contentW     = pageW - 2*margin
	footerH      = 7.0 // the footer's band above the bottom margin
	bodyBottom   = pageH - margin - footerH
)

// Type sizes in points, and the grey levels of a printer-friendly page.
const (
	sizeName    = 15.0
	sizeSection = 10.5
	sizeBody    = 8.5
	sizeSmall   = 7.5
	greyText    = 90  // labels
	greyRule    = 170 // thin rules
	greyHeadBg  = 238 // table header background
)

// pt converts points to millimetres.
func pt(size float64) float64 { return size * 25.4 / 72 }

// lineH is the height of a line of text in the given size.
func lineH(size float64) float64 { return pt(size) * 1.3 }

// Brief writes the one-page meeting brief of an account as PDF in lang
// ("zh" or "en"; "zh-CN" and the like are accepted).
func Brief(w io.Writer, b BriefData, lang string) error {
	lang, err := NormalizeLang(lang)
	if err != nil {
		return err
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin) // one page: the layout never overflows
	pdf.SetCellMargin(0)
	pdf.SetCreator("KAMS", true)
	pdf.SetTitle(b.Account.Name+" — "+tr(lang, "brief.title"), true)
	pdf.SetCreationDate(b.Printed)
	pdf.SetModificationDate(b.Printed)
	// gofpdf prints, rather than returns, a font it cannot read; SetFont
	// then fails with "undefined font", which Error reports.
	fonts := addFont(pdf, lang, b)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("report: font: %w", err)
	}
	pdf.AddPage()

	l := newBriefLayout(pdf, fonts, b, lang)
	if !l.fit() {
		// Cannot happen: one row of each list takes half the page.
		return fmt.Errorf("report: the brief of %s does not fit one page", b.Account.Name)
	}
	l.render(true)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("report: brief: %w", err)
	}
	if n := pdf.PageCount(); n != 1 {
		return fmt.Errorf("report: brief has %d pages, want 1", n)
	}
	return pdf.Output(w)
}

// column of a table: its heading, width, alignment and whether it holds
// long text (which gets more lines in the brief's fitting; the flowing
// tables of the plan and the review give every cell all its lines).
type column struct {
	head  string
	width float64 // mm (given as shares, scaled to the content width)
	right bool
	long  bool
}

// table is a section of rows; shown is how many rows it prints.
type table struct {
	title string
	cols  []column
	rows  [][]string
	total int // rows in all, counting those the service left out
	shown int
	level int // index in levels: how many lines a cell may take
}

// briefLayout measures and draws the brief. The same code does both, so
// what was measured is what is drawn.
type briefLayout struct {
	pdf    *gofpdf.Fpdf
	lang   string
	b      BriefData
	tables []*table
	flags  []string
	fonts  *fontSet // prints the characters the report font lacks
	// shownFlags is how many flags print, flagLevel their lines (levels).
	shownFlags, flagLevel int
}

func newBriefLayout(pdf *gofpdf.Fpdf, fonts *fontSet, b BriefData, lang string) *briefLayout {
	l := &briefLayout{pdf: pdf, fonts: fonts, lang: lang, b: b}
	t := func(k string) string { return tr(lang, k) }
	sep := listSep(lang)
	cols := func(specs ...column) []column {
		sum := 0.0
		for _, c := range specs {
			sum += c.width
		}
		for i := range specs {
			specs[i].width *= contentW / sum
		}
		return specs
	}

	people := &table{title: t("brief.people"), total: b.PeopleTotal, cols: cols(
		column{head: t("col.name"), width: 20}, column{head: t("col.title"), width: 28},
		column{head: t("col.role"), width: 26}, column{head: t("col.influence"), width: 14},
		column{head: t("col.attitude"), width: 18}, column{head: t("col.interests"), width: 56, long: true},
		column{head: t("col.lastContact"), width: 24})}
	for _, c := range b.People {
		role := t("role.none")
		if c.Role != "" {
			role = t("role." + string(c.Role))
		}
		last := c.LastContact
		if last == "" {
			last = t("brief.never")
		}
		influence := ""
		if c.Influence != "" {
			influence = t("influence." + string(c.Influence))
		}
		people.rows = append(people.rows, []string{c.Name, c.Title, role, influence,
			t("attitude." + strconv.Itoa(c.Attitude)), c.Interests, last})
	}

	deals := &table{title: t("brief.deals"), total: b.DealsTotal, cols: cols(
		column{head: t("col.deal"), width: 80, long: true}, column{head: t("col.dealStage"), width: 36},
		column{head: t("col.amount"), width: 28, right: true}, column{head: t("col.closeDate"), width: 24},
		column{head: t("col.probability"), width: 18, right: true})}
	for _, d := range b.Deals {
		deals.rows = append(deals.rows, []string{d.Name, text(lang, d.Stage),
			money(d.Amount, b.Currency, lang), d.CloseDate, strconv.Itoa(d.Probability) + "%"})
	}

	ints := &table{title: t("brief.interactions"), total: b.InteractionsTotal, cols: cols(
		column{head: t("col.date"), width: 20}, column{head: t("col.kind"), width: 22},
		column{head: t("col.people"), width: 38}, column{head: t("col.summary"), width: 106, long: true})}
	for _, in := range b.Interactions {
		ints.rows = append(ints.rows, []string{in.Date, t("kind." + string(in.Kind)),
			strings.Join(in.ContactNames, sep), in.Summary})
	}

	steps := &table{title: t("brief.steps"), total: b.StepsTotal, cols: cols(
		column{head: t("col.due"), width: 30}, column{head: t("col.step"), width: 110, long: true},
		column{head: t("col.people"), width: 46})}
	today := b.Printed.Format(time.DateOnly)
	for _, in := range b.Steps {
		due := in.NextDue
		if due != "" && due < today {
			due += " " + t("brief.overdue")
		}
		steps.rows = append(steps.rows, []string{due, in.NextStep, strings.Join(in.ContactNames, sep)})
	}

	l.tables = []*table{people, deals, ints, steps}
	for _, tb := range l.tables {
		tb.shown = min(len(tb.rows), maxRows)
		tb.total = max(tb.total, len(tb.rows))
	}
	for _, f := range b.Flags {
		l.flags = append(l.flags, flagText(lang, f))
	}
	l.shownFlags = min(len(l.flags), maxRows)
	return l
}

// maxRows is the most rows a list prints: more than any one page holds
// beside the other sections.
const maxRows = 12

// levels cap the lines of a long and of a short cell, from roomy to tight.
var levels = [][2]int{{3, 2}, {2, 2}, {2, 1}, {1, 1}}

// fit squeezes the brief onto one page: first fewer lines per cell, table
// by table, the least needed first, then fewer rows, taken from the
// longest list. It is false if even that does not fit.
func (l *briefLayout) fit() bool {
	fits := func() bool { return l.render(false) <= bodyBottom }
	if fits() {
		return true
	}
	// Interactions and steps give way before deals and the people to meet.
	order := []*table{l.tables[2], l.tables[3], l.tables[1], l.tables[0]}
	for lv := 1; lv < len(levels); lv++ {
		for _, tb := range order {
			if tb.level = lv; fits() {
				return true
			}
		}
		if l.flagLevel = lv; fits() {
			return true
		}
	}
	for !fits() {
		var longest *table
		for _, tb := range l.tables {
			if tb.shown > 1 && (longest == nil || tb.shown > longest.shown) {
				longest = tb
			}
		}
		switch {
		case l.shownFlags > 1 && (longest == nil || l.shownFlags >= longest.shown):
			l.shownFlags--
		case longest != nil:
			longest.shown--
		default:
			return false
		}
	}
	return true
}

// render lays the brief out from the top and returns where it ends; with
// draw false it only measures.
func (l *briefLayout) render(draw bool) float64 {
	y := l.header(margin, draw)
	y = l.glance(y+3, draw)
	for _, tb := range l.tables {
		y = l.table(y+3.5, tb, draw)
	}
	y = l.flagList(y+3.5, draw)
	if draw {
		l.footer()
	}
	return y
}

func (l *briefLayout) width(s string) float64 { return l.fonts.width(l.pdf, s) }

// text prints one line with its top at y.
func (l *briefLayout) text(x, y float64, size float64, s string) {
	l.pdf.SetFontSize(size)
	// The baseline sits so that ascenders and descenders stay in the line.
	l.fonts.draw(l.pdf, x, y+(lineH(size)-pt(size))/2+pt(size)*0.86, s)
}

// bold prints with a hairline stroke around the glyphs: the font has no
// bold face.
func (l *briefLayout) bold(x, y, size float64, s string) {
	l.pdf.SetTextRenderingMode(2)
	l.pdf.SetLineWidth(0.12)
	l.pdf.SetDrawColor(0, 0, 0)
	l.text(x, y, size, s)
	l.pdf.SetTextRenderingMode(0)
}

func (l *briefLayout) rule(y, width float64, grey int) {
	l.pdf.SetLineWidth(width)
	l.pdf.SetDrawColor(grey, grey, grey)
	l.pdf.Line(margin, y, pageW-margin, y)
}

// header: the brief's title and print date, then the account's name.
func (l *briefLayout) header(y float64, draw bool) float64 {
	pdf := l.pdf
	pdf.SetFontSize(sizeSmall)
	printed := tr(l.lang, "brief.printed", l.b.Printed.Format(time.DateOnly))
	if draw {
		pdf.SetTextColor(greyText, greyText, greyText)
		l.text(margin, y, sizeSmall, tr(l.lang, "brief.title"))
		l.text(pageW-margin-l.width(printed), y, sizeSmall, printed)
	}
	y += lineH(sizeSmall) + 0.5
	pdf.SetFontSize(sizeName)
	for _, s := range fitLines(l.b.Account.Name, 2, contentW, l.width) {
		if draw {
			pdf.SetTextColor(0, 0, 0)
			l.bold(margin, y, sizeName, s)
		}
		y += lineH(sizeName)
	}
	y += 1
	if draw {
		l.rule(y, 0.35, 60)
	}
	return y
}

// sectionTitle prints a section's title with how many of its rows show.
func (l *briefLayout) sectionTitle(y float64, title string, shown, total int, draw bool) float64 {
	if shown < total {
		title += tr(l.lang, "brief.shown", shown, total)
	}
	if draw {
		l.pdf.SetFontSize(sizeSection)
		l.pdf.SetTextColor(0, 0, 0)
		l.bold(margin, y, sizeSection, title)
	}
	return y + lineH(sizeSection) + 0.8
}

// glance is the account at a glance: three rows of three labelled values.
func (l *briefLayout) glance(y float64, draw bool) float64 {
	a, s, lang := l.b.Account, l.b.Scores, l.lang
	t := func(k string) string { return tr(lang, k) }
	key := t("field.notKeyAccount")
	if s.KeyAccount {
		key = t("field.keyAccount")
	}
	sep := " · "
	cells := [][2]string{
		{t("field.industry"), a.Industry},
		{t("field.region"), a.Region},
		{t("field.status"), t("status." + string(a.Status))},
		{t("field.quadrant"), t("quadrant." + string(s.Quadrant))},
		{t("field.identification"), decimal(s.Identification, 1) + " / 100" + sep + key},
		{t("field.stage"), t("stage." + string(a.Stage))},
		{t("field.ourSales"), money(a.OurSales, l.b.Currency, lang)},
		{t("field.share"), percent(s.ShareOfWallet)},
		{t("field.manager"), a.Manager},
		{t("field.health"), l.healthText()},
	}
	y = l.sectionTitle(y, t("brief.glance"), 0, 0, draw)
	const per = 3
	colW := contentW / per
	pad := 1.2
	rowH := 1 + lineH(sizeSmall) + lineH(sizeBody+0.5) + 1
	if draw {
		l.rule(y, 0.2, greyRule)
	}
	for i, c := range cells {
		x := margin + float64(i%per)*colW
		top := y + float64(i/per)*rowH
		if !draw {
			continue
		}
		v := c[1]
		if v == "" {
			v = "—"
		}
		l.pdf.SetFontSize(sizeBody + 0.5)
		v = fitLines(v, 1, colW-2*pad, l.width)[0]
		l.pdf.SetTextColor(greyText, greyText, greyText)
		l.text(x+pad, top+1, sizeSmall, c[0])
		l.pdf.SetTextColor(0, 0, 0)
		l.text(x+pad, top+1+lineH(sizeSmall), sizeBody+0.5, v)
	}
	rows := (len(cells) + per - 1) / per
	y += float64(rows) * rowH
	if draw {
		l.rule(y, 0.2, greyRule)
	}
	return y
}

// healthText is the health cell: the score, the alert, the open complaints.
func (l *briefLayout) healthText() string {
	return healthLine(l.lang, l.b.Health, l.b.HealthRisk, l.b.Complaints)
}

// healthLine is an account's health as the brief and the plan print it:
// the score, the alert, the open complaints (and how many are critical).
func healthLine(lang string, health int, risk bool, c domain.ServiceSettings) string {
	out := fmt.Sprint(health)
	if risk {
		out += " · " + tr(lang, "brief.atRisk")
	}
	if n := c.Critical + c.High + c.Medium + c.Low; n > 0 {
		out += " · " + fmt.Sprintf(tr(lang, "brief.complaints"), n, c.Critical)
	}
	return out
}

const cellPad = 1.2 // mm, left and right of a cell's text

// cellLines are the lines of one cell, cut to the layout's line cap.
func (l *briefLayout) cellLines(tb *table, c column, s string) []string {
	max := levels[tb.level][1]
	if c.long {
		max = levels[tb.level][0]
	}
	l.pdf.SetFontSize(sizeBody)
	return fitLines(s, max, c.width-2*cellPad, l.width)
}

// table prints a section: title, header row on light grey, rows between
// thin rules; "None" when it has no rows.
func (l *briefLayout) table(y float64, tb *table, draw bool) float64 {
	pdf := l.pdf
	y = l.sectionTitle(y, tb.title, tb.shown, tb.total, draw)
	if tb.shown == 0 {
		if draw {
			pdf.SetTextColor(greyText, greyText, greyText)
			l.text(margin+cellPad, y, sizeBody, tr(l.lang, "brief.none"))
		}
		return y + lineH(sizeBody)
	}
	headH := lineH(sizeSmall) + 1.2
	if draw {
		pdf.SetFillColor(greyHeadBg, greyHeadBg, greyHeadBg)
		pdf.Rect(margin, y, contentW, headH, "F")
		l.rule(y, 0.2, greyRule)
		pdf.SetTextColor(60, 60, 60)
		x := margin
		for _, c := range tb.cols {
			pdf.SetFontSize(sizeSmall)
			h := fitLines(c.head, 1, c.width-2*cellPad, l.width)
			if len(h) > 0 {
				l.cellText(x, y+0.6, c, sizeSmall, h[0])
			}
			x += c.width
		}
		l.rule(y+headH, 0.2, greyRule)
	}
	y += headH
	for _, row := range tb.rows[:tb.shown] {
		cells := make([][]string, len(tb.cols))
		n := 1
		for i, c := range tb.cols {
			cells[i] = l.cellLines(tb, c, row[i])
			n = max(n, len(cells[i]))
		}
		rowH := float64(n)*lineH(sizeBody) + 1.2
		if draw {
			pdf.SetTextColor(0, 0, 0)
			x := margin
			for i, c := range tb.cols {
				for j, s := range cells[i] {
					l.cellText(x, y+0.6+float64(j)*lineH(sizeBody), c, sizeBody, s)
				}
				x += c.width
			}
			l.rule(y+rowH, 0.1, greyRule)
		}
		y += rowH
	}
	return y
}

// cellText prints a line in a column, left or right aligned.
func (l *briefLayout) cellText(x, y float64, c column, size float64, s string) {
	l.pdf.SetFontSize(size)
	if c.right {
		x += c.width - cellPad - l.width(s)
	} else {
		x += cellPad
	}
	l.text(x, y, size, s)
}

// flagList prints the red flags as a list, or "None".
func (l *briefLayout) flagList(y float64, draw bool) float64 {
	pdf := l.pdf
	y = l.sectionTitle(y, tr(l.lang, "brief.flags"), l.shownFlags, len(l.flags), draw)
	if len(l.flags) == 0 {
		if draw {
			pdf.SetTextColor(greyText, greyText, greyText)
			l.text(margin+cellPad, y, sizeBody, tr(l.lang, "brief.none"))
		}
		return y + lineH(sizeBody)
	}
	pdf.SetFontSize(sizeBody)
	bullet := "▲ "
	indent := cellPad + l.width(bullet)
	for _, f := range l.flags[:l.shownFlags] {
		pdf.SetFontSize(sizeBody)
		lines := fitLines(f, levels[l.flagLevel][1], contentW-indent-cellPad, l.width)
		if draw {
			pdf.SetTextColor(0, 0, 0)
			l.text(margin+cellPad, y, sizeBody, bullet)
			for j, s := range lines {
				l.text(margin+indent, y+float64(j)*lineH(sizeBody), sizeBody, s)
			}
		}
		y += float64(max(1, len(lines)))*lineH(sizeBody) + 0.4
	}
	return y
}

// footer: the page number, centred above the bottom margin.
func (l *briefLayout) footer() {
	pdf := l.pdf
	y := pageH - margin - lineH(sizeSmall)
	l.rule(y-1, 0.1, greyRule)
	pdf.SetFontSize(sizeSmall)
	pdf.SetTextColor(greyText, greyText, greyText)
	s := tr(l.lang, "brief.page")
	l.text((pageW-l.width(s))/2, y, sizeSmall, s)
}
