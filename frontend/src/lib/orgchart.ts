// The relationship map (关系图): the reports-to tree of an account's people as
// an org chart. Pure layout, no DOM: the component only draws what this returns.
//
// Rules: people who report to nobody (0), to themselves or to someone not in
// the list are roots; a loop in the data is broken at the member that sorts
// first, which becomes a root, so everyone is drawn and nothing loops. The
// layout is a tidy top-down tree (subtrees packed by their contours, parent
// centred over its children). Two compactions keep 200 people within a few
// screens: a manager with many reports gets those who manage nobody in columns
// beside the others, and people alone at the top level are wrapped into a block.

export interface MapPerson {
  id: number
  name: string
  title: string
  department: string
  reportsTo: number
  role: string // '', 'economic', 'user', 'technical', 'coach', 'influencer'
  attitude: number // -2..2
  influence: string // 'high' | 'medium' | 'low'
  strength: number // 0..5
  lastContact: string // 'YYYY-MM-DD' or ''
}

export interface Forest {
  byId: Map<number, MapPerson>
  parent: Map<number, number> // effective manager, 0 for a root
  children: Map<number, number[]> // sorted
  roots: number[] // sorted
  size: Map<number, number> // descendants, not counting the person
  depth: Map<number, number> // 0 for a root
}

export interface OrgNode {
  id: number
  person: MapPerson
  x: number
  y: number
  w: number
  h: number
  depth: number
  childCount: number // direct reports, collapsed or not
  collapsed: boolean
  hidden: number // descendants hidden by collapsing this person
}

export interface OrgEdge {
  from: number
  to: number
  points: [number, number][] // an orthogonal polyline, parent to child
}

export interface OrgLayout {
  nodes: OrgNode[]
  edges: OrgEdge[]
  width: number
  height: number
}

export interface LayoutOptions {
  cardW: number
  cardH: number
  gapX: number // between cards on a row
  gapY: number // between rows
  stackGap: number // between cards of a column of reports
  stackAbove: number // beyond this many reports, those who manage nobody go in columns
  indent: number // of a column, left of its cards, where its connector runs
  padding: number
}

export const defaultOptions: LayoutOptions = {
  cardW: 208,
  cardH: 92,
  gapX: 20,
  gapY: 44,
  stackGap: 10,
  stackAbove: 4,
  indent: 28,
  padding: 24,
}

export const roles = ['economic', 'user', 'technical', 'coach', 'influencer'] as const
const roleRank = (r: string) => {
  const i = (roles as readonly string[]).indexOf(r)
  return i < 0 ? roles.length : i
}
const collator = new Intl.Collator('zh-CN')

// Siblings: economic buyer first, then user, technical, coach, influencer,
// unknown; then by name, then by id, so the order never depends on the input's.
export function compareSiblings(a: MapPerson, b: MapPerson): number {
  return roleRank(a.role) - roleRank(b.role) || collator.compare(a.name, b.name) || a.id - b.id
}

export function buildForest(people: readonly MapPerson[]): Forest {
  const byId = new Map<number, MapPerson>()
  for (const p of people) if (!byId.has(p.id)) byId.set(p.id, p)
  const parent = new Map<number, number>()
  for (const p of byId.values()) {
    const m = p.reportsTo
    parent.set(p.id, m !== 0 && m !== p.id && byId.has(m) ? m : 0)
  }
  // Break loops: walk up from everyone once; a walk that meets its own path
  // has found a loop, whose first member (by the sibling order) becomes a root.
  const ordered = [...byId.values()].sort(compareSiblings)
  const state = new Map<number, 1 | 2>() // 1 on the current walk, 2 done
  for (const start of ordered) {
    const path: number[] = []
    let cur = start.id
    while (cur !== 0 && !state.has(cur)) {
      state.set(cur, 1)
      path.push(cur)
      cur = parent.get(cur)!
    }
    if (cur !== 0 && state.get(cur) === 1) {
      const loop = path.slice(path.indexOf(cur)).map((id) => byId.get(id)!)
      parent.set(loop.sort(compareSiblings)[0].id, 0)
    }
    for (const id of path) state.set(id, 2)
  }
  const children = new Map<number, number[]>()
  const roots: number[] = []
  for (const p of ordered) {
    const m = parent.get(p.id)!
    if (m === 0) roots.push(p.id)
    else {
      const list = children.get(m)
      if (list) list.push(p.id)
      else children.set(m, [p.id])
    }
  }
  // Sizes bottom-up: ordered by depth, deepest first (no recursion).
  const depth = new Map<number, number>()
  const queue = [...roots]
  for (const id of roots) depth.set(id, 0)
  for (let i = 0; i < queue.length; i++)
    for (const c of children.get(queue[i]) ?? []) {
      depth.set(c, depth.get(queue[i])! + 1)
      queue.push(c)
    }
  const size = new Map<number, number>()
  for (let i = queue.length - 1; i >= 0; i--) {
    const id = queue[i]
    size.set(id, (children.get(id) ?? []).reduce((n, c) => n + 1 + size.get(c)!, 0))
  }
  return { byId, parent, children, roots, size, depth }
}

// canReparent tells whether id may report to newManagerId (0 = top level):
// never to themselves, to someone unknown, or to one of their own reports at
// any depth, which would make a loop. It follows the stored reports-to, so a
// loop already in the data counts too.
export function canReparent(people: readonly MapPerson[], id: number, newManagerId: number): boolean {
  const byId = new Map(people.map((p) => [p.id, p]))
  if (!byId.has(id)) return false
  if (newManagerId === 0) return true
  if (newManagerId === id || !byId.has(newManagerId)) return false
  const seen = new Set<number>()
  for (let cur = newManagerId; cur !== 0 && byId.has(cur) && !seen.has(cur); cur = byId.get(cur)!.reportsTo) {
    if (cur === id) return false
    seen.add(cur)
  }
  return true
}

// The people who manage someone: what "collapse all" collapses.
export function managers(people: readonly MapPerson[]): Set<number> {
  const f = buildForest(people)
  return new Set(f.children.keys())
}

// collapseFrom: the managers at this depth or deeper (0 = the top level), so
// that the chart shows that many levels.
export function collapseFrom(people: readonly MapPerson[], depth: number): Set<number> {
  const f = buildForest(people)
  return new Set([...f.children.keys()].filter((id) => f.depth.get(id)! >= depth))
}

// autoCollapse picks how much to fold for a first look at a big chart: nothing
// when it all fits in maxW × maxH, else as many levels as fit (at least the top).
export function autoCollapse(people: readonly MapPerson[], maxW: number, maxH: number, options: Partial<LayoutOptions> = {}): Set<number> {
  const deepest = Math.max(0, ...buildForest(people).depth.values())
  const fits = (d: number) => {
    const l = layoutChart(people, collapseFrom(people, d), options)
    return l.width <= maxW && l.height <= maxH
  }
  let [lo, hi] = [0, deepest + 1] // binary search for the deepest level that fits
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(mid)) lo = mid
    else hi = mid - 1
  }
  return collapseFrom(people, lo)
}

type Band = { l: number; r: number } // a subtree's extent on one row, relative to its root's left edge

export function layoutChart(people: readonly MapPerson[], collapsed: ReadonlySet<number> = new Set(), options: Partial<LayoutOptions> = {}): OrgLayout {
  const o = { ...defaultOptions, ...options }
  const f = buildForest(people)
  const rowH = o.cardH + o.gapY
  const stackStep = o.cardH + o.stackGap
  const colW = o.indent + o.cardW + o.gapX // one column of reports, with its spine
  const relX = new Map<number, number>() // left edge relative to the manager's
  const inColumn = new Map<number, number>() // a report in a column: its place in it
  const kids = (id: number) => (collapsed.has(id) ? [] : (f.children.get(id) ?? []))
  // rows a column of n cards starting on the next row reaches into, counting
  // the gap below it, where the next row's connectors run
  const reach = (n: number) => Math.floor((o.gapY + n * stackStep - o.stackGap - 1) / rowH) + 1

  // Contours bottom-up, in breadth-first order reversed (no recursion).
  const contour = new Map<number, Band[]>()
  const order: number[] = [...f.roots]
  for (let i = 0; i < order.length; i++) order.push(...kids(order[i]))
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]
    const k = kids(id)
    if (k.length === 0) {
      contour.set(id, [{ l: 0, r: o.cardW }])
      continue
    }
    // Many reports: those who manage nobody go into columns, side by side,
    // left of the reports who have their own subtrees.
    const leaves = k.length > o.stackAbove ? k.filter((c) => !f.children.has(c)) : []
    const branches = leaves.length > 1 ? k.filter((c) => f.children.has(c)) : k
    const units: { contour: Band[]; anchor: number }[] = []
    let cols = 0
    if (leaves.length > 1) {
      cols = Math.max(1, Math.round(Math.sqrt(leaves.length / 3))) // about square
      const per = Math.ceil(leaves.length / cols)
      cols = Math.ceil(leaves.length / per)
      leaves.forEach((c, j) => {
        relX.set(c, Math.floor(j / per) * colW + o.indent)
        inColumn.set(c, j % per)
      })
      const w = cols * colW - o.gapX
      units.push({ contour: Array.from({ length: reach(per) }, () => ({ l: 0, r: w })), anchor: (o.indent + (cols - 1) * colW) / 2 })
    }
    for (const c of branches) units.push({ contour: contour.get(c)!, anchor: o.cardW / 2 })
    const { offsets, merged } = pack(units.map((u) => u.contour), o.gapX)
    const last = units.length - 1
    const left = (offsets[0] + units[0].anchor + offsets[last] + units[last].anchor) / 2 - o.cardW / 2
    if (cols) for (const c of leaves) relX.set(c, relX.get(c)! + offsets[0] - left)
    branches.forEach((c, j) => relX.set(c, offsets[j + (cols ? 1 : 0)] - left))
    contour.set(id, [{ l: 0, r: o.cardW }, ...merged.map((b) => ({ l: b.l - left, r: b.r - left }))])
    for (const c of k) contour.delete(c) // keep memory flat on big trees
  }

  // The forest: trees side by side, then the people on their own in a block.
  const trees = f.roots.filter((id) => f.children.has(id))
  const loose = f.roots.filter((id) => !f.children.has(id))
  const blocks = trees.map((id) => contour.get(id)!)
  const cols = loose.length <= o.stackAbove ? loose.length : Math.ceil(Math.sqrt(2 * loose.length))
  if (loose.length) {
    const rows = Math.ceil(loose.length / cols)
    blocks.push(Array.from({ length: rows }, () => ({ l: 0, r: cols * (o.cardW + o.gapX) - o.gapX })))
  }
  const { offsets } = pack(blocks, o.gapX * 2)

  const pos = new Map<number, { x: number; y: number; depth: number }>()
  trees.forEach((id, j) => pos.set(id, { x: offsets[j], y: 0, depth: 0 }))
  loose.forEach((id, j) => pos.set(id, { x: offsets[trees.length] + (j % cols) * (o.cardW + o.gapX), y: Math.floor(j / cols) * rowH, depth: 0 }))
  for (const id of order) {
    const p = pos.get(id)!
    for (const c of kids(id)) pos.set(c, { x: p.x + relX.get(c)!, y: p.y + rowH + (inColumn.get(c) ?? 0) * stackStep, depth: p.depth + 1 })
  }
  const minX = Math.min(0, ...[...pos.values()].map((p) => p.x))
  const dx = o.padding - minX
  const dy = o.padding

  const nodes: OrgNode[] = order.map((id) => {
    const p = pos.get(id)!
    const childCount = f.children.get(id)?.length ?? 0
    const isCollapsed = collapsed.has(id) && childCount > 0
    return {
      id,
      person: f.byId.get(id)!,
      x: p.x + dx,
      y: p.y + dy,
      w: o.cardW,
      h: o.cardH,
      depth: p.depth,
      childCount,
      collapsed: isCollapsed,
      hidden: isCollapsed ? f.size.get(id)! : 0,
    }
  })
  const at = new Map(nodes.map((n) => [n.id, n]))
  const edges: OrgEdge[] = []
  for (const n of nodes) {
    const px = n.x + n.w / 2
    const bottom = n.y + n.h
    const mid = bottom + o.gapY / 2
    for (const c of kids(n.id).map((k) => at.get(k)!)) {
      const cy = c.y + c.h / 2
      const spine = c.x - o.indent / 2
      const points: [number, number][] = inColumn.has(c.id)
        ? [[px, bottom], [px, mid], [spine, mid], [spine, cy], [c.x, cy]]
        : [[px, bottom], [px, mid], [c.x + c.w / 2, mid], [c.x + c.w / 2, c.y]]
      edges.push({ from: n.id, to: c.id, points: points.filter((q, j) => j === 0 || q[0] !== points[j - 1][0] || q[1] !== points[j - 1][1]) })
    }
  }
  const width = nodes.reduce((m, n) => Math.max(m, n.x + n.w), 0) + o.padding
  const height = nodes.reduce((m, n) => Math.max(m, n.y + n.h), 0) + o.padding
  return { nodes, edges, width: nodes.length ? width : 0, height: nodes.length ? height : 0 }
}

// pack places subtrees left to right, each as far left as its contour allows
// on every row it shares with those before it; it returns their offsets and
// the contour of the whole row of them.
function pack(contours: Band[][], gap: number): { offsets: number[]; merged: Band[] } {
  const offsets: number[] = []
  const merged: Band[] = []
  for (const c of contours) {
    let s = offsets.length ? -Infinity : 0
    for (let l = 0; l < Math.min(c.length, merged.length); l++) s = Math.max(s, merged[l].r + gap - c[l].l)
    if (!Number.isFinite(s)) s = 0
    offsets.push(s)
    c.forEach((b, l) => {
      if (l < merged.length) merged[l] = { l: Math.min(merged[l].l, b.l + s), r: Math.max(merged[l].r, b.r + s) }
      else merged.push({ l: b.l + s, r: b.r + s })
    })
  }
  return { offsets, merged }
}

export function edgePath(e: OrgEdge): string {
  return e.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ')
}

// The attitude's key in the translations and its colours (background, border);
// the backgrounds are style.css's variables, light or dark with the theme.
export function attitudeKey(a: number): string {
  return ['opponent', 'unhappy', 'neutral', 'friendly', 'champion'][Math.max(-2, Math.min(2, Math.round(a || 0))) + 2]
}

export const attitudeColors: Record<string, { bg: string; border: string }> = {
  opponent: { bg: 'var(--kams-att-opponent)', border: '#d03050' },
  unhappy: { bg: 'var(--kams-att-unhappy)', border: '#f08a24' },
  neutral: { bg: 'var(--kams-att-neutral)', border: '#9aa0a6' },
  friendly: { bg: 'var(--kams-att-friendly)', border: '#86c99a' },
  champion: { bg: 'var(--kams-att-champion)', border: '#18a058' },
}

export const roleColors: Record<string, string> = {
  economic: '#722ed1',
  user: '#1f6feb',
  technical: '#08979c',
  coach: '#c41d7f',
  influencer: '#5c6370',
}

// Bars out of three for the influence indicator; 0 when unknown.
export function influenceBars(i: string): number {
  return ({ high: 3, medium: 2, low: 1 } as Record<string, number>)[i] ?? 0
}

// parseDay reads 'YYYY-MM-DD' as a local date (new Date('YYYY-MM-DD') would be UTC).
export function parseDay(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return null
  const d = new Date(+m[1], +m[2] - 1, +m[3])
  return d.getMonth() === +m[2] - 1 ? d : null
}

const dayFormats = new Map<string, Intl.DateTimeFormat>() // building one costs more than formatting 200 dates

export function formatDay(s: string, lang: string): string {
  const d = parseDay(s)
  if (!d) return ''
  try {
    let f = dayFormats.get(lang)
    if (!f) dayFormats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })))
    return f.format(d)
  } catch {
    return s
  }
}

// Whole days from the day s to today (local), null without a date.
export function daysSince(s: string, today: Date): number | null {
  const d = parseDay(s)
  if (!d) return null
  const t = new Date(today.getFullYear(), today.getMonth(), today.getDate())
  return Math.round((t.getTime() - d.getTime()) / 86400000)
}
