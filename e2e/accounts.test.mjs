// End-to-end: the key-account register in the real app, as a user works it.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

const NEW = '测试精工机械有限公司'
const SHORT = '测试精工'

describe('key accounts, end to end', () => {
  let app, page
  const it = step(() => app)

  before(async () => {
    app = await startApp()
    page = app.page
  })
  after(async () => {
    await app?.stop()
  })

  const listNames = async () => (await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)).map((v) => v.account.name)
  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()
  const score = (testid, value) => page.locator(`[data-testid=${testid}] .n-radio-button`).nth(value).click()

  it('offers the sample on first start and loads it', async () => {
    await page.getByText('Welcome to KAMS').waitFor()
    await app.shot('01-first-start-en')
    await page.getByRole('button', { name: 'Load sample data' }).click()
    await page.getByText('Sample data loaded').waitFor()
    await page.locator('[data-testid=home-step]').first().waitFor() // the home agenda fills
    await app.shot('02-home-en')
    await nav('Key accounts')
    await page.getByText('15 in all').waitFor()
    assert.equal((await listNames()).length, 15)
    await page.getByText('江宁新能源汽车股份有限公司').waitFor()
    await app.shot('02-accounts-en')
  })

  it('creates an account and scores it into a strategic key account on the matrix', async () => {
    await nav('Portfolio matrix')
    // The counts are read once the matrix has its data, not while it loads.
    await page.locator('[data-testid=matrix-chart] svg text', { hasText: '江宁汽车' }).waitFor()
    const strategic = page.locator('[data-testid=count-strategic] b')
    const before = Number(await strategic.textContent())
    assert.ok(before > 0, `the sample's strategic accounts: ${before}`)

    await nav('Key accounts')
    await page.locator('[data-testid=new-account]').click()
    await page.locator('[data-testid=field-name] input').fill(NEW)
    await page.locator('[data-testid=field-shortName] input').fill(SHORT)
    await page.locator('[data-testid=field-industry] input').fill('精密机械')
    await page.locator('[data-testid=field-manager] input').fill('王磊')
    await page.locator('[data-testid=save]').click()
    await page.getByText('Account created').waitFor()
    assert.ok((await listNames()).includes(NEW))

    await page.locator('.n-tabs-tab', { hasText: 'Identification' }).click()
    for (const c of ['largeOrders', 'strategic', 'influence', 'technology', 'market']) await score(`ident-${c}`, 5)
    await page.locator('[data-testid=ident-total]', { hasText: '100' }).waitFor()
    await page.locator('[data-testid=key-badge]').waitFor()
    await page.locator('[data-testid=trait-highValue]').click()

    await page.locator('.n-tabs-tab', { hasText: 'Classification' }).click()
    for (const c of ['volume', 'profitability', 'strategicFit', 'ease', 'growth', 'projects', 'shareRoom', 'techAbsorption', 'coverage', 'satisfaction'])
      await score(`cl-${c}`, 5)
    await page.locator('[data-testid=quadrant]', { hasText: 'Strategic' }).waitFor()
    await app.shot('03-new-account-classified-en')
    await page.locator('[data-testid=save]').click()
    await page.getByText('Saved', { exact: true }).waitFor()

    const saved = (await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)).find((v) => v.account.name === NEW)
    assert.equal(saved.scores.identification, 100)
    assert.equal(saved.scores.keyAccount, true)
    assert.equal(saved.scores.quadrant, 'strategic')
    assert.equal(saved.account.characteristics.highValue, true)
    assert.equal(saved.account.manager, '王磊')

    await nav('Portfolio matrix')
    await page.locator('[data-testid=count-strategic] b', { hasText: String(before + 1) }).waitFor()
    const bubbleLabel = page.locator('[data-testid=matrix-chart] svg text', { hasText: SHORT })
    await bubbleLabel.waitFor()
    await app.shot('04-matrix-en')
    // A click on the account's bubble opens it.
    await bubbleLabel.click()
    await page.locator('[data-testid=account-title]', { hasText: NEW }).waitFor()
  })

  it('filters the list by industry and region, offering the values the book names', async () => {
    await nav('Key accounts')
    await page.getByText('16 in all').waitFor()
    await page.locator('[data-testid=filter-industry]').click()
    await page.keyboard.type('精密') // the options are a virtual list: find it by typing
    await page.locator('.n-base-select-option', { hasText: '精密机械 (1)' }).click()
    await page.getByText('1 in all').waitFor()
    await page.locator('[data-testid=accounts-table]').getByText(NEW).waitFor()
    await page.keyboard.press('Escape')
    // A region no account of that industry has: none, and the list says so.
    const regions = (await app.call('Accounts', 'Facets')).regions
    assert.ok(regions.length > 0, 'the sample names regions')
    await page.locator('[data-testid=filter-region]').click()
    await page.keyboard.type(regions[0].value)
    await page.locator('.n-base-select-option', { hasText: `${regions[0].value} (` }).click()
    await page.getByText('0 in all').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('[data-testid=filter-industry] .n-base-clear').click({ force: true })
    await page.getByText(`${regions[0].count} in all`).waitFor()
    await page.locator('[data-testid=filter-region] .n-base-clear').click({ force: true })
    await page.getByText('16 in all').waitFor()
    await page.locator('[data-testid=accounts-table]').getByText(NEW).click() // back where the next step starts
    await page.locator('[data-testid=account-title]', { hasText: NEW }).waitFor()
  })

  it('switches language at run time, remembers it, and switches back', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await page.locator('[data-testid=nav]').getByText('组合矩阵').waitFor()
    await page.locator('.n-tabs-tab', { hasText: '客户档案' }).waitFor()
    assert.equal((await app.call('Settings', 'Get')).language, 'zh-CN')
    await page.reload()
    await page.locator('[data-testid=nav]').getByText('大客户', { exact: true }).waitFor()
    await nav('大客户')
    await page.getByText('共 16 条').waitFor()
    await app.shot('05-accounts-zh')
    await nav('组合矩阵')
    await page.locator('[data-testid=matrix-chart] svg text', { hasText: '战略客户' }).first().waitFor()
    await app.shot('06-matrix-zh')
    await page.locator('[data-testid=lang-en]').click()
    await page.locator('[data-testid=nav]').getByText('Portfolio matrix').waitFor()
    assert.equal((await app.call('Settings', 'Get')).language, 'en')
    await page.locator('[data-testid=lang-zh]').click()
    await page.locator('[data-testid=nav]').getByText('组合矩阵').waitFor()
  })

  it('shows bad input as a translated error beside the field and writes nothing', async () => {
    const before = JSON.stringify(await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows))
    const feedback = (testid) => page.locator('.n-form-item', { has: page.locator(`[data-testid=${testid}]`) }).locator('.n-form-item-feedback')

    await nav('大客户')
    await page.locator('[data-testid=new-account]').click()
    await page.locator('[data-testid=save]').click()
    await feedback('field-name').getByText('必填').waitFor()
    await page.getByText('请修正标出的字段').waitFor()
    await app.shot('07-bad-input-empty-name-zh')

    await page.locator('[data-testid=field-name] input').fill('江宁新能源汽车股份有限公司')
    await page.locator('[data-testid=save]').click()
    await feedback('field-name').getByText('已有名为“江宁新能源汽车股份有限公司”的客户').waitFor()

    await page.locator('[data-testid=field-name] input').fill('一个新客户')
    await page.locator('[data-testid=field-notes] textarea').fill('长'.repeat(100000))
    await page.locator('[data-testid=save]').click()
    await feedback('field-notes').getByText('太长：最多 20000 个字符（现在 100000 个）').waitFor()
    await app.shot('08-bad-input-too-long-zh')
    assert.equal(JSON.stringify(await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)), before, 'no account may change')

    // Leaving with unsaved typing asks first.
    await nav('设置')
    await page.getByText('放弃修改？').waitFor()
    await page.getByRole('button', { name: '放弃修改' }).click()

    const settingsBefore = JSON.stringify(await app.call('Settings', 'Get'))
    for (const c of ['largeOrders', 'strategic', 'influence', 'technology', 'market'])
      await page.locator(`[data-testid=w-ident-${c}] input`).fill('0')
    await page.locator('[data-testid=save-settings]').click()
    await page.locator('[data-testid=err-identification]', { hasText: '权重之和不能为 0' }).waitFor()
    await app.shot('09-bad-settings-zh')
    assert.equal(JSON.stringify(await app.call('Settings', 'Get')), settingsBefore, 'settings may not change')
    assert.equal(JSON.stringify(await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)), before, 'no account may change')
  })

  it('follows a change of weights at once', async () => {
    // The settings form still holds the zero weights: put them back, raise the threshold.
    for (const c of ['largeOrders', 'strategic', 'influence', 'technology', 'market'])
      await page.locator(`[data-testid=w-ident-${c}] input`).fill('20')
    await page.locator('[data-testid=w-threshold] input').fill('95')
    await page.locator('[data-testid=save-settings]').click()
    await page.getByText('设置已保存，所有评分已按新设置重新计算').waitFor()
    const keys = (await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)).filter((v) => v.scores.keyAccount).map((v) => v.account.name)
    assert.deepEqual(keys, [NEW], 'only the 100-point account passes a threshold of 95')
    await nav('大客户')
    await page.locator('[data-testid=key-only]').click()
    await page.getByText('共 1 条').waitFor()
    await page.locator('[data-testid=key-only]').click()
  })

  it('moves a deleted account to the trash and restores it', async () => {
    await page.locator('[data-testid=account-search] input').fill(SHORT)
    await page.getByText('共 1 条').waitFor()
    await page.locator('[data-testid=delete-account]').click()
    await page.getByText(`“${NEW}”已移到回收站`).waitFor()
    assert.ok(!(await listNames()).includes(NEW))
    assert.deepEqual((await app.call('Accounts', 'TrashPage', 0, 100).then((p) => p.rows)).map((v) => v.account.name), [NEW])

    await nav('回收站')
    await page.locator('[data-testid=trash-table]').getByText(NEW).waitFor()
    await app.shot('10-trash-zh')
    await page.locator('[data-testid=restore]').click()
    await page.getByText(`“${NEW}”已恢复`).waitFor()
    await page.locator('[data-testid=trash-table]').getByText('回收站是空的').waitFor()
    const restored = (await app.call('Accounts', 'Page', { limit: 100 }).then((p) => p.rows)).find((v) => v.account.name === NEW)
    assert.equal(restored.scores.identification, 100, 'the restored account keeps its scores')
    assert.deepEqual(app.errors, [], 'no uncaught errors in the page')
  })
})
