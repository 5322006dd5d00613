/**
 * The page side of the browser bench: helpers installed in every page before the app's own scripts, a fresh page per
 * measurement, and the statistics the rows print.
 */
import type { Browser, Page } from '@playwright/test'

/** One line of the browser bench's table. */
export interface BrowserRow {
  figure: string
  /** The figure: milliseconds, or KB for bundle rows (see `unit`). */
  ms: number
  unit?: 'ms' | 'KB'
  budget: string
  ok: boolean
  baseline?: string
}

/**
 * In-page helpers, as plain JavaScript (tsx would wrap functions passed to page.evaluate in helpers the page lacks).
 * __marks: when the pod form's runAsUser is usable and when Monaco shows text (ms since navigation start).
 * __lt: every long task ({ start, duration }) since the page opened or since the last `arm`.
 */
const PAGE_HELPERS = `
(() => {
  const marks = (window.__marks = {})
  const usable = () => {
    const region = document.querySelector('section[aria-label="Pod securityContext"]')
    const label = region && [...region.querySelectorAll('label')].find((l) => l.textContent.trim() === 'runAsUser')
    const input = label && label.control
    return !!input && !input.disabled && !input.readOnly
  }
  const tick = () => {
    const now = performance.now()
    if (marks.forms === undefined && usable()) marks.forms = now
    if (marks.monaco === undefined && document.querySelector('.monaco-editor .view-lines .view-line')) marks.monaco = now
    if (marks.forms === undefined || marks.monaco === undefined) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  const lt = (window.__lt = [])
  new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push({ start: e.startTime, duration: e.duration }) }).observe({ type: 'longtask' })
  const lastEnd = (t0) => (lt.length ? Math.max(t0, lt[lt.length - 1].start + lt[lt.length - 1].duration) : t0)
  /** Polls cond every frame; resolves true when it holds, false after maxMs. */
  const until = (cond, maxMs) => new Promise((resolve) => {
    const t0 = performance.now()
    const check = () => (cond() ? resolve(true) : performance.now() - t0 > maxMs ? resolve(false) : requestAnimationFrame(check))
    check()
  })
  /** The long tasks since the last arm: longest first. */
  const tasks = () => lt.map((e) => e.duration).sort((a, b) => b - a)
  const DONE = {
    /** The Resource picker shows this resource. */
    resource: (label) => {
      const l = [...document.querySelectorAll('label')].find((x) => x.textContent.trim() === 'Resource')
      const select = l && l.control
      return !!select && !!select.selectedOptions[0] && select.selectedOptions[0].textContent === label
    },
    /** The YAML editor's alert starts with this text. */
    alert: (prefix) => {
      const region = document.querySelector('section[aria-label="YAML editor"], [role="region"][aria-label="YAML editor"]')
      const alert = region && region.querySelector('[role="alert"]')
      return !!alert && alert.textContent.startsWith(prefix)
    },
    /** The Effective settings cell of a field shows a value: arg is 'field=value'. */
    cell: (arg) => {
      const i = arg.indexOf('=')
      return window.__bench.cell(arg.slice(0, i)) === arg.slice(i + 1)
    },
    /** The text is in the store (no visible outcome to wait for). */
    text: () => true,
  }
  window.__bench = {
    loaded: (maxMs) => until(() => marks.forms !== undefined && marks.monaco !== undefined, maxMs),
    showsCell: (field, want, maxMs) => until(() => window.__bench.cell(field) === want, maxMs),
    cell(field) {
      const table = [...document.querySelectorAll('table')].find((t) => t.caption && t.caption.textContent === 'Effective settings')
      const row = table && [...table.rows].find((r) => { const c = r.cells[0] && r.cells[0].querySelector('code'); return c && c.textContent === field })
      const value = row && row.cells[1] && row.cells[1].querySelector('code')
      return value ? value.textContent : null
    },
    /** Resolves once quietMs passed without a long task (at most maxMs). */
    quiet(quietMs, maxMs) {
      const t0 = performance.now()
      return new Promise((resolve) => {
        const check = () => {
          const now = performance.now()
          if (now - lastEnd(t0) > quietMs || now - t0 > maxMs) resolve(now - t0)
          else setTimeout(check, 50)
        }
        check()
      })
    },
    /** Waits for quiet, then forgets the long tasks seen so far. */
    async arm(quietMs, maxMs) {
      await window.__bench.quiet(quietMs, maxMs)
      lt.length = 0
    },
    /** window.secctx.setText(window.__pending) in a task of its own; the call's duration. */
    paste() {
      return new Promise((resolve) => setTimeout(() => {
        const t0 = performance.now()
        window.secctx.setText(window.__pending)
        resolve(performance.now() - t0)
      }, 0))
    },
    /**
     * Waits until DONE[kind](arg) holds and then quietMs pass without a long task (at most maxMs from the call).
     * The long tasks since the last arm, longest first; ms until done held and until quiet.
     */
    settle(kind, arg, quietMs, maxMs) {
      const t0 = performance.now()
      let doneAt
      return new Promise((resolve) => {
        const check = () => {
          const now = performance.now()
          if (doneAt === undefined && DONE[kind](arg)) doneAt = now
          const quiet = doneAt !== undefined && now - Math.max(lastEnd(t0), doneAt) > quietMs
          if (quiet || now - t0 > maxMs)
            resolve({ tasks: tasks(), done: doneAt === undefined ? null : doneAt - t0, quiet: now - t0 })
          else setTimeout(check, 50)
        }
        check()
      })
    },
    /**
     * Median of 3 round trips of window.__pending through JSON (stringify, then parse), each in a task of its own.
     * (Not text.split: V8 caches a split of the same string, so repeats cost nothing.)
     */
    async roundTrip() {
      const times = []
      for (let i = 0; i < 3; i++)
        times.push(await new Promise((resolve) => setTimeout(() => {
          const t0 = performance.now()
          if (JSON.parse(JSON.stringify(window.__pending)).length !== window.__pending.length) throw new Error('round trip')
          resolve(performance.now() - t0)
        }, 0)))
      return times.sort((a, b) => a - b)[1]
    },
    /**
     * Starts recording real typing: the time stamp of every printable keydown and every change of the Effective
     * settings cell of field (a MutationObserver sees the commit as it happens). Long tasks start afresh.
     */
    record(field) {
      lt.length = 0
      const rec = (window.__typing = { keys: [], cells: [], field })
      rec.onKey = (e) => { if (e.key.length === 1) rec.keys.push(e.timeStamp) }
      window.addEventListener('keydown', rec.onKey, true)
      let shown = window.__bench.cell(field)
      rec.observer = new MutationObserver(() => {
        const v = window.__bench.cell(field)
        if (v !== shown) { shown = v; rec.cells.push({ t: performance.now(), v }) }
      })
      rec.observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    },
    /** Stops recording once the cell shows want and quietMs passed without a long task (at most maxMs). */
    async stop(want, quietMs, maxMs) {
      const rec = window.__typing
      const shown = await until(() => window.__bench.cell(rec.field) === want, maxMs)
      await window.__bench.quiet(quietMs, maxMs)
      window.removeEventListener('keydown', rec.onKey, true)
      rec.observer.disconnect()
      return { keys: rec.keys, cells: rec.cells, tasks: tasks(), shown }
    },
    /** One edit in a task of its own; ms until the Effective settings cell of field reads want, and to the next frame. */
    keystroke(start, end, text, field, want) {
      return new Promise((resolve) => setTimeout(() => {
        const t0 = performance.now()
        window.secctx.replaceRange(start, end, text)
        const call = performance.now() - t0
        const measure = performance.getEntriesByName('secctx:textChanged').pop()
        let done = false
        const check = () => {
          if (done || window.__bench.cell(field) !== want) return
          done = true
          observer.disconnect()
          const dom = performance.now() - t0
          requestAnimationFrame(() => resolve({ call, dom, frame: performance.now() - t0, store: measure ? measure.duration : null }))
        }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        setTimeout(() => { if (!done) { done = true; observer.disconnect(); resolve(null) } }, 30000)
        check()
      }, 0))
    },
  }
})()
`

/** The value at quantile q (0–1) of xs, nearest rank below: median is quantile(xs, 0.5). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!
}
export const median = (xs: number[]) => quantile(xs, 0.5)

/** A fresh context (empty HTTP cache) with the helpers, the app loaded: forms usable and Monaco showing text. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext()
  await context.addInitScript(PAGE_HELPERS)
  const page = await context.newPage()
  await page.goto(url)
  // (waitForFunction with a string predicate would need eval, which the page's policy forbids.)
  if (!(await page.evaluate('window.__bench.loaded(60000)')))
    throw new Error('bench: the page did not load in 60 s')
  return page
}

/** Stores `text` in the page as window.__pending (for paste and roundTrip). */
export async function pend(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    ;(window as unknown as { __pending?: string }).__pending = t
  }, text)
}
