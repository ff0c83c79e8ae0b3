// End-to-end: the account plan (大客户计划) saves itself as the user types,
// survives a reload, takes new actions, refuses a text over its limit with
// a translated message and changes nothing, and starts a year as a copy of
// the last one.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

const JIANGNING = '江宁新能源汽车股份有限公司'
const TIANGONG = '天工精密电子有限公司'
const year = new Date().getFullYear()

describe('account plan, end to end', () => {
  let app, page
  const ids = {}
  const it = step(() => app)
  const status = () => page.locator('[data-testid=plan-status]')
  const field = (name) => page.locator(`[data-testid=plan-field-${name}] textarea`)
  const plan = (name, y = year) => app.call('Plans', 'Get', ids[name], y)

  // openPlan goes from anywhere to the plan tab of an account, as a user
  // would after starting the app.
  async function openPlan(name, { nav = '大客户', tab = '大客户计划' } = {}) {
    await page.locator('[data-testid=nav]').getByText(nav, { exact: true }).click()
    await page.getByText(name, { exact: true }).first().click()
    await page.locator('[data-testid=account-title]').waitFor()
    await page.locator('.n-tabs-tab', { hasText: tab }).click()
    await page.locator('[data-testid=plan-status]').waitFor()
  }
  const waitSaved = () => page.locator('[data-testid=plan-status][data-state=saved]').waitFor()

  before(async () => {
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).waitFor()
    for (const v of await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)) ids[v.account.name] = v.account.id
  })
  after(async () => {
    await app?.stop()
  })

  it('shows the sample plan and keeps an edit across a reload', async () => {
    await openPlan(JIANGNING)
    await page.locator('[data-testid=plan-field-strengths] textarea').waitFor()
    assert.match(await field('business').inputValue(), /新能源整车企业/)
    assert.equal((await status().textContent()).trim(), '已保存')
    await app.shot('60-plan-zh')

    const before = (await plan(JIANGNING)).plan.strengths
    await field('strengths').click()
    await field('strengths').press('End')
    await field('strengths').pressSequentially('；E2E 新增：合肥服务站已选址', { delay: 5 })
    await page.locator('[data-testid=plan-status][data-state=saving]').or(page.locator('[data-testid=plan-status][data-state=pending]')).first().waitFor()
    await waitSaved()
    assert.equal((await plan(JIANGNING)).plan.strengths, before + '；E2E 新增：合肥服务站已选址')

    await page.reload()
    await openPlan(JIANGNING)
    assert.match(await field('strengths').inputValue(), /E2E 新增：合肥服务站已选址$/)
  })

  it('adds an action with owner, due date and status, kept across a reload', async () => {
    const count = (await plan(JIANGNING)).plan.actions.length
    await page.locator('[data-testid=plan-action-add]').click()
    const row = page.locator(`[data-testid=plan-action-${count}]`)
    await row.locator('[data-testid=plan-action-item] input').fill('邀请沈杰参观苏电智能数字化车间')
    await row.locator('[data-testid=plan-action-owner]').click()
    await page.locator('.n-base-select-option', { hasText: '李娜' }).click()
    await row.locator('[data-testid=plan-action-due] input').fill(`${year}-12-20`)
    await row.locator('[data-testid=plan-action-due] input').press('Enter')
    await row.locator('[data-testid=plan-action-status]').click()
    await page.locator('.n-base-select-option', { hasText: '进行中' }).click()
    await page.locator('[data-testid=plan-field-resources] textarea').click() // leave the row: saves at once
    await waitSaved()
    const saved = (await plan(JIANGNING)).plan.actions
    assert.equal(saved.length, count + 1)
    assert.deepEqual({ ...saved[count], id: 0 }, { id: 0, item: '邀请沈杰参观苏电智能数字化车间', owner: '李娜', due: `${year}-12-20`, status: 'doing' })
    assert.ok(saved[count].id > 0)
    await row.scrollIntoViewIfNeeded()
    await app.shot('61-plan-action-zh')

    await page.reload()
    await openPlan(JIANGNING)
    const again = page.locator(`[data-testid=plan-action-${count}]`)
    assert.equal(await again.locator('[data-testid=plan-action-item] input').inputValue(), '邀请沈杰参观苏电智能数字化车间')
    assert.match(await again.locator('[data-testid=plan-action-owner]').textContent(), /李娜/)
    assert.match(await again.locator('[data-testid=plan-action-status]').textContent(), /进行中/)
    // A second save keeps the line's id: it is updated, not added again.
    assert.equal((await plan(JIANGNING)).plan.actions[count].id, saved[count].id)
  })

  it('refuses a text over its limit with a translated message, changing nothing', async () => {
    const before = (await plan(JIANGNING)).plan
    await field('threats').fill('险'.repeat(10001))
    await page.locator('[data-testid=plan-status][data-state=error]').waitFor()
    assert.equal((await status().textContent()).trim(), '保存失败')
    await page.getByText('太长：最多 10000 个字符（现在 10001 个）').first().waitFor()
    await page.locator('[data-testid=plan-retry]').waitFor()
    await field('threats').scrollIntoViewIfNeeded()
    await app.shot('62-plan-too-long-zh')
    assert.deepEqual((await plan(JIANGNING)).plan, before, 'nothing was saved')

    await field('threats').fill(before.threats)
    await waitSaved()
    assert.equal((await plan(JIANGNING)).plan.threats, before.threats)
  })

  it('starts this year as a copy of last year', async () => {
    await openPlan(TIANGONG)
    assert.equal((await status().textContent()).trim(), '新计划，尚未保存')
    await page.locator('[data-testid=plan-copy]', { hasText: `从 ${year - 1} 年计划复制` }).click()
    await page.locator('[data-testid=plan-copy]').waitFor({ state: 'detached' })
    const v = await plan(TIANGONG)
    assert.ok(v.exists)
    assert.deepEqual(v.years, [year, year - 1])
    const last = (await plan(TIANGONG, year - 1)).plan
    assert.equal(v.plan.strategies, last.strategies)
    const open = last.actions.filter((a) => a.status === 'planned' || a.status === 'doing')
    assert.deepEqual(v.plan.actions.map((a) => [a.item, a.status]), open.map((a) => [a.item, 'planned']))
    assert.match(await field('strategies').inputValue(), /数字孪生/)
    // Copying again is refused, translated, and changes nothing.
    const err = await app.callError('Plans', 'CopyFromYear', ids[TIANGONG], year - 1, year)
    assert.equal(err.key, 'error.planExists')
  })

  it('reads in English', async () => {
    const s = await app.call('Settings', 'Get')
    await app.call('Settings', 'Save', { ...s, language: 'en' })
    await page.reload()
    await openPlan(JIANGNING, { nav: 'Key accounts', tab: 'Account plan' })
    assert.equal((await status().textContent()).trim(), 'Saved')
    await page.getByText('Our position', { exact: true }).first().waitFor() // two while the tabs slide
    await app.shot('63-plan-en')
    await page.locator('[data-testid=plan-actions]').scrollIntoViewIfNeeded()
    await app.shot('64-plan-actions-en')
    assert.deepEqual(app.errors, [])
  })
})
