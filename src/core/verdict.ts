/**
 * The three verdicts a user acts on, in the order a pod meets them: the API server (does it accept the
 * object?), Pod Security admission (which level does it pass?), the kubelet and runtime (do its containers
 * start?). A resource is fine at a level only when all three say yes.
 */
import type { Analysis, ResourceAnalysis } from './analyze'
import type { PssLevel } from './types'

const RANK: Readonly<Record<PssLevel, number>> = { privileged: 0, baseline: 1, restricted: 2 }

export interface ContainerRefusal {
  container: string
  by: 'kubelet' | 'runtime'
  message: string
}

export interface Verdicts {
  api: { accepts: boolean; errors: number }
  /**
   * The highest level passed at the selected version, and whether that reaches the selected level; `checks` names
   * the upstream checks failed at the selected level (each once, in upstream order).
   */
  pss: { passes: PssLevel; level: PssLevel; version: string; meets: boolean; checks: string[] }
  /** null when the API server rejects the object: no container is ever started. */
  kubelet: { starts: boolean; refusals: ContainerRefusal[] } | null
  /**
   * Under the OpenShift platform only: SCC admission's outcome (it runs inside the API server, so a rejection
   * also counts among `api.errors`); `admittedBy` names the SCC that admitted and mutated the pod.
   */
  scc?: { status: 'admitted' | 'rejected' | 'skipped'; admittedBy: string | null }
  /** API server accepts, the level is met, every container starts. */
  ok: boolean
}

/** The resource does not pass the level, or the API server (or SCC admission) rejects it: a level fix has work. */
export function needsLevelFix(ra: ResourceAnalysis): boolean {
  const v = verdictsOf(ra)
  return !v.pss.meets || !v.api.accepts
}

export function verdictsOf(ra: ResourceAnalysis): Verdicts {
  // SCC admission runs inside the API server: a pod no SCC admits is rejected like an invalid one.
  const errors = ra.problems.filter(
    (p) => (p.source === 'api' || p.source === 'scc') && p.severity === 'error',
  ).length
  const accepts = errors === 0
  const refusals: ContainerRefusal[] = ra.effective.flatMap((c) =>
    c.refusal && c.refusal.by !== 'apiserver'
      ? [{ container: c.name, by: c.refusal.by, message: c.refusal.message }]
      : [],
  )
  const kubelet = accepts ? { starts: refusals.length === 0, refusals } : null
  const meets = RANK[ra.passes] >= RANK[ra.pss.level]
  const checks = [...new Set(ra.pss.violations.map((x) => x.check))]
  return {
    api: { accepts, errors },
    pss: { passes: ra.passes, level: ra.pss.level, version: ra.pss.version, meets, checks },
    kubelet,
    ...(ra.scc ? { scc: { status: ra.scc.status, admittedBy: ra.scc.admittedBy } } : {}),
    ok: accepts && meets && kubelet?.starts === true,
  }
}

/** One line for people: `API server: accepts · Pod Security: passes restricted · kubelet: starts`. */
export function verdictLine(v: Verdicts): string {
  const p = verdictPhrases(v)
  const pss = `Pod Security: ${v.pss.passes === 'privileged' ? 'privileged only' : `passes ${v.pss.passes}`}`
  return [`API server: ${p.api}`, pss, `kubelet: ${p.kubelet}`].join(' · ')
}

/** SCC admission's outcome as a phrase: `admitted by restricted-v2`, `rejected by SCC admission`. */
export function sccPhrase(scc: NonNullable<Verdicts['scc']>): string {
  if (scc.status === 'rejected') return 'rejected by SCC admission'
  if (scc.status === 'skipped') return 'not applied (Windows pod)'
  return scc.admittedBy ? `admitted by ${scc.admittedBy}` : 'admitted'
}

/**
 * The three verdicts as short phrases, judged at the selected level (the Resources overview shows them), and
 * under OpenShift SCC admission's (`scc`, absent otherwise).
 */
export function verdictPhrases(v: Verdicts): { api: string; pss: string; kubelet: string; scc?: string } {
  const errors = `${v.api.errors} ${v.api.errors === 1 ? 'error' : 'errors'}`
  const failed = v.pss.checks.length ? ` (${v.pss.checks.join(', ')})` : ''
  return {
    ...(v.scc ? { scc: sccPhrase(v.scc) } : {}),
    api: v.api.accepts ? 'accepts' : `rejects (${errors})`,
    pss: v.pss.meets ? `passes ${v.pss.level}` : `fails ${v.pss.level}${failed}`,
    kubelet: !v.kubelet
      ? 'never reached'
      : v.kubelet.starts
        ? 'starts'
        : `refuses ${v.kubelet.refusals.map((r) => `"${r.container}"`).join(', ')}`,
  }
}

/** How many resources each verdict turns down, at one level. */
export interface VerdictSummary {
  resources: number
  level: PssLevel
  /** Fail the level (Pod Security admission would refuse them). */
  failsLevel: number
  /** Rejected by the API server. */
  rejected: number
  /** Accepted, but the kubelet or runtime refuses a container. */
  refused: number
  /** Not fine by at least one verdict. */
  failing: number
}

export function summarizeVerdicts(vs: readonly Verdicts[], level: PssLevel): VerdictSummary {
  const s: VerdictSummary = {
    resources: vs.length,
    level,
    failsLevel: 0,
    rejected: 0,
    refused: 0,
    failing: 0,
  }
  for (const v of vs) {
    if (!v.pss.meets) s.failsLevel++
    if (!v.api.accepts) s.rejected++
    if (v.kubelet?.starts === false) s.refused++
    if (!v.ok) s.failing++
  }
  return s
}

/** `3 resources · 1 fails restricted · 1 rejected · 1 refused by the kubelet`, or `3 resources · all fine at restricted`. */
export function summaryLine(s: VerdictSummary): string {
  const head = `${s.resources} ${s.resources === 1 ? 'resource' : 'resources'}`
  if (s.resources === 0) return 'No resources'
  if (s.failing === 0) return `${head} · ${s.resources === 1 ? 'fine' : 'all fine'} at ${s.level}`
  const parts = [head]
  if (s.failsLevel) parts.push(`${s.failsLevel} ${s.failsLevel === 1 ? 'fails' : 'fail'} ${s.level}`)
  if (s.rejected) parts.push(`${s.rejected} rejected`)
  if (s.refused) parts.push(`${s.refused} refused by the kubelet`)
  return parts.join(' · ')
}

/** Every resource's verdicts (by index into analysis.resources), the failing ones and their summary. */
export interface Overview {
  verdicts: Verdicts[]
  /** Indices of the resources that are not fine (API server, level or kubelet says no), in order. */
  failing: number[]
  summary: VerdictSummary
}

/** The overview of an analysis: every resource's verdicts, the failing ones and the summary at its level. */
export function overviewOf(analysis: Analysis): Overview {
  const vs = analysis.resources.map(verdictsOf)
  const failing: number[] = []
  vs.forEach((v, i) => {
    if (!v.ok) failing.push(i)
  })
  return { verdicts: vs, failing, summary: summarizeVerdicts(vs, analysis.options.level) }
}
