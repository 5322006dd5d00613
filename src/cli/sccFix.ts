/**
 * `fix --platform openshift`: after the level's fixes, the SCC fixes (issue 17 §4) until SCC admission admits
 * every workload or no fix is left; what still is rejected is reported as not fixed.
 */
import { analyze } from '../core/analyze'
import { fixById } from '../core/fixes'
import type { AnalyzeOptions } from '../core/types'
import { applyEdits } from '../core/yaml'

export interface SccFixResult {
  text: string
  /** `Kind/name: may break: ...` and `Kind/name: not fixed: scc: ...`, without the file name. */
  lines: string[]
  admitted: boolean
}

export function fixScc(text: string, options: AnalyzeOptions): SccFixResult {
  const lines: string[] = []
  let current = text
  for (let round = 0; round < 20; round++) {
    const a = analyze(current, options)
    const problem = a.problems.find((p) => p.source === 'scc' && p.fixes.length > 0)
    if (!problem || problem.resource === null) break
    const ra = a.resources[problem.resource]!
    const fix = fixById(problem.fixes[0]!.id)
    if (!fix) break
    const ctx = { stream: a.stream, resource: ra.resource, problem }
    const edits = fix.plan(ctx)
    if (!edits.length) break
    const { effect, reason } = fix.assess(ctx)
    if (effect === 'may-break') lines.push(`${title(ra.resource)}: may break: ${fix.title}: ${reason}`)
    current = applyEdits(current, edits)
  }
  const final = analyze(current, options)
  for (const r of final.resources)
    if (r.scc?.status === 'rejected') lines.push(`${title(r.resource)}: not fixed: scc: ${r.scc.message}`)
  return { text: current, lines, admitted: final.resources.every((r) => r.scc?.status !== 'rejected') }
}

const title = (r: { kind: string; name: string | null }) => `${r.kind}/${r.name ?? '(no name)'}`
