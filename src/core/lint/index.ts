/** Lints: advice beyond Pod Security (each code, and why it matters, in ./codes.ts). */
import type { Finding } from '../findings'
import type { PodView } from '../pod'
import { DEFAULT_OPTIONS, type AnalyzeOptions, type ContainerEffective, type Resource } from '../types'
import { capabilityLints } from './capabilities'
import { lintContext } from './context'
import { hardeningLints } from './hardening'
import { identityLints } from './identity'
import { podLints } from './pod'
import { sharedSeLinuxLevels } from './stream'

export { LINT_CODES, type LintCode, type LintCodeId } from './codes'

/** Every lint of one resource, container lints in visit order, then pod-level ones. */
export function lintResource(
  resource: Resource,
  options: AnalyzeOptions,
  effective?: readonly ContainerEffective[],
  pod?: PodView,
): Finding[] {
  const ctx = lintContext(resource, options, effective, pod)
  return [...hardeningLints(ctx), ...capabilityLints(ctx), ...identityLints(ctx), ...podLints(ctx)]
}

/** Lints across resources (e.g. SELinux levels shared between pods); each names its resource index. */
export function lintStream(resources: readonly Resource[]): (Finding & { resource: number })[] {
  return sharedSeLinuxLevels(resources, DEFAULT_OPTIONS)
}
