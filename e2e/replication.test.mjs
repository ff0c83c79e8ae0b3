// End-to-end: continuous replication from the settings — turned on to a
// folder, its state, the folder going away and coming back — and a new
// laptop restoring the book from the replica in its first-start dialog,
// in English and Chinese.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

describe('replication, end to end', () => {
  let app, page
  const it = step(() => app)
  const folder = join(mkdtempSync(join(tmpdir(), 'kams-replica-')), 'nas')

  before(async () => {
    app = await startApp()
    page = app.page
  })
  after(async () => {
    await app?.stop()
  })

  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()
  const card = () => page.locator('[data-testid=replication-card]')
  const stateLabel = () => page.locator('[data-testid=replication-state-label]')

  it('refuses a folder that is not a full path, and changes nothing', async () => {
    await page.getByRole('button', { name: 'Load sample data' }).click()
    await page.getByText('Sample data loaded').waitFor()
    await nav('Settings')
    await card().scrollIntoViewIfNeeded()
    await stateLabel().getByText('Off').waitFor()
    await page.locator('[data-testid=replication-enabled]').click()
    await page.locator('[data-testid=replication-save]').click()
    await card().getByText('Required').waitFor()
    await page.locator('[data-testid=replication-folder] input').fill('relative/nas')
    await page.locator('[data-testid=replication-save]').click()
    await card().getByText("Give the folder's full path").waitFor()
    const state = await app.call('Replication', 'State')
    assert.equal(state.settings.enabled, false)
  })

  it('turns replication on to a folder and shows it up to date', async () => {
    renameSync(mkdtempSync(join(tmpdir(), 'kams-nas-')), folder)
    await page.locator('[data-testid=replication-folder] input').fill(folder)
    await page.locator('[data-testid=replication-save]').click()
    await page.getByText('Replication settings saved').waitFor()
    await stateLabel().getByText('Up to date').waitFor({ timeout: 20000 })
    assert.notEqual(await page.locator('[data-testid=replication-last]').textContent(), 'Not yet')
    await card().getByText(folder).first().waitFor()
    await app.shot('replication-en')
  })

  it('shows the folder gone, waits, and catches up when it is back', async () => {
    renameSync(folder, folder + '.away')
    await app.call('Accounts', 'Create', { name: '复制期间的新客户', status: 'active', stage: 'basic',
      identification: {}, characteristics: {}, classification: {} })
    await page.locator('[data-testid=replication-error]').getByText('The replica folder is not there').waitFor({ timeout: 20000 })
    await page.locator('[data-testid=replication-lag]').waitFor()
    await card().scrollIntoViewIfNeeded()
    await app.shot('replication-offline-en')
    renameSync(folder + '.away', folder)
    await stateLabel().getByText('Up to date').waitFor({ timeout: 30000 })
    await page.locator('[data-testid=replication-error]').waitFor({ state: 'detached' })
  })

  it('shows the card in Chinese', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await stateLabel().getByText('已是最新').waitFor()
    await card().getByText('持续复制').waitFor()
    await card().scrollIntoViewIfNeeded()
    await app.shot('replication-zh')
  })

  it('a new laptop restores the book from the replica in its first-start dialog', async () => {
    const laptop = await startApp()
    try {
      const p = laptop.page
      await p.locator('[data-testid=first-start-replica]').click()
      await p.getByText('Restore from a replica').first().waitFor()
      // A time before the replica's first copy: nothing there, nothing changes.
      await p.locator('[data-testid=replica-restore-folder] input').fill(folder)
      await p.locator('[data-testid=replica-restore-at] input').fill('2001-01-01 09:00')
      await laptop.shot('replication-first-start-en')
      await p.getByRole('button', { name: 'Restore', exact: true }).click()
      await p.getByText('holds no book for that time').first().waitFor()
      await p.locator('[data-testid=replica-restore-at] input').fill('yesterday')
      await p.getByRole('button', { name: 'Restore', exact: true }).click()
      await p.locator('[data-testid=replica-restore-form]').getByText('Use a date as year-month-day').waitFor()
      assert.equal((await laptop.call('Accounts', 'Page', { limit: 1 })).total, 0)
      // The newest state: every account, the one made while offline too.
      await p.locator('[data-testid=replica-restore-at] input').fill('')
      await p.getByRole('button', { name: 'Restore', exact: true }).click()
      await p.locator('[data-testid=replica-restore-form]').waitFor({ state: 'detached' })
      await p.waitForFunction(() => window.go?.app?.Accounts)
      await p.locator('[data-testid=nav]').waitFor()
      assert.equal((await laptop.call('Accounts', 'Page', { limit: 1 })).total, 16)
      // The book came with its settings (Chinese, replicating to the folder).
      await p.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
      await p.getByText('共 16 条').waitFor()
    } finally {
      await laptop.stop()
    }
  })

  it('offers the same in Chinese', async () => {
    const laptop = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    try {
      const p = laptop.page
      await p.locator('[data-testid=first-start-replica]').getByText('从副本恢复').click()
      await p.getByText('从副本恢复').first().waitFor()
      await p.locator('[data-testid=replica-restore-kind-s3]').click()
      await p.locator('[data-testid=replica-restore-endpoint] input').fill('https://minio.example.com:9000')
      await p.locator('[data-testid=replica-restore-bucket] input').fill('kams-books')
      await laptop.shot('replication-first-start-zh')
      await p.getByRole('button', { name: '恢复', exact: true }).click()
      // No keys typed: asked for, or told there is no credential store here.
      await p.getByText(/请填写存储桶的访问密钥 ID 和访问密钥|没有可保存存储桶密钥的凭据库/).first().waitFor()
      await p.locator('[data-testid=replica-restore-kind-folder]').click()
      await p.locator('[data-testid=replica-restore-folder] input').fill(folder)
      await p.getByRole('button', { name: '恢复', exact: true }).click()
      await p.locator('[data-testid=replica-restore-form]').waitFor({ state: 'detached' })
      await p.waitForFunction(() => window.go?.app?.Accounts)
      assert.equal((await laptop.call('Accounts', 'Page', { limit: 1 })).total, 16)
    } finally {
      await laptop.stop()
    }
  })
})
