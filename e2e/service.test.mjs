// End-to-end: customer service and the relationship health (issue 13) in
// both languages — a complaint opened from the account's Health tab puts
// the account into the health alert (the tab, Home, the accounts list's
// at-risk filter); resolving it clears the alert; a satisfaction survey
// answer is recorded and charted; the book's service list flags overdue
// requests; the Trash restores a request.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

const words = {
  en: {
    start: 'Start empty', accounts: 'Key accounts', home: 'Home', service: 'Service', trash: 'Trash', health: 'Health',
    critical: 'Critical', resolved: 'Resolved', atRiskTitle: 'Accounts at risk', below: 'Below the alert threshold',
  },
  zh: {
    start: '从空白开始', accounts: '大客户', home: '首页', service: '客户服务', trash: '回收站', health: '健康度',
    critical: '紧急', resolved: '已解决', atRiskTitle: '预警客户', below: '低于预警线',
  },
}

for (const lang of ['en', 'zh']) {
  const w = words[lang]
  describe(`service and health (${lang})`, () => {
    let app, page, accountId
    const it = step(() => app)
    const name = lang === 'en' ? 'Haikesi Robotics Co.' : '海克斯机器人有限公司'
    const nav = (label) => page.locator('[data-testid=nav]').getByText(label, { exact: true }).click()
    const score = () => page.locator('[data-testid=health-score]').innerText()

    before(async () => {
      app = await startApp(lang === 'zh' ? { env: { LANG: 'zh_CN.UTF-8' } } : {})
      page = app.page
      await page.getByRole('button', { name: w.start }).click()
      const v = await app.call('Accounts', 'Create', { name, shortName: '海克斯', status: 'active', stage: 'basic',
        identification: {}, characteristics: {}, classification: {} })
      accountId = v.account.id
      // Only open complaints weigh: no complaint is 100, one critical 40.
      const set = await app.call('Settings', 'Get')
      set.health.weights = { recency: 0, coverage: 0, attitude: 0, complaints: 100, satisfaction: 0, stage: 0, revenue: 0 }
      await app.call('Settings', 'Save', set)
      await page.reload()
      await page.waitForFunction(() => window.go?.app?.Accounts)
    })
    after(async () => {
      await app?.stop()
    })

    it('opens a critical complaint from the Health tab: the account falls into the alert', async () => {
      await nav(w.accounts)
      await page.locator('[data-testid=account-row]', { hasText: name }).click()
      await page.locator('.n-tabs-tab', { hasText: w.health }).click()
      await page.locator('[data-testid=health-score]', { hasText: '100' }).waitFor()
      assert.equal(await page.locator('[data-testid=health-alert]').count(), 0)

      await page.locator('[data-testid=account-new-service]').click()
      const form = page.locator('[data-testid=service-form]')
      await form.locator('[data-testid=service-title] input').fill('焊装线 PLC 停线')
      await form.locator('[data-testid=service-severity]').click()
      await page.locator('.n-base-select-option', { hasText: w.critical }).click()
      await app.shot(`service-10-complaint-${lang}`)
      await page.locator('[data-testid=service-save]').click()
      await page.locator('[data-testid=account-service-row]', { hasText: '焊装线 PLC 停线' }).waitFor()
      await page.locator('[data-testid=health-score]', { hasText: '40' }).waitFor()
      await page.locator('[data-testid=health-alert]', { hasText: w.below }).waitFor()
      await page.locator('[data-testid=account-health]', { hasText: '40' }).waitFor()
      await app.shot(`service-11-alert-${lang}`)

      const h = await app.call('Health', 'Account', accountId)
      assert.equal(h.score, 40)
      assert.equal(h.risk, true)
      assert.deepEqual(h.parts.find((p) => p.id === 'complaints'), { id: 'complaints', value: 0.4, weight: 100, points: 40 })
    })

    it('shows the alert on Home and in the accounts list\'s at-risk filter', async () => {
      await nav(w.home)
      const card = page.locator('[data-testid=home-at-risk]')
      await card.getByText(w.atRiskTitle).waitFor()
      await card.locator('[data-testid=home-at-risk-row]', { hasText: name }).waitFor()
      await app.shot(`service-12-home-${lang}`)
      await card.locator('[data-testid=home-at-risk-all]').click()
      await page.locator('[data-testid=account-row]', { hasText: name }).waitFor()
      assert.equal(await page.locator('[data-testid=account-row]').count(), 1)
      await page.locator('[data-testid=health-cell]', { hasText: '40' }).waitFor()
    })

    it('resolves the complaint: the alert clears everywhere', async () => {
      await page.locator('[data-testid=account-row]', { hasText: name }).click()
      await page.locator('.n-tabs-tab', { hasText: w.health }).click()
      await page.locator('[data-testid=account-service-row]', { hasText: '焊装线 PLC 停线' }).click()
      const form = page.locator('[data-testid=service-form]')
      await form.locator('[data-testid=service-status]').click()
      await page.locator('.n-base-select-option', { hasText: w.resolved }).click()
      // Done without saying how is refused, and nothing changes.
      await page.locator('[data-testid=service-save]').click()
      await form.locator('.n-form-item-feedback--error').first().waitFor()
      assert.equal((await app.call('Health', 'Account', accountId)).score, 40)
      await form.locator('[data-testid=service-resolution] textarea').fill('更换 CPU 模块，当班恢复')
      await page.locator('[data-testid=service-save]').click()
      await page.locator('[data-testid=health-score]', { hasText: '100' }).waitFor()
      assert.equal(await page.locator('[data-testid=health-alert]').count(), 0)
      await app.shot(`service-13-resolved-${lang}`)
      const r = (await app.call('ServiceDesk', 'Page', { accountId, text: '', openOnly: false, overdue: false, type: '', offset: 0, limit: 10 })).rows[0]
      assert.equal(r.status, 'resolved')
      assert.equal(r.days, 0)
      assert.equal(r.overdue, false)

      await nav(w.home)
      await page.locator('[data-testid=home-at-risk]').locator('.n-empty').waitFor()
      assert.equal((await app.call('Health', 'AtRisk', 0, 10)).total, 0)
    })

    it('records a satisfaction survey answer and charts it', async () => {
      await nav(w.accounts)
      // The list still filters the accounts at risk (from Home): none is now.
      await page.locator('[data-testid=accounts-total]', { hasText: '0' }).waitFor()
      await page.locator('[data-testid=at-risk-only]').click()
      await page.locator('[data-testid=account-row]', { hasText: name }).click()
      await page.locator('.n-tabs-tab', { hasText: w.health }).click()
      await page.locator('[data-testid=new-survey]').click()
      const form = page.locator('[data-testid=survey-form]')
      await form.locator('[data-testid=survey-score] .n-radio-button').nth(4).click()
      await form.locator('[data-testid=survey-recommend] input').fill('9')
      await page.locator('[data-testid=survey-save]').click()
      await page.locator('[data-testid=survey-row]').first().waitFor()
      await page.locator('[data-testid=satisfaction-chart]').waitFor()
      await app.shot(`service-14-survey-${lang}`)
      const s = await app.call('ServiceDesk', 'Surveys', accountId, 0, 10)
      assert.equal(s.total, 1)
      assert.equal(s.rows[0].score, 5)
      assert.equal(s.rows[0].recommend, 9)
      const h = await app.call('Health', 'Account', accountId)
      assert.equal(h.satisfaction.length, 1)
      assert.equal(h.satisfaction[0].nps, 100)
    })

    it('flags an overdue request in the book\'s service list and restores one from the trash', async () => {
      const old = new Date()
      old.setDate(old.getDate() - 10)
      const opened = `${old.getFullYear()}-${String(old.getMonth() + 1).padStart(2, '0')}-${String(old.getDate()).padStart(2, '0')}`
      const r = await app.call('ServiceDesk', 'Create', { accountId, title: '备件交期延误', type: 'fault', severity: 'high', channel: 'email',
        status: 'open', opened, resolved: '', resolution: '', owner: '', description: '' })
      assert.equal(r.overdue, true)
      assert.equal(r.targetDays, 3)
      await nav(w.service)
      await page.locator('[data-testid=service-overdue-only]').click()
      await page.locator('[data-testid=service-row]', { hasText: '备件交期延误' }).waitFor()
      assert.equal(await page.locator('[data-testid=service-row]').count(), 1)
      await page.locator('[data-testid=overdue-flag]').waitFor()
      await app.shot(`service-15-overdue-${lang}`)

      await page.locator('[data-testid=delete-service]').click()
      await page.locator('[data-testid=service-row]').first().waitFor({ state: 'detached' })
      await nav(w.trash)
      await page.locator('[data-testid=trash-services]').getByText('备件交期延误').waitFor()
      await page.locator('[data-testid=restore-service]').click()
      await page.locator('[data-testid=trash-services]').getByText('备件交期延误').waitFor({ state: 'detached' })
      assert.equal((await app.call('ServiceDesk', 'Get', r.id)).deletedAt, '')
      assert.deepEqual(app.errors, [])
    })
  })
}
