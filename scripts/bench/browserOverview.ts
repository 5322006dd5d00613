/**
 * The Resources overview at 3,000 resources (budget: it never blocks the main thread over 50 ms): a 3,000-document
 * stream pasted into a fresh page, then the Resources tab opened and its list scrolled (60 steps of most of a screen,
 * then End and Home from the keyboard), with the longest main-thread task of each phase. Baseline: opening the
 * Effective tab on the same bundle, which renders one resource.
 */
import type { Browser, Page } from '@playwright/test'
import type { BrowserRow } from './browserPage'
import { median, openPage, pend } from './browserPage'
import { taskList } from './browserHostile'

export const OVERVIEW_BUDGET_MS = 50
const COUNT = 3000

/** 3,000 small Deployments: every third fails restricted (no securityContext), every seventh is rejected. */
export function overviewStream(count = COUNT): string {
  return Array.from({ length: count }, (_, i) => {
    const rejected = i % 7 === 6
    const fine = i % 3 !== 2
    const pod = fine
      ? '      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n        seccompProfile: {type: RuntimeDefault}\n'
      : ''
    const ctr = fine
      ? `        securityContext:\n          allowPrivilegeEscalation: ${rejected ? 'false\n          privileged: true' : 'false'}\n          capabilities: {drop: [ALL]}\n`
      : ''
    return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: team-${i % 9}
spec:
  selector:
    matchLabels: {app: svc-${i}}
  template:
    metadata:
      labels: {app: svc-${i}}
    spec:
${pod}      containers:
      - name: app
        image: registry.example.com/svc:${i}
${ctr}`
  }).join('---\n')
}

/** In-page steps as plain JavaScript (see browserPage.ts). Each resolves with the long tasks seen, longest first. */
const LONG_TASKS = 'window.__lt.map((e) => e.duration).sort((a, b) => b - a)'
const openTab = (id: string, ready: string) => `new Promise((resolve) => {
  document.getElementById('side-tab-${id}').click()
  const t0 = performance.now()
  const check = () => (${ready}) ? resolve(performance.now() - t0) : requestAnimationFrame(check)
  check()
})`
const LIST_READY = `document.querySelectorAll('ul[aria-label="Resources"] > li').length > 0`
const EFFECTIVE_READY = `!!document.querySelector('#side-panel-effective table')`
/** Scrolls the list by 80 % of its height per frame, `steps` times. */
const scroll = (steps: number) => `new Promise((resolve) => {
  const el = document.querySelector('.resources-scroll')
  let n = 0
  const step = () => {
    el.scrollTop += el.clientHeight * 0.8
    if (++n < ${steps}) requestAnimationFrame(step)
    else requestAnimationFrame(() => resolve(el.scrollTop))
  }
  requestAnimationFrame(step)
})`

interface Run {
  open: number[]
  scroll: number[]
  baseline: number[]
  /** ms from the tab's click until the list's rows are in the DOM. */
  shown: number
}

async function phase(page: Page, action: () => Promise<unknown>): Promise<number[]> {
  await page.evaluate('window.__bench.arm(1000, 30000)')
  await action()
  await page.evaluate('window.__bench.quiet(1000, 30000)')
  return (await page.evaluate(LONG_TASKS)) as number[]
}

async function overviewRun(browser: Browser, url: string, text: string): Promise<Run> {
  const page = await openPage(browser, url)
  try {
    await pend(page, text)
    await page.evaluate('window.__bench.paste()')
    const s = (await page.evaluate(
      `window.__bench.settle('resource', 'Deployment/svc-0', 3000, 180000)`,
    )) as {
      done: number | null
    }
    if (s.done === null) throw new Error('bench: the 3,000-resource stream was not analysed in 180 s')
    const baseline = await phase(page, () => page.evaluate(openTab('effective', EFFECTIVE_READY)))
    let shown = 0
    const open = await phase(page, async () => {
      shown = (await page.evaluate(openTab('resources', LIST_READY))) as number
    })
    const scrolled = await phase(page, async () => {
      await page.evaluate(scroll(60))
      await page.locator('ul[aria-label="Resources"] button[tabindex="0"]').focus()
      await page.keyboard.press('End')
      await page.keyboard.press('Home')
      await page.keyboard.press('PageDown')
    })
    const count = await page.locator('ul[aria-label="Resources"] > li').count()
    if (count > 60) throw new Error(`bench: the overview rendered ${count} rows: not virtualised`)
    return { open, scroll: scrolled, baseline, shown }
  } finally {
    await page.context().close()
  }
}

/** `runs` fresh pages; the row shows the median run's longest task of opening and scrolling the overview. */
export async function overviewRows(browser: Browser, url: string, runs: number): Promise<BrowserRow[]> {
  const text = overviewStream()
  const all: Run[] = []
  for (let i = 0; i < runs; i++) all.push(await overviewRun(browser, url, text))
  const longest = (r: Run) => Math.max(r.open[0] ?? 0, r.scroll[0] ?? 0)
  const r = [...all].sort((a, b) => longest(a) - longest(b))[Math.floor(all.length / 2)]!
  const each =
    runs > 1
      ? `runs (open/scroll) ${all.map((x) => `${(x.open[0] ?? 0).toFixed(0)}/${(x.scroll[0] ?? 0).toFixed(0)}`).join(', ')} ms; median run: `
      : ''
  return [
    {
      figure: `Overview of 3,000 resources: longest task (open the tab, scroll 60 screens, End/Home/PageDown${runs > 1 ? `; median of ${runs} runs` : ''})`,
      ms: longest(r),
      budget: `< ${OVERVIEW_BUDGET_MS} ms longest task`,
      ok: longest(r) < OVERVIEW_BUDGET_MS,
      baseline: `opening the Effective tab on the same bundle: ${taskList(r.baseline)}; ${each}open ${taskList(r.open)}, rows shown after ${median(all.map((x) => x.shown)).toFixed(0)} ms; scroll ${taskList(r.scroll)}`,
    },
  ]
}
