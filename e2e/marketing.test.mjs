// End-to-end: a marketing activity from plan to ROI on the sample book —
// planned for an account with its people and costs, the year's marketing
// plan, a deal created at the account suggested and linked, the deal won,
// the activity held (the attended person's last contact moves) and its ROI
// with the attribution rule; found with Ctrl+K, trashed and restored; in
// English and Chinese.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

const pad = (n) => String(n).padStart(2, '0')
const today = (() => {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
})()
const ACCOUNT = '江宁新能源汽车股份有限公司'

describe('marketing: an activity from plan to ROI, end to end', () => {
  let app, page, accountId, activityId, dealId, person
  const it = step(() => app)
  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()
  const drawer = () => page.locator('[data-testid=activity-form]')

  before(async () => {
    app = await startApp()
    page = app.page
    await page.getByRole('button', { name: 'Load sample data' }).click()
    await page.getByText('Sample data loaded').waitFor()
    const found = await app.call('People', 'Search', ACCOUNT)
    accountId = found.accounts[0].id
    person = (await app.call('People', 'Page', accountId, 0, 100)).rows[0]
  })
  after(async () => {
    await app?.stop()
  })

  it('plans an activity for an account with its people and costs', async () => {
    await nav('Marketing')
    await page.locator('[data-testid=activity-table]').waitFor()
    await page.getByTestId('new-activity').click()
    await drawer().waitFor()
    // Saved with nothing filled: every problem at once, nothing written.
    await page.getByTestId('activity-save').click()
    await page.locator('.n-message', { hasText: 'Please correct the marked fields' }).waitFor()
    await drawer().getByText('Required').first().waitFor()
    await page.getByTestId('activity-title').locator('input').fill('E2E 智能工厂技术交流会')
    await page.getByTestId('activity-place').locator('input').fill('南京金陵饭店')
    await page.getByTestId('activity-add-account').click()
    await page.keyboard.type('江宁')
    await page.locator('.n-base-select-option', { hasText: ACCOUNT }).click()
    await drawer().locator('[data-testid=activity-account]', { hasText: ACCOUNT }).waitFor()
    const row = drawer().locator('[data-testid=activity-person]', { hasText: person.name })
    await row.getByTestId('person-attended').click()
    await page.getByTestId('actual-venue').locator('input').fill('8000')
    await page.getByTestId('budget-venue').locator('input').fill('10000')
    await page.getByTestId('activity-title').locator('input').click()
    await page.getByTestId('activity-save').click()
    await page.locator('.n-message', { hasText: 'Activity saved' }).waitFor()
    const list = await app.call('Marketing', 'Page', { from: '', to: '', type: '', status: '', accountId: 0, offset: 0, limit: 50 })
    const saved = list.rows.find((r) => r.title === 'E2E 智能工厂技术交流会')
    assert.ok(saved, 'the activity is in the list')
    activityId = saved.id
    assert.equal(saved.cost, 800000)
    assert.equal(saved.budget, 1000000)
    assert.equal(saved.attended, 1)
    assert.equal(saved.status, 'planned')
    await page.getByTestId('activity-roi').getByText('−100%').waitFor()
    await page.getByTestId('attribution-rule').getByText('ROI = (won revenue of the linked deals − actual cost) ÷ actual cost').waitFor()
    await app.shot('90-activity-planned-en')
  })

  it('saves the year’s plan and shows plan against actual', async () => {
    await page.keyboard.press('Escape')
    await drawer().waitFor({ state: 'detached' })
    await page.locator('.n-tabs-tab', { hasText: 'Marketing control' }).click()
    await page.getByTestId('marketing-control').waitFor()
    await page.getByTestId('plan-activities-seminar').locator('input').fill('4')
    await page.getByTestId('plan-budget-seminar').locator('input').fill('50000')
    await page.getByTestId('plan-revenue-seminar').locator('input').fill('1000000')
    await page.getByTestId('plan-save').click()
    await page.locator('.n-message', { hasText: 'Marketing plan saved' }).waitFor()
    const plan = await app.call('Marketing', 'Plan', today.slice(0, 4))
    const seminar = plan.lines.find((l) => l.type === 'seminar')
    assert.deepEqual([seminar.activities, seminar.budget, seminar.revenue], [4, 5000000, 100000000])
    await app.shot('91-marketing-control-en')
  })

  it('suggests a deal created at the account, links it, and its win makes the ROI', async () => {
    const d = await app.call('Deals', 'Create', {
      id: 0, accountId, accountName: '', name: 'E2E 产线二期', amount: 5000000, closeDate: today, stage: 'lead', override: false,
      probability: 10, competitors: '', solution: '', criteria: '', status: 'open', lossReason: '', step: '',
      elements: { need: 0, budget: 0, decision: 0, timeline: 0, fit: 0, competitive: 0, profitability: 0 },
      tasksDone: [], people: [], closedOn: '', stageSince: '', lastInteraction: '', createdAt: '', updatedAt: '', deletedAt: '', version: 0,
    })
    dealId = d.deal.id
    await page.locator('.n-tabs-tab', { hasText: 'Activities' }).click()
    await page.locator('[data-testid=activity-row]', { hasText: 'E2E 智能工厂技术交流会' }).click()
    const suggested = page.locator('[data-testid=suggested-deal]', { hasText: 'E2E 产线二期' })
    await suggested.waitFor()
    await suggested.getByTestId('link-suggested').click()
    await page.locator('[data-testid=linked-deal]', { hasText: 'E2E 产线二期' }).waitFor()
    await app.call('Deals', 'Close', dealId, 'won', '')
    // Held today: the attended person was met today.
    await page.getByTestId('status-done').click()
    await page.locator('.n-message', { hasText: 'Status changed' }).waitFor()
    await page.getByTestId('roi-value').getByText('+525%').waitFor() // (50,000 − 8,000) ÷ 8,000
    const v = await app.call('Marketing', 'Get', activityId)
    assert.equal(v.facts.won, 5000000)
    assert.ok(Math.abs(v.roi.ratio - 5.25) < 1e-9)
    const met = (await app.call('People', 'Page', accountId, 0, 100)).rows.find((c) => c.id === person.id)
    assert.equal(met.lastContact, today, "the attended person's last contact is the activity's day")
    await app.shot('92-activity-roi-en')
    await page.keyboard.press('Escape')
    await drawer().waitFor({ state: 'detached' })
    const row = page.locator('[data-testid=activity-row]', { hasText: 'E2E 智能工厂技术交流会' })
    await row.getByText('+525%').waitFor()
    await row.getByText('Held').waitFor()
    await app.shot('93-marketing-list-en')
  })

  it('exports the activity and the year as 市场活动报告 PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kams-marketing-'))
    // Only the OS dialog is stood in for; writing is the real backend.
    await page.evaluate((d) => {
      window.__offered = []
      window.go.app.Reports.ChoosePDFPath = async (name) => {
        window.__offered.push(name)
        return d + '/' + window.__offered.length + '.pdf'
      }
    }, dir)
    await page.locator('[data-testid=activity-row]', { hasText: 'E2E 智能工厂技术交流会' }).click()
    await page.locator('.n-drawer').getByTestId('marketing-export').click()
    await page.getByTestId('marketing-export-activity').click()
    await page.locator('.n-message', { hasText: '1.pdf' }).waitFor()
    let text = execFileSync('pdftotext', [join(dir, '1.pdf'), '-']).toString()
    assert.match(text, /Marketing activity report/)
    assert.match(text, /E2E 智能工厂技术交流会/)
    assert.match(text, /\+525%/)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await drawer().waitFor({ state: 'detached' })
    await page.getByTestId('marketing-export').click()
    await page.getByTestId('marketing-export-period').click()
    await page.locator('.n-message', { hasText: '2.pdf' }).waitFor()
    text = execFileSync('pdftotext', [join(dir, '2.pdf'), '-']).toString()
    assert.match(text, /Plan against actual/)
    assert.match(text, /E2E 智能工厂技术交流会/)
    const offered = await page.evaluate(() => window.__offered)
    assert.deepEqual(offered, ['marketing-report-E2E 智能工厂技术交流会.pdf', `marketing-report-${today.slice(0, 4)}.pdf`])
    await page.keyboard.press('Escape')
  })

  it('shows this week’s activities on Home and an account’s on its page', async () => {
    await nav('Home')
    const card = page.getByTestId('home-marketing')
    await card.getByText('2026 亚洲物流双年展（上海）').waitFor()
    await card.getByText('E2E 智能工厂技术交流会').waitFor()
    await app.shot('97-home-marketing-en')
    await nav('Key accounts')
    await page.getByText(ACCOUNT).first().click()
    await page.locator('.n-tabs-tab', { hasText: 'Marketing activities' }).click()
    await page.locator('[data-testid=account-activity]', { hasText: 'E2E 智能工厂技术交流会' }).waitFor()
    await page.locator('[data-testid=account-activity]', { hasText: '智能工厂技术交流会（南京站）' }).waitFor()
    await app.shot('98-account-marketing-en')
    await page.locator('[data-testid=account-activity]', { hasText: 'E2E 智能工厂技术交流会' }).click()
    await drawer().waitFor()
    await page.keyboard.press('Escape')
    await drawer().waitFor({ state: 'detached' })
  })

  it('finds the activity with Ctrl+K and opens it', async () => {
    await nav('Home')
    await page.keyboard.press('Control+k')
    await page.getByTestId('search-input').locator('input').fill('智能工厂技术')
    const hit = page.locator('[data-testid=search-hit]', { hasText: 'E2E 智能工厂技术交流会' })
    await hit.waitFor()
    await hit.click()
    await drawer().waitFor()
    await page.getByTestId('activity-title').locator('input').inputValue().then((v) => assert.equal(v, 'E2E 智能工厂技术交流会'))
    await page.getByTestId('roi-value').getByText('+525%').waitFor()
    await page.locator('[data-testid=activity-status] .n-radio-button--checked', { hasText: 'Held' }).waitFor()
    await page.keyboard.press('Escape')
    await drawer().waitFor({ state: 'detached' })
  })

  it('moves it to the Trash and back', async () => {
    await page.locator('[data-testid=activity-row]', { hasText: 'E2E 智能工厂技术交流会' }).click()
    await page.getByTestId('activity-delete').click()
    await page.locator('.n-dialog').getByRole('button', { name: 'Delete' }).click()
    await page.locator('.n-message', { hasText: 'Activity moved to the Trash' }).waitFor()
    await nav('Trash')
    const trashed = page.locator('[data-testid=trash-activities] tr', { hasText: 'E2E 智能工厂技术交流会' })
    await trashed.getByTestId('restore-activity').click()
    await page.locator('.n-message', { hasText: 'restored' }).first().waitFor()
    const v = await app.call('Marketing', 'Get', activityId)
    assert.equal(v.activity.title, 'E2E 智能工厂技术交流会')
  })

  it('shows the same in Chinese', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await nav('市场营销')
    const row = page.locator('[data-testid=activity-row]', { hasText: 'E2E 智能工厂技术交流会' })
    await row.getByText('已举办').waitFor()
    await app.shot('94-marketing-list-zh')
    await row.click()
    await page.getByTestId('attribution-rule').getByText('归因规则').waitFor()
    await page.getByTestId('roi-value').getByText('+525%').waitFor()
    await page.locator('[data-testid=activity-status] .n-radio-button--checked', { hasText: '已举办' }).waitFor()
    await app.shot('95-activity-roi-zh')
    await page.keyboard.press('Escape')
    await page.locator('.n-tabs-tab', { hasText: '营销控制' }).click()
    await page.getByTestId('control-table').getByText('技术交流会').waitFor()
    await app.shot('96-marketing-control-zh')
    assert.deepEqual(app.errors, [])
  })
})
