// The assessment's scoring rule on the client, so the total and grade move
// as the manager types; the Go side (domain/assessment.go) is the one that
// is saved, and the two are tested with the same cases.
import { periodKey, shiftPeriod } from './targets'

export interface ScoredItem {
  kind: string
  weight: number
  target: number
  cap: number
  actual: number
  computable: boolean
  entered: boolean
  rating: number
}

export interface GradeRule {
  cap: number
  a: number
  b: number
  c: number
}

const round1 = (x: number) => Math.round(x * 10) / 10

// kpiScore is weight × min(actual ÷ target, cap%).
export function kpiScore(weight: number, target: number, actual: number, capPct: number): number {
  if (target <= 0 || actual <= 0) return 0
  return round1(weight * Math.min(actual / target, capPct / 100))
}

// ratingScore is weight × rating ÷ 5.
export function ratingScore(weight: number, rating: number): number {
  return round1((weight * Math.max(0, Math.min(rating, 5))) / 5)
}

export function grade(total: number, r: GradeRule): string {
  if (total >= r.a) return 'A'
  if (total >= r.b) return 'B'
  if (total >= r.c) return 'C'
  return 'D'
}

export function itemScore(it: ScoredItem, r: GradeRule): number {
  if (it.kind === 'rating') return ratingScore(it.weight, it.rating)
  if (!it.computable && !it.entered) return 0
  return kpiScore(it.weight, it.target, it.actual, it.cap || r.cap)
}

export function total(items: ScoredItem[], r: GradeRule): number {
  return round1(items.reduce((s, it) => s + itemScore(it, r), 0))
}

export function weightSum(items: { weight: number }[]): number {
  return items.reduce((s, it) => s + (Number(it.weight) || 0), 0)
}

// Periods: the quarters, halves and years a manager may pick, newest first,
// from the current quarter back.
export function periodOptions(today: Date, quarters = 8): string[] {
  const out: string[] = []
  let q = periodKey('quarter', today)
  for (let i = 0; i < quarters; i++, q = shiftPeriod(q, -1)) out.push(q)
  const y = today.getFullYear()
  out.push(`${y}-H${today.getMonth() < 6 ? 1 : 2}`, `${y - 1}-H2`, `${y - 1}-H1`, String(y), String(y - 1))
  return out
}
