import { describe, expect, it } from 'vitest'
import {
  attitudeKey,
  buildForest,
  autoCollapse,
  canReparent,
  collapseFrom,
  compareSiblings,
  daysSince,
  edgePath,
  formatDay,
  influenceBars,
  layoutChart,
  managers,
  parseDay,
  type MapPerson,
  type OrgLayout,
  type OrgNode,
} from './orgchart'

const person = (id: number, reportsTo = 0, extra: Partial<MapPerson> = {}): MapPerson => ({
  id,
  name: `P${String(id).padStart(3, '0')}`,
  title: '',
  department: '',
  reportsTo,
  role: '',
  attitude: 0,
  influence: 'medium',
  strength: 0,
  lastContact: '',
  ...extra,
})

// [id, reportsTo] pairs
const people = (pairs: [number, number][]) => pairs.map(([id, m]) => person(id, m))

const overlap = (a: OrgNode, b: OrgNode) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

function expectNoOverlap(l: OrgLayout) {
  for (let i = 0; i < l.nodes.length; i++)
    for (let j = i + 1; j < l.nodes.length; j++) expect(overlap(l.nodes[i], l.nodes[j]), `${l.nodes[i].id} / ${l.nodes[j].id}`).toBe(false)
  for (const n of l.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0)
    expect(n.y).toBeGreaterThanOrEqual(0)
    expect(n.x + n.w).toBeLessThanOrEqual(l.width)
    expect(n.y + n.h).toBeLessThanOrEqual(l.height)
  }
}

// A random but repeatable tree of n people (each reports to someone before them).
function randomTree(n: number, seed: number, fanout = n): MapPerson[] {
  let s = seed
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32)
  return Array.from({ length: n }, (_, i) =>
    person(i + 1, i === 0 ? 0 : 1 + Math.floor(rnd() * Math.min(i, fanout)), { role: ['', 'economic', 'user', 'technical', 'coach', 'influencer'][i % 6] }),
  )
}

describe('buildForest', () => {
  it.each([
    ['nobody reports to anyone', [[1, 0], [2, 0], [3, 0]], [1, 2, 3]],
    ['a single tree', [[1, 0], [2, 1], [3, 1], [4, 2]], [1]],
    ['a manager not in the list', [[1, 99], [2, 1], [3, 0]], [1, 3]],
    ['reporting to oneself', [[1, 1], [2, 1]], [1]],
    ['a loop of two', [[1, 2], [2, 1], [3, 2]], [1]],
    ['a loop of three under nobody', [[5, 6], [6, 7], [7, 5], [8, 0]], [5, 8]],
    ['a tail into a loop', [[1, 2], [2, 3], [3, 2], [4, 1]], [2]],
  ] as [string, [number, number][], number[]][])('%s', (_, pairs, roots) => {
    const f = buildForest(people(pairs))
    expect(f.roots).toEqual(roots)
    // Everyone is reachable from a root exactly once.
    const seen: number[] = []
    const walk = (id: number) => {
      seen.push(id)
      for (const c of f.children.get(id) ?? []) walk(c)
    }
    f.roots.forEach(walk)
    expect(seen.sort((a, b) => a - b)).toEqual(pairs.map(([id]) => id).sort((a, b) => a - b))
  })

  it('orders siblings by buying role, then name, then id', () => {
    const list = [
      person(1, 0),
      person(2, 1, { name: 'Zed', role: '' }),
      person(3, 1, { name: 'Amy', role: 'coach' }),
      person(4, 1, { name: 'Bob', role: 'economic' }),
      person(5, 1, { name: 'Ann', role: 'coach' }),
      person(6, 1, { name: 'Ann', role: 'coach' }),
      person(7, 1, { name: 'Cat', role: 'technical' }),
    ]
    expect(buildForest(list).children.get(1)).toEqual([4, 7, 3, 5, 6, 2])
    expect(buildForest([...list].reverse()).children.get(1)).toEqual([4, 7, 3, 5, 6, 2])
    expect(compareSiblings(list[3], list[1])).toBeLessThan(0)
  })

  it('counts descendants', () => {
    const f = buildForest(people([[1, 0], [2, 1], [3, 1], [4, 2], [5, 4], [6, 0]]))
    expect([1, 2, 3, 4, 5, 6].map((id) => f.size.get(id))).toEqual([4, 2, 0, 1, 0, 0])
  })
})

describe('layoutChart', () => {
  it('is empty without people', () => {
    expect(layoutChart([])).toEqual({ nodes: [], edges: [], width: 0, height: 0 })
  })

  it('puts roots on the top row', () => {
    const l = layoutChart(people([[1, 0], [2, 0], [3, 1], [4, 99]]))
    const top = Math.min(...l.nodes.map((n) => n.y))
    expect(l.nodes.filter((n) => n.y === top).map((n) => n.id).sort()).toEqual([1, 2, 4])
    expect(l.nodes.find((n) => n.id === 3)!.y).toBeGreaterThan(top)
    expect(l.nodes.find((n) => n.id === 3)!.depth).toBe(1)
  })

  it.each([
    ['a chain', [[1, 0], [2, 1], [3, 2], [4, 3]]],
    ['a wide and deep tree', [[1, 0], [2, 1], [3, 1], [4, 1], [5, 2], [6, 2], [7, 4], [8, 4], [9, 7], [10, 7], [11, 5], [12, 5]]],
    ['a forest', [[1, 0], [2, 1], [3, 1], [4, 0], [5, 4], [6, 5], [7, 5], [8, 0], [9, 0]]],
    ['an unbalanced tree', [[1, 0], [2, 1], [3, 1], [4, 1], [5, 2], [6, 5], [7, 6], [8, 6], [9, 6], [10, 4], [11, 10]]],
  ] as [string, [number, number][]][])('lays out %s without overlaps, each manager centred over the reports', (_, pairs) => {
    const l = layoutChart(people(pairs), new Set(), { stackAbove: Infinity })
    expect(l.nodes).toHaveLength(pairs.length)
    expectNoOverlap(l)
    for (const n of l.nodes) {
      const kids = l.nodes.filter((c) => c.person.reportsTo === n.id)
      for (const c of kids) expect(c.y).toBeGreaterThan(n.y + n.h)
      if (!kids.length) continue
      const centres = kids.map((c) => c.x + c.w / 2)
      expect(n.x + n.w / 2).toBeCloseTo((Math.min(...centres) + Math.max(...centres)) / 2, 6)
      expect(new Set(kids.map((c) => c.y)).size).toBe(1) // one row of reports
    }
    expect(l.edges).toHaveLength(pairs.filter(([, m]) => m !== 0).length)
  })

  it('keeps siblings in their order from left to right', () => {
    const list = [person(1), person(2, 1, { role: 'coach' }), person(3, 1, { role: 'economic' }), person(4, 1, { role: 'user' })]
    const l = layoutChart(list)
    const x = (id: number) => l.nodes.find((n) => n.id === id)!.x
    expect(x(3)).toBeLessThan(x(4))
    expect(x(4)).toBeLessThan(x(2))
  })

  it.each([10, 37, 123])('never overlaps on random trees (seed %i)', (seed) => {
    for (const fanout of [3, 8, 200]) expectNoOverlap(layoutChart(randomTree(60, seed, fanout)))
  })

  it.each([
    [5, 1],
    [8, 2],
    [30, 3],
  ])('puts %i reports who manage nobody in %i column(s) under their manager', (n, cols) => {
    const list = [person(1), ...Array.from({ length: n }, (_, i) => person(i + 2, 1)), person(200, 1), person(201, 200), person(202, 201)]
    const l = layoutChart(list)
    expectNoOverlap(l)
    const column = l.nodes.filter((c) => c.person.reportsTo === 1 && c.id < 200)
    expect(new Set(column.map((c) => c.x)).size).toBe(cols)
    expect(new Set(column.map((c) => c.y)).size).toBe(Math.ceil(n / cols))
    for (const e of l.edges.filter((e) => e.from === 1 && e.to < 200)) {
      const c = l.nodes.find((c) => c.id === e.to)!
      expect(e.points[e.points.length - 1]).toEqual([c.x, c.y + c.h / 2]) // into the card's side
    }
    const branch = l.nodes.find((c) => c.id === 200)!
    expect(branch.y).toBe(Math.min(...column.map((c) => c.y))) // on the same row as the first of each column
  })

  it('wraps people on their own at the top level into a block', () => {
    const l = layoutChart(Array.from({ length: 30 }, (_, i) => person(i + 1)))
    expectNoOverlap(l)
    const rows = new Set(l.nodes.map((n) => n.y)).size
    expect(rows).toBeGreaterThan(3)
    expect(l.nodes.filter((n) => n.y === l.nodes[0].y).length).toBeLessThan(10)
  })

  it('hides the reports of a collapsed person and counts them', () => {
    const list = people([[1, 0], [2, 1], [3, 1], [4, 2], [5, 4], [6, 4], [7, 0]])
    const cases: [number[], number[], Record<number, number>][] = [
      [[], [1, 2, 3, 4, 5, 6, 7], {}],
      [[2], [1, 2, 3, 7], { 2: 3 }],
      [[1], [1, 7], { 1: 5 }],
      [[4], [1, 2, 3, 4, 7], { 4: 2 }],
      [[1, 4], [1, 7], { 1: 5 }],
      [[3, 7, 99], [1, 2, 3, 4, 5, 6, 7], {}], // nobody under them: nothing to collapse
    ]
    for (const [collapsed, visible, hidden] of cases) {
      const l = layoutChart(list, new Set(collapsed))
      expect(l.nodes.map((n) => n.id).sort()).toEqual(visible)
      for (const n of l.nodes) {
        expect(n.hidden, `${collapsed}: ${n.id}`).toBe(hidden[n.id] ?? 0)
        expect(n.collapsed).toBe(n.id in hidden)
      }
      expect(l.edges.every((e) => visible.includes(e.from) && visible.includes(e.to))).toBe(true)
      expectNoOverlap(l)
    }
    expect(layoutChart(list).nodes.find((n) => n.id === 2)!.childCount).toBe(1)
  })

  it('draws everyone once when the data has loops', () => {
    const list = people([[1, 3], [2, 1], [3, 2], [4, 4], [5, 6], [6, 5], [7, 5], [8, 0]])
    const l = layoutChart(list)
    expect(l.nodes.map((n) => n.id).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expectNoOverlap(l)
    expect(layoutChart(list, new Set([1, 5])).nodes.find((n) => n.id === 1)!.hidden).toBe(2)
  })

  it('lays out 200 people', () => {
    for (const fanout of [4, 12, 200]) {
      const list = randomTree(200, 7, fanout)
      const l = layoutChart(list)
      expect(l.nodes).toHaveLength(200)
      expect(l.edges).toHaveLength(199)
      expect(layoutChart(list, managers(list)).nodes).toHaveLength(1)
    }
    const deep = Array.from({ length: 200 }, (_, i) => person(i + 1, i)) // one long chain
    expect(layoutChart(deep).nodes).toHaveLength(200)
  })

  it('draws edges as paths from manager to report', () => {
    const l = layoutChart(people([[1, 0], [2, 1]]))
    const [m, r] = [l.nodes.find((n) => n.id === 1)!, l.nodes.find((n) => n.id === 2)!]
    const e = l.edges[0]
    expect(e.points[0]).toEqual([m.x + m.w / 2, m.y + m.h])
    expect(e.points[e.points.length - 1]).toEqual([r.x + r.w / 2, r.y])
    expect(edgePath(e)).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/)
  })
})

describe('collapsing for a first look', () => {
  const list = people([[1, 0], [2, 1], [3, 1], [4, 2], [5, 4], [6, 5], [7, 0], [8, 7]])
  it.each([
    [0, [1, 2, 4, 5, 7]],
    [1, [2, 4, 5]],
    [2, [4, 5]],
    [3, [5]],
    [4, []],
    [9, []],
  ])('collapseFrom depth %i folds %j', (d, want) => {
    expect([...collapseFrom(list, d)].sort()).toEqual(want)
  })

  it('folds nothing when everything fits, else as many levels as fit', () => {
    expect(autoCollapse(list, 1e6, 1e6).size).toBe(0)
    expect([...autoCollapse(list, 1e6, 0)].sort()).toEqual([1, 2, 4, 5, 7])
    const big = randomTree(200, 3, 12)
    const full = layoutChart(big)
    const set = autoCollapse(big, 1600, 1200)
    const l = layoutChart(big, set)
    expect(set.size).toBeGreaterThan(0)
    expect(l.width).toBeLessThanOrEqual(1600)
    expect(l.height).toBeLessThanOrEqual(1200)
    expect(l.nodes.length).toBeLessThan(full.nodes.length)
    expect(l.nodes.length).toBeGreaterThan(1)
  })
})

describe('canReparent', () => {
  const list = people([[1, 0], [2, 1], [3, 1], [4, 2], [5, 4], [6, 0]])
  it.each([
    [2, 2, false, 'oneself'],
    [2, 4, false, 'a direct report'],
    [1, 5, false, 'a report three levels down'],
    [2, 99, false, 'someone not in the list'],
    [99, 1, false, 'an unknown person'],
    [2, 3, true, 'a peer'],
    [4, 6, true, 'another tree'],
    [5, 1, true, 'a grand-manager'],
    [1, 6, true, 'a root under another root'],
    [4, 0, true, 'top level'],
    [1, 0, true, 'top level, already there'],
  ])('%i → %i is %s (%s)', (id, m, want) => {
    expect(canReparent(list, id, m)).toBe(want)
  })

  it('follows loops already in the data without hanging', () => {
    const loop = people([[1, 2], [2, 3], [3, 1], [4, 0]])
    expect(canReparent(loop, 1, 3)).toBe(false)
    expect(canReparent(loop, 4, 1)).toBe(true)
    expect(canReparent(loop, 1, 4)).toBe(true)
  })
})

describe('card helpers', () => {
  it.each([
    [-2, 'opponent'],
    [-1, 'unhappy'],
    [0, 'neutral'],
    [1, 'friendly'],
    [2, 'champion'],
    [5, 'champion'],
    [-9, 'opponent'],
  ])('attitude %i is %s', (a, key) => expect(attitudeKey(a)).toBe(key))

  it.each([
    ['high', 3],
    ['medium', 2],
    ['low', 1],
    ['', 0],
  ])('influence %s has %i bars', (i, n) => expect(influenceBars(i)).toBe(n))

  it('reads dates as local days', () => {
    expect(parseDay('2024-03-05')!.getDate()).toBe(5)
    expect(parseDay('2024-02-30')).toBeNull()
    expect(parseDay('')).toBeNull()
    expect(formatDay('2024-03-05', 'en')).toBe('Mar 5, 2024')
    expect(formatDay('2024-03-05', 'zh-CN')).toBe('2024年3月5日')
    expect(formatDay('', 'en')).toBe('')
    expect(daysSince('2024-03-01', new Date(2024, 2, 31, 23, 59))).toBe(30)
    expect(daysSince('', new Date())).toBeNull()
  })
})
