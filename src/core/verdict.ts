/**
 * The three verdicts a user acts on, in the order a pod meets them: the API server (does it accept the
 * object?), Pod Security admission (which level does it pass?), the kubelet and runtime (do its containers
 * start?). A resource is fine at a level only when all three say yes.
 */
import type { ResourceAnalysis } from './analyze'
import type { PssLevel } from './types'

const RANK: Readonly<Record<PssLevel, number>> = { privileged: 0, baseline: 1, restricted: 2 }

export interface ContainerRefusal {
  container: string
  by: 'kubelet' | 'runtime'
  message: string
}

export interface Verdicts {
  api: { accepts: boolean; errors: number }
  /** The highest level passed at the selected version, and whether that reaches the selected level. */
  pss: { passes: PssLevel; level: PssLevel; version: string; meets: boolean }
  /** null when the API server rejects the object: no container is ever started. */
  kubelet: { starts: boolean; refusals: ContainerRefusal[] } | null
  /** API server accepts, the level is met, every container starts. */
  ok: boolean
}

export function verdictsOf(ra: ResourceAnalysis): Verdicts {
  const errors = ra.problems.filter((p) => p.source === 'api' && p.severity === 'error').length
  const accepts = errors === 0
  const refusals: ContainerRefusal[] = ra.effective.flatMap((c) =>
    c.refusal && c.refusal.by !== 'apiserver'
      ? [{ container: c.name, by: c.refusal.by, message: c.refusal.message }]
      : [],
  )
  const kubelet = accepts ? { starts: refusals.length === 0, refusals } : null
  const meets = RANK[ra.passes] >= RANK[ra.pss.level]
  return {
    api: { accepts, errors },
    pss: { passes: ra.passes, level: ra.pss.level, version: ra.pss.version, meets },
    kubelet,
    ok: accepts && meets && kubelet?.starts === true,
  }
}

/** One line for people: `API server: accepts · Pod Security: passes restricted · kubelet: starts`. */
export function verdictLine(v: Verdicts): string {
  const api = v.api.accepts
    ? 'API server: accepts'
    : `API server: rejects (${v.api.errors} ${v.api.errors === 1 ? 'error' : 'errors'})`
  const pss = `Pod Security: ${v.pss.passes === 'privileged' ? 'privileged only' : `passes ${v.pss.passes}`}`
  const kubelet = !v.kubelet
    ? 'kubelet: never reached'
    : v.kubelet.starts
      ? 'kubelet: starts'
      : `kubelet: refuses ${v.kubelet.refusals.map((r) => `"${r.container}"`).join(', ')}`
  return [api, pss, kubelet].join(' · ')
}
