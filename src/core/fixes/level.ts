import { analyze } from '../analyze'
import { DEFAULT_OPTIONS, type PssLevel, type TextEdit } from '../types'
import { applyEdits, diffEdit } from '../yaml'
import { planFix } from './index'

/** Enough rounds for every check of every container of a large pod; the loop also stops on a repeat. */
const MAX_ROUNDS = 200

/**
 * One minimal edit making the resource pass `level` at `version`: analyze, apply the first fix that
 * changes something for the first Pod Security problem that has one, re-analyze, until the resource
 * passes or no fix applies.
 */
export function planLevelFix(
  text: string,
  resourceIndex: number,
  level: PssLevel,
  version: string,
): TextEdit[] {
  const options = { ...DEFAULT_OPTIONS, level, version }
  const seen = new Set([text])
  let current = text
  let previous = analyze(current, options)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const ra = previous.resources[resourceIndex]
    if (!ra || ra.pss.allowed || previous.errors.length > 0) break
    let next: string | null = null
    for (const problem of ra.problems.filter((p) => p.source === 'pss')) {
      for (const fix of problem.fixes) {
        const edits = planFix(previous.stream, ra.resource, problem, fix.id)
        const candidate = edits.length ? applyEdits(current, edits) : current
        if (!seen.has(candidate)) {
          next = candidate
          break
        }
      }
      if (next !== null) break
    }
    if (next === null) break
    seen.add(next)
    current = next
    previous = analyze(current, options, previous)
  }
  const edit = diffEdit(text, current)
  return edit ? [edit] : []
}
