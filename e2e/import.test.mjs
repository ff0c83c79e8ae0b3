// End-to-end: import accounts, people and visits from spreadsheets through
// the import screen. Only the native open/save dialogs are stood in for
// (GTK windows no browser can click); reading, checking and writing are the
// real backend's.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

const dir = mkdtempSync(join(tmpdir(), 'kams-import-'))
const file = (name, text) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

// settled waits until no check is running (the screen's spinner is gone).
const settled = (page) => page.locator('[data-testid=import-page] .n-spin-body').waitFor({ state: 'detached' })

// answer makes the open dialog answer path and the template's save dialog
// answer save.
const answer = (page, path, save = '') =>
  page.evaluate(
    ([p, s]) => {
      window.__asked = []
      window.go.app.Imports.ChooseFile = async (title) => {
        window.__asked.push(title)
        return p
      }
      window.go.app.Imports.ChooseTemplatePath = async (name) => {
        window.__asked.push(name)
        return s
      }
    },
    [path, save],
  )

describe('import in Chinese, end to end', () => {
  let app, page
  const it = step(() => app)
  before(async () => {
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await page.getByRole('button', { name: '从空白开始' }).click()
  })
  after(async () => {
    await app?.stop()
  })

  it('imports two accounts from a CSV with Chinese headers', async () => {
    const csv = file('客户.csv', '\uFEFF公司名称,状态,我方年销售额,区域\n甲乙丙科技有限公司,合作中,3.5万,华东\n丁戊化工集团,潜在,"¥1,200",华南\n')
    await answer(page, csv)
    await page.locator('[data-testid=nav]').getByText('导入', { exact: true }).click()
    await page.locator('[data-testid=import-choose]').click()
    await page.locator('[data-testid=import-preview]').getByText('甲乙丙科技有限公司').waitFor()
    await page.locator('[data-testid=import-count]', { hasText: '2 行数据，没有问题' }).waitFor()
    assert.deepEqual(await page.evaluate(() => window.__asked), ['选择要导入的 Excel 或 CSV 文件'])
    await settled(page)
    await app.shot('140-import-preview-zh')
    await page.locator('[data-testid=import-run]').click()
    await page.locator('[data-testid=import-done]', { hasText: '已导入 2 条记录' }).waitFor()
    const found = await app.call('Accounts', 'Options', '丁戊化工')
    assert.deepEqual(found.map((o) => o.name), ['丁戊化工集团'])
    const view = await app.call('Accounts', 'Get', (await app.call('Accounts', 'Options', '甲乙丙'))[0].id)
    assert.equal(view.account.ourSales, 3_500_000)
    assert.equal(view.account.status, 'active')
    // The imported rows are in the list the link opens.
    await page.locator('[data-testid=import-done]').getByRole('button').click()
    await page.getByText('丁戊化工集团').first().waitFor()
    await page.getByText('甲乙丙科技有限公司').first().waitFor()
    await app.shot('145-imported-accounts-zh')
    await page.locator('[data-testid=nav]').getByText('导入', { exact: true }).click()
  })

  it('lists every problem, imports nothing, and imports once the mapping is fixed', async () => {
    const csv = file(
      'people.csv',
      '姓名,公司名,汇报对象,手机\n张三,甲乙丙科技有限公司,李四,13800138000\n李四,甲乙丙科技有限公司,张三,\n王五,不存在的公司,,\n',
    )
    await page.locator('[data-testid=import-kind]').getByText('关键人').click()
    await answer(page, csv)
    await page.locator('[data-testid=import-choose]').click()
    // 公司名 is not a header KAMS knows: the required 公司 column is missing.
    await page.locator('[data-testid=import-errors]').getByText('缺少必填列“公司”').waitFor()
    assert.equal(await page.locator('[data-testid=import-run]').isDisabled(), true)
    await page.locator('[data-testid=import-map-1]').click()
    await page.locator('.n-base-select-option', { hasText: /^公司 \*$/ }).click()
    await page.locator('[data-testid=import-count]', { hasText: '3 个问题' }).waitFor()
    const errors = page.locator('[data-testid=import-errors] tbody tr')
    assert.equal(await errors.count(), 3)
    const text = await page.locator('[data-testid=import-errors]').innerText()
    assert.match(text, /2\s+汇报对象\s+汇报关系形成了循环：张三 → 李四 → 张三/)
    assert.match(text, /3\s+汇报对象\s+汇报关系形成了循环/)
    assert.match(text, /4\s+公司名\s+没有名为“不存在的公司”的客户/)
    await settled(page)
    await app.shot('141-import-errors-zh')
    const run = await app.call('Imports', 'Run', { kind: 'contacts', path: csv, sheet: '', mapping: ['name', 'account', 'reportsTo', 'mobile'], lang: 'zh' })
    assert.equal(run.imported, 0)
    assert.equal(run.plan.errorCount, 3)
    const id = (await app.call('Accounts', 'Options', '甲乙丙'))[0].id
    assert.equal((await app.call('People', 'Page', id, 0, 50)).total, 0, 'nothing was imported')
  })

  it('downloads a blank template whose README sheet is never data', async () => {
    const out = join(dir, 'template.xlsx')
    await page.locator('[data-testid=import-kind]').getByText('客户').click()
    await answer(page, out, out)
    await page.locator('[data-testid=import-template]').click()
    await page.locator('.n-message', { hasText: out }).waitFor()
    assert.deepEqual(await page.evaluate(() => window.__asked), ['客户-导入模板.xlsx'])
    assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK')
    await page.locator('[data-testid=import-choose]').click()
    await page.locator('[data-testid=import-sheet]').waitFor()
    await page.locator('[data-testid=import-errors]').getByText('只有表头，没有数据行').waitFor()
    await page.locator('[data-testid=import-sheet]').click()
    const readme = page.locator('.n-base-select-option', { hasText: 'README' })
    assert.match((await readme.getAttribute('class')) ?? '', /disabled/)
    await settled(page)
    await app.shot('142-import-template-zh')
  })
})

describe('import in English, end to end', () => {
  let app, page
  const it = step(() => app)
  before(async () => {
    app = await startApp({ env: { LANG: 'en_US.UTF-8' } })
    page = app.page
    await page.getByRole('button', { name: 'Start empty' }).click()
    await app.call('Accounts', 'Create', {
      id: 0, name: 'Acme Robotics Ltd', shortName: '', englishName: '', industry: '', region: '', address: '', employees: 0,
      revenue: 0, businessStrategy: '', supplyChainStrategy: '', procurementPlans: '', competitors: '', ourSales: 0,
      categorySpend: 0, status: 'active', manager: '', stage: 'basic', notes: '',
      identification: { largeOrders: 0, strategic: 0, influence: 0, technology: 0, market: 0 },
      characteristics: { highValue: false, barrier: false, futureCompetition: false, coreMarket: false },
      classification: { volume: 0, profitability: 0, strategicFit: 0, ease: 0, growth: 0, projects: 0, shareRoom: 0,
        techAbsorption: 0, coverage: 0, satisfaction: 0 },
      createdAt: '', updatedAt: '', deletedAt: '', version: 0,
    })
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports people with their reporting lines, then their visits', async () => {
    const people = file(
      'people-en.csv',
      'Name,Company,Reports to,Buying role,Attitude,Mobile\r\nAnn Lee,Acme Robotics Ltd,,Economic buyer,champion,13900001111\r\nBo Chen,Acme Robotics Ltd,Ann Lee,coach,Friendly,\r\n',
    )
    await answer(page, people)
    await page.locator('[data-testid=nav]').getByText('Import', { exact: true }).click()
    await page.locator('[data-testid=import-kind]').getByText('People').click()
    await page.locator('[data-testid=import-choose]').click()
    await page.locator('[data-testid=import-count]', { hasText: 'Data rows: 2, no problems' }).waitFor()
    await settled(page)
    await app.shot('143-import-preview-en')
    await page.locator('[data-testid=import-run]').click()
    await page.locator('[data-testid=import-done]', { hasText: 'Imported: 2' }).waitFor()
    const id = (await app.call('Accounts', 'Options', 'Acme'))[0].id
    const list = (await app.call('People', 'Page', id, 0, 50)).rows
    const ann = list.find((c) => c.name === 'Ann Lee')
    const bo = list.find((c) => c.name === 'Bo Chen')
    assert.equal(bo.reportsTo, ann.id)
    assert.equal(ann.role, 'economic')
    assert.equal(ann.attitude, 2)
    assert.equal(ann.mobile, '13900001111')

    const visits = file('visits.csv', 'Account,Date,Type,People present,Summary\nAcme Robotics Ltd,2026/5/20,Visit,"Ann Lee, Bo Chen",Kick-off\nAcme Robotics Ltd,2026-02-30,Call,,Bad day\n')
    await page.locator('[data-testid=import-kind]').getByText('Visits').click()
    await answer(page, visits)
    await page.locator('[data-testid=import-choose]').click()
    await page.locator('[data-testid=import-errors]').getByText('“2026-02-30” is not a valid date').waitFor()
    await settled(page)
    await app.shot('144-import-errors-en')
    writeFileSync(visits, 'Account,Date,Type,People present,Summary\nAcme Robotics Ltd,2026/5/20,Visit,"Ann Lee, Bo Chen",Kick-off\n')
    await page.locator('[data-testid=import-choose]').click()
    await page.locator('[data-testid=import-count]', { hasText: 'Data rows: 1, no problems' }).waitFor()
    await page.locator('[data-testid=import-run]').click()
    await page.locator('[data-testid=import-done]', { hasText: 'Imported: 1' }).waitFor()
    const after = (await app.call('People', 'Page', id, 0, 50)).rows
    assert.equal(after.find((c) => c.name === 'Ann Lee').lastContact, '2026-05-20')
  })
})
