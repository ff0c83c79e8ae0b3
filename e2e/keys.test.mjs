// End-to-end: the keyboard. Enter saves a drawer's form from a one-line
// field, Ctrl+S saves the form in front (and the account's own cards), a
// radio group is one Tab stop whose arrows move the choice, and a deal card
// is reached with Tab and moved a stage on with Alt+→, through the same
// question a drag asks.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

describe('the keyboard', () => {
  let app, page, accountId
  const it = step(() => app)
  const people = () => app.call('People', 'Page', accountId, 0, 100).then((p) => p.rows)
  const focusedIn = (testid) => page.evaluate((id) => !!document.activeElement?.closest(`[data-testid=${id}]`), testid)

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
    await page.locator('.n-tabs-tab', { hasText: '关键人' }).click()
  })
  after(async () => {
    await app?.stop()
  })

  it('saves a new person with Enter in a one-line field, but not from a text area', async () => {
    await page.locator('[data-testid=add-contact]').click()
    await page.locator('[data-testid=contact-interests] textarea').fill('骑马')
    await page.locator('[data-testid=contact-interests] textarea').press('Enter')
    await page.waitForTimeout(300)
    assert.equal((await people()).length, 0, 'Enter in a text area is a new line')
    assert.match(await page.locator('[data-testid=contact-interests] textarea').inputValue(), /骑马\n/)
    await page.locator('[data-testid=contact-name] input').fill('欧阳震华')
    await page.locator('[data-testid=contact-name] input').press('Enter')
    await page.locator('[data-testid=contact-form]').waitFor({ state: 'detached' })
    assert.deepEqual((await people()).map((p) => p.name), ['欧阳震华'])
  })

  it('saves the open form with Ctrl+S, and the account profile too', async () => {
    await page.locator('[data-testid=people-table] tbody tr').first().getByRole('button', { name: '编辑' }).click()
    await page.locator('[data-testid=contact-title] input').fill('总经理')
    await page.keyboard.press('Control+s')
    await page.locator('[data-testid=contact-form]').waitFor({ state: 'detached' })
    assert.equal((await people())[0].title, '总经理')

    await page.locator('.n-tabs-tab', { hasText: '客户档案' }).click()
    await page.locator('[data-testid=field-industry] input').fill('精密机械')
    await page.locator('[data-testid=unsaved]').waitFor()
    await page.keyboard.press('Control+s')
    await page.locator('[data-testid=unsaved]').waitFor({ state: 'detached' })
    assert.equal((await app.call('Accounts', 'Get', accountId)).account.industry, '精密机械')
  })

  it('makes a radio group one Tab stop whose arrow keys move the choice', async () => {
    await page.locator('.n-tabs-tab', { hasText: '关键人' }).click()
    await page.locator('[data-testid=add-contact]').click()
    await page.locator('[data-testid=contact-influence] input:checked').focus()
    await page.keyboard.press('Tab')
    assert.ok(await focusedIn('contact-attitude'), 'one Tab leaves the influence buttons for the attitude')
    await page.keyboard.press('Tab')
    assert.ok(await focusedIn('contact-strength'), 'one more reaches the strength')
    await page.keyboard.press('Shift+Tab')
    const before = await page.locator('[data-testid=contact-attitude] input:checked').inputValue()
    await page.keyboard.press('ArrowRight')
    const after = await page.locator('[data-testid=contact-attitude] input:checked').inputValue()
    assert.equal(Number(after), Number(before) + 1, 'the arrow moves the attitude one step')
    await page.locator('[data-testid=contact-name] input').fill('司马静')
    await page.keyboard.press('Control+s')
    await page.locator('[data-testid=contact-form]').waitFor({ state: 'detached' })
    assert.equal((await people()).find((p) => p.name === '司马静').attitude, Number(after))
  })

  it('moves a focused deal card to the next stage with Alt+→, asking first as a drop does', async () => {
    const created = await app.call('Deals', 'Create', { accountId, name: '二期产线改造', amount: 100000, closeDate: `${new Date().getFullYear() + 1}-06-30`, stage: 'lead',
      status: 'open', elements: {}, tasksDone: [], people: [] })
    const id = created.deal.id
    await page.locator('.n-tabs-tab', { hasText: '商机' }).click()
    await page.locator('[data-testid=deal-board]').waitFor()
    const card = page.locator(`[data-testid=deal-card][data-id="${id}"]`)
    await card.waitFor()
    await page.locator('[data-testid=new-deal]').focus()
    let tabs = 0
    while (!(await card.evaluate((c) => c === document.activeElement)) && tabs < 40) {
      await page.keyboard.press('Tab')
      tabs++
    }
    assert.ok(tabs < 40, 'Tab reaches the card')
    await page.keyboard.press('Alt+ArrowRight')
    await page.locator('[data-testid=move-confirm]').waitFor()
    await page.getByRole('button', { name: '仍然推进' }).click()
    await page.locator(`[data-testid=deal-column][data-stage=qualify] [data-testid=deal-card][data-id="${id}"]`).waitFor()
    const stageNow = async () => (await app.call('Deals', 'Board', { accountId, manager: '', tiers: [], keyOnly: false, text: '' }))
      .columns.flatMap((c) => c.cards).find((v) => v.deal.id === id).deal.stage
    assert.equal(await stageNow(), 'qualify')
    await page.waitForFunction((d) => document.activeElement?.getAttribute('data-id') === String(d), id)
    await page.keyboard.press('Alt+ArrowLeft') // back: no question
    await page.locator(`[data-testid=deal-column][data-stage=lead] [data-testid=deal-card][data-id="${id}"]`).waitFor()
    assert.equal(await stageNow(), 'lead')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid=deal-form]').waitFor()
  })
})
