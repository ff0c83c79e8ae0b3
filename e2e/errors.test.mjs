// End-to-end: a database that cannot be opened opens a window that says why,
// in the system's language, and offers another file, a new book or the
// backups folder; opening one starts the app. Only the native dialogs are
// stood in for (GTK windows no browser can click).
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

const notADatabase = 'Quarterly notes — not a database.\n'.repeat(40)

// answerDialogs makes the open and save dialogs answer these paths.
const answerDialogs = (page, open, save) =>
  page.evaluate(([o, s]) => {
    window.go.app.Opening.ChooseBook = async () => o
    window.go.app.Opening.ChooseNewBook = async () => s
  }, [open, save])

async function shots(app, name) {
  for (const [w, h] of [[1280, 800], [1024, 640]]) {
    await app.page.setViewportSize({ width: w, height: h })
    await app.shot(`${name}-${w}x${h}`)
  }
  await app.page.setViewportSize({ width: 1360, height: 860 })
}

describe('a database that cannot be opened, end to end', () => {
  let app, page, dir, bad, made
  const it = step(() => app)
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kams-errors-'))
    bad = join(dir, 'notes.db')
    writeFileSync(bad, notADatabase)
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' }, from: bad })
    page = app.page
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('says in Chinese what is wrong, with the file, and changes nothing', async () => {
    await page.locator('[data-testid=open-failed]').waitFor()
    assert.match(await page.locator('[data-testid=open-failed-reason]').innerText(), /不是 KAMS 数据库/)
    assert.equal(await page.locator('[data-testid=open-failed-path]').innerText(), app.db)
    assert.match(await page.locator('[data-testid=open-failed-choose]').innerText(), /选择其他文件/)
    assert.equal(readFileSync(app.db, 'utf8'), notADatabase)
    await shots(app, '90-open-failed-zh')
  })

  it('shows the new reason when the chosen file cannot be opened either', async () => {
    const empty = join(dir, 'empty.db')
    writeFileSync(empty, '')
    await answerDialogs(page, empty, '')
    await page.locator('[data-testid=open-failed-choose]').click()
    await page.locator('[data-testid=open-failed-path]', { hasText: empty }).waitFor()
    assert.equal(readFileSync(empty, 'utf8'), '', 'the empty file was made a database')
    // Cancelling the save dialog changes nothing.
    await page.locator('[data-testid=open-failed-create]').click()
    await page.locator('[data-testid=open-failed]').waitFor()
  })

  it('starts a new book and the app', async () => {
    made = join(dir, 'new.db')
    await answerDialogs(page, '', made)
    await page.locator('[data-testid=open-failed-create]').click()
    await page.getByRole('button', { name: '从空白开始' }).click()
    await page.locator('[data-testid=nav]').waitFor()
    assert.equal((await app.call('System', 'Boot')).dbPath, made)
    assert.deepEqual(app.errors, [])
  })
})

describe('the same window in English, then opening an existing book', () => {
  let app, page, dir, good
  const it = step(() => app)
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kams-errors-en-'))
    const bad = join(dir, 'notes.db')
    writeFileSync(bad, notADatabase)
    // A real book to choose: the sample, written by the same binary.
    good = join(dir, 'good.db')
    execFileSync(process.env.KAMS_DEV_BIN, ['demo', '--db', good])
    app = await startApp({ env: { LANG: 'en_US.UTF-8' }, from: bad })
    page = app.page
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('says in English what is wrong', async () => {
    await page.locator('[data-testid=open-failed]').waitFor()
    assert.match(await page.locator('[data-testid=open-failed-reason]').innerText(), /not a KAMS database/)
    await page.locator('.n-collapse-item__header').click()
    await page.getByText('not a KAMS database', { exact: false }).last().waitFor()
    await shots(app, '91-open-failed-en')
  })

  it('opens the chosen book into the app', async () => {
    await answerDialogs(page, good, '')
    await page.locator('[data-testid=open-failed-choose]').click()
    await page.locator('[data-testid=nav]').waitFor()
    assert.equal((await app.call('System', 'Boot')).dbPath, good)
    assert.deepEqual(app.errors, [])
  })
})
