package report

import (
	"math"

	"kams/backend/domain"
)

// Charts drawn with gofpdf's rectangles and lines, in light colours that
// print well in black and white too; each chart is kept on one page.

var (
	barFill  = rgb{198, 219, 239}
	barLine  = rgb{110, 150, 195}
	prevFill = rgb{226, 226, 226}
	prevLine = rgb{150, 150, 150}
)

// funnelBar is one stage of the funnel: its open deals' count and amount.
type funnelBar struct {
	label  string
	count  int
	amount int64
}

// funnelBars counts the open deals per stage, in the stages' order; deals
// in a stage the settings no longer have come last, under their stage id.
func funnelBars(stages []domain.Stage, deals []domain.Opportunity, lang string) []funnelBar {
	bars := make([]funnelBar, len(stages))
	for i, s := range stages {
		bars[i].label = text(lang, s.Name)
	}
	extra := map[string]int{}
	for _, o := range deals {
		if o.Status != domain.DealOpen {
			continue
		}
		i := domain.StageIndexOf(stages, o.Stage)
		if i < 0 {
			j, ok := extra[o.Stage]
			if !ok {
				j = len(bars)
				extra[o.Stage] = j
				bars = append(bars, funnelBar{label: o.Stage})
			}
			i = j
		}
		bars[i].count++
		bars[i].amount += o.Amount
	}
	return bars
}

// funnel draws one centred bar per stage, as wide as its amount, with the
// stage's name on the left and the count and amount on the right.
// funnelRowH is the height of one stage's bar.
const funnelRowH = 7.0

// funnelHeight is the height the funnel of n stages takes.
func funnelHeight(n int) float64 { return float64(n)*funnelRowH + 2 }

func (d *doc) funnel(bars []funnelBar, currency string) {
	const rowH, labelW, valueW = funnelRowH, 42.0, 50.0
	d.ensure(min(funnelHeight(len(bars)), d.capacity()))
	maxAmount := int64(0)
	for _, b := range bars {
		maxAmount = max(maxAmount, b.amount)
	}
	area := contentW - labelW - valueW - 4
	wl := d.measure(sizeBody)
	for _, b := range bars {
		d.ensure(rowH)
		w := 3.0
		if maxAmount > 0 {
			w = max(w, area*float64(b.amount)/float64(maxAmount))
		}
		x := margin + labelW + 2 + (area-w)/2
		d.box(x, d.y+0.8, w, rowH-1.6, &barFill, &barLine, 0.2)
		d.color(black)
		d.text(margin+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, fitLines(b.label, 1, labelW-2*cellPad, wl)[0])
		v := tr(d.lang, "plan.dealCount", b.count) + " · " + money(b.amount, currency, d.lang)
		v = fitLines(v, 1, valueW-cellPad, wl)[0]
		d.text(pageW-margin-cellPad-d.measure(sizeBody)(v), d.y+(rowH-lineH(sizeBody))/2, sizeBody, v)
		d.y += rowH
	}
	d.y += 2
}

// hbar is a row of a horizontal bar chart: a ratio shown as a bar, with
// its label and the value as printed.
type hbar struct {
	label string
	value float64 // ratio, < 0 unknown
	shown string
}

// hbars draws a horizontal bar chart of ratios with a line at 100%.
func (d *doc) hbars(rows []hbar) {
	const rowH, labelW, valueW = 5.6, 40.0, 22.0
	d.ensure(min(float64(len(rows))*rowH+lineH(sizeSmall)+2, d.capacity()))
	top := 1.0
	for _, r := range rows {
		top = max(top, r.value)
	}
	top = math.Ceil(top*4) / 4 // a quarter step above the best
	area := contentW - labelW - valueW
	x0 := margin + labelW
	wl := d.measure(sizeBody)
	start := d.y
	for _, r := range rows {
		d.ensure(rowH)
		if r.value > 0 {
			d.box(x0, d.y+1, area*min(r.value, top)/top, rowH-2, &barFill, &barLine, 0.2)
		}
		d.color(black)
		d.text(margin+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, fitLines(r.label, 1, labelW-2*cellPad, wl)[0])
		d.text(x0+area+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, r.shown)
		d.y += rowH
	}
	// The 100% line, and the axis.
	if !d.dry {
		d.pdf.SetLineWidth(0.2)
		d.pdf.SetDrawColor(120, 120, 120)
		d.pdf.Line(x0, start, x0, d.y)
		d.pdf.SetDashPattern([]float64{0.8, 0.8}, 0)
		d.pdf.Line(x0+area/top, start, x0+area/top, d.y)
		d.pdf.SetDashPattern(nil, 0)
	}
	d.color(grey)
	d.text(x0+area/top-d.measure(sizeSmall)("100%")/2, d.y+0.3, sizeSmall, "100%")
	d.y += lineH(sizeSmall) + 1.5
}

// pairBar is a row of a this-period/previous-period chart (scores 0–100;
// < 0 unknown).
type pairBar struct {
	label      string
	now, prior float64
}

// pairBars draws two thin bars per row, this period over the previous one,
// with both scores on the right and a legend above.
func (d *doc) pairBars(rows []pairBar, nowLabel, priorLabel string) {
	const rowH, labelW, valueW = 6.4, 44.0, 26.0
	top := 100.0
	for _, r := range rows {
		top = max(top, r.now, r.prior)
	}
	area := contentW - labelW - valueW
	x0 := margin + labelW
	// Legend.
	lx := x0
	for _, l := range []struct {
		fill, line rgb
		s          string
	}{{barFill, barLine, nowLabel}, {prevFill, prevLine, priorLabel}} {
		d.box(lx, d.y+0.8, 4, 2.2, &l.fill, &l.line, 0.2)
		d.color(grey)
		d.text(lx+5, d.y, sizeSmall, l.s)
		lx += 5 + d.measure(sizeSmall)(l.s) + 6
	}
	d.y += lineH(sizeSmall) + 0.5
	wl := d.measure(sizeBody)
	score := func(v float64) string {
		if v < 0 {
			return "—"
		}
		return decimal(v, 1)
	}
	for _, r := range rows {
		if r.now > 0 {
			d.box(x0, d.y+0.6, area*r.now/top, 2.4, &barFill, &barLine, 0.2)
		}
		if r.prior > 0 {
			d.box(x0, d.y+3.2, area*r.prior/top, 2.4, &prevFill, &prevLine, 0.2)
		}
		d.color(black)
		d.text(margin+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, fitLines(r.label, 1, labelW-2*cellPad, wl)[0])
		d.text(x0+area+cellPad, d.y+(rowH-lineH(sizeBody))/2, sizeBody, score(r.now)+" / "+score(r.prior))
		d.y += rowH
	}
	if !d.dry { // the axis
		d.pdf.SetLineWidth(0.2)
		d.pdf.SetDrawColor(120, 120, 120)
		d.pdf.Line(x0, d.y-float64(len(rows))*rowH, x0, d.y)
	}
	d.y += 1
}

// itoa is strconv.Itoa, short for the tables.
