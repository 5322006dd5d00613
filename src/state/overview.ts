import type { Analysis } from '../core/analyze'
import { overviewOf, type Overview } from '../core/verdict'
import { selectShown } from './selectors'
import type { AppState } from './store'

/**
 * Derived once per analysis and kept by identity: the same analysis always gives the same overview object, so
 * `useAppStore(selectOverview)` is a safe selector (zustand v5 loops on selectors that return fresh objects), and
 * the Resources tab, its badge and the Problems panel share one computation.
 */
const overviews = new WeakMap<Analysis, Overview>()

export function overviewFor(analysis: Analysis): Overview {
  let o = overviews.get(analysis)
  if (!o) overviews.set(analysis, (o = overviewOf(analysis)))
  return o
}

/** Every shown resource's verdicts, the failing ones and the summary (indices match selectedResource). */
export const selectOverview = (s: AppState): Overview => overviewFor(selectShown(s))
