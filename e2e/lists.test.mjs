// End-to-end: a list screen exports the rows under its current filters to
// Excel or CSV. Only the native save dialog is stood in for; the file is
// the real backend's, read back here (the .xlsx through its sheet XML).
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

// dialogAnswers makes the list dialog answer path ('' = cancel) and keep
// the names it was offered.
const dialogAnswers = (page, path) =>
  page.evaluate((p) => {
    window.__offered = []
    window.go.app.Lists.ChooseListPath = async (name, title) => {
      window.__offered.push({ name, title })
      return p
    }
  }, path)

// sheetRows are the rows of an .xlsx's first sheet, each cell at its
// column (empty cells are not in the XML): inline strings and numbers as
// stored.
function sheetRows(xlsx) {
  const xml = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet1.xml']).toString()
  const col = (ref) => [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
  return [...xml.matchAll(/<row[^>]*>(.*?)<\/row>/g)].map((r) => {
    const row = []
    for (const c of r[1].matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) row[col(c[1])] = (c[2] ?? '').replace(/<[^>]+>/g, '')
    return Array.from(row, (v) => v ?? '')
  })
}

// csvRows is a simple RFC 4180 reader for the exported CSV (after its BOM).
function csvRows(text) {
  assert.equal(text.charCodeAt(0), 0xfeff, 'the CSV starts with a byte-order mark')
  const rows = [[]]
  let cell = ''
  let quoted = false
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') rows.at(-1).push(cell), (cell = '')
    else if (ch === '\r') continue
    else if (ch === '\n') rows.at(-1).push(cell), (cell = ''), rows.push([])
    else cell += ch
  }
  if (rows.at(-1).length === 0 && cell === '') rows.pop()
  else rows.at(-1).push(cell)
  return rows
}

describe('list export from the list screens, end to end', () => {
  let app, page, dir
  const it = step(() => app)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kams-lists-'))
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await app.call('System', 'LoadSample')
    await page.reload()
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('exports the accounts of the tier picked to Excel, in Chinese', async () => {
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
    await page.locator('[data-testid=filter-tier]').click()
    await page.locator('.n-base-select-option', { hasText: '战略客户' }).click()
    await page.keyboard.press('Escape')
    await page.locator('[data-testid=accounts-total]', { hasText: /共 \d+ 条/ }).waitFor()
    const total = await app.call('Accounts', 'Page', { quadrants: ['strategic'], limit: 100 })
    await page.locator('[data-testid=accounts-total]', { hasText: `共 ${total.total} 条` }).waitFor()
    const out = join(dir, 'strategic.xlsx')
    await dialogAnswers(page, out)
    await page.locator('[data-testid=list-export]').click()
    await page.locator('[data-testid=list-export-panel]').waitFor()
    await app.shot('80-list-export-zh')
    await page.locator('[data-testid=list-export-xlsx]').click()
    await page.locator('.n-message', { hasText: `已导出 ${total.total} 行到 ${out}` }).waitFor()
    await app.shot('81-list-export-done-zh')
    const [{ name, title }] = await page.evaluate(() => window.__offered)
    assert.match(name, /^大客户-\d{4}-\d{2}-\d{2}\.xlsx$/)
    assert.equal(title, '导出大客户')
    const rows = sheetRows(out)
    assert.deepEqual(rows[0].slice(0, 3), ['公司名称', '简称', '英文名称'])
    assert.equal(rows.length - 1, total.total, 'one row per account the list shows')
    const tier = rows[0].indexOf('客户类型')
    assert.ok(tier > 0)
    for (const r of rows.slice(1)) assert.equal(r[tier], '战略客户')
    const names = rows.slice(1).map((r) => r[0]).sort()
    assert.deepEqual(names, total.rows.map((v) => v.account.name).sort())
  })

  it('exports the deals the board finds by name to CSV, in English', async () => {
    // The interface in English: the file follows it unless told otherwise.
    await page.locator('[data-testid=lang-en]').click()
    await page.locator('[data-testid=nav]').getByText('Pipeline', { exact: true }).click()
    await page.locator('[data-testid=deal-search] input').fill('备件')
    const out = join(dir, 'deals.csv')
    await dialogAnswers(page, out)
    await page.locator('[data-testid=list-export]', { hasText: 'Export list' }).click()
    await page.locator('[data-testid=list-export-panel]').getByText('The rows under the current filters').waitFor()
    await app.shot('82-list-export-deals-en')
    await page.locator('[data-testid=list-export-csv]').click()
    await page.locator('.n-message', { hasText: `Exported ` }).filter({ hasText: out }).waitFor()
    await page.locator('[data-testid=list-export-panel]').waitFor({ state: 'hidden' })
    const [{ name }] = await page.evaluate(() => window.__offered)
    assert.match(name, /^deals-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = csvRows(readFileSync(out, 'utf8'))
    assert.deepEqual(rows[0].slice(0, 3), ['Account', 'Deal name', 'Amount'])
    assert.ok(rows.length > 1, 'some deals match 备件')
    for (const r of rows.slice(1)) assert.ok(r[0].includes('备件') || r[1].includes('备件'), `${r[1]} does not match 备件`)
    const status = rows[0].indexOf('Status')
    for (const r of rows.slice(1)) assert.ok(['Open', 'Won', 'Lost', 'Abandoned'].includes(r[status]), r[status])
  })

  it('opens the list export from the menu: the screen’s list, or the accounts list', async () => {
    const menu = (name) => page.evaluate((n) => window.runtime.EventsEmit('kams:menu', n), name)
    await menu('exportList') // on the deals board: its own
    await page.locator('[data-testid=list-export-panel]').waitFor()
    assert.equal(await page.locator('[data-testid=deal-board]').count(), 1)
    await page.locator('h2', { hasText: 'Pipeline' }).click() // a click outside closes it
    await page.locator('[data-testid=list-export-panel]').waitFor({ state: 'hidden' })
    await page.locator('[data-testid=nav]').getByText('Home', { exact: true }).click()
    await menu('exportList') // Home has no list: the accounts list's
    await page.locator('[data-testid=list-export-panel]').waitFor()
    await page.locator('[data-testid=accounts-table]').waitFor()
    await app.shot('83-list-export-menu-en')
    await page.locator('h2', { hasText: 'Key accounts' }).click()
    await page.locator('[data-testid=list-export-panel]').waitFor({ state: 'hidden' })
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const before = readdirSync(dir).sort()
    await dialogAnswers(page, '')
    await page.locator('[data-testid=list-export]').click()
    await page.locator('[data-testid=list-export-xlsx]').click()
    await page.waitForTimeout(300)
    assert.deepEqual(readdirSync(dir).sort(), before)
    assert.deepEqual(app.errors, [])
  })
})
