// End-to-end: the method where the app used to break it — a visit logged
// through the form tied to a deal (and the deal drawer's visits), overdue
// plan actions on Home and in My Week, the sample loaded and removed from
// the settings.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { startApp, step } from './harness.mjs'

const funnelOf = (app) => app.call('Deals', 'Funnel', { manager: '', tiers: [], from: '', to: '' })

describe('a visit tied to a deal from the form', () => {
  let app, page, accountId, dealId
  const it = step(() => app)
  before(async () => {
    app = await startApp()
    page = app.page
    await page.getByRole('button', { name: 'Start empty' }).click()
    const v = await app.call('Accounts', 'Create', { name: '海克斯机器人有限公司', shortName: '海克斯', status: 'active', stage: 'basic',
      identification: {}, characteristics: {}, classification: {} })
    accountId = v.account.id
    const d = await app.call('Deals', 'Create', { accountId, name: '焊装线视觉检测项目', amount: 100000000, closeDate: `${new Date().getFullYear() + 1}-03-31`,
      stage: 'qualify', status: 'open', elements: {}, tasksDone: [], people: [] })
    dealId = d.deal.id
    await app.call('Deals', 'Create', { accountId, name: '已赢的旧项目', amount: 1, closeDate: '2020-01-01', stage: 'commit',
      status: 'won', elements: {}, tasksDone: [], people: [] })
    // The deal was made 40 days ago and never touched: stalled.
    execFileSync('sqlite3', [app.db, `.timeout 5000`, `UPDATE opportunities SET created_on = date('now', '-40 days'),
      touched = date('now', '-40 days') WHERE id = ${dealId}`])
    await page.reload()
  })
  after(async () => {
    await app?.stop()
  })

  it('logs a visit from the account timeline tied to the deal: the deal is no longer stalled nor never contacted', async () => {
    let f = await funnelOf(app)
    assert.ok(f.stalled.includes(dealId), 'the untouched deal is stalled')
    assert.equal((await app.call('Deals', 'Get', dealId)).deal.lastInteraction, '')

    await page.locator('[data-testid=nav]').getByText('Key accounts', { exact: true }).click()
    await page.getByText('海克斯机器人有限公司').click()
    await page.locator('[data-testid=account-title]', { hasText: '海克斯' }).waitFor()
    await page.locator('.n-tabs-tab', { hasText: 'Interactions' }).click()
    await page.locator('[data-testid=log-interaction]').click()
    await page.locator('[data-testid=interaction-deal]').click()
    // Only the account's open deal is offered.
    await page.locator('.n-base-select-option', { hasText: '焊装线视觉检测项目' }).waitFor()
    assert.equal(await page.locator('.n-base-select-option', { hasText: '已赢的旧项目' }).count(), 0)
    await page.locator('.n-base-select-option', { hasText: '焊装线视觉检测项目' }).click()
    await page.locator('[data-testid=interaction-summary] textarea').fill('现场勘查焊装线')
    await app.shot('method-10-visit-deal-en')
    await page.locator('[data-testid=interaction-save]').click()
    await page.locator('[data-testid=timeline-summary]', { hasText: '现场勘查焊装线' }).waitFor()

    const today = await page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    assert.equal((await app.call('Deals', 'Get', dealId)).deal.lastInteraction, today)
    f = await funnelOf(app)
    assert.ok(!f.stalled.includes(dealId), 'a deal visited today is not stalled')
  })

  it('shows the deal\'s visits in its drawer and logs one already tied to it', async () => {
    await page.locator('[data-testid=nav]').getByText('Pipeline', { exact: true }).click()
    await page.locator('[data-testid=deal-card]', { hasText: '焊装线视觉检测项目' }).click()
    await page.locator('[data-testid=deal-visit]', { hasText: '现场勘查焊装线' }).waitFor()
    await page.locator('[data-testid=deal-log-visit]').click()
    const form = page.locator('[data-testid=interaction-form]')
    await form.locator('[data-testid=interaction-deal]', { hasText: '焊装线视觉检测项目' }).waitFor()
    await form.locator('[data-testid=interaction-summary] textarea').fill('技术交流：视觉算法')
    await page.locator('[data-testid=interaction-save]').click()
    await page.locator('[data-testid=deal-visit]', { hasText: '技术交流：视觉算法' }).waitFor()
    assert.equal(await page.locator('[data-testid=deal-visit]').count(), 2)
    await app.shot('method-11-deal-visits-en')
    const page1 = await app.call('Deals', 'Visits', dealId, 0, 10)
    assert.equal(page1.total, 2)
    assert.ok(page1.visits.every((v) => v.opportunityId === dealId))
    assert.deepEqual(app.errors, [])
  })
})

describe('overdue plan actions on Home and in My Week', () => {
  let app, page
  const it = step(() => app)
  const day = (offset) => {
    const d = new Date(Date.now() + offset * 86400000)
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  }
  before(async () => {
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await page.getByRole('button', { name: '从空白开始' }).click()
    const v = await app.call('Accounts', 'Create', { name: '澜沧精密制造有限公司', shortName: '澜沧精密', status: 'active', stage: 'basic',
      identification: {}, characteristics: {}, classification: {} })
    const year = new Date().getFullYear()
    const { plan } = await app.call('Plans', 'Get', v.account.id, year)
    plan.actions = [
      { id: 0, item: '拜访采购总监，确认年度框架协议', owner: '王磊', due: day(-5), status: 'planned' },
      { id: 0, item: '提交二期技术方案', owner: '', due: day(-1), status: 'doing' },
      { id: 0, item: '已完成的旧行动', owner: '', due: day(-9), status: 'done' },
      { id: 0, item: '下月的行动', owner: '', due: day(20), status: 'planned' },
    ]
    await app.call('Plans', 'Save', plan, ['actions'])
    await page.reload()
  })
  after(async () => {
    await app?.stop()
  })

  it('shows the overdue actions on Home, oldest first, and opens the plan from one', async () => {
    const card = page.locator('[data-testid=home-overdue-actions]')
    await card.locator('[data-testid=overdue-action]').first().waitFor()
    const rows = await card.locator('[data-testid=overdue-action]').allTextContents()
    assert.equal(rows.length, 2)
    assert.match(rows[0], /拜访采购总监/)
    assert.match(rows[0], /逾期 5 天/)
    assert.match(rows[1], /提交二期技术方案/)
    const home = await app.call('Interactions', 'Home')
    assert.equal(home.overdueTotal, 2)
    await app.shot('method-20-home-overdue-zh')
    await card.getByText('澜沧精密制造有限公司').first().click()
    await page.locator('[data-testid=account-title]', { hasText: '澜沧精密' }).waitFor()
  })

  it('shows them in My Week too', async () => {
    await page.locator('[data-testid=nav]').getByText('本周效能', { exact: true }).click()
    const card = page.locator('[data-testid=week-overdue-actions]')
    await card.locator('[data-testid=overdue-action]').nth(1).waitFor()
    assert.equal(await card.locator('[data-testid=overdue-action]').count(), 2)
    await app.shot('method-21-week-overdue-zh')
    assert.deepEqual(app.errors, [])
  })
})

describe('the sample loaded into a book and removed from the settings', () => {
  let app, page
  const it = step(() => app)
  const accounts = () => app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows.map((v) => v.account))
  before(async () => {
    app = await startApp()
    page = app.page
    await page.getByRole('button', { name: 'Start empty' }).click()
    await app.call('Accounts', 'Create', { name: '我自己的客户', shortName: '我的', status: 'active', stage: 'basic',
      identification: {}, characteristics: {}, classification: {} })
    await page.reload()
  })
  after(async () => {
    await app?.stop()
  })

  it('loads the sample next to the user\'s own account', async () => {
    await page.locator('[data-testid=nav]').getByText('Settings', { exact: true }).click()
    await page.locator('[data-testid=sample-load]').click()
    await page.locator('[data-testid=sample-remove]').waitFor()
    const list = await accounts()
    assert.ok(list.length > 10, `${list.length} accounts after the load`)
    assert.ok(list.some((a) => a.name === '我自己的客户'))
    await page.locator('[data-testid=sample-card]').scrollIntoViewIfNeeded()
    await app.shot('method-30-sample-loaded-en')
  })

  it('removes it, keeping the user\'s account and the sample account the user logged a visit at', async () => {
    const sampleAccount = (await accounts()).find((a) => a.name !== '我自己的客户')
    await app.call('Interactions', 'Log', { accountId: sampleAccount.id, date: '2026-01-05', kind: 'visit', summary: '用户自己的拜访',
      contactIds: [], opportunityId: 0 })
    await page.locator('[data-testid=sample-remove]').click()
    await page.getByRole('button', { name: 'Remove the sample' }).last().click()
    await page.locator('[data-testid=sample-load]').waitFor()
    await page.locator('.n-message', { hasText: sampleAccount.name }).waitFor()
    await app.shot('method-31-sample-removed-en')
    const names = (await accounts()).map((a) => a.name).sort()
    assert.deepEqual(names, [sampleAccount.name, '我自己的客户'].sort())
    const timeline = await app.call('Interactions', 'Page', sampleAccount.id, { date: '', id: 0 }, 50)
    assert.ok(timeline.items.some((i) => i.summary === '用户自己的拜访'), 'the user\'s visit stays')
    assert.equal(await app.call('System', 'SampleLoaded'), false)
    assert.deepEqual(app.errors, [])
  })
})
