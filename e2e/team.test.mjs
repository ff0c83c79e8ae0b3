// End-to-end: the key-account team on the sample database — a member who
// leads accounts cannot leave without a new lead; a template refused while
// its weights are not 100, then saved; a member assessed, rated, commented,
// finalised (edits refused), reopened with a reason; the period's team
// review exported as PDF.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, step } from './harness.mjs'

const quarter = (d) => `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`

describe('team, templates and assessments, end to end', () => {
  let app, page
  const it = step(() => app)
  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()
  const period = quarter(new Date())
  const members = () => app.call('Team', 'Members')
  const current = async () => (await app.call('Assessments', 'List', period)).find((a) => a.memberName === '王磊')

  before(async () => {
    app = await startApp()
    page = app.page
    await page.getByRole('button', { name: 'Load sample data' }).click()
    await page.getByText('Sample data loaded').waitFor()
  })
  after(async () => {
    await app?.stop()
  })

  it('shows the team and keeps a lead until a new lead is chosen', async () => {
    await nav('Team')
    await page.locator('[data-testid=member-row]', { hasText: '张建国' }).waitFor()
    assert.ok((await members()).length >= 5)
    await app.shot('60-team-en')
    const liu = page.locator('[data-testid=member-row]', { hasText: '刘洋' })
    const led = (await members()).find((m) => m.name === '刘洋').leads // a count
    const heldBefore = (await members()).find((m) => m.name === '张建国').leads
    assert.ok(led > 0, '刘洋 leads sample accounts')
    await liu.locator('[data-testid=delete-member]').click()
    const dlg = page.locator('.n-dialog', { hasText: 'Remove member: 刘洋' })
    await dlg.getByText('Choose their new lead first').waitFor()
    await app.shot('61-delete-needs-lead-en')
    await dlg.getByRole('button', { name: 'Delete' }).click()
    await page.locator('.n-message', { hasText: `This member leads ${led} accounts: choose their new lead first` }).waitFor()
    assert.ok((await members()).some((m) => m.name === '刘洋'), 'refused: still on the team')
    await dlg.locator('[data-testid=new-lead]').click()
    await page.locator('.n-base-select-option', { hasText: '张建国' }).click()
    await dlg.getByRole('button', { name: 'Delete' }).click()
    await page.locator('.n-message', { hasText: '刘洋 has left the team' }).waitFor()
    const after = await members()
    assert.ok(!after.some((m) => m.name === '刘洋'))
    assert.equal(after.find((m) => m.name === '张建国').leads, heldBefore + led, "刘洋's accounts passed to 张建国")
  })

  it('refuses a template whose weights do not add up to 100, then saves it', async () => {
    await nav('Assessment')
    await page.locator('.n-tabs-tab', { hasText: 'Templates' }).click()
    await page.locator('[data-testid=new-template]').click()
    await page.locator('[data-testid=template-name] input').fill('销售代表季度考核')
    await page.locator('[data-testid=weight-sum]', { hasText: 'Weights 60 / 100' }).waitFor()
    await page.locator('[data-testid=template-save]').click()
    await page.locator('[data-testid=err-weights]', { hasText: 'The weights must add up to 100 (now 60)' }).waitFor()
    await page.locator('[data-testid=err-item]', { hasText: 'Row 1' }).waitFor() // no revenue target yet
    await app.shot('62-template-refused-en')
    assert.ok(!(await app.call('Assessments', 'Templates')).some((t) => t.name === '销售代表季度考核'), 'nothing saved')

    await page.locator('[data-testid=item-target] input').first().fill('3000000')
    await page.locator('[data-testid=item-target] input').first().blur()
    await page.locator('[data-testid=add-kpi]').click()
    const w = page.locator('[data-testid=item-weight] input')
    await w.nth(2).fill('40')
    await w.nth(2).blur()
    await page.locator('[data-testid=item-target] input').nth(1).fill('10')
    await page.locator('[data-testid=item-target] input').nth(1).blur()
    await page.locator('[data-testid=weight-sum]', { hasText: 'Weights 100 / 100' }).waitFor()
    await page.locator('[data-testid=template-save]').click()
    await page.getByText('Template saved').waitFor()
    const tpl = (await app.call('Assessments', 'Templates')).find((t) => t.name === '销售代表季度考核')
    assert.deepEqual(tpl.items.map((i) => [i.kind, i.metric, i.weight]), [['kpi', 'won_revenue', 40], ['rating', '', 20], ['kpi', 'visits', 40]])
    assert.equal(tpl.items[0].target, 300000000, '3 million yuan in fen')
    await app.shot('63-template-en')
  })

  it('assesses a member, rates, comments and finalises; a final assessment refuses edits', async () => {
    await page.locator('.n-tabs-tab', { hasText: 'Assessments' }).click()
    await page.locator('[data-testid=assess-period]').click()
    await page.locator('.n-base-select-option', { hasText: period }).first().click()
    await page.locator('[data-testid=assess-member]').click()
    await page.locator('.n-base-select-option', { hasText: '王磊' }).click()
    await page.locator('[data-testid=assess-template]').click()
    await page.locator('.n-base-select-option', { hasText: '销售代表季度考核' }).click()
    await page.locator('[data-testid=assess-create]').click()
    const sheet = page.locator('[data-testid=assessment-sheet]')
    await sheet.getByText('王磊 · ' + period).waitFor()
    let a = await current()
    assert.equal(a.status, 'draft')
    assert.equal(a.items.length, 3)
    assert.ok(a.items.filter((i) => i.kind === 'kpi').every((i) => i.computable), 'revenue and visits come from the data')

    await sheet.locator('[data-testid=rating-row] .n-rate__item').nth(3).click() // 4 of 5
    await sheet.locator('[data-testid=assess-comments] textarea').fill('拜访扎实，继续推进江宁汽车二期。')
    const expected = Math.round((a.items[0].score + a.items[2].score + 16) * 10) / 10
    await sheet.locator('[data-testid=live-total]', { hasText: expected.toFixed(1) }).waitFor()
    await sheet.locator('[data-testid=assess-save]').click()
    await page.getByText('Assessment saved').waitFor()
    a = await current()
    assert.equal(a.items[1].rating, 4)
    assert.equal(a.total, expected)
    assert.equal(a.comments, '拜访扎实，继续推进江宁汽车二期。')
    await app.shot('64-assessment-draft-en')

    await sheet.locator('[data-testid=assess-finalise]').click()
    await page.locator('.n-dialog').getByRole('button', { name: 'Finalise' }).click()
    await sheet.locator('[data-testid=assessment-status]', { hasText: 'Final' }).waitFor()
    assert.equal((await current()).status, 'final')
    assert.equal(await sheet.locator('[data-testid=assess-save]').count(), 0, 'no save on a final sheet')
    const err = await app.callError('Assessments', 'Update', { id: a.id, comments: 'changed', items: [] })
    assert.equal(err.key, 'error.assessmentFinal')
    assert.equal((await current()).comments, '拜访扎实，继续推进江宁汽车二期。')
    await app.shot('65-assessment-final-en')
  })

  it('reopens only with a reason, and records it', async () => {
    const sheet = page.locator('[data-testid=assessment-sheet]')
    await sheet.locator('[data-testid=assess-reopen]').click()
    const dlg = page.locator('.n-dialog', { hasText: 'needs a reason' })
    await dlg.getByRole('button', { name: 'Reopen' }).click()
    await dlg.getByText('Required').waitFor()
    assert.equal((await current()).status, 'final', 'no reason, not reopened')
    await dlg.locator('[data-testid=reopen-reason] textarea').fill('拜访记录补录后重新评估')
    await dlg.getByRole('button', { name: 'Reopen' }).click()
    await page.locator('[data-testid=reopen-row]', { hasText: '拜访记录补录后重新评估' }).waitFor()
    const a = await current()
    assert.equal(a.status, 'draft')
    assert.equal(a.reopens.length, 1)
    assert.equal(a.reopens[0].reason, '拜访记录补录后重新评估')
    await app.shot('66-assessment-reopened-en')
  })

  it('exports the team review of the period as PDF', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kams-review-')), 'review.pdf')
    // Only the OS dialog is stood in for; writing is the real backend.
    await page.evaluate((p) => {
      window.__offered = []
      window.go.app.Reports.ChoosePDFPath = async (name) => {
        window.__offered.push(name)
        return p
      }
    }, out)
    await page.locator('[data-testid=review-export]').click()
    await page.locator('[data-testid=review-export-run]').click()
    await page.getByText('Exported to').waitFor()
    assert.deepEqual(await page.evaluate(() => window.__offered), [`team-review-${period}.pdf`])
    const text = execFileSync('pdftotext', [out, '-']).toString()
    assert.match(text, /Team performance review/)
    assert.match(text, /王磊/)
    assert.match(text, /拜访扎实，继续推进江宁汽车二期。/, 'the comments just written are printed')
    const pages = execFileSync('pdfinfo', [out]).toString().match(/Pages:\s+(\d+)/)[1]
    assert.equal(Number(pages), 2, 'the team page and one page for the one member assessed')
    await page.keyboard.press('Escape')
  })

  it('shows the screens in Chinese', async () => {
    await page.locator('[data-testid=lang-zh]').click()
    await page.locator('[data-testid=assessment-sheet]').getByText('重新打开记录').waitFor()
    await app.shot('67-assessment-zh')
    await page.locator('.n-tabs-tab', { hasText: '考核方案' }).click()
    await page.locator('[data-testid=weight-sum]', { hasText: '权重合计 100 / 100' }).waitFor()
    await page.waitForTimeout(400) // the tag's colour fades in, for the picture only
    await app.shot('68-template-zh')
    await nav('核心团队')
    await page.locator('[data-testid=member-row]', { hasText: '周杰' }).click()
    await page.locator('[data-testid=training-table]').getByText('机器视觉新品认证').waitFor()
    await app.shot('69-member-zh')
    await page.keyboard.press('Escape')
    await page.locator('[data-testid=member-row]', { hasText: '王磊' }).locator('[data-testid=member-leads]').click()
    await page.locator('[data-testid=account-row]').first().waitFor()
    const rows = await page.locator('[data-testid=account-row]').count()
    const led = (await members()).find((m) => m.name === '王磊').leads
    assert.equal(rows, led, 'the accounts list filtered to the accounts 王磊 leads')
    await page.locator('[data-testid=account-row]', { hasText: '江宁新能源汽车' }).click()
    await page.locator('.n-tabs-tab', { hasText: '客户团队' }).click()
    await page.locator('[data-testid=account-team] [data-testid=team-member]').first().waitFor()
    await page.waitForTimeout(500) // the tab's slide, for the picture only
    await app.shot('70-account-team-zh')
    assert.equal(app.errors.length, 0, app.errors.join('\n'))
  })
})
