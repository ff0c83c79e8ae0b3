import { describe, expect, it } from 'vitest'
import { AXIS_MAX, AXIS_MIN, BUBBLE_LIMIT, HIGHLIGHT, bubbleSize, labelSize, placeLabels, clickedId, jitter, matrixOption, points, type MatrixColumns } from './matrix'

const quadrants = ['strategic', 'develop', 'maintain', 'opportunistic']
// columns builds Matrix.Points' answer from [id, quadrant, attractiveness, relationship, potential, key].
const columns = (rows: [number, string, number, number, number, boolean?][]): MatrixColumns => ({
  id: rows.map((r) => r[0]),
  name: rows.map((r) => `客户${r[0]}`),
  a: rows.map((r) => Math.round(r[2] * 100)),
  r: rows.map((r) => Math.round(r[3] * 100)),
  p: rows.map((r) => Math.round(r[4] * 100)),
  k: rows.map((r) => (r[5] ? 1 : 0)),
  q: rows.map((r) => quadrants.indexOf(r[1])),
})
const labels = { x: 'x', y: 'y', potential: 'p', quadrant: (q: string) => q }
const book = (n: number) =>
  columns(Array.from({ length: n }, (_, i) => [i + 1, quadrants[i % 4], 1 + (i % 5), 1 + ((i * 7) % 5), 1 + (i % 5), i < 10] as [number, string, number, number, number, boolean]))

describe('matrix', () => {
  it('jitters each account by a small fixed offset', () => {
    for (let id = 1; id < 500; id++) {
      const [dx, dy] = jitter(id)
      expect(Math.abs(dx)).toBeLessThanOrEqual(0.12)
      expect(Math.abs(dy)).toBeLessThanOrEqual(0.12)
      expect(jitter(id)).toEqual([dx, dy])
    }
    expect(jitter(1)).not.toEqual(jitter(2))
  })

  it('draws every bubble inside the plot, the edges of the scale included', () => {
    // Scores of 1 and 5 with every jitter: the point stays on the scale and
    // the plot reaches beyond it by more than the largest bubble's radius
    // (23 px) on a 640-px-high window (about 66 px per unit).
    const c = columns(Array.from({ length: 400 }, (_, i) => [i + 1, quadrants[i % 4], i % 2 ? 5 : 1, i % 3 ? 1 : 5, 5] as [number, string, number, number, number]))
    const all = [0, 1, 2, 3].flatMap((q) => points(c, q))
    for (const [x, y] of all) {
      for (const v of [x, y]) {
        expect(v).toBeGreaterThanOrEqual(1)
        expect(v).toBeLessThanOrEqual(5)
      }
    }
    const opt = matrixOption(c, 3, labels) as unknown as { xAxis: { min: number; max: number }; yAxis: { min: number; max: number } }
    for (const axis of [opt.xAxis, opt.yAxis]) {
      expect(axis.min).toBe(AXIS_MIN)
      expect(axis.max).toBe(AXIS_MAX)
      expect(1 - axis.min).toBeGreaterThanOrEqual(23 / 66)
      expect(axis.max - 5).toBeGreaterThanOrEqual(23 / 66)
    }
  })

  it('prints a name beside its bubble where it covers no other bubble and stays in the plot', () => {
    const plot = { x0: 0, y0: 0, x1: 600, y1: 400 }
    // 海川石化 with 星河半导体 just to its right (the sample's pair): its
    // name goes to the left, the neighbour's to the right.
    const sides = placeLabels(
      [
        { id: 1, x: 100, y: 100, r: 20, name: '海川石化' },
        { id: 2, x: 130, y: 110, r: 23, name: '星河半导体' },
        { id: 3, x: 590, y: 300, r: 10, name: '苏电智能' }, // at the right edge
        { id: 4, x: 300, y: 300, r: 10, name: '南粤食品' }, // alone
      ],
      plot,
    )
    expect(sides.get(1)).not.toBe('right')
    expect(sides.get(2)).toBe('right')
    expect(sides.get(3)).toBe('left')
    expect(sides.get(4)).toBe('right')
    expect(labelSize('南粤食品')[0]).toBeGreaterThan(labelSize('Nanyue')[0])
  })

  it('grows bubbles with potential', () => {
    expect(bubbleSize(1)).toBeLessThan(bubbleSize(3))
    expect(bubbleSize(5)).toBe(46)
    expect(bubbleSize(5, 300)).toBe(22)
    expect(bubbleSize(1, 300)).toBeLessThan(bubbleSize(1, 20))
  })

  it('puts each account in its quadrant series at its scores', () => {
    const c = columns([[1, 'strategic', 4, 4.5, 5], [2, 'develop', 4, 1.5, 3]])
    const p = points(c, 0)
    expect(p).toHaveLength(1)
    expect(p[0][0]).toBeCloseTo(4.5, 0)
    expect(p[0][1]).toBeCloseTo(4, 0)
    expect(p[0][3]).toBe(1)
    expect(p[0].slice(4)).toEqual(['客户1', 4, 4.5]) // the tooltip's exact scores
    const opt = matrixOption(c, 3, labels)
    expect(opt.series.map((s) => (s.data as unknown[]).length)).toEqual([1, 1, 0, 0])
    expect(clickedId(p[0])).toBe(1)
    expect(clickedId({ value: p[0] })).toBe(1)
  })

  it('stays readable with 300 accounts', () => {
    const opt = matrixOption(book(300), 3, labels)
    expect(opt.series.reduce((n, s) => n + (s.data as unknown[]).length, 0)).toBe(300)
    expect(opt.animation).toBe(false)
    for (const s of opt.series as { label: { show: boolean }; emphasis: { label: { show: boolean } } }[]) {
      expect(s.label.show).toBe(false)
      expect(s.emphasis.label.show).toBe(true)
    }
    const few = matrixOption(book(20), 3, labels)
    for (const s of few.series as { label: { show: boolean } }[]) expect(s.label.show).toBe(true)
  })

  it('draws a big book as density with the key accounts named', () => {
    const n = 5000
    expect(n).toBeGreaterThan(BUBBLE_LIMIT)
    const opt = matrixOption(book(n), 3, labels)
    const series = opt.series as { name: string; large?: boolean; data: unknown[]; label: { show: boolean } }[]
    expect(series).toHaveLength(5)
    for (const s of series.slice(0, 4)) {
      expect(s.large).toBe(true)
      expect(s.label.show).toBe(false)
    }
    const top = series[4]
    expect(top.data).toHaveLength(HIGHLIGHT)
    expect(top.label.show).toBe(true)
    // Every account is drawn once: named, or a dot.
    expect(series.reduce((k, s) => k + s.data.length, 0)).toBe(n)
    const ids = new Set(series.flatMap((s) => s.data.map((d) => clickedId(d))))
    expect(ids.size).toBe(n)
  })
})
