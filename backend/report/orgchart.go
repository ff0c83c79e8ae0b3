package report

import (
	"math"
	"strconv"

	"kams/backend/domain"
)

// The relationship map printed as an org chart: boxes with name, title,
// buying role, influence and attitude (as the box's light fill and
// coloured border), lines down from each manager. A tree that fits a page
// (at most orgCols boxes wide, orgLevels deep) is drawn whole; trees are
// packed side by side on shelves. A branch too wide or too deep for a page
// prints its head as a row of an indented list and its sub-branches the
// same way, so 80 people in any shape print whole and readable.

const (
	orgBoxW   = 28.5
	orgBoxH   = 18.0
	orgGapX   = 2.5
	orgGapY   = 7.0
	orgLevelH = orgBoxH + orgGapY
)

var (
	orgCols   = int(math.Floor((contentW + orgGapX) / (orgBoxW + orgGapX)))
	orgLevels = int((bodyBottom - margin - headerH - 2*lineH(sizeSmall) + orgGapY) / orgLevelH)
)

// attitudeColors are a box's fill and border by attitude (−2 … +2).
var attitudeColors = map[int][2]rgb{
	-2: {{250, 222, 222}, {200, 60, 60}},
	-1: {{253, 237, 216}, {220, 140, 60}},
	0:  {{255, 255, 255}, {150, 150, 150}},
	1:  {{232, 245, 228}, {120, 180, 110}},
	2:  {{210, 236, 210}, {50, 140, 60}},
}

type orgNode struct {
	c     domain.Contact
	kids  []*orgNode
	width int     // leaf slots
	depth int     // levels
	x     float64 // left of the box, once placed
}

// orgForest builds the reports-to trees in the contacts' order; a manager
// who is not among the contacts, or a loop, makes a root.
func orgForest(contacts []domain.Contact) []*orgNode {
	nodes := make(map[int64]*orgNode, len(contacts))
	for _, c := range contacts {
		nodes[c.ID] = &orgNode{c: c}
	}
	loops := func(c domain.Contact) bool {
		seen := map[int64]bool{c.ID: true}
		for p := c.ReportsTo; p != 0; {
			n, ok := nodes[p]
			if !ok {
				return false
			}
			if seen[p] {
				return true
			}
			seen[p] = true
			p = n.c.ReportsTo
		}
		return false
	}
	var roots []*orgNode
	for _, c := range contacts {
		n := nodes[c.ID]
		if p, ok := nodes[c.ReportsTo]; ok && c.ReportsTo != c.ID && !loops(c) {
			p.kids = append(p.kids, n)
		} else {
			roots = append(roots, n)
		}
	}
	var size func(*orgNode)
	size = func(n *orgNode) {
		n.width, n.depth = 0, 0
		for _, k := range n.kids {
			size(k)
			n.width += k.width
			n.depth = max(n.depth, k.depth)
		}
		n.width = max(n.width, 1)
		n.depth++
	}
	for _, r := range roots {
		size(r)
	}
	return roots
}

// orgChart prints the relationship map of the contacts.
func (d *doc) orgChart(contacts []domain.Contact) {
	if len(contacts) == 0 {
		d.notFilled()
		return
	}
	d.orgLegend()
	d.orgGroup(orgForest(contacts), "", 0)
}

func (d *doc) orgLegend() {
	d.ensure(lineH(sizeSmall) + 2)
	x := margin + cellPad
	d.color(grey)
	s := d.t("plan.mapLegend")
	d.text(x, d.y, sizeSmall, s)
	x += d.measure(sizeSmall)(s) + 1
	for a := 2; a >= -2; a-- {
		c := attitudeColors[a]
		d.box(x, d.y+0.5, 4, 2.4, &c[0], &c[1], 0.35)
		s := d.t("attitude." + strconv.Itoa(a))
		d.color(grey)
		d.text(x+5, d.y, sizeSmall, s)
		x += 5 + d.measure(sizeSmall)(s) + 4
	}
	d.y += lineH(sizeSmall) + 2
}

// orgGroup prints sibling branches: those that fit a page packed on
// shelves, the others as a list row followed by their own branches.
func (d *doc) orgGroup(nodes []*orgNode, manager string, level int) {
	var shelf []*orgNode
	width := 0
	caption := ""
	if manager != "" {
		caption = d.t("plan.reportsTo", manager)
	}
	flush := func() {
		if len(shelf) > 0 {
			d.orgShelf(shelf, caption)
			caption = ""
			shelf, width = nil, 0
		}
	}
	for _, n := range nodes {
		if n.width <= orgCols && n.depth <= orgLevels {
			if width+n.width > orgCols {
				flush()
			}
			shelf = append(shelf, n)
			width += n.width
			continue
		}
		flush()
		d.orgRow(n, level)
		d.orgGroup(n.kids, n.c.Name, level+1)
	}
	flush()
}

// orgShelf draws whole trees side by side.
func (d *doc) orgShelf(trees []*orgNode, caption string) {
	depth := 0
	for _, t := range trees {
		depth = max(depth, t.depth)
	}
	h := float64(depth)*orgLevelH - orgGapY + 4 // apart from the next shelf
	capH := 0.0
	if caption != "" {
		capH = lineH(sizeSmall) + 0.5
	}
	d.ensure(capH + h)
	if caption != "" {
		d.color(grey)
		d.text(margin+cellPad, d.y, sizeSmall, fitLines(caption, 1, contentW, d.measure(sizeSmall))[0])
		d.y += capH
	}
	slot := 0
	for _, t := range trees {
		d.orgPlace(t, slot)
		slot += t.width
	}
	for _, t := range trees {
		d.orgDraw(t, d.y)
	}
	d.y += h
}

// orgPlace sets the boxes' x: leaves take slots left to right, a manager
// is centred over its reports.
func (d *doc) orgPlace(n *orgNode, slot int) {
	if len(n.kids) == 0 {
		n.x = margin + float64(slot)*(orgBoxW+orgGapX)
		return
	}
	s := slot
	for _, k := range n.kids {
		d.orgPlace(k, s)
		s += k.width
	}
	n.x = (n.kids[0].x + n.kids[len(n.kids)-1].x) / 2
}

// orgDraw draws a placed tree with its top at y.
func (d *doc) orgDraw(n *orgNode, y float64) {
	d.orgBox(n.c, n.x, y)
	if len(n.kids) == 0 || d.dry {
		return
	}
	pdf := d.pdf
	pdf.SetLineWidth(0.25)
	pdf.SetDrawColor(130, 130, 130)
	mid := y + orgBoxH + orgGapY/2
	cx := func(m *orgNode) float64 { return m.x + orgBoxW/2 }
	pdf.Line(cx(n), y+orgBoxH, cx(n), mid)
	pdf.Line(cx(n.kids[0]), mid, cx(n.kids[len(n.kids)-1]), mid)
	for _, k := range n.kids {
		pdf.Line(cx(k), mid, cx(k), y+orgLevelH)
		d.orgDraw(k, y+orgLevelH)
	}
}

// personLines are what a box says about a person, after the name.
func (d *doc) personLines(c domain.Contact) []string {
	role := d.t("role.none")
	if c.Role != "" {
		role = d.t("role." + string(c.Role))
	}
	influence := ""
	if c.Influence != "" {
		influence = d.t("plan.influence", d.t("influence."+string(c.Influence)))
	}
	return []string{c.Title, role, influence, d.t("attitude." + strconv.Itoa(c.Attitude))}
}

func (d *doc) orgBox(c domain.Contact, x, y float64) {
	col := attitudeColors[max(-2, min(2, c.Attitude))]
	d.box(x, y, orgBoxW, orgBoxH, &col[0], &col[1], 0.45)
	const small = 6.5
	inner := orgBoxW - 2*1.2
	d.color(black)
	d.bold(x+1.2, y+0.8, sizeBody, fitLines(c.Name, 1, inner, d.measure(sizeBody))[0])
	ty := y + 0.8 + lineH(sizeBody)
	for i, s := range d.personLines(c) {
		if s == "" {
			continue
		}
		if i == 0 {
			d.color(rgb{70, 70, 70})
		} else {
			d.color(black)
		}
		d.text(x+1.2, ty+float64(i)*lineH(small), small, fitLines(s, 1, inner, d.measure(small))[0])
	}
}

// orgRow prints a person of a branch too wide for a page as a row of the
// indented list, with the attitude's colours.
func (d *doc) orgRow(n *orgNode, level int) {
	indent := float64(min(level, 8)) * 5
	s := n.c.Name
	for _, p := range d.personLines(n.c) {
		if p != "" {
			s += " · " + p
		}
	}
	s += " · " + d.t("plan.persons", countTree(n)) + " " + d.t("plan.outline")
	w := d.measure(sizeBody)
	lines := wrap(s, contentW-indent-4, w)
	h := float64(len(lines))*lineH(sizeBody) + 1.6
	d.ensure(h + orgBoxH) // with at least one of its reports below
	col := attitudeColors[max(-2, min(2, n.c.Attitude))]
	d.box(margin+indent, d.y, contentW-indent, h, &col[0], &col[1], 0.45)
	d.color(black)
	for i, line := range lines {
		d.text(margin+indent+2, d.y+0.8+float64(i)*lineH(sizeBody), sizeBody, line)
	}
	d.y += h + 1.5
}

func countTree(n *orgNode) int {
	c := 1
	for _, k := range n.kids {
		c += countTree(k)
	}
	return c
}
