/** The fix registry: every fix, looked up by id or by the problem it is offered for. */
import type { FixRef, Problem, ProblemCode, Resource, TextEdit } from '../types'
import type { ParsedStream } from '../yaml'
import { API_FIXES } from './api'
import type { Fix } from './define'
import { LINT_FIXES } from './lint'
import { MOVE_FIXES } from './move'
import { PSS_CONTAINER_FIXES } from './pssContainer'
import { PSS_HOST_FIXES } from './pssHost'
import { PSS_PROFILE_FIXES } from './pssPod'
import { SCC_FIXES } from './scc'

/** Every fix; for a problem with several, the first one listed is the preferred one. */
export const FIXES: readonly Fix[] = [
  ...PSS_CONTAINER_FIXES,
  ...PSS_PROFILE_FIXES,
  ...PSS_HOST_FIXES,
  ...API_FIXES,
  ...SCC_FIXES,
  ...MOVE_FIXES,
  ...LINT_FIXES,
]

const BY_ID = new Map(FIXES.map((f) => [f.id, f]))

/** The fixes offered for each problem code, in FIXES order (every analysis asks, once per problem). */
const BY_CODE = new Map<ProblemCode, Fix[]>()
for (const f of FIXES)
  for (const code of f.codes) {
    const list = BY_CODE.get(code)
    if (!list) BY_CODE.set(code, [f])
    else if (!list.includes(f)) list.push(f)
  }

export function fixesFor(problem: Omit<Problem, 'fixes'>): FixRef[] {
  const candidates = BY_CODE.get(problem.code)
  if (!candidates) return []
  const full: Problem = { ...problem, fixes: [] }
  return candidates
    .filter((f) => f.appliesTo(full))
    .map((f) => ({ id: f.id, title: f.title, effect: f.effect, reason: f.reason }))
}

/** The fix with an id, if any. */
export const fixById = (id: string): Fix | undefined => BY_ID.get(id)

/** Edits applying fix `id` to `problem`, or [] when it does not apply. */
export function planFix(stream: ParsedStream, resource: Resource, problem: Problem, id: string): TextEdit[] {
  const fix = BY_ID.get(id)
  if (!fix || !fix.appliesTo(problem)) return []
  return fix.plan({ stream, resource, problem })
}
