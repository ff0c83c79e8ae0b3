// End-to-end: account groups (集团/子公司) and their printed forms. The
// sample's group (江宁汽车 and three subsidiaries) shows in the list and on
// the matrix; a parent is set from the account page and a loop refused;
// the group page rolls the figures up; the customer profile form and the
// funnel table are exported — in Chinese, then in English.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

const HEAD = '江宁新能源汽车股份有限公司'

for (const lang of ['zh', 'en']) {
  const w = lang === 'zh'
    ? { nav: '大客户', byGroup: '按集团排列', matrix: '组合矩阵', funnel: '销售漏斗', loop: '会形成循环', set: '已设为', health: '暂无', head: '总部', profile: '客户档案表', table: '销售漏斗表' }
    : { nav: 'Key accounts', byGroup: 'By group', matrix: 'Portfolio matrix', funnel: 'Funnel', loop: 'would make a loop', set: 'Now a subsidiary', health: 'Not available', head: 'Head', profile: 'Customer profile', table: 'Sales funnel table' }

  describe(`account groups end to end (${lang})`, () => {
    let app, page, dir
    const it = step(() => app)
    const dialogAnswers = (path) =>
      page.evaluate((p) => {
        window.go.app.Reports.ChoosePDFPath = async () => p
      }, path)
    const nav = (label) => page.locator('[data-testid=nav]').getByText(label, { exact: true }).click()

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kams-groups-'))
      app = await startApp({ env: { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' } })
      page = app.page
      await app.call('System', 'LoadSample')
      await page.reload()
    })
    after(async () => {
      await app?.stop()
      rmSync(dir, { recursive: true, force: true })
    })

    it('lists the sample group together, its head first', async () => {
      await nav(w.nav)
      await page.locator('[data-testid=account-row]').first().waitFor()
      await page.locator('[data-testid=by-group]').click()
      await page.locator('[data-testid=group-cell]').first().waitFor()
      const names = await page.locator('[data-testid=account-row] .name').allTextContents()
      const at = names.indexOf(HEAD)
      assert.ok(at >= 0, `the head is listed: ${names}`)
      assert.deepEqual(names.slice(at + 1, at + 4).sort(), ['天工精密电子有限公司', '蓝海智慧物流有限公司', '鼎盛锂电科技有限公司'].sort())
      assert.equal(await page.locator('[data-testid=group-cell]').count(), 4)
      await app.shot(`90-groups-list-${lang}`)
      await page.locator('[data-testid=in-groups]').click()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=account-row]').length === 4)
    })

    it('sets a parent from the account page and refuses a loop', async () => {
      await page.locator('[data-testid=in-groups]').click()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=account-row]').length > 4)
      await page.locator('[data-testid=account-row] .name', { hasText: '南粤食品饮料有限公司' }).click()
      await page.locator('[data-testid=group-none]').waitFor()
      await page.locator('[data-testid=group-parent]').click()
      await page.keyboard.type('江宁')
      await page.locator('.n-base-select-option', { hasText: HEAD }).click()
      await page.locator('.n-message', { hasText: w.set }).waitFor()
      await page.locator('[data-testid=group-link]', { hasText: HEAD }).waitFor()
      await app.shot(`91-group-parent-set-${lang}`)
      // The head under its own new subsidiary: refused, and nothing moves.
      const head = (await app.call('Accounts', 'Options', '江宁新能源'))[0].id
      const south = (await app.call('Accounts', 'Options', '南粤食品'))[0].id
      const err = await app.callError('Groups', 'SetParent', head, south)
      assert.equal(err.fields[0].key, 'error.parentLoop')
      await page.locator('[data-testid=group-link]').click()
      await page.locator('[data-testid=group-title]', { hasText: HEAD }).waitFor()
      await page.locator('[data-testid=group-open-head]').click()
      await page.locator('[data-testid=group-head]').waitFor()
      await page.locator('[data-testid=group-parent]').click()
      await page.keyboard.type('南粤')
      await page.locator('.n-base-select-option', { hasText: '南粤食品饮料有限公司' }).click()
      await page.locator('[data-testid=group-error]', { hasText: w.loop }).waitFor()
      await app.shot(`92-group-loop-refused-${lang}`)
      assert.equal((await app.call('Groups', 'Get', head)).group.accounts, 5)
    })

    it('rolls the group up on its page', async () => {
      await page.locator('[data-testid=group-link]').click()
      await page.locator('[data-testid=group-title]', { hasText: HEAD }).waitFor()
      assert.equal(await page.locator('[data-testid=group-accounts]').textContent(), '5')
      assert.equal(await page.locator('[data-testid=group-member]').count(), 5)
      const v = await app.call('Groups', 'Get', (await app.call('Accounts', 'Options', '江宁新能源'))[0].id)
      const sum = v.members.reduce((s, m) => s + m.people, 0)
      assert.equal(await page.locator('[data-testid=group-people]').textContent(), String(sum))
      assert.equal(v.health.available, true, 'the accounts’ stored health rolled up')
      assert.equal(await page.locator('[data-testid=group-health]').textContent(), String(v.health.score))
      await app.shot(`93-group-page-${lang}`)
      await page.locator('[data-testid=group-in-list]').click()
      await page.locator('[data-testid=group-filter]').waitFor()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=account-row]').length === 5)
      await app.shot(`94-group-in-list-${lang}`)
    })

    it('shows one group on the matrix', async () => {
      await nav(w.matrix)
      await page.locator('[data-testid=matrix-count]').waitFor()
      await page.locator('[data-testid=matrix-group]').click()
      await page.locator('.n-base-select-option', { hasText: '江宁汽车 (5)' }).click()
      await page.locator('[data-testid=matrix-count]', { hasText: /\b[1-5]\b/ }).waitFor()
      const head = (await app.call('Accounts', 'Options', '江宁新能源'))[0].id
      const d = await app.call('Matrix', 'Points', { quadrant: '', managerId: 0, keyOnly: false, groupId: head })
      assert.equal(d.points.id.length + (d.counts.unclassified ?? 0), 5)
      await app.shot(`95-group-matrix-${lang}`)
    })

    it('prints the customer profile form and the funnel table', async () => {
      const profile = join(dir, 'profile.pdf')
      await page.locator('[data-testid=matrix-group]').waitFor()
      await nav(w.nav)
      await page.locator('[data-testid=account-row] .name', { hasText: HEAD }).first().click()
      await page.locator('[data-testid=account-title]', { hasText: '江宁' }).waitFor()
      await dialogAnswers(profile)
      await page.locator('[data-testid=export]').click()
      await page.locator('[data-testid=export-profile]').click()
      await page.locator('.n-message', { hasText: profile }).waitFor()
      const words = execFileSync('pdftotext', [profile, '-']).toString()
      assert.match(words, new RegExp(w.profile))
      assert.match(words, /南粤食品饮料有限公司/, 'the new subsidiary is on the form')

      const table = join(dir, 'funnel.pdf')
      await nav(w.funnel)
      await page.locator('[data-testid=funnel-view]').waitFor()
      await dialogAnswers(table)
      await page.locator('[data-testid=funnel-export]').click()
      await page.locator('[data-testid=funnel-export-period] input').fill(String(new Date().getFullYear()))
      await app.shot(`96-funnel-export-${lang}`)
      await page.locator('[data-testid=funnel-export-run]').click()
      await page.locator('.n-message', { hasText: table }).waitFor()
      assert.match(execFileSync('pdftotext', [table, '-']).toString(), new RegExp(w.table))
      // An unknown period is said at once, in the user's language, and
      // nothing is written (the backend refuses it too: app/cli tests).
      await dialogAnswers(join(dir, 'bad.pdf'))
      await page.locator('[data-testid=funnel-export]').click()
      await page.locator('[data-testid=funnel-export-period] input').fill('2026-Q5')
      await page.locator('[data-testid=funnel-export-error]', { hasText: '2026-Q3' }).waitFor()
      assert.equal(await page.locator('[data-testid=funnel-export-run]').isDisabled(), true)
      await app.shot(`97-funnel-export-bad-period-${lang}`)
      assert.deepEqual(execFileSync('ls', [dir]).toString().trim().split('\n').sort(), ['funnel.pdf', 'profile.pdf'])
      assert.deepEqual(app.errors, [])
    })
  })
}
