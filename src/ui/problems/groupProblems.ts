import type { Analysis } from '../../core/analyze'
import type { Problem, ProblemSource } from '../../core/types'

export const SOURCE_ORDER: readonly ProblemSource[] = ['yaml', 'api', 'pss', 'lint']

export interface ProblemGroup {
  source: ProblemSource
  problems: Problem[]
}

/**
 * What the Problems list shows: YAML errors of the whole stream, then the selected resource's problems,
 * grouped by source in a fixed order (YAML, API, PSS, lint), keeping the core's order inside a group
 * (upstream order for PSS).
 */
export function groupProblems(analysis: Analysis, resource: number): ProblemGroup[] {
  const shown = analysis.problems.filter((p) => p.resource === null || p.resource === resource)
  return SOURCE_ORDER.map((source) => ({
    source,
    problems: shown.filter((p) => p.source === source),
  })).filter((g) => g.problems.length > 0)
}
