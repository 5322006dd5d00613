import type { Page } from '@playwright/test'
import {
  BEYOND_INT64,
  DUPLICATE_KEYS,
  bigStream,
  billionLaughs,
  binaryGarbage,
  deepNesting,
  jsonManifest,
  longLine,
  tenMegabytes,
} from '../scripts/bench/fixtures'
import { BUNDLE_WORKLOADS, installBundle } from '../src/core/testdata/bundle'
import { expect, test, type App } from './fixtures'

// Hostile input: each paste keeps the text exactly, shows a clear message where one is due, and never
// blocks the main thread for 200 ms or more. Blocking is measured with a PerformanceObserver for 'longtask'
// entries registered before the paste; every test prints its figures (`[hostile] ...`).

const BUDGET_MS = 200

// One worker takes these in turn: two big pastes at once on a 2-core box would only add noise to the figures.
test.describe.configure({ mode: 'default' })

interface Probe {
  __pending?: string
  __lt?: { start: number; duration: number }[]
  __ltObs?: PerformanceObserver
}
interface Figures {
  /** Duration of the setText (or replaceRange) call itself. */
  callMs: number
  /** Longest main-thread task from the paste until 1 s of quiet. */
  longest: number
  tasks: number
  /** The five longest tasks, longest first (ms). */
  top: number[]
}

const banner = (app: App) => app.editor.getByRole('alert')

async function open(app: App, tab: 'Effective' | 'Problems' = 'Effective') {
  await app.open()
  await app.tab(tab).click()
}

/** Registers the long-task observer, waits for 1 s without a long task (the page at rest), then starts clean. */
async function arm(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as Probe
        w.__ltObs?.disconnect()
        w.__lt = []
        w.__ltObs = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__lt!.push({ start: e.startTime, duration: e.duration })
        })
        w.__ltObs.observe({ type: 'longtask' })
        const t0 = performance.now()
        const quiet = () => {
          const last = w.__lt!.at(-1)
          const since = performance.now() - (last ? last.start + last.duration : t0)
          if (since > 1000 || performance.now() - t0 > 20_000) {
            w.__lt = []
            resolve()
          } else setTimeout(quiet, 100)
        }
        quiet()
      }),
  )
}

/**
 * Waits until `quietMs` pass without a long task (at most `maxMs`), then reads the figures. Big texts get a longer
 * quiet window: the YAML worker's answer (markers, folding, symbols) arrives on the main thread seconds later.
 */
async function settle(page: Page, callMs: number, quietMs = 1000, maxMs = 30_000): Promise<Figures> {
  return page.evaluate(
    ([callMs, quietMs, maxMs]) =>
      new Promise<Figures>((resolve) => {
        const w = window as unknown as Probe
        const t0 = performance.now()
        const done = () => {
          const lt = w.__lt!
          const last = lt.at(-1)
          const since = performance.now() - (last ? last.start + last.duration : t0)
          if (since > quietMs || performance.now() - t0 > maxMs) {
            w.__ltObs!.disconnect()
            const top = lt.map((e) => Math.round(e.duration)).sort((a, b) => b - a)
            resolve({ callMs, longest: Math.max(0, ...top), tasks: lt.length, top: top.slice(0, 5) })
          } else setTimeout(done, 100)
        }
        done()
      }),
    [callMs, quietMs, maxMs] as const,
  )
}

/** Pastes `text` through window.secctx.setText in a task of its own, the observer already listening. */
async function paste(page: Page, text: string): Promise<number> {
  await page.evaluate((t) => {
    ;(window as unknown as Probe).__pending = t
  }, text)
  await arm(page)
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        setTimeout(() => {
          const t0 = performance.now()
          window.secctx!.setText((window as unknown as Probe).__pending!)
          resolve(performance.now() - t0)
        }, 0),
      ),
  )
}

/** The text came back exactly; on a difference, where it starts (UTF-16 index and code units). */
async function expectKept(page: Page) {
  const diff = await page.evaluate(() => {
    const want = (window as unknown as Probe).__pending!
    const got = window.secctx!.getText()
    if (got === want) return null
    let i = 0
    while (i < want.length && got[i] === want[i]) i++
    const codes = (s: string) => [...s.slice(i, i + 6)].map((c) => c.charCodeAt(0).toString(16)).join(' ')
    return `length ${got.length} vs ${want.length}; first difference at ${i}: got [${codes(got)}] want [${codes(want)}]`
  })
  expect(diff, 'getText() is the pasted text').toBeNull()
}

/**
 * Prints the main-thread figures beside the 200 ms budget. They are not asserted: timings in a parallel e2e run on
 * 2 cores are noise (the engineering rules keep performance targets in `npm run bench`).
 */
function report(name: string, f: Figures) {
  const line = `[hostile] ${name}: call ${f.callMs.toFixed(0)} ms, longest task ${f.longest.toFixed(0)} ms (${f.tasks} long tasks${f.tasks ? `: ${f.top.join(', ')}${f.tasks > 5 ? ', …' : ''}` : ''})`
  console.log(`${line}${f.longest < BUDGET_MS ? '' : ` — over the ${BUDGET_MS} ms budget`}`)
  test.info().annotations.push({ type: 'figures', description: line })
}

test('billion laughs: the alias limit is named, nothing expands', async ({ app, page }) => {
  await open(app)
  const call = await paste(page, billionLaughs())
  await expect(banner(app)).toHaveText(
    'YAML error at line 2, column 8: Excessive alias count indicates a resource exhaustion attack',
  )
  report('billion laughs', await settle(page, call))
  await expectKept(page)
})

test('1000-level nesting: a banner says the nesting is too deep, the text stays', async ({ app, page }) => {
  await open(app)
  const call = await paste(page, deepNesting(1000))
  // The limit is fixed (500 levels), so the place does not depend on the engine: the 499th bracket of line 6.
  await expect(banner(app)).toHaveText(
    'YAML error at line 6, column 504: Nesting is too deep to analyse here (more than 500 levels from this point); Kubernetes accepts up to 10000 levels',
  )
  report('1000-level nesting', await settle(page, call))
  await expectKept(page)
})

test('64 KB of binary garbage: named as no Kubernetes object, every byte kept', async ({ app, page }) => {
  await open(app, 'Problems')
  const call = await paste(page, binaryGarbage())
  await expect(app.problems).toContainText('Document 1 is not a Kubernetes object: it has no kind.')
  report('64 KB binary garbage', await settle(page, call))
  await expectKept(page)
})

test('a 200 000-character line: the forms show the pod', async ({ app, page }) => {
  await open(app)
  const call = await paste(page, longLine(200_000))
  await expect(app.picked('Resource')).toHaveText('Pod/long-line')
  await expect(app.podField('runAsUser')).toHaveValue('1234')
  report('200 000-character line', await settle(page, call))
  await expectKept(page)
})

test('a JSON manifest: the forms show its values', async ({ app, page }) => {
  await open(app)
  const call = await paste(page, jsonManifest())
  await expect(app.picked('Resource')).toHaveText('Pod/json-pod')
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  await expect(app.podField('runAsGroup')).toHaveValue('3000')
  await expect(app.podField('fsGroup')).toHaveValue('2000')
  await expect(app.containerField('allowPrivilegeEscalation')).toHaveValue('false')
  report('JSON manifest', await settle(page, call))
  await expectKept(page)
})

test('a number beyond int64: named as the API server decodes it, shown with its own digits', async ({
  app,
  page,
}) => {
  await open(app, 'Problems')
  const call = await paste(page, BEYOND_INT64)
  await expect(app.problems.getByRole('listitem').filter({ hasText: 'cannot unmarshal' })).toContainText(
    'json: cannot unmarshal number 9223372036854775808 into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64',
  )
  await expect(app.problems).not.toContainText('9223372036854776000') // never the float-rounded value
  await expect(app.podField('runAsUser')).toHaveValue('9223372036854775808')
  report('beyond int64', await settle(page, call))
  await expectKept(page)
})

test('duplicate keys: the banner names the line of the second key', async ({ app, page }) => {
  await open(app)
  const call = await paste(page, DUPLICATE_KEYS)
  await expect(banner(app)).toHaveText('YAML error at line 8, column 5: Map keys must be unique')
  report('duplicate keys', await settle(page, call))
  await expectKept(page)
})

test('an install bundle with a 1.4 MB CustomResourceDefinition: every workload, and a note for the big one', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000)
  await open(app, 'Problems')
  const text = installBundle()
  const call = await paste(page, text)
  // The CRD is not a workload: it is only skimmed for its kind (one parse of it would block for half a second or
  // more), says so in an informational note, and every workload after it is analysed.
  await expect(app.picked('Resource')).toHaveText('Deployment/controller', { timeout: 60_000 })
  await expect(app.picker('Resource').locator('option')).toHaveText(
    BUNDLE_WORKLOADS.map(([kind, name]) => `${kind}/${name}`),
  )
  await expect(app.problems).toContainText(
    'Document 11 (CustomResourceDefinition, 1.4 MB) was not parsed in full because of its size',
  )
  await expect(banner(app)).toHaveCount(0)
  report(
    `install bundle (${(text.length / 1e6).toFixed(2)} MB, 1.4 MB CRD)`,
    await settle(page, call, 5000, 60_000),
  )
  await expectKept(page)
})

test('a 10 MB paste through the clipboard: loaded in slices, analysed, undone in one step', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000)
  await open(app)
  const before = await app.getText()
  const text = tenMegabytes()
  await page.evaluate((t) => {
    ;(window as unknown as Probe).__pending = t
  }, text)
  // Select everything in the editor, then paste as the browser does on Ctrl+V: a paste event on the focused
  // element carrying the clipboard's text.
  await app.editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await arm(page)
  const call = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        setTimeout(() => {
          const data = new DataTransfer()
          data.setData('text/plain', (window as unknown as Probe).__pending!)
          const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
          const t0 = performance.now()
          document.activeElement!.dispatchEvent(event)
          resolve(performance.now() - t0)
        }, 0),
      ),
  )
  // It loads over a few seconds, in slices, saying so; the forms wait.
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading a large text into the editor' }),
  ).toHaveText(
    /^Loading a large text into the editor: \d+\.\d of 10\.2 MB… \(the editor and the forms are read-only until then\)$/,
  )
  await expect(app.picked('Resource')).toHaveText('Deployment/app-0', { timeout: 120_000 })
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  report(`10 MB paste (${(text.length / 1e6).toFixed(2)} MB)`, await settle(page, call, 15_000, 150_000))
  await expectKept(page)
  // The cursor ends after the pasted text, as after any paste.
  const lines = text.split('\n')
  await expect(page.getByText(`Line ${lines.length}, Column ${lines.at(-1)!.length + 1}`)).toBeVisible()

  // The whole paste is one undo step: one Ctrl+Z brings back the text from before, byte for byte.
  await page.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => app.getText(), { timeout: 30_000 }).toBe(before)
  await expect(app.picked('Resource')).toHaveText('Pod/security-context-demo', { timeout: 30_000 })
})

test('a 10 MB setText: kept at once, analysed, and the page never freezes', async ({ app, page }) => {
  test.setTimeout(240_000)
  await open(app)
  const text = tenMegabytes()
  const call = await paste(page, text)
  await expectKept(page) // window.secctx.getText() returns the new text at once, while the editor still loads it
  await expect(app.picked('Resource')).toHaveText('Deployment/app-0', { timeout: 120_000 })
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  report(`10 MB setText (${(text.length / 1e6).toFixed(2)} MB)`, await settle(page, call, 15_000, 150_000))
  await expectKept(page)
})

test('a 1 MB, 300-document paste, then a keystroke: the Effective settings follow', async ({ app, page }) => {
  test.setTimeout(120_000)
  await open(app)
  const text = bigStream()
  const call = await paste(page, text)
  await expect(app.picked('Resource')).toHaveText('Deployment/app-0', { timeout: 60_000 })
  await expect(app.settings).toContainText('1000')
  report(
    `1 MB paste (${(text.length / 1e6).toFixed(2)} MB, 300 documents)`,
    await settle(page, call, 5000, 60_000),
  )
  await expectKept(page)

  // Type one character after `runAsUser: 1000` of the first document: 1000 → 10007.
  const at = text.indexOf('runAsUser: 1000\n') + 'runAsUser: 1000'.length
  await arm(page)
  const key = await page.evaluate(
    (at) =>
      new Promise<{ call: number; visible: number }>((resolve) =>
        setTimeout(() => {
          const table = () =>
            [...document.querySelectorAll('table')].find(
              (t) => t.caption?.textContent === 'Effective settings',
            )
          const t0 = performance.now()
          window.secctx!.replaceRange(at, at, '7')
          const call = performance.now() - t0
          const check = () => {
            if (table()?.textContent?.includes('10007')) resolve({ call, visible: performance.now() - t0 })
            else requestAnimationFrame(check)
          }
          check()
        }, 0),
      ),
    at,
  )
  await expect(app.setting('runAsUser')).toContainText('10007')
  console.log(`[hostile] keystroke in 1 MB: Effective settings show it after ${key.visible.toFixed(0)} ms`)
  report('keystroke in 1 MB', await settle(page, key.call, 3000))
  expect(await app.getText()).toBe(text.slice(0, at) + '7' + text.slice(at))
})
