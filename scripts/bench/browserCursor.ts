/**
 * Cursor move → pickers and forms follow (issue 13 lockstep; budget ≤ 16 ms on a 1 MB, 300-document stream).
 * A real key moves Monaco's cursor from outside every resource onto the first (or last) Deployment; the figure is the
 * time from its keydown until the Resource picker shows that resource (DOM updated), with the next frame and the
 * store's own part (targetAt + the selection update: measure `secctx:cursorMoved`) beside it. Baseline: the same key
 * moving the cursor within one resource (no selection change) until the status bar shows the new line.
 */
import type { Browser, Page } from '@playwright/test'
import type { BrowserRow } from './browserPage'
import { median, openPage, pend } from './browserPage'

interface Move {
  dom: number
  frame: number
  store: number | null
}

/**
 * Arms a one-shot recorder: the next keydown's time stamp, then (on each DOM mutation) whether `done` holds; resolves
 * window.__cursorRun with the times. `kind`: 'resource' (the Resource picker shows `arg`) or 'line' (the status bar
 * says `Line <arg>,`). Plain JavaScript: tsx would wrap functions passed to page.evaluate in helpers the page lacks.
 */
const ARM = (kind: 'resource' | 'line', arg: string) => `
(() => {
  const kind = ${JSON.stringify(kind)}
  const arg = ${JSON.stringify(arg)}
  const done = () => {
    if (kind === 'line') {
      const s = document.querySelector('.yaml-editor-cursor')
      return !!s && s.textContent.startsWith('Line ' + arg + ',')
    }
    const l = [...document.querySelectorAll('label')].find((x) => x.textContent.trim() === 'Resource')
    const select = l && l.control
    return !!select && !!select.selectedOptions[0] && select.selectedOptions[0].textContent === arg
  }
  performance.clearMeasures('secctx:cursorMoved')
  window.__cursorRun = new Promise((resolve) => {
    let t0
    const onKey = (e) => { if (t0 === undefined) t0 = e.timeStamp }
    window.addEventListener('keydown', onKey, true)
    const finish = () => {
      observer.disconnect()
      window.removeEventListener('keydown', onKey, true)
    }
    const observer = new MutationObserver(() => {
      if (t0 === undefined || !done()) return
      const dom = performance.now() - t0
      finish()
      const m = performance.getEntriesByName('secctx:cursorMoved').pop()
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0, store: m ? m.duration : null }))
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    setTimeout(() => { finish(); resolve(null) }, 20000)
  })
})()
`

async function move(page: Page, key: string, kind: 'resource' | 'line', arg: string): Promise<Move> {
  await page.evaluate('window.__bench.quiet(500, 10000)')
  await page.evaluate(ARM(kind, arg))
  await page.keyboard.press(key)
  const m = (await page.evaluate('window.__cursorRun')) as Move | null
  if (!m) throw new Error(`bench: after ${key} the page never showed ${kind} ${arg}`)
  return m
}

/** Pairs of measured moves (onto the first Deployment, onto the last) and the within-resource baseline. */
export async function cursorMoves(browser: Browser, url: string, text: string, runs: number) {
  const page = await openPage(browser, url)
  try {
    await pend(page, text)
    await page.evaluate('window.__bench.paste()')
    const names = [...text.matchAll(/^kind: (\w+)\nmetadata:\n {2}name: (\S+)/gm)].map(
      (m) => `${m[1]}/${m[2]}`,
    )
    const first = names[0]!
    const last = names[names.length - 1]!
    const loaded = (await page.evaluate(
      `window.__bench.settle('resource', ${JSON.stringify(first)}, 2000, 60000)`,
    )) as { done: number | null }
    if (loaded.done === null) throw new Error('bench: the stream never showed in the Resource picker')
    const lines = text.split('\n').length
    await page.locator('.editor-pane .monaco-editor .view-lines').first().click()
    const select: Move[] = []
    const within: Move[] = []
    for (let i = 0; i < runs; i++) {
      // Outside every resource first (the end of the text, the first comment line), then one line onto a resource.
      await page.keyboard.press('Control+End')
      select.push(await move(page, 'ArrowUp', 'resource', last))
      within.push(await move(page, 'ArrowUp', 'line', String(lines - 2)))
      await page.keyboard.press('Control+Home')
      select.push(await move(page, 'ArrowDown', 'resource', first))
      within.push(await move(page, 'ArrowDown', 'line', '3'))
    }
    return { select, within }
  } finally {
    await page.context().close()
  }
}

export function cursorRows(
  name: string,
  r: { select: Move[]; within: Move[] },
  budget: number,
): BrowserRow[] {
  const dom = median(r.select.map((m) => m.dom))
  const frame = median(r.select.map((m) => m.frame))
  const stores = r.select.map((m) => m.store).filter((x): x is number => x !== null)
  const base = median(r.within.map((m) => m.dom))
  return [
    {
      figure: `cursor move → Resource picker and forms (${name}, median of ${r.select.length})`,
      ms: dom,
      budget: `< ${budget} ms`,
      ok: dom < budget,
      baseline:
        `a move within one resource ${base.toFixed(1)} ms; next frame at ${frame.toFixed(1)} ms; ` +
        `cursor → store ${stores.length ? median(stores).toFixed(2) : '?'} ms; max ${Math.max(...r.select.map((m) => m.dom)).toFixed(1)} ms`,
    },
  ]
}
