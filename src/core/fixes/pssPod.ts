/** Fixes for the Pod Security checks that may sit at pod level (or both levels). */
import type { JsonObject, JsonValue, Path } from '../types'
import { defineFix, type Fix } from './define'
import { obj, type Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

interface Setter {
  sc: JsonObject
  scPath: Path
}

/** The securityContext the problem is about: its container's when it has one that matches, else the pod's. */
function setter(s: Scope, matches: (sc: JsonObject) => boolean): Setter | undefined {
  if (s.container && matches(s.container.sc)) return s.container
  if (matches(s.podSc)) return { sc: s.podSc, scPath: s.podScPath }
  return undefined
}

const GOOD_PROFILES: readonly JsonValue[] = ['RuntimeDefault', 'Localhost']

/** Sets a profile (seccompProfile / appArmorProfile) to RuntimeDefault, dropping a stale localhostProfile. */
function runtimeDefault(at: Setter, field: string): Step[] {
  const profile = obj(at.sc[field])
  return [
    setAt([...at.scPath, field, 'type'], 'RuntimeDefault'),
    ...(profile?.localhostProfile !== undefined ? [deleteAt([...at.scPath, field, 'localhostProfile'])] : []),
  ]
}

const badProfile = (field: string) => (sc: JsonObject) => {
  const profile = obj(sc[field])
  return profile !== undefined && !GOOD_PROFILES.includes(profile.type ?? null)
}

export const runAsNonRoot = defineFix({
  id: 'run-as-non-root',
  title: 'Set runAsNonRoot: true',
  codes: ['PSS_RUN_AS_NON_ROOT', 'LINT_RUN_AS_ROOT'],
  steps: (s) => {
    // An explicit false is fixed where it is; otherwise the pod-level value covers every container.
    const at = setter(s, (sc) => sc.runAsNonRoot === false) ?? { sc: s.podSc, scPath: s.podScPath }
    return at.sc.runAsNonRoot === true ? [] : [setAt([...at.scPath, 'runAsNonRoot'], true)]
  },
})

export const removeRunAsUser0 = defineFix({
  id: 'remove-run-as-user-0',
  title: 'Remove runAsUser: 0',
  codes: ['PSS_RUN_AS_USER', 'LINT_RUN_AS_NON_ROOT_UID_0'],
  steps: (s) => {
    const at = setter(s, (sc) => sc.runAsUser === 0)
    return at ? [deleteAt([...at.scPath, 'runAsUser'])] : []
  },
})

export const podSeccomp = defineFix({
  id: 'pod-seccomp-runtime-default',
  title: 'Set seccompProfile: RuntimeDefault for the pod',
  codes: ['PSS_SECCOMP_PROFILE_RESTRICTED', 'LINT_SECCOMP_UNSET'],
  when: (p) =>
    p.code === 'LINT_SECCOMP_UNSET' || p.message.includes('must set securityContext.seccompProfile'),
  steps: (s) => {
    const type = obj(s.podSc.seccompProfile)?.type
    return GOOD_PROFILES.includes(type ?? null)
      ? []
      : runtimeDefault({ sc: s.podSc, scPath: s.podScPath }, 'seccompProfile')
  },
})

export const seccompRuntimeDefault = defineFix({
  id: 'seccomp-runtime-default',
  title: 'Set the seccompProfile type to RuntimeDefault',
  codes: ['PSS_SECCOMP_PROFILE_RESTRICTED', 'PSS_SECCOMP_PROFILE_BASELINE'],
  when: (p) => p.message.includes('must not set securityContext.seccompProfile.type'),
  steps: (s) => {
    const at = setter(s, badProfile('seccompProfile'))
    return at ? runtimeDefault(at, 'seccompProfile') : []
  },
})

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod'
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/'
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/'

const goodSeccompAnnotation = (v: JsonValue) =>
  v === 'runtime/default' || v === 'docker/default' || (typeof v === 'string' && v.startsWith('localhost/'))
const goodAppArmorAnnotation = (v: JsonValue) =>
  v === '' || v === 'runtime/default' || (typeof v === 'string' && v.startsWith('localhost/'))

/** Steps setting every bad annotation with a prefix to runtime/default. */
function annotationSteps(s: Scope, keep: (key: string, v: JsonValue) => boolean): Step[] {
  const annotations = obj(s.resource.podMetadata.annotations) ?? {}
  return Object.entries(annotations)
    .filter(([k, v]) => !keep(k, v))
    .map(([k]) => setAt([...s.metaPath, 'annotations', k], 'runtime/default'))
}

export const seccompAnnotation = defineFix({
  id: 'seccomp-annotation-runtime-default',
  title: 'Set the seccomp annotations to runtime/default',
  codes: ['PSS_SECCOMP_PROFILE_BASELINE'],
  when: (p) => p.message.includes('forbidden annotation'),
  steps: (s) => {
    const names = new Set(s.resource.containers.map((c) => c.name))
    const checked = (k: string) =>
      k === SECCOMP_POD || (k.startsWith(SECCOMP_CONTAINER) && names.has(k.slice(SECCOMP_CONTAINER.length)))
    return annotationSteps(s, (k, v) => !checked(k) || goodSeccompAnnotation(v))
  },
})

export const appArmorRuntimeDefault = defineFix({
  id: 'apparmor-runtime-default',
  title: 'Set the AppArmor profile to RuntimeDefault',
  codes: ['PSS_APP_ARMOR_PROFILE'],
  steps: (s) => {
    const onAnnotation = s.problem.nodePath.includes('annotations')
    const at = onAnnotation ? undefined : setter(s, badProfile('appArmorProfile'))
    if (at) return runtimeDefault(at, 'appArmorProfile')
    return annotationSteps(s, (k, v) => !k.startsWith(APPARMOR_CONTAINER) || goodAppArmorAnnotation(v))
  },
})

export const PSS_PROFILE_FIXES: readonly Fix[] = [
  runAsNonRoot,
  removeRunAsUser0,
  podSeccomp,
  seccompRuntimeDefault,
  seccompAnnotation,
  appArmorRuntimeDefault,
]
