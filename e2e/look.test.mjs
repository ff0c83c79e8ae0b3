// End-to-end: the theme (system, light, dark) with the colours read back
// from the page on the key screens, the reminders' question on Home, and
// the calendar export from Home. Only the native save dialog is stood in
// for; the theme, the settings and the file are the real app's.
import { after, before, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApp, step } from './harness.mjs'

// contrast reads two CSS colours and gives their WCAG contrast ratio and
// the luminance of the second (the background).
function parse(c) {
  const m = c.match(/rgba?\(([^)]+)\)/)
  if (!m) throw new Error(`not a colour: ${c}`)
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
  return { r, g, b, a }
}
function luminance({ r, g, b }) {
  const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
}
function contrast(fg, bg) {
  const [a, b] = [luminance(parse(fg)), luminance(parse(bg))]
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

describe('dark mode, reminders and the calendar, end to end', () => {
  let app, page, dir
  const it = step(() => app)
  const nav = (name) => page.locator('[data-testid=nav]').getByText(name, { exact: true }).click()
  // colours of a selector: its text colour and the first opaque background
  // behind it.
  const colours = (sel) =>
    page.locator(sel).first().evaluate((el) => {
      const fg = getComputedStyle(el).color
      let n = el
      let bg = 'rgb(255, 255, 255)'
      while (n) {
        const b = getComputedStyle(n).backgroundColor
        if (b && b !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(b)) {
          bg = b
          break
        }
        n = n.parentElement
      }
      return { fg, bg }
    })
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme)
  const readable = async (sel, min, what) => {
    const c = await colours(sel)
    const r = contrast(c.fg, c.bg)
    assert.ok(r >= min, `${what}: ${c.fg} on ${c.bg} has contrast ${r.toFixed(2)}, want ≥ ${min}`)
    return c
  }
  const isDark = (bg) => luminance(parse(bg)) < 0.05
  // settled waits for the theme and the end of Naive's colour transitions
  // (0.3 s): the body's background is dark or light as the theme says.
  const settled = async (dark) => {
    const want = dark ? 'rgb(24, 24, 28)' : 'rgb(255, 255, 255)'
    const now = () =>
      page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.querySelector('.n-layout-sider')).backgroundColor])
    for (let i = 0; i < 50; i++) {
      const [t, sider] = await now()
      if (t === (dark ? 'dark' : 'light') && sider === want) return
      await page.waitForTimeout(100)
    }
    assert.fail(`the window did not turn ${dark ? 'dark' : 'light'}: ${JSON.stringify(await now())}`)
  }
  const pickTheme = async (name) => {
    await page.locator(`[data-testid=theme-${name}]`).click()
    if (name !== 'system') await settled(name === 'dark')
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kams-look-'))
    app = await startApp({ env: { LANG: 'zh_CN.UTF-8' } })
    page = app.page
    await app.call('System', 'LoadSample')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.reload()
    await page.locator('[data-testid=home-steps]').waitFor()
  })
  after(async () => {
    await app?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('asks once on Home whether to remind, off until the user agrees', async () => {
    const s = await app.call('Settings', 'Get')
    assert.equal(s.reminders.enabled, false)
    assert.equal(s.look.theme, 'system')
    await page.locator('[data-testid=reminder-consent]').waitFor()
    await app.shot('80-reminders-ask-zh')
    await page.locator('[data-testid=reminders-no]').click()
    await page.locator('[data-testid=reminder-consent]').waitFor({ state: 'hidden' })
    await page.reload()
    await page.locator('[data-testid=home-steps]').waitFor()
    assert.equal(await page.locator('[data-testid=reminder-consent]').count(), 0, 'asked again after "no"')
    const st = await app.call('Reminders', 'State')
    assert.deepEqual([st.asked, st.enabled], [true, false])
  })

  it('follows the system while set to "system", then the choice', async () => {
    assert.equal(await theme(), 'light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await settled(true)
    assert.ok(isDark((await colours('body')).bg), 'the system went dark, the page did not')
    await page.emulateMedia({ colorScheme: 'light' })
    await settled(false)

    await nav('设置')
    await page.locator('[data-testid=look-card]').waitFor()
    await pickTheme('dark')
    assert.equal((await app.call('Settings', 'Get')).look.theme, 'dark', 'the choice is saved at once')
    await page.emulateMedia({ colorScheme: 'light' })
    assert.equal(await theme(), 'dark', 'a chosen theme does not follow the system')
    await app.shot('81-settings-dark-zh')
    await readable('[data-testid=look-card] .n-card-header__main', 7, 'a card title')
    await page.reload()
    await page.locator('[data-testid=home-steps]').waitFor()
    assert.equal(await theme(), 'dark', 'the theme is kept across a restart')
    await settled(true)
  })

  it('is readable in dark on Home, the accounts, the matrix, the funnel and the relationship map', async () => {
    const body = await readable('body', 12, 'body text')
    assert.ok(isDark(body.bg), `Home background ${body.bg} is not dark`)
    await readable('[data-testid=home-step] .what', 7, 'a next step')
    await readable('[data-testid=home-step] .link', 4.5, 'an account link on Home')
    await readable('[data-testid=home-step] .muted', 4.5, 'muted text on Home')
    await app.shot('82-home-dark-zh')

    await nav('大客户')
    await page.locator('.n-data-table-td').first().waitFor()
    await readable('.n-data-table-td', 7, 'an accounts table cell')
    await app.shot('83-accounts-dark-zh')

    await nav('组合矩阵')
    const label = page.locator('[data-testid=matrix-chart] svg text', { hasText: '江宁' }).first()
    await label.waitFor()
    const fill = await label.evaluate((el) => el.getAttribute('fill') || getComputedStyle(el).fill)
    const plate = await colours('[data-testid=matrix-chart]')
    const hex = (h) => (h.startsWith('#') ? `rgb(${parseInt(h.slice(1, 3), 16)}, ${parseInt(h.slice(3, 5), 16)}, ${parseInt(h.slice(5, 7), 16)})` : h)
    assert.ok(contrast(hex(fill), plate.bg) >= 7, `a matrix name ${fill} on ${plate.bg}`)
    const axis = await page.locator('[data-testid=matrix-chart] svg text').evaluateAll((ts) => ts.map((t) => t.getAttribute('fill')).filter(Boolean))
    assert.ok(axis.every((f) => !/^#(333|000|000000)$/i.test(f)), `dark text left on the dark matrix: ${axis.join(' ')}`)
    await app.shot('84-matrix-dark-zh')

    await nav('销售漏斗')
    const funnelText = page.locator('svg text', { hasText: '·' }).first()
    await funnelText.waitFor()
    const f = await funnelText.evaluate((el) => el.getAttribute('fill'))
    assert.ok(contrast(hex(f), (await colours('body')).bg) >= 7, `a funnel label ${f}`)
    await app.shot('85-funnel-dark-zh')

    await nav('大客户')
    await page.getByText('江宁新能源汽车股份有限公司').first().click()
    await page.locator('.n-tabs-tab', { hasText: '关系图' }).click()
    await page.locator('[data-testid=org-card]').first().waitFor()
    const card = await readable('[data-testid=org-card]', 7, 'a relationship map card')
    assert.ok(isDark(card.bg), `a map card ${card.bg} is not dark`)
    await readable('[data-testid=orgchart] .legend', 4.5, 'the map legend')
    await app.shot('86-map-dark-zh')
  })

  it('reads in English in dark too, and back in light', async () => {
    await page.locator('[data-testid=lang-en]').click()
    await nav('Home')
    await page.locator('[data-testid=home-steps]').waitFor()
    await readable('[data-testid=home-step] .what', 7, 'a next step in English')
    await app.shot('87-home-dark-en')
    await nav('Portfolio matrix')
    await page.locator('[data-testid=matrix-chart] svg text').first().waitFor()
    await app.shot('88-matrix-dark-en')
    await nav('Settings')
    await app.shot('89-settings-dark-en')
    await pickTheme('light')
    const body = await readable('body', 12, 'body text in light')
    assert.ok(!isDark(body.bg), `light background ${body.bg}`)
    await pickTheme('system')
    await page.emulateMedia({ colorScheme: 'dark' })
    await settled(true)
  })

  it('turns reminders on in Settings with a time, and refuses a bad one', async () => {
    await page.locator('[data-testid=settings-reminders]').click()
    await page.locator('[data-testid=save-settings]').click()
    await page.waitForFunction(async () => (await window.go.app.Settings.Get()).reminders.enabled)
    const bad = await app.callError('Settings', 'Save', { ...(await app.call('Settings', 'Get')), reminders: { enabled: true, time: '25:00' } })
    assert.equal(bad.fields[0].field, 'reminders.time')
    assert.equal(bad.fields[0].key, 'error.timeOfDay')
    assert.equal((await app.call('Settings', 'Get')).reminders.time, '09:00', 'a refused time changed nothing')
    const agenda = await app.call('Reminders', 'Today')
    assert.ok(Array.isArray(agenda.groups))
  })

  it('exports the calendar from Home to the chosen .ics file', async () => {
    const out = join(dir, 'kams.ics')
    await page.evaluate((p) => {
      window.go.app.Calendar.ChooseICSPath = async () => p
    }, out)
    await nav('Home')
    await page.locator('[data-testid=calendar-export]').click()
    await page.locator('[data-testid=calendar-box]').waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid=calendar-range] input')?.value)
    await app.shot('90-calendar-export-dark-en')
    await page.locator('[data-testid=calendar-save]').click()
    await page.locator('.n-message', { hasText: out }).waitFor()
    const ics = readFileSync(out, 'utf8')
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/)
    assert.match(ics, /\r\nEND:VCALENDAR\r\n$/)
    assert.match(ics, /UID:step-\d+@[0-9a-f]{32}\r\n/)
    assert.match(ics, /SUMMARY:Next step: /)
    assert.deepEqual(app.errors, [])
  })
})
