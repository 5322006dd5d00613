/**
 * Container-only checks: privilege escalation, capabilities, privileged, procMount (k8s.io/pod-security-admission
 * policy/check_allowPrivilegeEscalation.go, check_capabilities_baseline.go, check_capabilities_restricted.go,
 * check_privileged.go, check_procMount_baseline.go, check_procMount_restricted.go).
 */
import { PSS_BASELINE_ADDS } from '../../k8s/capabilities'
import type { CheckFn, CheckResult } from '../check'
import { containersLabel } from '../check'
import { list, obj, str } from '../../json'
import { joinQuote, sortedSet } from '../../quote'
import type { ContainerView, PodView } from '../../pod'

const node = (pod: PodView, c: ContainerView, ...rel: string[]) =>
  pod.specField([...c.rel, 'securityContext', ...rel])

export const allowPrivilegeEscalation: CheckFn = (pod) => {
  const bad = pod.containers.filter((c) => c.sc?.allowPrivilegeEscalation !== false)
  if (!bad.length) return null
  return {
    reason: 'allowPrivilegeEscalation != false',
    detail: `${containersLabel(bad.map((c) => c.name))} must set securityContext.allowPrivilegeEscalation=false`,
    paths: bad.map((c) => node(pod, c, 'allowPrivilegeEscalation')),
  }
}

/** From v1.25 Windows pods are exempt from a few restricted checks. */
export const windowsExempt =
  (fn: CheckFn): CheckFn =>
  (pod) =>
    pod.declaredOs === 'windows' ? null : fn(pod)

const adds = (c: ContainerView): string[] =>
  list(obj(c.sc?.capabilities)?.add).flatMap((a) => (typeof a === 'string' ? [a] : []))

function forbiddenAdds(pod: PodView, allowed: (cap: string) => boolean) {
  const bad: ContainerView[] = []
  const caps: string[] = []
  for (const c of pod.containers) {
    const forbidden = adds(c).filter((a) => !allowed(a))
    if (forbidden.length) {
      bad.push(c)
      caps.push(...forbidden)
    }
  }
  if (!bad.length) return null
  return {
    detail: `${containersLabel(bad.map((c) => c.name))} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`,
    paths: bad.map((c) => node(pod, c, 'capabilities', 'add')),
    values: sortedSet(caps),
  }
}

export const capabilitiesBaseline: CheckFn = (pod) => {
  const r = forbiddenAdds(pod, (cap) => PSS_BASELINE_ADDS.has(cap))
  return r && { reason: 'non-default capabilities', ...r }
}

export const capabilitiesRestricted: CheckFn = (pod) => {
  const missing = pod.containers.filter((c) => {
    const caps = obj(c.sc?.capabilities)
    return !caps || !list(caps.drop).includes('ALL')
  })
  const details: string[] = []
  const paths = missing.map((c) => node(pod, c, 'capabilities', 'drop'))
  if (missing.length) {
    details.push(
      `${containersLabel(missing.map((c) => c.name))} must set securityContext.capabilities.drop=["ALL"]`,
    )
  }
  const added = forbiddenAdds(pod, (cap) => cap === 'NET_BIND_SERVICE')
  if (added) {
    details.push(added.detail)
    paths.push(...added.paths)
  }
  if (!details.length) return null
  return {
    reason: 'unrestricted capabilities',
    detail: details.join('; '),
    paths,
    ...(added ? { values: added.values } : {}),
  }
}

export const privileged: CheckFn = (pod) => {
  const bad = pod.containers.filter((c) => c.sc?.privileged === true)
  if (!bad.length) return null
  return {
    reason: 'privileged',
    detail: `${containersLabel(bad.map((c) => c.name))} must not set securityContext.privileged=true`,
    paths: bad.map((c) => node(pod, c, 'privileged')),
  }
}

/** Any procMount other than Default (an explicit empty string included) is forbidden. */
export const procMount: CheckFn = (pod): CheckResult | null => {
  const bad = pod.containers.filter((c) => {
    const v = str(c.sc?.procMount)
    return v !== undefined && v !== 'Default'
  })
  if (!bad.length) return null
  const types = sortedSet(bad.map((c) => str(c.sc?.procMount) ?? ''))
  return {
    reason: 'procMount',
    detail: `${containersLabel(bad.map((c) => c.name))} must not set securityContext.procMount to ${joinQuote(types)}`,
    paths: bad.map((c) => node(pod, c, 'procMount')),
  }
}

/** Baseline procMount from v1.35: a user-namespaced pod may unmask /proc. */
export const procMountV135: CheckFn = (pod) => (pod.userNamespace ? null : procMount(pod))
