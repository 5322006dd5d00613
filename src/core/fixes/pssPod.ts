/** Fixes for the Pod Security checks that may sit at pod level (or both levels). */
import { obj } from '../json'
import type { ContainerView, PodView } from '../pod'
import type { JsonObject, JsonValue } from '../types'
import { defineFix, type Fix } from './define'
import { pssAllowsProfileType } from '../pss/checks/profiles'
import {
  APPARMOR_ANNOTATION_PREFIX,
  PROFILE_VALUE,
  pssAllowsAppArmorAnnotation,
  pssAllowsSeccompAnnotation,
  seccompAnnotationKeys,
} from '../k8s/annotations'
import { windowsUserName } from './identity'
import type { Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

/** The pod or a container: the owner of a securityContext a fix changes. */
type Setter = PodView | ContainerView

/** The securityContext the problem is about: its container's when it has one that matches, else the pod's. */
function setter(s: Scope, matches: (sc: JsonObject) => boolean): Setter | undefined {
  if (s.container && matches(s.container.sc ?? {})) return s.container
  if (matches(s.pod.sc ?? {})) return s.pod
  return undefined
}

/** Sets a profile (seccompProfile / appArmorProfile) to RuntimeDefault, dropping a stale localhostProfile. */
function runtimeDefault(at: Setter, field: string): Step[] {
  const profile = obj(at.sc?.[field])
  return [
    setAt([...at.scPath, field, 'type'], 'RuntimeDefault'),
    ...(profile?.localhostProfile !== undefined ? [deleteAt([...at.scPath, field, 'localhostProfile'])] : []),
  ]
}

const badProfile = (field: string) => (sc: JsonObject) => {
  const profile = obj(sc[field])
  return profile !== undefined && !pssAllowsProfileType(typeof profile.type === 'string' ? profile.type : '')
}

export const runAsNonRoot = defineFix({
  id: 'run-as-non-root',
  title: 'Set runAsNonRoot: true',
  codes: ['PSS_RUN_AS_NON_ROOT', 'LINT_RUN_AS_ROOT'],
  effect: 'may-break',
  reason:
    'the kubelet refuses to start a container that would run as root: runAsUser 0, or no runAsUser and an image that runs as root',
  // The kubelet's verdict under the image assumption decides (the level fix turns a refusal it would cause
  // into may-break); a Windows image's own user is not modelled, so without runAsUserName it may break.
  assess: (s) => {
    const at = nonRootSetter(s)
    const covered = at === s.pod ? s.pod.containers : [s.container!]
    const windows = s.pod.nodeOs.os === 'windows'
    const named = (c: ContainerView) => windowsUserName(s, c) !== undefined
    return windows && !covered.every(named)
      ? {
          effect: 'may-break',
          reason: 'the kubelet refuses to start a container whose image runs as ContainerAdministrator',
        }
      : { effect: 'safe', reason: 'the containers it covers run as non-root users: the kubelet starts them' }
  },
  steps: (s) => {
    const at = nonRootSetter(s)
    return at.sc?.runAsNonRoot === true ? [] : [setAt([...at.scPath, 'runAsNonRoot'], true)]
  },
})

/** An explicit false is fixed where it is; otherwise the pod-level value covers every container. */
function nonRootSetter(s: Scope): Setter {
  return setter(s, (sc) => sc.runAsNonRoot === false) ?? s.pod
}

/** Containers whose runAsUser 0 comes from `at`, and who they run as once it is gone. */
function afterRootRemoved(s: Scope, at: Setter) {
  const pod = at === s.pod
  const covered = pod ? s.pod.containers.filter((c) => c.sc?.runAsUser === undefined) : [s.container!]
  const fallback = pod ? undefined : s.pod.sc?.runAsUser
  return { covered, fallback: typeof fallback === 'number' && fallback > 0 ? fallback : undefined }
}

export const removeRunAsUser0 = defineFix({
  id: 'remove-run-as-user-0',
  title: 'Remove runAsUser: 0',
  codes: ['PSS_RUN_AS_USER', 'LINT_RUN_AS_NON_ROOT_UID_0'],
  effect: 'may-break',
  reason:
    "the container no longer runs as root but as the pod's runAsUser or its image's user: whatever needed root (chown, ports below 1024, root-owned files) fails",
  declines: (s) => {
    const at = setter(s, (sc) => sc.runAsUser === 0)
    if (!at) return null
    const { covered, fallback } = afterRootRemoved(s, at)
    if (fallback !== undefined || covered.length === 0) return null
    const names = covered.map((c) => `"${String(c.obj.name)}"`).join(', ')
    const one = covered.length === 1
    return [
      `${one ? 'container' : 'containers'} ${names} ${one ? 'runs' : 'run'} as root on purpose (runAsUser: 0);`,
      `without it ${one ? 'it runs as its' : 'they run as their'} image's user, which must then be non-root:`,
      `give ${one ? 'it' : 'them'} a non-root runAsUser that can do the job, or keep this workload below restricted`,
    ].join(' ')
  },
  steps: (s) => {
    const at = setter(s, (sc) => sc.runAsUser === 0)
    return at ? [deleteAt([...at.scPath, 'runAsUser'])] : []
  },
})

const SYSCALLS = 'syscalls the default profile blocks (mount, unshare, keyctl, ptrace on old kernels, …) fail'

export const podSeccomp = defineFix({
  id: 'pod-seccomp-runtime-default',
  title: 'Set seccompProfile: RuntimeDefault for the pod',
  codes: ['PSS_SECCOMP_PROFILE_RESTRICTED', 'LINT_SECCOMP_UNSET'],
  when: (p) => p.code === 'LINT_SECCOMP_UNSET' || p.nodePath.at(-1) !== 'type',
  linuxOnly: true,
  effect: 'safe',
  reason: `containers without a profile of their own get the runtime's default seccomp profile: ${SYSCALLS}`,
  assess: (s) =>
    obj(s.pod.sc?.seccompProfile)?.type === undefined
      ? { effect: podSeccomp.effect, reason: podSeccomp.reason }
      : { effect: 'may-break', reason: `the pod's own seccomp profile is replaced: ${SYSCALLS}` },
  steps: (s) => {
    const type = obj(s.pod.sc?.seccompProfile)?.type
    return typeof type === 'string' && pssAllowsProfileType(type)
      ? []
      : runtimeDefault(s.pod, 'seccompProfile')
  },
})

export const seccompRuntimeDefault = defineFix({
  id: 'seccomp-runtime-default',
  title: 'Set the seccompProfile type to RuntimeDefault',
  codes: ['PSS_SECCOMP_PROFILE_RESTRICTED', 'PSS_SECCOMP_PROFILE_BASELINE'],
  when: (p) => p.nodePath.at(-1) === 'type',
  linuxOnly: true,
  effect: 'may-break',
  reason: `an Unconfined seccomp profile becomes the runtime's default: ${SYSCALLS}`,
  steps: (s) => {
    const at = setter(s, badProfile('seccompProfile'))
    return at ? runtimeDefault(at, 'seccompProfile') : []
  },
})

// A non-string value reads as '' (Pod Security's own reading of a map[string]string).
const goodSeccompAnnotation = (v: JsonValue) => pssAllowsSeccompAnnotation(typeof v === 'string' ? v : '')
const goodAppArmorAnnotation = (v: JsonValue) => pssAllowsAppArmorAnnotation(typeof v === 'string' ? v : '')

/** Steps setting every bad annotation with a prefix to runtime/default. */
function annotationSteps(s: Scope, keep: (key: string, v: JsonValue) => boolean): Step[] {
  return Object.entries(s.pod.annotations)
    .filter(([k, v]) => !keep(k, v))
    .map(([k]) => setAt([...s.pod.metaPath, 'annotations', k], PROFILE_VALUE.RUNTIME_DEFAULT))
}

export const seccompAnnotation = defineFix({
  id: 'seccomp-annotation-runtime-default',
  title: 'Set the seccomp annotations to runtime/default',
  codes: ['PSS_SECCOMP_PROFILE_BASELINE'],
  linuxOnly: true,
  effect: 'may-break',
  reason: `an unconfined seccomp annotation becomes runtime/default: ${SYSCALLS}`,
  when: (p) => p.nodePath.includes('annotations'),
  steps: (s) => {
    const keys = new Set(seccompAnnotationKeys(s.resource.containers.map((c) => c.name)))
    const checked = (k: string) => keys.has(k)
    return annotationSteps(s, (k, v) => !checked(k) || goodSeccompAnnotation(v))
  },
})

export const appArmorRuntimeDefault = defineFix({
  id: 'apparmor-runtime-default',
  title: 'Set the AppArmor profile to RuntimeDefault',
  codes: ['PSS_APP_ARMOR_PROFILE'],
  linuxOnly: true,
  effect: 'may-break',
  reason:
    "an unconfined AppArmor profile becomes the runtime's default: file, mount and network use it denies fails",
  steps: (s) => {
    const onAnnotation = s.problem.nodePath.includes('annotations')
    const at = onAnnotation ? undefined : setter(s, badProfile('appArmorProfile'))
    if (at) return runtimeDefault(at, 'appArmorProfile')
    return annotationSteps(
      s,
      (k, v) => !k.startsWith(APPARMOR_ANNOTATION_PREFIX) || goodAppArmorAnnotation(v),
    )
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
