// End-to-end: work that must not disappear without a word — a form closed
// with unsaved input asks first, a next step always has a day and reaches
// Home, and whatever says it went to the trash can be found and restored.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

describe('unsaved input, dated next steps and the trash, end to end', () => {
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
    await openAccount()
  })
  after(async () => {
    await app?.stop()
  })

  async function openAccount() {
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).click()
    await page.getByText('澜沧精密制造有限公司').click()
    await page.locator('[data-testid=account-title]', { hasText: '澜沧精密' }).waitFor()
    await page.locator('.n-tabs-tab', { hasText: '拜访记录' }).click()
  }
  const form = () => page.locator('[data-testid=interaction-form]')
  const discard = () => page.locator('.n-dialog', { hasText: '放弃修改？' })

  it('asks 放弃修改？ before Esc or the mask throws a typed visit away; a pristine form just closes', async () => {
    // Pristine: Esc closes at once.
    await page.locator('[data-testid=log-interaction]').click()
    await form().waitFor()
    await page.keyboard.press('Escape')
    await form().waitFor({ state: 'detached' })
    assert.equal(await discard().count(), 0, 'no question for an untouched form')

    await page.locator('[data-testid=log-interaction]').click()
    await page.locator('[data-testid=interaction-summary] textarea').fill('与采购总监谈了明年的框架协议')
    await page.keyboard.press('Escape')
    await discard().waitFor()
    await page.waitForTimeout(400) // the dialog's entrance, for the screenshot
    await app.shot('safety-discard-zh')
    await discard().getByRole('button', { name: '继续编辑' }).click()
    await discard().waitFor({ state: 'detached' })
    assert.equal(await page.locator('[data-testid=interaction-summary] textarea').inputValue(), '与采购总监谈了明年的框架协议')

    // A click on the mask asks too; the close button as well.
    await page.mouse.click(20, 400)
    await discard().waitFor()
    await discard().getByRole('button', { name: '继续编辑' }).click()
    await page.locator('.n-drawer .n-base-close').click()
    await discard().waitFor()
    await discard().getByRole('button', { name: '放弃修改' }).click()
    await form().waitFor({ state: 'detached' })
    assert.equal((await app.call('Interactions', 'Page', accountId, {}, 10)).total, 0, 'nothing was saved')
  })

  it('proposes a due date for a next step, refuses an open step without one, and lists it on Home', async () => {
    const refused = await app.callError('Interactions', 'Log', { accountId, date: '2026-05-20', kind: 'visit', summary: '电话', contactIds: [],
      nextStep: '寄送报价', nextDue: '', nextDone: false })
    assert.equal(refused?.fields?.[0]?.field, 'nextDue')
    assert.equal(refused?.fields?.[0]?.key, 'error.nextDueRequired')

    await page.locator('[data-testid=log-interaction]').click()
    await page.locator('[data-testid=interaction-summary] textarea').fill('现场拜访设备部')
    await page.locator('[data-testid=interaction-next] input').fill('安排技术交流会')
    const due = page.locator('[data-testid=interaction-next-due] input')
    const week = new Date()
    week.setDate(week.getDate() + 7)
    const want = `${week.getFullYear()}-${String(week.getMonth() + 1).padStart(2, '0')}-${String(week.getDate()).padStart(2, '0')}`
    assert.equal(await due.inputValue(), want, 'a week from today is proposed')
    await page.locator('[data-testid=interaction-save]').click()
    await form().waitFor({ state: 'detached' })
    await page.locator('[data-testid=timeline-summary]', { hasText: '现场拜访设备部' }).waitFor()

    await page.locator('[data-testid=nav]').getByText('首页', { exact: true }).click()
    await page.locator('[data-testid=home-step]', { hasText: '安排技术交流会' }).waitFor()
  })

  it('finds a deleted visit and a deleted week item in the Trash and restores them', async () => {
    await openAccount()
    const entry = page.locator('.n-timeline-item', { hasText: '现场拜访设备部' })
    await entry.getByRole('button', { name: '删除' }).click()
    await page.locator('.n-message', { hasText: '记录已移到回收站' }).waitFor()
    await entry.waitFor({ state: 'detached' })

    const item = await app.call('Week', 'SaveItem', { id: 0, week: '2026-W20', title: '整理澜沧的报价', accountId: 0, accountName: '', done: false })
    await app.call('Week', 'DeleteItem', item.id)

    await page.locator('[data-testid=nav]').getByText('回收站', { exact: true }).click()
    const visit = page.locator('[data-testid=trash-visits] tr', { hasText: '现场拜访设备部' })
    await visit.waitFor()
    const planned = page.locator('[data-testid=trash-planning] tr', { hasText: '整理澜沧的报价' })
    await planned.waitFor()
    await app.shot('safety-trash-zh')
    await visit.locator('[data-testid=restore-visit]').click()
    await visit.waitFor({ state: 'detached' })
    await planned.locator('[data-testid=restore-planning]').click()
    await planned.waitFor({ state: 'detached' })
    const wk = await app.call('Week', 'Get', '2026-W20')
    assert.deepEqual(wk.items.map((i) => i.title), ['整理澜沧的报价'])

    await openAccount()
    await page.locator('[data-testid=timeline-summary]', { hasText: '现场拜访设备部' }).waitFor()
    await page.locator('[data-testid=nav]').getByText('首页', { exact: true }).click()
    await page.locator('[data-testid=home-step]', { hasText: '安排技术交流会' }).waitFor()
    assert.deepEqual(app.errors, [])
  })

  it('refuses a save based on an old read with "changed in another window" and offers to reload', async () => {
    await openAccount()
    await page.locator('.n-tabs-tab', { hasText: '客户档案' }).click()
    await page.locator('[data-testid=field-industry] input').fill('汽车零部件')
    // Another window saves the same account meanwhile.
    const other = await app.call('Accounts', 'Get', accountId)
    await app.call('Accounts', 'Update', { ...other.account, industry: '精密制造' })

    await page.locator('[data-testid=save]').click()
    await page.locator('.n-message', { hasText: '该记录已在其他窗口中修改' }).waitFor()
    const ask = page.locator('.n-dialog', { hasText: '已在其他窗口中修改' })
    await ask.waitFor()
    await page.waitForTimeout(400)
    await app.shot('safety-stale-zh')
    assert.equal((await app.call('Accounts', 'Get', accountId)).account.industry, '精密制造', 'the other window\'s save stays')
    await ask.getByRole('button', { name: '重新加载' }).click()
    await page.waitForFunction(() => document.querySelector('[data-testid=field-industry] input')?.value === '精密制造')
    // Saved again from the reloaded form: accepted.
    await page.locator('[data-testid=field-industry] input').fill('汽车零部件')
    await page.locator('[data-testid=save]').click()
    await page.locator('.n-message', { hasText: '已保存' }).waitFor()
    assert.equal((await app.call('Accounts', 'Get', accountId)).account.industry, '汽车零部件')
  })

  it('shows the Trash and the questions in zh and en at 1280×800 and 1024×640', async () => {
    const visit = (await app.call('Interactions', 'Page', accountId, {}, 10)).items[0]
    await app.call('Interactions', 'Delete', visit.id)
    const goal = await app.call('Week', 'SaveGoal', { id: 0, title: '学习大客户谈判', due: '', done: false })
    await app.call('Week', 'DeleteGoal', goal.id)
    for (const [lang, trash] of [['zh', '回收站'], ['en', 'Trash']]) {
      const s = await app.call('Settings', 'Get')
      const failed = await app.callError('Settings', 'Save', { ...s, language: lang === 'zh' ? 'zh-CN' : lang })
      assert.equal(failed, null, JSON.stringify(failed))
      await page.reload()
      for (const [w, h] of [[1280, 800], [1024, 640]]) {
        await page.setViewportSize({ width: w, height: h })
        await page.locator('[data-testid=nav]').getByText(trash, { exact: true }).click()
        await page.locator('[data-testid=trash-visits] tr', { hasText: visit.summary }).waitFor()
        await page.locator('[data-testid=trash-visits]').scrollIntoViewIfNeeded()
        await app.shot(`safety-trash-${lang}-${w}`)
        await page.locator('[data-testid=trash-planning]').scrollIntoViewIfNeeded()
        await app.shot(`safety-trash-planning-${lang}-${w}`)
      }
    }
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.locator('[data-testid=nav]').getByText('Key accounts', { exact: true }).click()
    await page.getByText('澜沧精密制造有限公司').click()
    await page.locator('.n-tabs-tab', { hasText: 'Interactions' }).click()
    await page.locator('[data-testid=log-interaction]').click()
    await page.locator('[data-testid=interaction-next] input').fill('Send the quotation')
    await page.keyboard.press('Escape')
    await discardEn().waitFor()
    await page.waitForTimeout(400)
    await app.shot('safety-discard-en-1024')
    await discardEn().getByRole('button', { name: 'Discard' }).click()
    await form().waitFor({ state: 'detached' })
    assert.deepEqual(app.errors, [])
  })
  const discardEn = () => page.locator('.n-dialog', { hasText: 'Discard changes?' })
})
