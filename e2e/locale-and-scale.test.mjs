// End-to-end: the default language follows the system, and the matrix
// stays usable with 300 accounts.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

describe('a Chinese system with 300 accounts', () => {
  let app, page
  const it = step(() => app)
  before(async () => {
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
  })
  after(async () => {
    await app?.stop()
  })

  it('starts in Chinese when the system locale is Chinese', async () => {
    await page.getByText('欢迎使用 KAMS').waitFor()
    await page.getByRole('button', { name: '从空白开始' }).click()
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
    await page.getByText('还没有客户：点“新建客户”开始').waitFor()
    assert.equal((await app.call('Settings', 'Get')).language, '', 'following the system is not saved as a choice')
    await page.reload()
    await page.locator('[data-testid=nav]').getByText('组合矩阵').waitFor()
    assert.equal(await page.getByText('欢迎使用 KAMS').count(), 0, 'the sample is offered once')
  })

  it('draws 300 accounts on the matrix, each bubble clickable', async () => {
    let seed = 7
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % 5
    for (let i = 0; i < 300; i++) {
      const r = Array.from({ length: 10 }, () => 1 + rnd())
      const s = (k) => r[k % 10]
      await app.call('Accounts', 'Create', {
        name: `规模测试客户${String(i).padStart(3, '0')}有限公司`, shortName: `规模${i}`,
        status: 'active', stage: ['exploratory', 'basic', 'cooperative', 'interdependent', 'integrated'][i % 5],
        identification: { largeOrders: s(1), strategic: s(2), influence: s(3), technology: s(1), market: s(2) },
        characteristics: {},
        classification: { volume: s(1), profitability: s(3), strategicFit: s(2), ease: s(4), growth: s(1), projects: s(2),
          shareRoom: s(3), techAbsorption: s(4), coverage: s(2), satisfaction: s(3) },
      })
    }
    // The list is read a page (≤ 100 rows) at a time.
    const list = []
    for (;;) {
      const p = await app.call('Accounts', 'Page', { offset: list.length, limit: 100 })
      list.push(...p.rows)
      if (!p.rows.length || list.length >= p.total) break
    }
    assert.equal(list.length, 300)
    const counts = {}
    for (const v of list) counts[v.scores.quadrant] = (counts[v.scores.quadrant] ?? 0) + 1
    assert.equal(counts.unclassified ?? 0, 0)

    for (const q of ['strategic', 'develop', 'maintain', 'opportunistic']) assert.ok(counts[q] > 20, `${q}: ${counts[q]}`)

    await page.reload() // the accounts were made behind the UI's back
    await page.locator('[data-testid=nav]').getByText('组合矩阵').click()
    for (const q of ['strategic', 'develop', 'maintain', 'opportunistic'])
      await page.locator(`[data-testid=count-${q}] b`, { hasText: String(counts[q] ?? 0) }).waitFor()
    // Every account is a bubble: the SVG holds one path per data item, so
    // there are at least 300 beyond the axes and areas.
    const paths = await page.locator('[data-testid=matrix-chart] svg path').count()
    assert.ok(paths >= 300, `only ${paths} shapes drawn`)
    // 300 names would bury each other: they show on hover instead.
    const names = page.locator('[data-testid=matrix-chart] svg text', { hasText: '规模' })
    assert.equal(await names.count(), 0)
    await app.shot('11-matrix-300-zh')
    // A strategic bubble: a red shape inside the plot, not the legend's.
    const red = page.locator('[data-testid=matrix-chart] svg path[fill="#d03050"]')
    const legendBottom = await page.locator('[data-testid=matrix-chart] svg text', { hasText: '战略客户' }).first().evaluate((e) => e.getBoundingClientRect().bottom)
    const boxes = await red.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ y: r.top, w: r.width })))
    const k = boxes.findIndex((b) => b.y > legendBottom + 40 && b.w > 12)
    assert.ok(k >= 0, 'no strategic bubble found')
    const bubble = red.nth(k)
    await bubble.hover()
    await names.first().waitFor()
    await page.getByText(/客户吸引力: \d\.\d\d/).waitFor() // the tooltip
    await app.shot('12-matrix-300-hover-zh')
    await bubble.click()
    await page.locator('[data-testid=account-title]', { hasText: '规模测试客户' }).waitFor()
  })
})
