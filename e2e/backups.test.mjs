// End-to-end: the backups card in the settings — back up now, the list
// with what each snapshot holds — in Chinese and English.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

describe('backups, end to end', () => {
  let app, page
  const it = step(() => app)

  before(async () => {
    app = await startApp()
    page = app.page
  })
  after(async () => {
    await app?.stop()
  })

  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()

  it('backs up now and lists the snapshot with what it holds', async () => {
    await page.getByRole('button', { name: 'Load sample data' }).click()
    await page.getByText('Sample data loaded').waitFor()
    await nav('Settings')
    await page.locator('[data-testid=backups-none]').waitFor()
    await page.locator('[data-testid=back-up-now]').click()
    await page.getByText('Backed up:').waitFor()
    const row = page.locator('[data-testid=backup-row]')
    await row.first().waitFor()
    assert.equal(await row.count(), 1)
    assert.match(await row.first().textContent(), /15 accounts · \d+ people · \d+ deals/)
    const list = await app.call('Backups', 'List')
    assert.equal(list.length, 1)
    assert.equal(list[0].book.accounts, 15)
    await page.locator('[data-testid=backups-card]').scrollIntoViewIfNeeded()
    await app.shot('backups-en')
  })

  it('restores the snapshot from the window, keeping the book it replaced', async () => {
    await app.call('Accounts', 'Create', { name: '备份之后的新客户', status: 'active', stage: 'basic',
      identification: {}, characteristics: {}, classification: {} })
    assert.equal((await app.call('Accounts', 'Page', { limit: 1 })).total, 16)
    await page.locator('[data-testid=restore-backup]').first().click()
    await page.getByText('Restore this backup?').waitFor()
    await page.getByText(/The book becomes the backup of .*15 accounts/).waitFor()
    await page.getByRole('button', { name: 'Restore', exact: true }).last().click()
    // The page reloads onto the restored book.
    await page.locator('[data-testid=backups-card]').waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.go?.app?.Accounts)
    await page.locator('[data-testid=nav]').waitFor()
    assert.equal((await app.call('Accounts', 'Page', { limit: 1 })).total, 15)
    const list = await app.call('Backups', 'List')
    assert.equal(list.length, 2)
    assert.equal(list[0].replaced, true)
    assert.equal(list[0].book.accounts, 16)
    await nav('Settings')
    await page.locator('[data-testid=backup-row]', { hasText: '(before a restore)' }).waitFor()
  })

  it('shows the card in Chinese', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await page.locator('[data-testid=backups-card]').getByText('立即备份').waitFor()
    await page.locator('[data-testid=backup-row]', { hasText: '15 个客户' }).waitFor()
    await page.locator('[data-testid=backup-row]', { hasText: '恢复前的资料' }).waitFor()
    await page.locator('[data-testid=backups-card]').scrollIntoViewIfNeeded()
    await app.shot('backups-zh')
  })

  it('seals the book with a passphrase, and a new laptop restores it from its first start', async () => {
    // The dialog asks the passphrase twice; two that differ are refused.
    await page.locator('[data-testid=export-sealed]').click()
    await page.locator('[data-testid=seal-passphrase] input').fill('新电脑 2026 十二月')
    await page.locator('[data-testid=seal-passphrase-again] input').fill('新电脑 2026')
    await app.shot('backups-seal-zh')
    await page.getByRole('button', { name: '导出', exact: true }).click()
    await page.getByText('两次输入的口令不一致').waitFor()
    await page.getByRole('button', { name: '取消' }).click()
    // The native save dialog cannot be driven here: its answer is stood in for.
    const sealed = join(mkdtempSync(join(tmpdir(), 'kams-sealed-')), 'kams-book.age')
    await app.call('Backups', 'ExportSealedTo', sealed, '新电脑 2026 十二月')

    const laptop = await startApp()
    try {
      const p = laptop.page
      await p.locator('[data-testid=first-start-restore]').waitFor()
      await laptop.shot('backups-first-start-en')
      const wrong = await laptop.callError('Backups', 'RestoreFile', sealed, 'not the passphrase')
      assert.equal(wrong.key, 'backup.wrongPassphrase')
      assert.equal((await laptop.call('Accounts', 'Page', { limit: 1 })).total, 0)
      const file = await laptop.call('Backups', 'InspectFile', sealed)
      assert.equal(file.encrypted, true)
      const sum = await laptop.call('Backups', 'RestoreFile', sealed, '新电脑 2026 十二月')
      assert.equal(sum.accounts, 15)
      await p.reload()
      // The book came with its settings: the language it was sealed in.
      await p.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
      await p.getByText('共 15 条').waitFor()
    } finally {
      await laptop.stop()
    }
  })
})
