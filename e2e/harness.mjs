// Starts the real KAMS dev build (Go backend + the built frontend, bound
// over Wails' own IPC) on a fresh database and drives it with Debian's
// Chromium through playwright-core. No browser is downloaded.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { it as nodeIt } from 'node:test'

const require = createRequire(new URL('../frontend/package.json', import.meta.url))
const { chromium } = require('playwright-core')

export const shots = new URL('../tmp/e2e/', import.meta.url).pathname
mkdirSync(shots, { recursive: true })

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

async function waitFor(fn, what, ms = 30000) {
  const end = Date.now() + ms
  for (;;) {
    try {
      if (await fn()) return
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

// startApp launches the app with a new database, or a copy of the database
// file from, and opens its page. env may set the app's locale (LANG) to test
// the default language; args are more command-line arguments (files given
// to the app). The data folder (log, window place) is the test's own.
export async function startApp({ env = {}, from = '', args = [] } = {}) {
  const bin = process.env.KAMS_DEV_BIN
  if (!bin) throw new Error('KAMS_DEV_BIN is not set (scripts/test.sh builds it)')
  const dir = mkdtempSync(join(tmpdir(), 'kams-e2e-'))
  const db = join(dir, 'kams.db')
  if (from) copyFileSync(from, db)
  const port = await freePort()
  const log = []
  const proc = spawn(bin, ['--db', db, ...args], {
    env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config'), LANG: 'en_US.UTF-8', ...env, devserver: `127.0.0.1:${port}`, loglevel: 'Error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  proc.stdout.on('data', (d) => log.push(String(d)))
  proc.stderr.on('data', (d) => log.push(String(d)))
  const url = `http://127.0.0.1:${port}/`
  await waitFor(async () => (await fetch(url)).ok, `the dev server at ${url}\n${log.join('')}`)

  const ctx = await chromium.launchPersistentContext(join(dir, 'chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  page.setDefaultTimeout(10000)
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  await page.waitForFunction(() => window.go?.app?.Accounts)

  return {
    page,
    db,
    dir,
    log,
    errors,
    // call invokes a bound Go method, e.g. call('Accounts', 'List').
    call: (service, method, ...args) =>
      page.evaluate(([s, m, a]) => window.go.app[s][m](...a), [service, method, args]),
    // callError invokes a bound method that should fail and returns what
    // it rejected with (the backend's { code, key, params, fields }).
    callError: (service, method, ...args) =>
      page.evaluate(([s, m, a]) => window.go.app[s][m](...a).then(() => null, (e) => e), [service, method, args]),
    shot: (name) => page.screenshot({ path: join(shots, `${name}.png`) }),
    async stop() {
      await ctx.close()
      proc.kill('SIGTERM')
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

// step is node:test's it, with a screenshot of the page when it fails.
export function step(getApp) {
  return (name, fn) =>
    nodeIt(name, async () => {
      try {
        await fn()
      } catch (e) {
        await getApp()?.shot(`FAILED-${name.replace(/\W+/g, '-')}`).catch(() => {})
        throw e
      }
    })
}
