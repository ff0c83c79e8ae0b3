// The portfolio matrix as ECharts options: relationship strength across,
// attractiveness up, bubble size = development potential, one series (and
// colour) per quadrant.
import type { AccountView } from '../api'
import { quadrantColors } from './labels'
import { escapeHtml } from './deals'

export interface MatrixLabels {
  x: string
  y: string
  quadrant: (q: string) => string
  potential: string
}

export type Point = [number, number, number, number, string]

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

export const placedQuadrants = ['strategic', 'develop', 'maintain', 'opportunistic'] as const

export function points(list: AccountView[], quadrant: string): Point[] {
  return list
    .filter((v) => v.scores.quadrant === quadrant)
    .map((v) => {
      const [dx, dy] = jitter(v.account.id)
      return [v.scores.relationship + dx, v.scores.attractiveness + dy, v.scores.potential, v.account.id, v.account.shortName || v.account.name]
    })
}

export function matrixOption(list: AccountView[], split: number, labels: MatrixLabels) {
  const byId = new Map(list.map((v) => [v.account.id, v]))
  const area = (q: string, x: [number, number], y: [number, number], pos: string) => [
    { xAxis: x[0], yAxis: y[0], itemStyle: { color: quadrantColors[q] + '0d' }, label: { show: true, position: pos, color: quadrantColors[q], fontSize: 14, fontWeight: 'bold', formatter: labels.quadrant(q) } },
    { xAxis: x[1], yAxis: y[1] },
  ]
  return {
    animation: list.length < 200,
    grid: { left: 64, right: 90, top: 40, bottom: 64 },
    legend: { top: 4, data: placedQuadrants.map(labels.quadrant) },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: Point }) => {
        const v = byId.get(p.data[3])
        if (!v) return ''
        return `<b>${escapeHtml(v.account.name)}</b><br/>${labels.y}: ${v.scores.attractiveness.toFixed(2)}<br/>${labels.x}: ${v.scores.relationship.toFixed(2)}<br/>${labels.potential}: ${v.scores.potential.toFixed(2)}`
      },
    },
    xAxis: { name: labels.x, nameLocation: 'middle', nameGap: 32, min: 1, max: 5, interval: 1, splitLine: { show: false } },
    yAxis: { name: labels.y, nameLocation: 'middle', nameGap: 40, min: 1, max: 5, interval: 1, splitLine: { show: false } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
    ],
    series: placedQuadrants.map((q, i) => ({
      name: labels.quadrant(q),
      type: 'scatter',
      clip: false,
      data: points(list, q),
      symbolSize: (d: Point) => bubbleSize(d[2], list.length),
      itemStyle: { color: quadrantColors[q], opacity: 0.72, borderColor: '#fff', borderWidth: 1 },
      emphasis: { focus: 'self', itemStyle: { opacity: 1 }, label: { show: true, fontWeight: 'bold' } },
      label: { show: list.length <= LABEL_LIMIT, position: 'right', formatter: (p: { data: Point }) => p.data[4], fontSize: 11, color: '#333' },
      labelLayout: { hideOverlap: true },
      ...(i === 0
        ? {
            markLine: { silent: true, symbol: 'none', lineStyle: { color: '#b8bec9', type: 'dashed' }, label: { show: false }, data: [{ xAxis: split }, { yAxis: split }] },
            markArea: {
              silent: true,
              data: [
                area('develop', [1, split], [split, 5], 'insideTopLeft'),
                area('strategic', [split, 5], [split, 5], 'insideTopRight'),
                area('opportunistic', [1, split], [1, split], 'insideBottomLeft'),
                area('maintain', [split, 5], [1, split], 'insideBottomRight'),
              ],
            },
          }
        : {}),
    })),
  }
}
