/** Pure conversions between core offsets and Monaco positions (no runtime Monaco import: unit-testable). */
import type { editor, IRange } from 'monaco-editor'
import type { Problem, ProblemSource, Severity, TextEdit } from '../core/types'

export interface PositionLike {
  lineNumber: number
  column: number
}
/** model.getPositionAt: a UTF-16 offset → 1-based line and column. */
export type PositionAt = (offset: number) => PositionLike

/** monaco.MarkerSeverity values (Hint 1, Info 2, Warning 4, Error 8). */
export const MARKER_SEVERITY: Record<Severity, editor.IMarkerData['severity']> = {
  error: 8,
  warning: 4,
  info: 2,
}

export const SOURCE_PREFIX: Record<ProblemSource, string> = {
  yaml: 'YAML',
  api: 'API',
  scc: 'SCC',
  pss: 'PSS',
  lint: 'lint',
}

export function toRange(start: number, end: number, positionAt: PositionAt): IRange {
  const a = positionAt(start)
  const b = positionAt(Math.max(start, end))
  return {
    startLineNumber: a.lineNumber,
    startColumn: a.column,
    endLineNumber: b.lineNumber,
    endColumn: b.column,
  }
}

export const OWNER = 'secctx'

/** One marker per problem, at the problem's exact range. Same order as the problems. */
export function toMarkers(problems: readonly Problem[], positionAt: PositionAt): editor.IMarkerData[] {
  return problems.map((p) => ({
    ...toRange(p.range[0], p.range[1], positionAt),
    severity: MARKER_SEVERITY[p.severity],
    message: `${SOURCE_PREFIX[p.source]}: ${p.message}`,
    code: p.code,
    source: OWNER,
  }))
}

/** Edit operations for executeEdits. Offsets refer to the text before any of the edits (Monaco applies them together). */
export function toEditOperations(
  edits: readonly TextEdit[],
  positionAt: PositionAt,
): editor.IIdentifiedSingleEditOperation[] {
  return edits.map((e) => ({
    range: toRange(e.offset, e.offset + e.length, positionAt),
    text: e.text,
    forceMoveMarkers: true,
  }))
}

/** `YAML error at line 4, column 3: message` for the banner above the editor. */
export function yamlErrorBanner(e: { line: number; column: number; message: string }): string {
  const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  return `YAML error at line ${e.line}, column ${e.column}: ${message}`
}
