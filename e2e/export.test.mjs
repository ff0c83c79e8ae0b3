// End-to-end: the account page exports the meeting brief and the account
// plan as PDF. Only the native save dialog is stood in for (it is a GTK
// window no browser can click); the writing is the real backend's.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

describe('PDF export from the account page, end to end', () => {
  let app, page, dir
  const it = step(() => app)
  const year = new Date().getFullYear()

  // chooseAnswers makes the dialog call answer path (or '' for cancel) and
  // keep the names it was offered.
  const dialogAnswers = (path) =>
    page.evaluate((p) => {
      window.__offered = []
      window.go.app.Reports.ChoosePDFPath = async (name, title) => {
        window.__offered.push({ name, title })
        return p
      }
    }, path)
  const offered = () => page.evaluate(() => window.__offered)
  const text = (pdf) => execFileSync('pdftotext', [pdf, '-']).toString()

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kams-export-'))
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await app.call('System', 'LoadSample')
    await page.reload()
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
    await page.getByText('江宁新能源汽车股份有限公司').first().click()
    await page.locator('[data-testid=account-title]', { hasText: '江宁' }).waitFor()
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('exports the account plan of the year to the chosen file', async () => {
    const out = join(dir, 'plan.pdf')
    await dialogAnswers(out)
    await page.locator('[data-testid=export]').click()
    await page.locator('[data-testid=export-panel]').waitFor()
    await app.shot('70-export-menu-zh')
    await page.locator('[data-testid=export-plan]').click()
    await page.locator('.n-message', { hasText: out }).waitFor()
    await page.locator('[data-testid=export-panel]').waitFor({ state: 'hidden' })
    await app.shot('71-export-done-zh')
    assert.deepEqual(await offered(), [{ name: `江宁汽车-${year}-大客户计划.pdf`, title: '大客户计划' }])
    const pdf = readFileSync(out)
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-')
    const words = text(out)
    assert.match(words, /江宁新能源汽车股份有限公司/)
    assert.match(words, /大客户计划/)
    assert.equal(await app.call('Reports', 'OpenAfterExport'), false, 'the viewer is off unless ticked')
  })

  it('exports the meeting brief in English when English is picked', async () => {
    const out = join(dir, 'brief.pdf')
    await dialogAnswers(out)
    await page.locator('[data-testid=export]').click()
    await page.locator('[data-testid=export-lang]').getByText('English').click()
    await page.locator('[data-testid=export-brief]').click()
    await page.locator('.n-message', { hasText: out }).waitFor()
    const [{ name }] = await offered()
    assert.match(name, /-meeting-brief\.pdf$/)
    const words = text(out)
    assert.match(words, /Meeting brief/)
    assert.match(words, /江宁新能源汽车股份有限公司/)
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const before = readdirSync(dir).sort()
    await dialogAnswers('')
    // The last export closed the menu.
    await page.locator('[data-testid=export-panel]').waitFor({ state: 'hidden' })
    await page.locator('[data-testid=export]').click()
    await page.locator('[data-testid=export-plan]').click()
    await page.waitForFunction(() => window.__offered.length === 1)
    // The export finished (the button is enabled again) without a message.
    await page.locator('[data-testid=export-plan]:not([disabled])').waitFor()
    assert.deepEqual(readdirSync(dir).sort(), before)
    assert.equal(existsSync(join(dir, `江宁汽车-${year}-大客户计划.pdf`)), false)
  })

  it('remembers the open-after-export box', async () => {
    // A cancelled dialog leaves the menu open.
    await page.locator('[data-testid=export-panel]').waitFor()
    await page.locator('[data-testid=export-open]').click()
    await page.waitForFunction(() => window.go.app.Reports.OpenAfterExport().then((v) => v === true))
    await page.locator('[data-testid=export-open]').click()
    assert.equal(await app.call('Reports', 'OpenAfterExport'), false)
  })

  it('refuses a path it cannot write, with a translated error', async () => {
    const e = await app.callError('Reports', 'WritePlan', 1, year, 'zh', join(dir, 'no', 'such', 'dir', 'p.pdf'))
    assert.equal(e.key, 'error.cannotWrite')
    assert.equal(existsSync(join(dir, 'no')), false)
  })
})
