// End-to-end: the target management plan (目标管理计划) on the sample —
// the home dashboard's achievement, a target set in its row with actual
// and achievement following, a week item and a self-check ticked and
// kept over a reload, the indicators with the ones that cannot be
// computed saying why; each screen in both languages.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

describe('targets, week and indicators, end to end', () => {
  let app, page
  const it = step(() => app)
  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()
  const pct = (a) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(a)
  const year = String(new Date().getFullYear())

  before(async () => {
    app = await startApp()
    page = app.page
    await page.getByRole('button', { name: 'Load sample data' }).click()
    await page.getByText('Sample data loaded').waitFor()
    await page.reload()
  })
  after(async () => {
    await app?.stop()
  })

  it('opens on the home dashboard with the user\'s achievement', async () => {
    const home = await app.call('Interactions', 'Home')
    assert.equal(home.dashboard.myName, '王磊', 'the sample says who the user is')
    const y = home.dashboard.periods[0]
    assert.equal(y.target.period, year)
    assert.ok(y.target.revenue.target > 0)
    const card = page.locator('[data-testid=home-period-year]')
    await card.waitFor()
    assert.equal(await card.locator('[data-testid=home-revenue] [data-testid=achievement]').innerText(), pct(y.target.revenue.achievement))
    assert.match(await page.locator('[data-testid=home-targets]').innerText(), /Coverage = /)
    await app.shot('60-home-targets-en')
  })

  it('sets an account target in its row and shows actual and achievement', async () => {
    await nav('Targets')
    const row = page.locator('[data-testid=target-row][data-name="江宁新能源汽车股份有限公司"]')
    await row.waitFor()
    const board = await app.call('Targets', 'Board', year)
    const jiangning = board.accounts.rows.find((v) => v.name === '江宁新能源汽车股份有限公司')
    const actual = jiangning.revenue.actual
    assert.ok(actual > 0, 'the sample won deals with this account this year')
    await row.locator('[data-testid=target-edit]').click()
    // Twice the actual revenue, typed in yuan: 50 % achieved.
    await row.locator('[data-testid=edit-revenue] input').fill(String((actual * 2) / 100))
    await row.locator('[data-testid=edit-revenue] input').blur()
    await row.locator('[data-testid=edit-visits] input').fill('0')
    await row.locator('[data-testid=target-save]').click()
    await row.locator('[data-testid=m-revenue] [data-testid=achievement]', { hasText: '50%' }).waitFor()
    // A visit target of 0 is no target: no percentage.
    assert.equal(await row.locator('[data-testid=m-visits] [data-testid=achievement]').innerText(), '—')
    const saved = (await app.call('Targets', 'Board', year)).accounts.rows.find((v) => v.name === '江宁新能源汽车股份有限公司')
    assert.equal(saved.revenue.target, actual * 2)
    assert.equal(saved.revenue.achievement, 0.5)
    assert.equal(saved.visits.achievement, -1)
    // Bad input is refused with a translated error and changes nothing.
    const err = await app.callError('Targets', 'Save', { period: `${year}-13`, accountId: saved.scope.accountId, memberId: 0, revenue: 1, newOpportunities: 0, visits: 0 })
    assert.equal(err.fields[0].key, 'error.period')
    await app.shot('61-targets-en')
    // The accounts come a page at a time: those with a target or led by the
    // user first; all of them, filtered by name, on request.
    assert.equal(board.accounts.all, false)
    assert.ok(!board.accounts.rows.some((v) => v.name === '东方纺织印染有限公司'), 'neither a target nor led by the user')
    await page.locator('[data-testid=targets-all]').click()
    await page.locator('[data-testid=target-row][data-name="东方纺织印染有限公司"]').waitFor()
    await page.locator('[data-testid=targets-search] input').fill('江宁')
    await page.locator('[data-testid=targets-shown]', { hasText: '1 of 1' }).waitFor()
    const page1 = await app.call('Targets', 'Accounts', { period: year, text: '', all: true, offset: 0 })
    assert.equal(page1.total, 15)
    // The user's own row comes first, in its own card.
    assert.match(await page.locator('[data-testid=targets-mine]').innerText(), /王磊/)
    await page.locator('[data-testid=period-quarter]').click()
    await page.locator('[data-testid=period-label]', { hasText: /^Q\d / }).waitFor()
    await app.shot('62-targets-quarter-en')
  })

  it('ticks a planned activity and a self-check item, kept over a reload', async () => {
    await nav('My week')
    const item = page.locator('[data-testid=week-item]', { hasText: '提交配网终端产线改造技术方案初稿' })
    await item.waitFor()
    await item.locator('[data-testid=week-item-done]').click()
    await page.locator('[data-testid=check-economic]').click()
    await page.locator('[data-testid=week-new-title]').locator('input').fill('准备季度业务回顾材料')
    await page.locator('[data-testid=week-add]').click()
    await page.locator('[data-testid=week-item]', { hasText: '准备季度业务回顾材料' }).waitFor()
    await page.reload()
    await nav('My week')
    await item.waitFor()
    assert.ok(await item.locator('[data-testid=week-item-done]').getAttribute('class').then((c) => c.includes('checked')))
    assert.ok(await page.locator('[data-testid=check-economic]').getAttribute('class').then((c) => c.includes('checked')))
    const week = await app.call('Week', 'Get', '')
    assert.ok(week.checked.includes('economic'))
    assert.ok(week.items.find((i) => i.title === '提交配网终端产线改造技术方案初稿').done)
    assert.equal(week.items.length, 5)
    await app.shot('63-week-en')
  })

  it('shows the indicators with values and the ones that cannot be computed', async () => {
    await nav('Indicators')
    const revenue = page.locator('[data-testid=kpi-revenue] [data-testid=kpi-value]')
    await revenue.waitFor()
    assert.match(await revenue.innerText(), /CN¥/)
    assert.match(await page.locator('[data-testid=kpi-winRate] [data-testid=kpi-value]').innerText(), /%$/)
    for (const id of ['collection', 'grossMargin']) {
      assert.equal(await page.locator(`[data-testid=kpi-${id}] [data-testid=kpi-cannot]`).innerText(), 'Cannot compute yet')
    }
    assert.match(await page.locator('[data-testid=kpi-collection] [data-testid=kpi-reason]').innerText(), /no invoices/)
    assert.match(await page.locator('[data-testid=kpi-grossMargin]').innerText(), /cost of sales/)
    assert.equal(await page.locator('[data-testid^=kpi-] [data-testid=kpi-value], [data-testid^=kpi-] [data-testid=kpi-cannot]').count(), 13)
    await app.shot('64-kpi-en')
  })

  it('reads the same in Chinese', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await nav('业务指标')
    await page.locator('[data-testid=kpi-collection] [data-testid=kpi-cannot]', { hasText: '暂无法计算' }).waitFor()
    assert.match(await page.locator('[data-testid=kpi-collection]').innerText(), /回款率/)
    await app.shot('65-kpi-zh')
    await nav('目标管理')
    await page.locator('[data-testid=targets-definition]', { hasText: '拜访' }).waitFor()
    await app.shot('66-targets-zh')
    await nav('本周效能')
    await page.locator('[data-testid=week-selfcheck]', { hasText: '自我检核' }).waitFor()
    await app.shot('67-week-zh')
    await nav('首页')
    await page.locator('[data-testid=home-targets]', { hasText: '我的目标达成' }).waitFor()
    await app.shot('68-home-zh')
    assert.deepEqual(app.errors, [])
  })
})
