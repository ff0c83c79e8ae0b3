import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN.json'
import en from './en.json'
import { resolveLanguage } from './index'

type Tree = { [k: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv)
  }
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  const zh = leaves(zhCN as Tree)
  const eng = leaves(en as Tree)

  it('zh-CN and en have the same keys', () => {
    expect([...zh.keys()].sort()).toEqual([...eng.keys()].sort())
    expect(zh.size).toBeGreaterThan(100)
  })

  it('no message is empty', () => {
    for (const [k, v] of [...zh, ...eng]) expect(v.trim(), k).not.toBe('')
  })

  it('both languages use the same placeholders', () => {
    for (const [k, v] of zh) expect(placeholders(v), k).toEqual(placeholders(eng.get(k) ?? ''))
  })

  it('messages avoid vue-i18n special characters', () => {
    for (const [k, v] of [...zh, ...eng]) expect(v, k).not.toMatch(/[@|$%]/)
  })

  it('every translation key the Go backend returns has a message', () => {
    const keys = new Set<string>()
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (e.name.endsWith('.go') && !e.name.endsWith('_test.go'))
          for (const m of readFileSync(p, 'utf8').matchAll(/"((?:error|flag|store|openFailed)\.[A-Za-z]+)"/g)) keys.add(m[1])
      }
    }
    walk(fileURLToPath(new URL('../../../backend', import.meta.url)))
    walk(fileURLToPath(new URL('../../../app', import.meta.url)))
    expect(keys.size).toBeGreaterThan(10)
    for (const k of keys) {
      expect(zh.has(k), k).toBe(true)
      expect(eng.has(k), k).toBe(true)
    }
  })
})

describe('resolveLanguage', () => {
  it.each([
    ['zh-CN', '', ['en-US'], 'zh-CN'],
    ['en', 'zh-CN', ['zh-CN'], 'en'],
    ['', 'zh-CN', ['en-US'], 'zh-CN'],
    ['', '', ['zh-TW', 'en'], 'zh-CN'],
    ['', '', ['de-DE'], 'en'],
    ['', '', [], 'en'],
    ['', 'en', ['zh-CN'], 'en'],
  ])('saved %s, system %s, browser %j → %s', (saved, system, browser, want) => {
    expect(resolveLanguage(saved, system, browser)).toBe(want)
  })
})
