import type { Analysis } from '../../core/analyze'
import type { Problem } from '../../core/types'
import { groupProblems, staleAnalysis } from './groupProblems'

/** What the Problems list covers (store.problemsScope). */
export type ProblemScope = 'resource' | 'all'

/** A resource that has problems, and how many. */
export interface ResourceCount {
  resource: number
  count: number
}

/** Problems of the stream itself (YAML errors): shown first in either scope. */
export const streamProblems = (analysis: Analysis): Problem[] =>
  analysis.problems.filter((p) => p.resource === null)

/** The resources of `base` that have problems, in document order, with their counts (one pass). */
export function resourcesWithProblems(base: Analysis): ResourceCount[] {
  const counts = new Map<number, number>()
  for (const p of base.problems)
    if (p.resource !== null) counts.set(p.resource, (counts.get(p.resource) ?? 0) + 1)
  return [...counts].sort((a, b) => a[0] - b[0]).map(([resource, count]) => ({ resource, count }))
}

/**
 * One resource's problems as the list shows them under its heading: by source (YAML, API, PSS, lint), the core's
 * order inside; while the YAML is broken (`stale`), the last good ones moved into the current text.
 */
export function problemsOfResource(analysis: Analysis, resource: number, stale: Analysis | null): Problem[] {
  return groupProblems(analysis, resource, stale).flatMap((g) =>
    g.problems.filter((p) => p.resource === resource),
  )
}

/**
 * How many problems the Problems list can show in a scope (the tab's count): the stream's YAML errors, then the
 * selected resource's problems or every resource's (the last good ones while the YAML is broken, as the list).
 */
export function countInScope(
  analysis: Analysis,
  lastGood: Analysis,
  scope: ProblemScope,
  selected: number,
): number {
  const stale = staleAnalysis(analysis, lastGood)
  if (scope === 'resource')
    return groupProblems(analysis, selected, stale).reduce((n, g) => n + g.problems.length, 0)
  if (!stale) return analysis.problems.length
  const own = stale.problems.reduce((n, p) => n + (p.resource === null ? 0 : 1), 0)
  return streamProblems(analysis).length + own
}

/** One resource's group in the "All resources" list; `first` is the place of its first problem in the list. */
export interface ResourceGroup {
  resource: number
  problems: Problem[]
  first: number
}

/**
 * The "All resources" list up to `limit` resource groups: the stream's YAML errors, then the resources with problems
 * (of the last good analysis while the YAML is broken), how many resources with problems are left out, and the
 * whole list's count (`total`, what the tab shows) and its resources with problems.
 */
export function allProblemsPage(
  analysis: Analysis,
  stale: Analysis | null,
  limit: number,
): { errors: Problem[]; groups: ResourceGroup[]; rest: number; total: number; withProblems: number } {
  const errors = streamProblems(analysis)
  const all = resourcesWithProblems(stale ?? analysis)
  const groups: ResourceGroup[] = []
  let first = errors.length
  for (const { resource } of all.slice(0, limit)) {
    const problems = problemsOfResource(analysis, resource, stale)
    groups.push({ resource, problems, first })
    first += problems.length
  }
  const total = all.reduce((n, g) => n + g.count, errors.length)
  return { errors, groups, rest: all.length - groups.length, total, withProblems: all.length }
}
