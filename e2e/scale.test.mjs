// End-to-end against the big book: the sample scaled to KAMS_SCALE_ACCOUNTS
// accounts (default 5,000: 50,000 people, 500,000 interactions, 20,000
// deals), written by `kams demo --accounts N` through the app's own write
// path. Every main screen must show its content in zh and en with no page
// error and no bound call answering more than 256 KB; the suite measures,
// and reports in tmp/e2e/scale-report.json, how long each screen took
// from the click to its content, the longest main-thread task, the frame
// times while a long list scrolls and Ctrl+K's answer to two characters.
// Times are reported, not asserted: speed targets live in benchmarks and
// in this report, never in a pass/fail that a busy machine could flip.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { shots, startApp, step } from './harness.mjs'

const N = Number(process.env.KAMS_SCALE_ACCOUNTS || 5000)
const bookDir = new URL('../tmp/', import.meta.url).pathname
const book = join(bookDir, `scale-${N}.db`)
const MAX_ANSWER = 256 * 1024

// Each main screen: its menu label (an i18n key) and what shows that its
// content is there.
const screens = [
  ['home', 'nav.home', '[data-testid=home-step]'],
  ['accounts', 'nav.accounts', '[data-testid=accounts-table] .n-data-table-td'],
  ['deals', 'nav.deals', '[data-testid=deal-card]'],
  ['funnel', 'nav.funnel', '[data-testid=funnel-table]'],
  ['targets', 'targets.nav', '[data-testid=target-row]'],
  ['week', 'week.nav', '[data-testid=week-attention]'],
  ['kpi', 'kpi.nav', '[data-testid=kpi-value]'],
  ['matrix', 'nav.matrix', '[data-testid=matrix-chart] svg text'],
  ['team', 'team.nav', '[data-testid=new-member]'],
  ['assessments', 'assess.nav', '[data-testid=assessment-row]'],
  ['trash', 'nav.trash', '[data-testid=trash-table]'],
  ['settings', 'nav.settings', '[data-testid=w-threshold]'],
]
const messages = Object.fromEntries(['zh', 'en'].map((l) => [l,
  JSON.parse(readFileSync(new URL(`../frontend/src/i18n/${l === 'zh' ? 'zh-CN' : 'en'}.json`, import.meta.url), 'utf8'))]))
const label = (lang, key) => key.split('.').reduce((o, k) => o[k], messages[lang])

// Installed before the page runs: long tasks, and the size of every bound
// call's answer (each method of window.go.app is wrapped once it exists).
function probe() {
  window.__longtasks = []
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longtasks.push(e.duration))).observe({ type: 'longtask', buffered: true })
  window.__answers = []
  const wrap = () => {
    const app = window.go?.app
    if (!app) return setTimeout(wrap, 5)
    for (const [svc, methods] of Object.entries(app))
      for (const [m, fn] of Object.entries(methods)) {
        if (typeof fn !== 'function' || fn.__wrapped) continue
        const w = (...a) =>
          fn(...a).then((v) => {
            window.__answers.push({ call: `${svc}.${m}`, bytes: JSON.stringify(v ?? null).length })
            return v
          })
        w.__wrapped = true
        methods[m] = w
      }
  }
  wrap()
}

const p95 = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] : 0)
const round = (x) => Math.round(x * 10) / 10

describe(`the big book: ${N} accounts`, () => {
  let app, page
  const it = step(() => app)
  const report = { accounts: N, screens: {}, scroll: {}, search: {}, answers: {} }

  before(async () => {
    if (!existsSync(book)) {
      mkdirSync(bookDir, { recursive: true })
      execFileSync(process.env.KAMS_DEV_BIN, ['demo', '--db', book, '--accounts', String(N)], { stdio: 'inherit', timeout: 600_000 })
    }
    app = await startApp({ from: book, env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await page.addInitScript(probe)
    await page.reload()
    await page.waitForFunction(() => window.go?.app?.Accounts)
  })
  after(async () => {
    writeFileSync(join(shots, 'scale-report.json'), JSON.stringify(report, null, 2))
    console.log(`scale report (${N} accounts):`, JSON.stringify(report))
    await app?.stop()
  })

  // open clicks the menu entry labelled name and waits for the screen's
  // content, timing it in the page from the click to the first frame that
  // shows it.
  const open = (name, selector) =>
    page.evaluate(
      async ([name, selector]) => {
        window.__longtasks.length = 0
        const item = [...document.querySelectorAll('[data-testid=nav] .n-menu-item-content')].find((e) => e.textContent.trim() === name)
        if (!item) throw new Error(`no menu entry ${name}`)
        const t0 = performance.now()
        item.click()
        await new Promise((resolve, reject) => {
          const give = setTimeout(() => reject(new Error(`${name}: no ${selector} within 20 s`)), 20000)
          const look = () => (document.querySelector(selector) ? (clearTimeout(give), resolve()) : requestAnimationFrame(look))
          look()
        })
        await new Promise((r) => requestAnimationFrame(() => r()))
        return { ms: performance.now() - t0, longest: Math.max(0, ...window.__longtasks) }
      },
      [name, selector],
    )

  for (const lang of ['zh', 'en'])
    it(`shows every main screen with the big book (${lang})`, async () => {
      await page.locator(`[data-testid=lang-${lang}]`).click()
      await page.locator('[data-testid=nav]').getByText(label(lang, 'nav.home'), { exact: true }).waitFor()
      for (const [view, key, selector] of screens) {
        const r = await open(label(lang, key), selector)
        report.screens[`${view}-${lang}`] = { ms: round(r.ms), longestTaskMs: round(r.longest) }
        await app.shot(`scale-${lang}-${view}`)
      }
    })

  it('opens an account with its people and a long timeline', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await page.locator('[data-testid=nav]').getByText(label('zh', 'nav.home'), { exact: true }).waitFor()
    await open(label('zh', 'nav.accounts'), '[data-testid=accounts-table] .n-data-table-td')
    await page.locator('[data-testid=accounts-table] .n-data-table-td').nth(1).click()
    await page.locator('[data-testid=account-title]').waitFor()
    await page.locator('.n-tabs-tab', { hasText: label('zh', 'account.tabs.people') }).click()
    await page.locator('[data-testid=people-table] .n-data-table-td').first().waitFor()
    await app.shot('scale-zh-people')
    await page.locator('.n-tabs-tab', { hasText: label('zh', 'account.tabs.timeline') }).click()
    await page.locator('[data-testid=timeline-summary]').first().waitFor()
    await app.shot('scale-zh-timeline')
  })

  it('scrolls the accounts list smoothly', async () => {
    await open(label('zh', 'nav.accounts'), '[data-testid=accounts-table] .n-data-table-td')
    const frames = await page.evaluate(async () => {
      const body = document.querySelector('[data-testid=accounts-table] .n-scrollbar-container, [data-testid=accounts-table] .n-data-table-base-table-body')
      if (!body) return []
      const gaps = []
      let last = performance.now()
      for (let i = 0; i < 60; i++) {
        body.scrollTop += 120
        await new Promise((r) => requestAnimationFrame(() => r()))
        const now = performance.now()
        gaps.push(now - last)
        last = now
      }
      return gaps
    })
    assert.ok(frames.length > 0, 'the accounts table has a scrolling body')
    report.scroll.accountsFrameP95Ms = round(p95(frames))
    report.scroll.accountsFrameMaxMs = round(Math.max(...frames))
  })

  it('answers Ctrl+K with two characters', async () => {
    await page.keyboard.press('Control+k')
    const input = page.locator('[data-testid=search-input] input')
    await input.waitFor()
    const ms = await page.evaluate(async () => {
      const el = document.querySelector('[data-testid=search-input] input')
      const t0 = performance.now()
      el.value = '苏州'
      el.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((resolve, reject) => {
        const give = setTimeout(() => reject(new Error('no search hit within 10 s')), 10000)
        const look = () => (document.querySelector('[data-testid=search-hit]') ? (clearTimeout(give), resolve()) : requestAnimationFrame(look))
        look()
      })
      return performance.now() - t0
    })
    report.search.twoCharsMs = round(ms)
    await app.shot('scale-zh-search')
    await page.keyboard.press('Escape')
  })

  it('never answers more than a page: every bound call under 256 KB, no page error', async () => {
    const answers = await page.evaluate(() => window.__answers)
    assert.ok(answers.length > 20, `only ${answers.length} calls seen`)
    for (const a of answers) report.answers[a.call] = Math.max(report.answers[a.call] ?? 0, a.bytes)
    const big = Object.entries(report.answers).filter(([, b]) => b > MAX_ANSWER)
    assert.deepEqual(big, [], 'calls answering more than 256 KB')
    assert.deepEqual(app.errors, [], 'page errors')
  })
})
