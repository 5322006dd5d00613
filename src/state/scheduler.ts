/**
 * The analysis scheduler: analyses the store's text (and, while that text is broken, the last good text under the
 * newest options) at once when it is quick, else in slices of SLICE_MS between tasks, so the page never freezes.
 * A change (text or options) arrives as a patch and lands in the same `set` as its analysis when that is
 * synchronous: one store update per keystroke. While a sliced run is under way, the newest state is analysed when
 * it ends, reusing its work.
 */
import { analyzeSteps, type Analysis, type AnalyzeProgress } from '../core/analyze'
import type { AnalyzeOptions } from '../core/types'
import { LAZY_DOCUMENT_CHARS, type StreamOptions } from '../core/yaml'
import type { Clock } from './clock'

/** Longest stretch of analysis work done in one go: well under the 200 ms no-freeze budget. */
export const SLICE_MS = 40
/**
 * Texts below this size are analysed to the end at once (a few ms, and a slow first run of a cold page or test
 * must not leave a one-pod text half-analysed with its forms read-only); from it on, in slices.
 */
export const SMALL_TEXT = 50_000
/** Texts from this size on are analysed in a task of their own, after the editor's. */
const BIG_TEXT = 2_000_000
/**
 * One document's parse cannot be sliced: a big document that is not a workload (a 1.4 MB CustomResourceDefinition
 * in an install bundle) is only skimmed for its kind, with an informational note; workloads are always parsed.
 */
export const STREAM: StreamOptions = { lazyAbove: LAZY_DOCUMENT_CHARS }

/** What the scheduler reads and writes of the store. */
export interface Analysed {
  text: string
  options: AnalyzeOptions
  analysis: Analysis
  /** The newest analysis without YAML errors (forms show it while the text is broken). */
  lastGood: Analysis
  pending: AnalyzeProgress | null
}

export interface SchedulerHost<S extends Analysed> {
  get(): S
  set(patch: Partial<S>): void
  clock: Clock
  /** The analysis of `patch` is done: the store adds what follows from it (the selection) to the same set. */
  commit(result: { analysis: Analysis; lastGood: Analysis }, patch: Partial<S>): void
}

/** The analysis of a text and, while it is broken, of the last good text under the same options. */
function* both(
  text: string,
  options: AnalyzeOptions,
  previous: Analysis,
  lastGood: Analysis,
): Generator<AnalyzeProgress, { analysis: Analysis; lastGood: Analysis }> {
  const analysis = yield* analyzeSteps(text, options, previous, STREAM)
  if (analysis.errors.length === 0) return { analysis, lastGood: analysis }
  if (lastGood.options === options) return { analysis, lastGood }
  return { analysis, lastGood: yield* analyzeSteps(lastGood.text, options, lastGood, STREAM) }
}

export function createScheduler<S extends Analysed>(host: SchedulerHost<S>) {
  const { clock } = host
  let running = false

  const run = (steps: ReturnType<typeof both>, patch: Partial<S>) => {
    const start = clock.now()
    const whole =
      host.get().text.length < SMALL_TEXT && ((patch.text as string | undefined)?.length ?? 0) < SMALL_TEXT
    for (;;) {
      const step = steps.next()
      if (step.done) {
        running = false
        host.commit(step.value, patch)
        const { text, options } = host.get()
        if (text !== step.value.analysis.text || options !== step.value.analysis.options) schedule({})
        return
      }
      if (!whole && clock.now() - start > SLICE_MS) {
        running = true
        host.set({ ...patch, pending: step.value })
        clock.setTimeout(() => run(steps, {}), 0)
        return
      }
    }
  }

  /** Applies `patch` (a new text or options) and analyses the result. */
  const schedule = (patch: Partial<S>) => {
    if (running) {
      if (Object.keys(patch).length > 0) host.set(patch)
      return
    }
    const state = { ...host.get(), ...patch }
    const steps = both(state.text, state.options, state.analysis, state.lastGood)
    if (state.text.length < BIG_TEXT) return run(steps, patch)
    // A big text: the editor has just spent its own time on the change; analyse in the next task.
    running = true
    host.set({ ...patch, pending: { phase: 'parse', done: 0, total: 1 } })
    clock.setTimeout(() => run(steps, {}), 0)
  }

  return { schedule }
}
