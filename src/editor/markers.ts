/** analysis.problems → Monaco markers (owner `secctx`), and the problems behind them for code actions. */
import type { Problem } from '../core/types'
import type { monaco } from './setupMonaco'
import { OWNER, toMarkers } from './convert'

type Monaco = typeof monaco
type Marker = monaco.editor.IMarkerData

export interface MarkedProblem {
  marker: Marker
  problem: Problem
}

/** One marker per problem, at the problem's range in the model's current text. */
export function markProblems(model: monaco.editor.ITextModel, problems: readonly Problem[]): MarkedProblem[] {
  const markers = toMarkers(problems, (offset) => model.getPositionAt(offset))
  return markers.map((marker, i) => ({ marker, problem: problems[i]! }))
}

/**
 * Replaces the model's `secctx` markers with `marked`'s; returns the markers Monaco now shows. Skips Monaco when
 * nothing visible changed (most keystrokes: offsets move, lines and columns do not): a replacement re-renders every
 * visible line of the editor.
 */
export function showMarkers(
  m: Monaco,
  model: monaco.editor.ITextModel,
  marked: readonly MarkedProblem[],
  shown: readonly Marker[],
): readonly Marker[] {
  const unchanged =
    marked.length === shown.length && marked.every((mp, i) => sameMarker(mp.marker, shown[i]!))
  if (unchanged) return shown
  const markers = marked.map((mp) => mp.marker)
  m.editor.setModelMarkers(model, OWNER, markers)
  return markers
}

/** The same marker (Monaco hands code-action providers copies, so compare by value). */
export function sameMarker(a: Marker, b: Marker): boolean {
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
