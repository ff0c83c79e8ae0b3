// End-to-end: the desktop around the page — files given to the app on its
// command line (a spreadsheet, a stray file, a missing one, another book)
// are each said for what they are, and the application menu's commands
// (sent as the shell sends them: the kams:menu event) open search, the
// settings, the About box and the screen's export menu; in English and
// Chinese. The second launch and the real menu bar are tested on the
// production window (scripts/desktop.sh).
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

describe('desktop: given files and the menu, end to end', () => {
  let app, page
  const it = step(() => app)
  const files = mkdtempSync(join(tmpdir(), 'kams-given-'))
  const sheet = join(files, '客户名单.csv')
  const stray = join(files, 'notes.txt')
  const missing = join(files, 'gone.age')
  const other = join(files, 'other.kams')

  before(async () => {
    writeFileSync(sheet, '客户名称,行业\n菜单测试甲公司,汽车制造\n')
    writeFileSync(stray, 'hello')
    writeFileSync(other, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]))
    app = await startApp({ args: [sheet, stray, missing, other] })
    page = app.page
  })
  after(async () => {
    await app?.stop()
  })

  const menu = (name) => page.evaluate((n) => window.runtime.EventsEmit('kams:menu', n), name)
  const dialogButton = (name) => page.locator('.n-dialog').getByRole('button', { name, exact: true }).last()

  it('says what each given file is, one after the other', async () => {
    await page.getByRole('button', { name: 'Start empty' }).click()
    // Each dialog in turn (the one before may still be fading out).
    const dialog = (text) => page.locator('.n-dialog', { hasText: text })
    // The sheet opens the import screen on it, checked, nothing written.
    await page.locator('[data-testid=import-file]').getByText(sheet).waitFor()
    await page.locator('[data-testid=import-preview]').getByText('菜单测试甲公司').waitFor()
    await app.shot('desktop-file-sheet-en')
    const otherDialog = dialog('KAMS cannot use “notes.txt”')
    await otherDialog.waitFor()
    await otherDialog.getByRole('button', { name: 'Close', exact: true }).last().click()
    await page.getByText('“gone.age” is not there any more', { exact: false }).waitFor()
    const bookDialog = dialog('“other.kams” is a KAMS book or a backup of one')
    await bookDialog.waitFor()
    await app.shot('desktop-file-book-en')
    assert.ok(await bookDialog.getByRole('button', { name: 'Open in its own window' }).isVisible())
    // Restoring from it first says what it holds: this one is no real book.
    await bookDialog.getByRole('button', { name: 'Restore this book from it…' }).click()
    await page.locator('.n-message').getByText(/not a KAMS|damaged|database/i).first().waitFor()
    // The log names the kinds, never the files.
    const log = readFileSync(join(app.dir, 'config', 'KAMS', 'log', 'kams.log'), 'utf8')
    for (const kind of ['sheet', 'other', 'missing', 'book']) assert.match(log, new RegExp(`msg="file given" kind=${kind}`))
    assert.equal((await app.call('Accounts', 'Page', { limit: 1 })).total, 0, 'the given sheet was imported unasked')
    assert.ok(!log.includes('客户名单') && !log.includes('notes.txt'), 'a file name in the log')
    assert.deepEqual(await app.call('Desktop', 'TakeFiles'), [])
  })

  it('acts on the menu commands', async () => {
    await app.call('Accounts', 'Create', { name: '菜单导出测试有限公司', status: 'active', stage: 'basic' })
    await menu('search')
    await page.locator('[data-testid=search-input]').waitFor()
    await page.keyboard.press('Escape')
    await menu('settings')
    await page.locator('[data-testid=backups-card]').waitFor()
    await menu('about')
    const about = page.locator('[data-testid=about]')
    await about.waitFor()
    assert.match(await about.locator('[data-testid=about-data]').textContent(), /config\/KAMS$/)
    assert.match(await about.textContent(), /Licence.*open-source/)
    await app.shot('desktop-about-en')
    await page.keyboard.press('Escape')
    await about.waitFor({ state: 'hidden' })
    // Export where the screen has none: where exports are.
    await menu('export')
    await dialogButton('Key accounts').waitFor()
    await dialogButton('Key accounts').click()
    // Back up now from the menu.
    await menu('import')
    await page.locator('[data-testid=import-page]').waitFor()
    await menu('backup')
    await page.getByText('Backed up:').waitFor()
    assert.equal((await app.call('Backups', 'List')).length, 1)
  })

  it('opens the account page’s export menu from the menu', async () => {
    await page.locator('[data-testid=nav]').getByText('Key accounts', { exact: true }).click()
    await page.locator('[data-testid=accounts-table]').getByText('菜单导出测试有限公司').click()
    await page.locator('[data-testid=export]').waitFor()
    await menu('export')
    await page.locator('[data-testid=export-panel]').waitFor()
  })

  it('speaks Chinese', async () => {
    await page.keyboard.press('Escape')
    await page.locator('[data-testid=lang-zh]').click()
    await menu('about')
    const about = page.locator('[data-testid=about]')
    await about.getByText('关于 KAMS').waitFor()
    await about.getByText('数据文件夹').waitFor()
    await app.shot('desktop-about-zh')
    await page.keyboard.press('Escape')
    await app.stop()
    // A Chinese system, a CSV given at start.
    const csv = join(files, '拜访记录.csv')
    writeFileSync(csv, '客户,日期\n')
    app = await startApp({ args: [csv], env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await page.getByRole('button', { name: '从空白开始' }).click()
    await page.locator('[data-testid=import-file]').getByText(csv).waitFor()
    await page.locator('[data-testid=import-page]').getByText('导入').first().waitFor()
    await app.shot('desktop-file-sheet-zh')
  })
})
