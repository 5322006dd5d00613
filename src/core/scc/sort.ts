/**
 * The order SCC admission tries SCCs in: highest priority first, then the most restrictive (the lowest
 * point value), then by name (apiserver-library-go pkg/securitycontextconstraints/util/sort/bypriority.go
 * ByPriority.LessWithReason; byrestrictions.go pointValue, volumePointValue, capabilitiesPointValue,
 * moreRestrictiveReason).
 */
import type { SccDefinition } from './types'

/** The weights: each restriction outweighs every combination of the weaker ones. */
export const POINTS = {
  privileged: 1_600_000,
  hostPorts: 800_000,
  hostNetwork: 400_000,
  hostVolume: 200_000,
  nonTrivialVolume: 100_000,
  runAsAnyUser: 40_000,
  runAsNonRoot: 30_000,
  runAsRange: 20_000,
  runAsUser: 10_000,
  capDefault: 5000,
  capAddOne: 300,
  capAllowAll: 4000,
  capAllowOne: 10,
  capDropAll: -3000,
  capDropOne: -50,
  capMax: 9999,
  capMin: 0,
} as const

/** RunAsUser and SELinuxContext share strategy names, so one table scores both. */
const STRATEGY_POINTS: ReadonlyMap<string, number> = new Map([
  ['RunAsAny', POINTS.runAsAnyUser],
  ['MustRunAsNonRoot', POINTS.runAsNonRoot],
  ['MustRunAsRange', POINTS.runAsRange],
  ['MustRunAs', POINTS.runAsUser],
])

/** Volume types that do not count as a relaxation. */
const TRIVIAL_VOLUMES: ReadonlySet<string> = new Set([
  'secret',
  'configMap',
  'emptyDir',
  'downwardAPI',
  'projected',
  'none',
])

/** volumePointValue: hostPath or `*` scores as host volumes, anything not trivial as non-trivial. */
export function volumePointValue(scc: Pick<SccDefinition, 'volumes'>): number {
  let nonTrivial = false
  for (const v of scc.volumes) {
    if (v === 'hostPath' || v === '*') return POINTS.hostVolume
    if (!TRIVIAL_VOLUMES.has(v)) nonTrivial = true
  }
  return nonTrivial ? POINTS.nonTrivialVolume : 0
}

/** hasCap: the SCC lists the capability, compared upper-cased. */
const hasCap = (needle: string, haystack: readonly string[]) =>
  haystack.some((c) => c.toUpperCase() === needle)

/** capabilitiesPointValue, clamped to [0, 9999]. */
export function capabilitiesPointValue(
  scc: Pick<SccDefinition, 'defaultAddCapabilities' | 'allowedCapabilities' | 'requiredDropCapabilities'>,
): number {
  let p = POINTS.capDefault + POINTS.capAddOne * scc.defaultAddCapabilities.length
  if (hasCap('*', scc.allowedCapabilities) || hasCap('ALL', scc.allowedCapabilities)) p += POINTS.capAllowAll
  else p += POINTS.capAllowOne * scc.allowedCapabilities.length
  if (hasCap('ALL', scc.requiredDropCapabilities)) p += POINTS.capDropAll
  else p += POINTS.capDropOne * scc.requiredDropCapabilities.length
  return Math.min(POINTS.capMax, Math.max(POINTS.capMin, p))
}

/** pointValue: the lower, the more restrictive. A strategy type without points adds none. */
export function pointValue(scc: SccDefinition): number {
  let p = 0
  if (scc.allowPrivilegedContainer) p += POINTS.privileged
  p += volumePointValue(scc)
  if (scc.allowHostNetwork) p += POINTS.hostNetwork
  if (scc.allowHostPorts) p += POINTS.hostPorts
  p += capabilitiesPointValue(scc)
  p += STRATEGY_POINTS.get(scc.seLinuxContext.type) ?? 0
  p += STRATEGY_POINTS.get(scc.runAsUser.type) ?? 0
  return p
}

/** moreRestrictiveReason(p, q): what makes the SCC scoring p stricter than the one scoring q. */
export function moreRestrictiveReason(p: number, q: number): string {
  if (p >= q) return ''
  const steps: [number, string][] = [
    [POINTS.privileged, 'privileged'],
    [POINTS.hostPorts, 'host ports'],
    [POINTS.hostNetwork, 'host networking'],
    [POINTS.hostVolume, 'host volume mounts'],
    [POINTS.nonTrivialVolume, 'non-trivial volume mounts'],
  ]
  for (const [x, what] of steps) {
    if (p >= x && q >= x) {
      p -= x
      q -= x
    } else if (p < x && q >= x) return `forbids ${what}`
  }
  // Go's integer division and remainder (truncating).
  if (Math.trunc(p / 10000) < Math.trunc(q / 10000)) return 'permits less runAs strategies'
  if (p % 10000 < q % 10000) return 'permits less capabilities'
  return 'is equally restrictive'
}

/** ByPriority.LessWithReason(a, b): whether a goes first, and why. */
export function lessWithReason(a: SccDefinition, b: SccDefinition): [boolean, string] {
  const pa = a.priority ?? 0
  const pb = b.priority ?? 0
  if (pa > pb) return [true, 'has higher priority']
  if (pa < pb) return [false, 'has lower priority']
  const sa = pointValue(a)
  const sb = pointValue(b)
  if (sa < sb) return [true, moreRestrictiveReason(sa, sb)]
  if (sa > sb) return [false, moreRestrictiveReason(sb, sa)]
  return [a.name < b.name, 'ordered by name']
}

/** sort.Sort(ByPriority(sccs)) on a copy (a total order but for equal names). */
export function sortByPriority<T extends SccDefinition>(sccs: readonly T[]): T[] {
  return [...sccs].sort((a, b) => (lessWithReason(a, b)[0] ? -1 : lessWithReason(b, a)[0] ? 1 : 0))
}
