/** analysis.problems → Monaco markers (owner `secctx`), and the problems behind them for code actions. */
import type { Problem } from '../core/types'
import type { monaco } from './setupMonaco'
import { OWNER, toMarkers } from './convert'

type Monaco = typeof monaco

export interface MarkedProblem {
  marker: monaco.editor.IMarkerData
  problem: Problem
}

/**
 * Replaces the model's `secctx` markers with one per problem; returns marker ↔ problem pairs.
 * Skips Monaco when nothing visible changed (most keystrokes: offsets move, lines and columns do not),
 * which keeps big streams with many problems responsive.
 */
export function setProblemMarkers(
  m: Monaco,
  model: monaco.editor.ITextModel,
  problems: readonly Problem[],
  previous: readonly MarkedProblem[],
): MarkedProblem[] {
  const markers = toMarkers(problems, (offset) => model.getPositionAt(offset))
  const unchanged =
    markers.length === previous.length && markers.every((mk, i) => sameMarker(mk, previous[i]!.marker))
  if (!unchanged) m.editor.setModelMarkers(model, OWNER, markers)
  return markers.map((marker, i) => ({ marker, problem: problems[i]! }))
}

/** The same marker (Monaco hands code-action providers copies, so compare by value). */
export function sameMarker(a: monaco.editor.IMarkerData, b: monaco.editor.IMarkerData): boolean {
  return (
    a.startLineNumber === b.startLineNumber &&
    a.startColumn === b.startColumn &&
    a.endLineNumber === b.endLineNumber &&
    a.endColumn === b.endColumn &&
    a.message === b.message &&
    a.severity === b.severity &&
    String(typeof a.code === 'object' ? a.code?.value : a.code) ===
      String(typeof b.code === 'object' ? b.code?.value : b.code)
  )
}
