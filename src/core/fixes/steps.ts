import type { JsonValue, Path, TextEdit } from '../types'
import { applyEdits, diffEdit, parseStream, planSet, type ParsedStream } from '../yaml'

/** One change of a fix: set (or, with undefined, delete) the value at a document path. */
export interface Step {
  path: Path
  value: JsonValue | undefined
  /** After a delete, prune ancestors left empty while their path is longer than this. */
  prune?: number
}

export const setAt = (path: Path, value: JsonValue): Step => ({ path, value })

/** Deletes a field; an emptied securityContext (and maps under it) goes too, its owner stays. */
export function deleteAt(path: Path, prune?: number): Step {
  const sc = path.lastIndexOf('securityContext')
  return { path, value: undefined, prune: prune ?? (sc >= 0 ? sc : path.length - 1) }
}

/**
 * The edits of several steps on one document. One step is planned directly (its edits stay minimal);
 * several are applied one after the other, re-parsing in between, and returned as one edit.
 */
export function planSteps(stream: ParsedStream, document: number, steps: readonly Step[]): TextEdit[] {
  const plan = (s: ParsedStream, step: Step) =>
    planSet(
      s,
      document,
      step.path,
      step.value,
      // A fix never deletes a comment: one on a removed line stays, on a line of its own.
      step.prune === undefined ? { keepComments: true } : { pruneEmptyAbove: step.prune, keepComments: true },
    )
  if (steps.length === 1) return plan(stream, steps[0]!)
  let current = stream
  for (const step of steps) {
    const edits = plan(current, step)
    if (edits.length === 0) continue
    current = parseStream(applyEdits(current.text, edits), current)
  }
  const edit = diffEdit(stream.text, current.text)
  return edit ? [edit] : []
}
