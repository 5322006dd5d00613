/**
 * An SCC rejection as problems (issue 17 §4): each error of an SCC the pod may use, in upstream words, at the
 * node it is about; when no usable SCC said anything about a field (every SCC denied, a missing SCC), the
 * API server's whole message at the pod spec.
 */
import { problemData, type Finding } from '../findings'
import { containerAt } from '../pod'
import { fieldPathOf } from '../pss/findings'
import type { SccAdmission } from '../scc'
import type { Path, Resource } from '../types'
import { sccCodeOf } from './codes'

export function sccFindings(resource: Resource, scc: SccAdmission): Finding[] {
  if (scc.status !== 'rejected') return []
  const podSpec = [...resource.basePath, ...resource.podSpecPath]
  const rel = (p: Path) => p.slice(resource.basePath.length)
  const out: Finding[] = []
  for (const attempt of scc.attempts) {
    if (attempt.usableBy === null) continue
    for (const e of attempt.errors) {
      const nodePath = e.nodePath ?? podSpec
      const container = containerAt(resource, nodePath)
      out.push({
        code: sccCodeOf(e.field),
        source: 'scc',
        severity: 'error',
        message: e.message,
        path: fieldPathOf(rel(nodePath)),
        nodePath,
        why: `the API server rejects the pod (SCC admission): ${scc.message}`,
        ...(container ? { container } : {}),
        ...problemData(resource, nodePath, e.value !== undefined ? { value: e.value } : {}),
      })
    }
  }
  if (out.length === 0)
    out.push({
      code: 'SCC_REJECTED',
      source: 'scc',
      severity: 'error',
      message: scc.message,
      path: fieldPathOf(rel(podSpec)),
      nodePath: podSpec,
    })
  return out
}
