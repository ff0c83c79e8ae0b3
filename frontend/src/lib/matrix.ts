// The portfolio matrix as ECharts options: relationship strength across,
// attractiveness up, bubble size = development potential, one series (and
// colour) per quadrant. The points come from Matrix.Points as columns
// (scores in hundredths), key accounts first, then by potential.
//
// A small book is drawn as it always was: every account a bubble, named
// when there are few. A big one (more than BUBBLE_LIMIT points) would be
// a solid cloud, so only the first HIGHLIGHT accounts (the key accounts,
// then the largest) stay named bubbles; the rest become small dots drawn
// in one path each quadrant (ECharts' large mode), whose overlap reads as
// density. Zoom (wheel, drag) spreads them; every dot still has its tooltip
// and opens its account on a click.
import { lightInk, type Ink } from './ink'
import { quadrantColors } from './labels'
import { escapeHtml } from './deals'

export interface MatrixLabels {
  x: string
  y: string
  quadrant: (q: string) => string
  potential: string
}

// The columns of Matrix.Points (service.MatrixPoints).
export interface MatrixColumns {
  id: number[]
  name: string[]
  a: number[]
  r: number[]
  p: number[]
  k: number[]
  q: number[]
}

// A point: x (relationship, jittered), y (attractiveness, jittered),
// potential, account id, name, and the exact attractiveness and
// relationship for the tooltip.
export type Point = [number, number, number, number, string, number, number]

// jitter spreads accounts that share the same scores (means of small
// integers often coincide) by a fixed, id-derived offset, so that no bubble
// hides another; the tooltip shows the exact scores.
export function jitter(id: number): [number, number] {
  const h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) >>> 0
  return [((h & 0xffff) / 0xffff - 0.5) * 0.24, (((h >>> 16) & 0xffff) / 0xffff - 0.5) * 0.24]
}

// Bubbles shrink as the portfolio grows, so 300 accounts do not bury each other.
export function bubbleSize(potential: number, count = 1): number {
  const [min, step] = count > 100 ? [6, 4] : [10, 9] // 6–22 px, or 10–46 px
  return min + Math.max(0, potential - 1) * step
}

// Names are printed beside the bubbles up to this many accounts; beyond it
// they would hide each other, and a hover or the tooltip names the account.
export const LABEL_LIMIT = 60
// Up to this many accounts every one is a bubble; beyond, density.
export const BUBBLE_LIMIT = 400
// In a big book, the accounts drawn as named bubbles.
export const HIGHLIGHT = 40

// The plot reaches a little beyond the 1–5 scale on every side, so that a
// bubble on the edge of the scale (a score of 1 or 5, pushed further by the
// jitter) is drawn whole inside the plot, not across its axis.
export const AXIS_MIN = 0.6
export const AXIS_MAX = 5.4
const scale = [1, 2, 3, 4, 5]

export const placedQuadrants = ['strategic', 'develop', 'maintain', 'opportunistic'] as const

// point i of the columns.
export function pointAt(c: MatrixColumns, i: number): Point {
  const [dx, dy] = jitter(c.id[i])
  const a = c.a[i] / 100
  const r = c.r[i] / 100
  // The jitter never pushes a point off the 1–5 scale: at an edge it
  // points inwards instead (a clamp would stack the edge's points in a line).
  const onScale = (v: number) => (v < 1 ? 2 - v : v > 5 ? 10 - v : v)
  return [onScale(r + dx), onScale(a + dy), c.p[i] / 100, c.id[i], c.name[i], a, r]
}

// points lists the accounts of one quadrant (index into placedQuadrants),
// from index `from` on.
export function points(c: MatrixColumns, quadrant: number, from = 0): Point[] {
  const out: Point[] = []
  for (let i = from; i < c.id.length; i++) if (c.q[i] === quadrant) out.push(pointAt(c, i))
  return out
}

export type LabelSide = 'right' | 'left' | 'top' | 'bottom'

// A bubble on screen (pixels) with the name to print beside it.
export interface PlacedBubble {
  id: number
  x: number
  y: number
  r: number
  name: string
}

const LABEL_GAP = 4
// The printed size of a name at 11 px on its plate: CJK characters are
// square, Latin ones about half as wide.
export function labelSize(name: string): [number, number] {
  let w = 6
  for (const ch of name) w += ch.charCodeAt(0) >= 0x2e80 ? 11 : 6.2
  return [w, 15]
}

function labelRect(b: PlacedBubble, side: LabelSide): [number, number, number, number] {
  const [w, h] = labelSize(b.name)
  const d = b.r + LABEL_GAP
  if (side === 'right') return [b.x + d, b.y - h / 2, w, h]
  if (side === 'left') return [b.x - d - w, b.y - h / 2, w, h]
  if (side === 'top') return [b.x - w / 2, b.y - d - h, w, h]
  return [b.x - w / 2, b.y + d, w, h]
}

const overlap = (a: number[], b: number[]) =>
  Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]))

// placeLabels picks, for each bubble's name, the side (right, left, above,
// below) where it covers the least of the other bubbles, of the names
// already placed and of the space outside the plot: the largest bubbles
// choose first. ECharts itself only keeps names off each other, not off
// the bubbles.
export function placeLabels(bubbles: PlacedBubble[], plot: { x0: number; y0: number; x1: number; y1: number }): Map<number, LabelSide> {
  const sides: LabelSide[] = ['right', 'left', 'top', 'bottom']
  const boxes = bubbles.map((b) => [b.x - b.r, b.y - b.r, 2 * b.r, 2 * b.r])
  const placed: number[][] = []
  const out = new Map<number, LabelSide>()
  const order = bubbles.map((_, i) => i).sort((i, j) => bubbles[j].r - bubbles[i].r)
  for (const i of order) {
    let best: LabelSide = 'right'
    let bestCost = Infinity
    for (const side of sides) {
      const rect = labelRect(bubbles[i], side)
      const area = rect[2] * rect[3]
      let cost = area - overlap(rect, [plot.x0, plot.y0, plot.x1 - plot.x0, plot.y1 - plot.y0]) // outside the plot
      cost *= 4
      boxes.forEach((box, j) => j !== i && (cost += overlap(rect, box)))
      for (const p of placed) cost += 2 * overlap(rect, p)
      if (cost < bestCost - 0.5) [best, bestCost] = [side, cost]
    }
    out.set(bubbles[i].id, best)
    placed.push(labelRect(bubbles[i], best))
  }
  return out
}

// matrixOption builds the chart; sides, when known, says on which side of
// its bubble each account's name is printed (placeLabels).
export function matrixOption(c: MatrixColumns, split: number, labels: MatrixLabels, sides?: Map<number, LabelSide>, ink: Ink = lightInk) {
  const n = c.id.length
  const dense = n > BUBBLE_LIMIT
  const area = (q: string, x: [number, number], y: [number, number], pos: string) => [
    { xAxis: x[0], yAxis: y[0], itemStyle: { color: quadrantColors[q] + '0d' }, label: { show: true, position: pos, color: quadrantColors[q], fontSize: 14, fontWeight: 'bold', formatter: labels.quadrant(q) } },
    { xAxis: x[1], yAxis: y[1] },
  ]
  const tip = (p: { data?: unknown; value?: Point }) => {
    const d = Array.isArray(p.data) ? (p.data as Point) : p.value
    if (!d || d.length < 7) return ''
    return `<b>${escapeHtml(d[4])}</b><br/>${labels.y}: ${d[5].toFixed(2)}<br/>${labels.x}: ${d[6].toFixed(2)}<br/>${labels.potential}: ${d[2].toFixed(2)}`
  }
  const first = dense ? Math.min(HIGHLIGHT, n) : 0
  const series: Record<string, unknown>[] = placedQuadrants.map((q, i) => ({
    name: labels.quadrant(q),
    type: 'scatter',
    // A few bubbles may overhang the plot; thousands of dots, zoomed, may not.
    clip: dense,
    data: sides && !dense ? points(c, i, first).map((p) => ({ value: p, label: { position: sides.get(p[3]) ?? 'right' } })) : points(c, i, first),
    ...(dense
      ? {
          // One path per quadrant: thousands of dots stay one DOM node.
          large: true,
          largeThreshold: 200,
          symbolSize: 5,
          itemStyle: { color: quadrantColors[q], opacity: ink.dots },
          label: { show: false },
          emphasis: { focus: 'none', label: { show: false } },
        }
      : {
          symbolSize: (d: Point) => bubbleSize(d[2], n),
          itemStyle: { color: quadrantColors[q], opacity: 0.72, borderColor: ink.edge, borderWidth: 1 },
          emphasis: { focus: 'self', itemStyle: { opacity: 1 }, label: { show: true, fontWeight: 'bold' } },
          // A name on a light plate stays readable where it crosses a
          // neighbour's bubble; names that would cover each other move
          // apart, and the one still in the way is hidden (hover shows it).
          label: {
            show: n <= LABEL_LIMIT,
            position: 'right',
            distance: 4,
            formatter: (p: { value: Point }) => p.value[4],
            fontSize: 11,
            color: ink.text,
            backgroundColor: ink.plate,
            padding: [1, 3],
            borderRadius: 2,
          },
          labelLayout: { hideOverlap: true, moveOverlap: 'shiftY' },
        }),
    ...(i === 0
      ? {
          markLine: { silent: true, symbol: 'none', lineStyle: { color: ink.line, type: 'dashed' }, label: { show: false }, data: [{ xAxis: split }, { yAxis: split }] },
          markArea: {
            silent: true,
            data: [
              area('develop', [AXIS_MIN, split], [split, AXIS_MAX], 'insideTopLeft'),
              area('strategic', [split, AXIS_MAX], [split, AXIS_MAX], 'insideTopRight'),
              area('opportunistic', [AXIS_MIN, split], [AXIS_MIN, split], 'insideBottomLeft'),
              area('maintain', [split, AXIS_MAX], [AXIS_MIN, split], 'insideBottomRight'),
            ],
          },
        }
      : {}),
  }))
  if (dense) {
    // The key accounts (then the largest) as named bubbles above the dots;
    // a label that would overlap another is hidden, and shows on hover.
    const top = Array.from({ length: first }, (_, i) => ({
      value: pointAt(c, i),
      itemStyle: { color: quadrantColors[placedQuadrants[c.q[i]]] },
      ...(sides ? { label: { position: sides.get(c.id[i]) ?? 'right' } } : {}),
    }))
    series.push({
      name: 'highlight',
      type: 'scatter',
      clip: true,
      z: 3,
      data: top,
      symbolSize: (d: Point) => bubbleSize(d[2], n),
      itemStyle: { opacity: 0.85, borderColor: ink.edge, borderWidth: 1 },
      emphasis: { focus: 'self', itemStyle: { opacity: 1 }, label: { show: true, fontWeight: 'bold' } },
      label: { show: true, position: 'right', distance: 4, formatter: (p: { value: Point }) => p.value[4], fontSize: 11, color: ink.text, backgroundColor: ink.plate, padding: [1, 3] },
      labelLayout: { hideOverlap: true },
    })
  }
  return {
    backgroundColor: 'transparent',
    animation: n < 200,
    grid: { left: 64, right: 90, top: 40, bottom: 64 },
    legend: { top: 4, data: placedQuadrants.map(labels.quadrant) },
    tooltip: { trigger: 'item', formatter: tip },
    xAxis: { name: labels.x, nameLocation: 'middle', nameGap: 32, min: AXIS_MIN, max: AXIS_MAX, axisLabel: { customValues: scale }, axisTick: { customValues: scale }, splitLine: { show: false } },
    yAxis: { name: labels.y, nameLocation: 'middle', nameGap: 40, min: AXIS_MIN, max: AXIS_MAX, axisLabel: { customValues: scale }, axisTick: { customValues: scale }, splitLine: { show: false } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
    ],
    series,
  }
}

// clickedId reads the account id of a clicked item (a plain point, or a
// highlighted one with its own style).
export function clickedId(data: unknown): number {
  if (Array.isArray(data)) return Number(data[3])
  const v = (data as { value?: unknown } | null)?.value
  return Array.isArray(v) ? Number(v[3]) : 0
}
