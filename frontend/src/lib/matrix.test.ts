import { describe, expect, it } from 'vitest'
import { bubbleSize, jitter, matrixOption, points } from './matrix'
import type { AccountView } from '../api'

const view = (id: number, quadrant: string, attractiveness: number, relationship: number, potential: number) =>
  ({ account: { id, name: `客户${id}`, shortName: '' }, scores: { quadrant, attractiveness, relationship, potential } }) as unknown as AccountView

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

  it('grows bubbles with potential', () => {
    expect(bubbleSize(1)).toBeLessThan(bubbleSize(3))
    expect(bubbleSize(5)).toBe(46)
    expect(bubbleSize(5, 300)).toBe(22)
    expect(bubbleSize(1, 300)).toBeLessThan(bubbleSize(1, 20))
  })

  it('puts each account in its quadrant series at its scores', () => {
    const list = [view(1, 'strategic', 4, 4.5, 5), view(2, 'develop', 4, 1.5, 3), view(3, 'unclassified', 0, 2, 1)]
    const p = points(list, 'strategic')
    expect(p).toHaveLength(1)
    expect(p[0][0]).toBeCloseTo(4.5, 0)
    expect(p[0][1]).toBeCloseTo(4, 0)
    expect(p[0][3]).toBe(1)
    const opt = matrixOption(list, 3, { x: 'x', y: 'y', potential: 'p', quadrant: (q) => q })
    expect(opt.series.map((s) => s.data.length)).toEqual([1, 1, 0, 0])
  })

  it('stays readable with 300 accounts', () => {
    const list = Array.from({ length: 300 }, (_, i) => view(i + 1, ['strategic', 'develop', 'maintain', 'opportunistic'][i % 4], 1 + (i % 5), 1 + ((i * 7) % 5), 1 + (i % 5)))
    const opt = matrixOption(list, 3, { x: 'x', y: 'y', potential: 'p', quadrant: (q) => q })
    expect(opt.series.reduce((n, s) => n + s.data.length, 0)).toBe(300)
    expect(opt.animation).toBe(false)
    for (const s of opt.series) {
      expect(s.label.show).toBe(false)
      expect(s.emphasis.label.show).toBe(true)
    }
    const few = matrixOption(list.slice(0, 20), 3, { x: 'x', y: 'y', potential: 'p', quadrant: (q) => q })
    for (const s of few.series) expect(s.label.show).toBe(true)
  })
})
