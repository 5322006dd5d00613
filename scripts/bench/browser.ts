/** Browser figures (Playwright + Debian Chromium against `vite preview` of dist/; run `npm run build` first). */
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bigStream, WALKTHROUGH_POD } from './fixtures'

export interface BrowserRow {
  figure: string
  ms: number
  budget: string
  ok: boolean
  baseline?: string
}

const PORT = 4179
const URL = `http://127.0.0.1:${PORT}/`

interface SecctxApi {
  getText(): string
  setText(text: string): void
  replaceRange(start: number, end: number, text: string): void
}
type WithSecctx = { secctx: SecctxApi }

function bundleRows(): BrowserRow[] {
  const dir = 'dist/assets'
  if (!existsSync(dir)) return []
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'))
  const total = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0)
  const entry = files
    .filter((f) => f.startsWith('index-'))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)[0]
  const rows: BrowserRow[] = [
    {
      figure: 'bundle: all JS (KB)',
      ms: total / 1024,
      budget: 'reported',
      ok: true,
      baseline: 'stack.md build: 5880 KB',
    },
  ]
  if (entry) {
    const gz = gzipSync(readFileSync(join(dir, entry.f))).length
    rows.push({
      figure: `bundle: entry chunk ${entry.f} (KB, gzip ${(gz / 1024).toFixed(0)} KB)`,
      ms: entry.size / 1024,
      budget: 'reported',
      ok: true,
      baseline: 'stack.md main chunk with Monaco: 4330 KB',
    })
  }
  return rows
}

/** Time from calling replaceRange until the Effective settings table shows `expect`. */
async function keystroke(
  page: import('@playwright/test').Page,
  text: string,
  find: string,
  replace: string,
  expect: string,
) {
  await page.evaluate((t) => (window as unknown as WithSecctx).secctx.setText(t), text)
  await page.getByRole('table', { name: 'Effective settings' }).waitFor()
  return page.evaluate(
    ([find, replace, expect]) =>
      new Promise<number>((resolve) => {
        const table = [...document.querySelectorAll('table')].find(
          (t) =>
            t.getAttribute('aria-label') === 'Effective settings' ||
            t.caption?.textContent === 'Effective settings',
        )!
        const api = (window as unknown as WithSecctx).secctx
        const start = api.getText().indexOf(find)
        const t0 = performance.now()
        const done = () => {
          if (table.textContent?.includes(expect)) {
            resolve(performance.now() - t0)
            return true
          }
          return false
        }
        const obs = new MutationObserver(() => done() && obs.disconnect())
        obs.observe(document.body, { subtree: true, childList: true, characterData: true })
        api.replaceRange(start, start + find.length, replace)
        if (done()) obs.disconnect()
      }),
    [find, replace, expect] as const,
  )
}

export async function browserFigures(): Promise<BrowserRow[]> {
  const rows = bundleRows()
  if (!existsSync('dist/index.html')) {
    console.warn('bench: dist/ missing, run `npm run build` for browser figures')
    return rows
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: 'ignore',
    },
  )
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(URL)).ok) break
      } catch {
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-background-networking'],
    })
    const page = await browser.newPage()
    const t0 = Date.now()
    await page.goto(URL)
    await page
      .getByRole('region', { name: 'Pod securityContext' })
      .getByLabel('runAsUser', { exact: true })
      .waitFor()
    const formsAt = Date.now() - t0
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20000 })
    const monacoAt = Date.now() - t0
    rows.push({
      figure: 'first load → forms usable',
      ms: formsAt,
      budget: 'before Monaco',
      ok: formsAt <= monacoAt,
      baseline: `Monaco ready at ${monacoAt} ms`,
    })
    const small = await keystroke(page, WALKTHROUGH_POD, 'runAsUser: 1000', 'runAsUser: 1001', 'uid=1001')
    rows.push({
      figure: 'keystroke → Effective settings (walkthrough)',
      ms: small,
      budget: '< 16 ms',
      ok: small < 16,
    })
    const big = bigStream()
    const anchor = 'runAsUser: 1000\n'
    const bigMs = await keystroke(page, big, anchor, 'runAsUser: 1009\n', 'uid=1009')
    rows.push({
      figure: 'keystroke → Effective settings (1 MB stream)',
      ms: bigMs,
      budget: '< 50 ms',
      ok: bigMs < 50,
    })
    await browser.close()
  } finally {
    server.kill()
  }
  return rows
}
