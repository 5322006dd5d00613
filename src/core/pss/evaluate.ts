/** evaluatePss: one resource against a Pod Security Standards level at a policy version. */
import type { PssLevel, PssResult, PssViolation, Resource } from '../types'
import { pssPod } from './pod'
import { activeChecks } from './registry'
import { effectiveMinor, NEWEST_PSS_MINOR } from '../k8s/versions'

/** `reason (detail)`, or the bare reason when upstream gives no detail. */
export function violationText(v: Pick<PssViolation, 'reason' | 'detail'>): string {
  return v.detail ? `${v.reason} (${v.detail})` : v.reason
}

/**
 * `latest`, `v1.0`…`v1.37` and newer labels (evaluated as the newest known policy, message keeping the label);
 * an invalid label evaluates, and is printed, as `latest` like an invalid namespace label upstream.
 */
export function evaluatePss(resource: Resource, level: PssLevel, version: string): PssResult {
  if (level === 'privileged') return { level, version, allowed: true, message: '', violations: [] }
  const parsed = effectiveMinor(version)
  const minor = parsed ?? NEWEST_PSS_MINOR
  const pod = pssPod(resource, minor)
  const violations: PssViolation[] = []
  for (const { id, fn } of activeChecks(level, minor)) {
    const r = fn(pod)
    if (!r) continue
    const { reason, detail, paths, values } = r
    violations.push({ check: id, reason, detail, paths, ...(values ? { values } : {}) })
  }
  const label = `${level}:${parsed === null ? 'latest' : version}`
  const message = violations.length
    ? `violates PodSecurity "${label}": ${violations.map(violationText).join(', ')}`
    : ''
  return { level, version, allowed: violations.length === 0, message, violations }
}
