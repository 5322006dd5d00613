/**
 * `fix --platform openshift`: after the level's fixes, the SCC fixes (core/sccFixes.ts) until SCC admission admits
 * every workload or no fix is left; what still is rejected is reported as not fixed.
 */
import { planSccFixes } from '../core/sccFixes'
import type { AnalyzeOptions, Resource } from '../core/types'

export interface SccFixResult {
  text: string
  /** `Kind/name: may break: ...` and `Kind/name: not fixed: scc: ...`, without the file name. */
  lines: string[]
  admitted: boolean
}

export function fixScc(text: string, options: AnalyzeOptions): SccFixResult {
  const report = planSccFixes(text, options)
  const resource = (i: number) => report.analysis.resources[i]!.resource
  const lines = [
    ...report.changes
      .filter((c) => c.effect === 'may-break')
      .map((c) => `${title(resource(c.resource))}: may break: ${c.message}`),
    ...report.rejected.map((r) => `${title(resource(r.resource))}: not fixed: scc: ${r.message}`),
  ]
  return { text: report.text, lines, admitted: report.rejected.length === 0 }
}

const title = (r: Pick<Resource, 'kind' | 'name'>) => `${r.kind}/${r.name ?? '(no name)'}`
