import type { Analysis } from '../../core/analyze'
import type { Problem, ProblemSource } from '../../core/types'
import { diffEdit } from '../../core/yaml'

export const SOURCE_ORDER: readonly ProblemSource[] = ['yaml', 'api', 'scc', 'pss', 'lint']

export interface ProblemGroup {
  source: ProblemSource
  problems: Problem[]
  /** From the last text that parsed, shown while the current text has YAML errors. */
  stale?: boolean
}

/**
 * The analysis whose results stay on view, marked stale, while the YAML has errors: the last one without errors
 * (the store's lastGood, which the forms show too); null when the text parses or never did.
 */
export function staleAnalysis(analysis: Analysis, lastGood: Analysis): Analysis | null {
  return analysis.errors.length > 0 && lastGood !== analysis && lastGood.errors.length === 0 ? lastGood : null
}

function bySource(problems: readonly Problem[], stale: boolean): ProblemGroup[] {
  return SOURCE_ORDER.map((source) => ({
    source,
    problems: problems.filter((p) => p.source === source),
    ...(stale ? { stale } : {}),
  })).filter((g) => g.problems.length > 0)
}

/**
 * Problems of the last good text with their ranges moved into the current text: outside the span that changed
 * since, a range lands on the same node; inside it, at the start of the change.
 */
function movedInto(stale: Analysis, text: string, problems: readonly Problem[]): Problem[] {
  const edit = diffEdit(stale.text, text)
  if (!edit) return [...problems]
  const end = edit.offset + edit.length
  const delta = edit.text.length - edit.length
  const at = (o: number) => (o < edit.offset ? o : o >= end ? o + delta : edit.offset)
  return problems.map((p) => ({ ...p, range: [at(p.range[0]), at(p.range[1])] as const }))
}

/**
 * What the Problems list shows: YAML errors of the whole stream, then the selected resource's problems,
 * grouped by source in a fixed order (YAML, API, PSS, lint), keeping the core's order inside a group
 * (upstream order for PSS). With a `stale` analysis (see staleAnalysis), the resource's problems come from it,
 * in groups marked stale, after the current YAML errors.
 */
export function groupProblems(
  analysis: Analysis,
  resource: number,
  stale: Analysis | null = null,
): ProblemGroup[] {
  if (!stale)
    return bySource(
      analysis.problems.filter((p) => p.resource === null || p.resource === resource),
      false,
    )
  const current = analysis.problems.filter((p) => p.resource === null)
  const old = movedInto(
    stale,
    analysis.text,
    stale.problems.filter((p) => p.resource === resource),
  )
  return [...bySource(current, false), ...bySource(old, true)]
}
