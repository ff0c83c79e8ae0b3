// End-to-end: the people of an account, its relationship map, the
// interaction timeline and the global search, in the real app.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

describe('people, map, timeline and search, end to end', () => {
  let app, page, accountId
  const it = step(() => app)
  before(async () => {
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await page.getByRole('button', { name: '从空白开始' }).click()
    const v = await app.call('Accounts', 'Create', { name: '澜沧精密制造有限公司', shortName: '澜沧精密', status: 'active', stage: 'basic',
      identification: {}, characteristics: {}, classification: {} })
    accountId = v.account.id
    await page.reload()
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
    await page.getByText('澜沧精密制造有限公司').click()
    await page.locator('[data-testid=account-title]', { hasText: '澜沧精密' }).waitFor()
  })
  after(async () => {
    await app?.stop()
  })

  const peopleTab = () => page.locator('.n-tabs-tab', { hasText: '关键人' }).click()
  async function addPerson(name, title, manager, role) {
    await page.locator('[data-testid=add-contact]').click()
    await page.locator('[data-testid=contact-name] input').fill(name)
    await page.locator('[data-testid=contact-title] input').fill(title)
    if (manager) {
      await page.locator('[data-testid=contact-reportsTo]').click()
      await page.locator('.n-base-select-option', { hasText: manager }).click()
    }
    if (role) {
      await page.locator('[data-testid=contact-role]').click()
      await page.locator('.n-base-select-option', { hasText: role }).click()
    }
    await page.locator('[data-testid=contact-save]').click()
    await page.locator('[data-testid=people-table] td[data-col-key=name] b', { hasText: name }).waitFor()
  }

  it('adds three people with a reporting line and draws them on the map', async () => {
    await page.locator('[data-testid=red-flag]', { hasText: '没有教练' }).waitFor()
    await peopleTab()
    await addPerson('欧阳震华', '总经理', '', '经济决策者')
    await addPerson('司马静', '采购总监', '欧阳震华', '教练')
    await addPerson('诸葛亮', '设备部经理', '司马静', '')
    const people = await app.call('People', 'Page', accountId, 0, 100).then((p) => p.rows)
    const byName = Object.fromEntries(people.map((p) => [p.name, p]))
    assert.equal(byName['司马静'].reportsTo, byName['欧阳震华'].id)
    assert.equal(byName['诸葛亮'].reportsTo, byName['司马静'].id)
    // The coach and the economic buyer are known now; the buyer is not met yet.
    await page.locator('[data-testid=red-flag]', { hasText: '从未联系过经济决策者 欧阳震华' }).waitFor()
    assert.equal(await page.locator('[data-testid=red-flag]', { hasText: '没有教练' }).count(), 0)

    await page.locator('.n-tabs-tab', { hasText: '关系图' }).click()
    const card = (name) => page.locator('[data-testid=org-card]', { hasText: name })
    await card('诸葛亮').waitFor()
    const [top, mid, low] = await Promise.all(['欧阳震华', '司马静', '诸葛亮'].map((n) => card(n).boundingBox()))
    assert.ok(top.y < mid.y && mid.y < low.y, 'each report stands below their manager')
    await app.shot('20-map-three-zh')

    // A reporting loop is refused: the manager cannot report to their report.
    const loop = await app.callError('People', 'Move', byName['欧阳震华'].id, byName['诸葛亮'].id)
    assert.equal(loop?.key, 'error.reportsLoop')

    // Drag 诸葛亮 onto 欧阳震华: he now reports to the general manager.
    await card('诸葛亮').dragTo(card('欧阳震华'))
    await page.waitForFunction(async ([acc, id, mgr]) => {
      const page = await window.go.app.People.Page(acc, 0, 100)
      return page.rows.find((p) => p.id === id)?.reportsTo === mgr
    }, [accountId, byName['诸葛亮'].id, byName['欧阳震华'].id])
  })

  it('logs a visit with two people and shows it in the timeline with their last-contact dates', async () => {
    await page.locator('.n-tabs-tab', { hasText: '拜访记录' }).click()
    await page.locator('[data-testid=log-interaction]').click()
    await page.locator('[data-testid=interaction-people]').click()
    await page.locator('.n-base-select-option', { hasText: '欧阳震华' }).click()
    await page.locator('.n-base-select-option', { hasText: '司马静' }).click()
    await page.locator('[data-testid=interaction-summary] textarea').fill('拜访欧阳总，介绍二期自动化改造方案')
    await page.locator('[data-testid=interaction-next] input').fill('发送方案书')
    await page.locator('[data-testid=interaction-save]').click()
    await page.locator('[data-testid=timeline-summary]', { hasText: '介绍二期自动化改造方案' }).waitFor()
    await page.locator('[data-testid=timeline-people]', { hasText: '欧阳震华、司马静' }).waitFor()
    await app.shot('21-timeline-zh')

    const today = await page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    const people = await app.call('People', 'Page', accountId, 0, 100).then((p) => p.rows)
    const last = Object.fromEntries(people.map((p) => [p.name, p.lastContact]))
    assert.deepEqual(last, { 欧阳震华: today, 司马静: today, 诸葛亮: '' })
    await peopleTab()
    await page.locator('[data-testid=last-contact][data-name=诸葛亮]', { hasText: '从未联系' }).waitFor()
    assert.notEqual(await page.locator('[data-testid=last-contact][data-name=欧阳震华]').textContent(), '从未联系')
    // Met today: the economic-buyer flag is gone.
    await page.locator('[data-testid=red-flags]', { hasText: '没有红旗' }).waitFor()
  })

  it('finds a person by two Chinese characters with Ctrl+K and opens them', async () => {
    await page.locator('[data-testid=nav]').getByText('首页').click()
    await page.keyboard.press('Control+k')
    await page.locator('[data-testid=search-input] input').fill('司马')
    await page.locator('[data-testid=search-hit]', { hasText: '司马静' }).waitFor()
    await app.shot('22-search-zh')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid=account-title]', { hasText: '澜沧精密制造有限公司' }).waitFor()
    await page.locator('[data-testid=people-table] td[data-col-key=name] b', { hasText: '司马静' }).waitFor()

    // The interaction is found by a word of its summary.
    await page.keyboard.press('Control+k')
    await page.locator('[data-testid=search-input] input').fill('自动化改造')
    await page.locator('[data-testid=search-hit]', { hasText: '介绍二期自动化改造方案' }).waitFor()
    await page.keyboard.press('Escape')
    assert.deepEqual(app.errors, [])
  })
})
