import { evaluatePss, pssFindings } from '../pss'
import type { Problem, PssLevel, TextEdit } from '../types'
import { applyEdits, diffEdit, findResources, parseStream, type ParsedStream } from '../yaml'
import { fixesFor, planFix } from './index'

/** Enough rounds for every check of every container of a large pod; the loop also stops on a repeat. */
const MAX_ROUNDS = 200

/** The next text: the first fix that changes something, for the first Pod Security problem that has one. */
function nextText(
  stream: ParsedStream,
  resourceIndex: number,
  level: PssLevel,
  version: string,
  seen: Set<string>,
) {
  const resource = findResources(stream)[resourceIndex]
  if (!resource) return null
  const result = evaluatePss(resource, level, version)
  if (result.allowed) return null
  for (const finding of pssFindings(resource, result)) {
    const base = { ...finding, range: [0, 0] as const, resource: resourceIndex }
    const problem: Problem = { ...base, fixes: fixesFor(base) }
    for (const fix of problem.fixes) {
      const edits = planFix(stream, resource, problem, fix.id)
      const candidate = applyEdits(stream.text, edits)
      if (edits.length && !seen.has(candidate)) return candidate
    }
  }
  return null
}

/**
 * One minimal edit making the resource pass `level` at `version`: evaluate, apply the first fix that
 * changes something, re-evaluate, until the resource passes or no fix applies; then diff the whole change.
 */
export function planLevelFix(
  text: string,
  resourceIndex: number,
  level: PssLevel,
  version: string,
): TextEdit[] {
  const seen = new Set([text])
  let stream = parseStream(text)
  for (let round = 0; round < MAX_ROUNDS && stream.errors.length === 0; round++) {
    const next = nextText(stream, resourceIndex, level, version, seen)
    if (next === null) break
    seen.add(next)
    stream = parseStream(next, stream)
  }
  const edit = diffEdit(text, stream.text)
  return edit ? [edit] : []
}
