/**
 * Rehearsing the analysis while the page is quiet after it loads.
 *
 * JavaScript engines compile a function to fast code only once it has run for a while: until then it is
 * interpreted. A page's first keystrokes therefore analysed the text about twice as slowly as later ones
 * (real typing in the walkthrough pod, Chromium: the store's share of a keystroke 3.4–4.3 ms for the first ten
 * keys, 1.9 ms after sixty). Analysing the current text a hundred times or so, one run per task, shortly after the
 * page loads makes the first keystrokes as quick as later ones. Nothing is stored: the runs only teach the engine.
 * Only the text the page loaded with is rehearsed: once the user changes it, the user's own edits teach the engine
 * and rehearsing would only compete with them. Rehearsing stops after REHEARSE_BUDGET_MS of work (a longer text
 * needs fewer runs: its own loops warm the engine), and a big text is not rehearsed at all.
 * Warm code recurses deeper before the stack runs out: yaml/depth.ts keeps deep nesting's outcome independent of it.
 */
import { analyze } from '../core/analyze'
import type { AnalyzeOptions } from '../core/types'
import type { Clock } from './clock'
import { SMALL_TEXT, STREAM } from './scheduler'

/**
 * How many runs, in tasks of a few ms each. Measured, store's share of the first ten keys: 40 runs 3.1–3.3 ms,
 * 120 runs 1.7–1.8 ms (none: 3.4 ms; a page warmed by sixty keys: 1.9 ms).
 */
export const REHEARSALS = 120
/** After the page's first render and its own start-up work. */
export const REHEARSE_AFTER_MS = 300
/** At most this much work in all (REHEARSALS runs of the walkthrough pod took about 380 ms cold in Node). */
export const REHEARSE_BUDGET_MS = 400

/**
 * Runs `run` up to `times` times, each in a task of its own, until it returns false or the runs have taken
 * `budgetMs` in all; returns a cancel.
 */
export function rehearse(
  clock: Clock,
  run: () => boolean,
  times = REHEARSALS,
  budgetMs = REHEARSE_BUDGET_MS,
): () => void {
  let left = times
  let spent = 0
  let timer: unknown
  const next = () => {
    if (left-- <= 0 || spent >= budgetMs) return
    const start = clock.now()
    const more = run()
    spent += clock.now() - start
    if (more) timer = clock.setTimeout(next, 0)
  }
  timer = clock.setTimeout(next, REHEARSE_AFTER_MS)
  return () => clock.clearTimeout(timer)
}

/** Rehearses the analysis of the text `get` returns now, under its current options, while it stays the text. */
export function rehearseAnalysis(
  clock: Clock,
  get: () => { text: string; options: AnalyzeOptions },
): () => void {
  const loaded = get().text
  return rehearse(clock, () => {
    const { text, options } = get()
    if (text !== loaded || text.length >= SMALL_TEXT) return false
    analyze(text, options, undefined, STREAM)
    return true
  })
}
