// End-to-end: every main screen and every tab of an account, in Chinese and
// English, at 1280×800 and 1024×640, on the sample: the console stays
// clean, nothing a user needs is cut off or drawn over something else, and
// no input shows a generic "Please Input". Screenshots go to tmp/e2e/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

// The menu's screens, in its order (language-independent: by position).
const screens = ['home', 'accounts', 'deals', 'funnel', 'targets', 'week', 'kpi', 'matrix', 'team', 'assessments', 'service', 'import', 'marketing', 'trash', 'settings']
const tabs = ['profile', 'identification', 'classification', 'people', 'map', 'timeline', 'deals', 'plan', 'health', 'team']
const sizes = [[1280, 800], [1024, 640]]
const generic = ['Please Input', 'Please input', '请输入']

// What the page logs as an error, and what it throws.
function watchConsole(page) {
  const seen = []
  page.on('console', (m) => m.type() === 'error' && seen.push(`${m.text()} ${m.location()?.url ?? ''}`))
  page.on('pageerror', (e) => seen.push(`${e.message}\n${e.stack ?? ''}`))
  return seen
}

// Elements (by selector) whose text does not fit their box.
const overflowing = (page, selector) =>
  page.locator(selector).evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent.trim()),
  )

// Inputs on screen whose placeholder is the library's generic one.
const genericPlaceholders = (page) =>
  page.locator('input, textarea').evaluateAll(
    (els, words) => els.filter((e) => e.getClientRects().length && words.includes(e.placeholder)).map((e) => e.outerHTML.slice(0, 120)),
    generic,
  )

const inside = (box, w, h) => box && box.x >= 0 && box.y >= 0 && box.x + box.width <= w + 0.5 && box.y + box.height <= h + 0.5

describe('every screen in zh and en at two window sizes', () => {
  let app, page, errors, dir
  const it = step(() => app)
  const nav = (view) => page.locator('[data-testid=nav] .n-menu-item').nth(screens.indexOf(view)).click()
  const tab = (name) => page.locator('.n-tabs-tab').nth(tabs.indexOf(name)).click()
  const lang = async (l) => {
    await page.locator(`[data-testid=lang-${l}]`).click()
    await page.locator(`[data-testid=lang-${l}].n-button--primary-type`).waitFor()
  }
  const settle = () => page.waitForTimeout(400)
  // Each test starts on a freshly loaded page: a test that failed with a
  // drawer open leaves nothing behind for the next.
  const fresh = async () => {
    await page.reload()
    await page.locator('[data-testid=nav]').waitFor()
  }
  const placeholders = []
  const check = async (where) => {
    const found = await genericPlaceholders(page)
    if (found.length) placeholders.push(`${where}: ${found.length}`)
  }
  const openAccount = async (name) => {
    await nav('accounts')
    await page.locator('[data-testid=accounts-table] .name-cell .name', { hasText: name }).first().click()
    await page.locator('[data-testid=account-title]').waitFor()
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kams-layout-'))
    const sample = join(dir, 'sample.db')
    execFileSync(process.env.KAMS_DEV_BIN, ['demo', '--db', sample], { stdio: 'ignore' })
    app = await startApp({ from: sample })
    page = app.page
    errors = watchConsole(page)
    await page.locator('[data-testid=nav]').waitFor()
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('visits every screen and every account tab with a clean console and no generic placeholder', async () => {
    for (const l of ['zh', 'en']) {
      await lang(l)
      for (const [w, h] of sizes) {
        await page.setViewportSize({ width: w, height: h })
        for (const s of screens) {
          await nav(s)
          await settle()
          await app.shot(`layout-${l}-${w}-${s}`)
          await check(`${l} ${w} ${s}`)
        }
        await openAccount('江宁')
        for (const tb of tabs) {
          await tab(tb)
          await settle()
          await app.shot(`layout-${l}-${w}-account-${tb}`)
          await check(`${l} ${w} account ${tb}`)
        }
      }
    }
    assert.deepEqual(errors.map((e) => e.split('\n')[0]), [], 'console errors')
    assert.deepEqual(placeholders.splice(0), [], 'inputs with a generic placeholder')
  })

  it('opens every drawer form without a generic placeholder or a console error', async () => {
    await fresh()
    errors.length = 0
    await page.setViewportSize({ width: 1280, height: 800 })
    for (const l of ['zh', 'en']) {
      await lang(l)
      await openAccount('江宁')
      for (const [t, add, form] of [['people', 'add-contact', 'contact-form'], ['timeline', 'log-interaction', 'interaction-form']]) {
        await tab(t)
        await page.locator(`[data-testid=${add}]`).click()
        await page.locator(`[data-testid=${form}]`).waitFor()
        await settle()
        await app.shot(`layout-${l}-${form}`)
        await check(`${l} ${form}`)
        await page.keyboard.press('Escape')
        await page.locator(`[data-testid=${form}]`).waitFor({ state: 'detached' })
      }
      await nav('deals')
      await page.locator('[data-testid=new-deal]').click()
      await page.locator('[data-testid=deal-form]').waitFor()
      await check(`${l} deal form`)
      await page.keyboard.press('Escape')
      await page.locator('[data-testid=deal-form]').waitFor({ state: 'detached' })
      await nav('team')
      await page.locator('[data-testid=new-member]').click()
      await page.locator('[data-testid=member-form]').waitFor()
      await check(`${l} member form`)
      await page.keyboard.press('Escape')
      await page.locator('[data-testid=member-form]').waitFor({ state: 'detached' })
    }
    assert.deepEqual(errors.map((e) => e.split('\n')[0]), [], 'console errors')
    assert.deepEqual(placeholders.splice(0), [], 'inputs with a generic placeholder')
  })

  it("keeps the people table's edit and delete buttons in the window at both sizes", async () => {
    await fresh()
    await lang('zh')
    await openAccount('江宁')
    await tab('people')
    for (const [w, h] of sizes) {
      await page.setViewportSize({ width: w, height: h })
      await settle()
      const row = page.locator('[data-testid=people-table] tbody tr').first()
      for (const name of ['编辑', '删除']) {
        const box = await row.getByRole('button', { name }).boundingBox()
        assert.ok(inside(box, w, h), `${name} at ${w}×${h}: ${JSON.stringify(box)}`)
        const hit = await row.getByRole('button', { name }).evaluate((b) => {
          const r = b.getBoundingClientRect()
          return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))
        })
        assert.ok(hit, `${name} at ${w}×${h} is covered`)
      }
    }
  })

  it('shows every account tab whole at 1024×640', async () => {
    await fresh()
    await page.setViewportSize({ width: 1024, height: 640 })
    for (const l of ['zh', 'en']) {
      await lang(l)
      await openAccount('江宁')
      const nav = await page.locator('.n-tabs-nav').first().boundingBox()
      for (const [i, tb] of tabs.entries()) {
        const box = await page.locator('.n-tabs-tab').nth(i).boundingBox()
        assert.ok(box && box.x >= nav.x - 0.5 && box.x + box.width <= nav.x + nav.width + 0.5, `${l} tab ${tb}: ${JSON.stringify(box)} in ${JSON.stringify(nav)}`)
      }
    }
  })

  it('reaches Settings and the language switch in the sidebar at 1024×640 without a hidden scroll', async () => {
    await fresh()
    await page.setViewportSize({ width: 1024, height: 640 })
    for (const l of ['zh', 'en']) {
      await lang(l)
      await nav('home')
      // As the window opens: the sidebar scrolled to its top.
      await page.locator('[data-testid=nav]').evaluate((e) => {
        for (let p = e.parentElement; p; p = p.parentElement) p.scrollTop = 0
      })
      await settle()
      for (const loc of [page.locator('[data-testid=nav] .n-menu-item').last(), page.locator('[data-testid=lang-zh]'), page.locator('[data-testid=lang-en]')]) {
        assert.ok(inside(await loc.boundingBox(), 1024, 640), `${l}: ${await loc.textContent()} is out of sight`)
      }
    }
  })

  it("prints the board's column titles and card names whole at 1280×800", async () => {
    await fresh()
    await page.setViewportSize({ width: 1280, height: 800 })
    await lang('zh')
    await nav('deals')
    await page.locator('[data-testid=deal-card]').first().waitFor()
    await settle()
    assert.deepEqual(await overflowing(page, '[data-testid=deal-column] .col-title b'), [])
    assert.deepEqual(await overflowing(page, '[data-testid=deal-card] .name'), [])
  })

  it("draws English Home's achievements clear of their targets, and Team's roles clear of the contact", async () => {
    await fresh()
    await lang('en')
    for (const [w, h] of sizes) {
      await page.setViewportSize({ width: w, height: h })
      await nav('home')
      await page.locator('[data-testid=home-revenue]').first().waitFor()
      await settle()
      // Each measure's figures stay in its own column of the grid (the
      // achievement was drawn over the next column's "16 / 9").
      const clashes = await page.locator('[data-testid=home-targets] .measures > div').evaluateAll((cells) =>
        cells.filter((c) => {
          const box = c.getBoundingClientRect()
          return [...c.querySelectorAll('.nums > *')].some((e) => {
            const r = e.getBoundingClientRect()
            return r.right > box.right + 0.5 || r.left < box.left - 0.5
          })
        }).map((c) => c.textContent),
      )
      assert.deepEqual(clashes, [], `home at ${w}`)
      await nav('team')
      await page.locator('[data-testid=member-row]').first().waitFor()
      const covered = await page.locator('[data-testid=member-row]').evaluateAll((rows) =>
        rows.filter((r) => {
          const tag = r.querySelector('td[data-col-key=role] .n-tag').getBoundingClientRect()
          const contact = r.querySelector('td[data-col-key=contact]').getBoundingClientRect()
          return tag.right > contact.left + 8 // the cell's own padding
        }).map((r) => r.textContent),
      )
      assert.deepEqual(covered, [], `team at ${w}`)
    }
  })
})

describe('an empty book', () => {
  let app, page, errors
  const it = step(() => app)
  before(async () => {
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    errors = watchConsole(page)
    await page.getByRole('button', { name: '从空白开始' }).click()
  })
  after(async () => {
    await app?.stop()
  })

  it('says the funnel is empty instead of drawing the message over a chart', async () => {
    await page.locator('[data-testid=nav] .n-menu-item').nth(screens.indexOf('funnel')).click()
    await page.getByText('所选范围内没有商机').first().waitFor()
    await app.shot('layout-funnel-empty')
    assert.equal(await page.locator('[data-testid=funnel-chart] text').count(), 0, 'no chart text under the message')
    assert.deepEqual(errors, [])
  })
})
