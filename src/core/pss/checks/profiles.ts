/**
 * Pod-or-container profile checks: AppArmor, seccomp, SELinux (k8s.io/pod-security-admission
 * policy/check_appArmorProfile.go, check_seccompProfile_baseline.go, check_seccompProfile_restricted.go,
 * check_seLinuxOptions.go).
 */
import type { JsonObject, Path } from '../../types'
import type { CheckFn } from '../check'
import { containersLabel, pluralize } from '../check'
import { isSet, obj, str } from '../../json'
import { goQuote, joinQuote, sortedSet } from '../../quote'
import type { ContainerView, PodView } from '../../pod'
import {
  APPARMOR_ANNOTATION_PREFIX,
  pssAllowsAppArmorAnnotation,
  pssAllowsSeccompAnnotation,
  seccompAnnotationKeys,
} from '../../k8s/annotations'

/** One level (pod or container) that set a bad value, with the nodes to point at. */
interface Setter {
  container?: ContainerView
  paths: Path[]
}

/** `pod and containers "a", "b"` from setters in pod-then-visit order. */
function settersLabel(setters: readonly Setter[], extra: readonly string[] = []): string {
  const names = setters.flatMap((s) => (s.container ? [s.container.name] : []))
  const parts = setters.some((s) => !s.container) ? ['pod'] : []
  if (names.length) parts.push(containersLabel(names))
  return [...parts, ...extra].join(' and ')
}

/** The pod's securityContext followed by every container's, each with its node path prefix. */
function levels(pod: PodView): { container?: ContainerView; sc: JsonObject | undefined; at: Path }[] {
  return [
    { sc: pod.sc, at: ['securityContext'] },
    ...pod.containers.map((c) => ({ container: c, sc: c.sc, at: [...c.rel, 'securityContext'] })),
  ]
}

export const appArmorProfile: CheckFn = (pod) => {
  const setters: Setter[] = []
  const types: string[] = []
  for (const { container, sc, at } of levels(pod)) {
    const profile = obj(sc?.appArmorProfile)
    if (!profile) continue
    const type = str(profile.type) ?? ''
    if (pssAllowsProfileType(type)) continue
    types.push(type)
    setters.push({ container, paths: [pod.specField([...at, 'appArmorProfile', 'type'])] })
  }
  const annotations = Object.keys(pod.annotations)
    .filter((k) => k.startsWith(APPARMOR_ANNOTATION_PREFIX))
    .flatMap((k) => {
      const v = str(pod.annotations[k]) ?? ''
      return pssAllowsAppArmorAnnotation(v) ? [] : [{ k, entry: `${k}=${goQuote(v)}` }]
    })
    .sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0))
  if (!setters.length && !annotations.length) return null
  const values = [...sortedSet(types), ...annotations.map((a) => a.entry)]
  const extra = annotations.length ? [pluralize('annotation', 'annotations', annotations.length)] : []
  return {
    reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    detail: `${settersLabel(setters, extra)} must not set AppArmor profile type to ${joinQuote(values)}`,
    paths: [
      ...setters.flatMap((s) => s.paths),
      ...annotations.map((a) => pod.metaField(['annotations', a.k])),
    ],
  }
}

/** The seccomp and AppArmor profile types Pod Security allows (baseline): RuntimeDefault and Localhost. */
export const pssAllowsProfileType = (t: string | undefined) => t === 'RuntimeDefault' || t === 'Localhost'
const validSeccomp = pssAllowsProfileType

/** Explicitly bad seccompProfile.type values at pod and container level. */
function badSeccomp(pod: PodView): { setters: Setter[]; types: string[] } {
  const setters: Setter[] = []
  const types: string[] = []
  for (const { container, sc, at } of levels(pod)) {
    const profile = obj(sc?.seccompProfile)
    if (!profile) continue
    const type = str(profile.type) ?? ''
    if (validSeccomp(type)) continue
    types.push(type)
    setters.push({ container, paths: [pod.specField([...at, 'seccompProfile', 'type'])] })
  }
  return { setters, types }
}

function explicitSeccomp(setters: Setter[], types: string[]) {
  return {
    reason: 'seccompProfile',
    detail: `${settersLabel(setters)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(types))}`,
    paths: setters.flatMap((s) => s.paths),
  }
}

export const seccompProfileBaseline: CheckFn = (pod) => {
  const { setters, types } = badSeccomp(pod)
  return setters.length ? explicitSeccomp(setters, types) : null
}

/** v1.0–v1.18: only the alpha annotations, for the pod and for containers that exist. */
export const seccompProfileBaselineV10: CheckFn = (pod) => {
  const keys = seccompAnnotationKeys(pod.containers.map((c) => c.name))
  const bad = new Map<string, string>()
  for (const k of keys) {
    if (!Object.hasOwn(pod.annotations, k)) continue
    const v = str(pod.annotations[k]) ?? ''
    if (pssAllowsSeccompAnnotation(v)) continue
    bad.set(`${k}=${goQuote(v)}`, k)
  }
  if (!bad.size) return null
  const entries = sortedSet(bad.keys())
  return {
    reason: 'seccompProfile',
    detail: `forbidden ${pluralize('annotation', 'annotations', entries.length)} ${entries.join(', ')}`,
    paths: entries.map((e) => pod.metaField(['annotations', bad.get(e) ?? ''])),
  }
}

export const seccompProfileRestricted: CheckFn = (pod) => {
  const { setters, types } = badSeccomp(pod)
  if (setters.length) return explicitSeccomp(setters, types)
  const podSet = validSeccomp(str(obj(pod.sc?.seccompProfile)?.type))
  const implicit = podSet ? [] : pod.containers.filter((c) => !isSet(c.sc?.seccompProfile))
  if (!implicit.length) return null
  return {
    reason: 'seccompProfile',
    detail: `pod or ${containersLabel(implicit.map((c) => c.name))} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    paths: [pod.specField(['securityContext', 'seccompProfile', 'type'])],
  }
}

const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t']

const seLinuxOptionsCheck =
  (validTypes: ReadonlySet<string>): CheckFn =>
  (pod) => {
    const setters: Setter[] = []
    const types: string[] = []
    let user = false
    let role = false
    for (const { container, sc, at } of levels(pod)) {
      const opts = obj(sc?.seLinuxOptions)
      if (!opts) continue
      const paths: Path[] = []
      const type = str(opts.type) ?? ''
      if (!validTypes.has(type)) {
        types.push(type)
        paths.push(pod.specField([...at, 'seLinuxOptions', 'type']))
      }
      if (str(opts.user)) {
        user = true
        paths.push(pod.specField([...at, 'seLinuxOptions', 'user']))
      }
      if (str(opts.role)) {
        role = true
        paths.push(pod.specField([...at, 'seLinuxOptions', 'role']))
      }
      if (paths.length) setters.push({ container, paths })
    }
    if (!setters.length) return null
    const distinct = sortedSet(types)
    const parts = distinct.length
      ? [`${pluralize('type', 'types', distinct.length)} ${joinQuote(distinct)}`]
      : []
    if (user) parts.push('user may not be set')
    if (role) parts.push('role may not be set')
    return {
      reason: 'seLinuxOptions',
      detail: `${settersLabel(setters)} set forbidden securityContext.seLinuxOptions: ${parts.join('; ')}`,
      paths: setters.flatMap((s) => s.paths),
      values: distinct,
    }
  }

export const seLinuxOptions = seLinuxOptionsCheck(new Set(SELINUX_TYPES))
export const seLinuxOptionsV131 = seLinuxOptionsCheck(new Set([...SELINUX_TYPES, 'container_engine_t']))
