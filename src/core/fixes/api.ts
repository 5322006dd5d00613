/** Fixes for API validation errors with an obvious remedy. */
import type { JsonValue } from '../types'
import { filterAdd, removePodScField } from './commonSteps'
import { defineFix, type Fix } from './define'
import { targetContainers, valueAt, type Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

export const removeLocalhostProfile = defineFix({
  id: 'remove-localhost-profile',
  title: 'Remove localhostProfile',
  codes: ['API_SECCOMP_LOCALHOST_FORBIDDEN', 'API_APPARMOR_LOCALHOST_FORBIDDEN'],
  effect: 'safe',
  reason: 'localhostProfile means nothing with this profile type, and the API server rejects it there',
  steps: (s) => {
    const p = s.problem.nodePath
    const i = p.findIndex((k) => k === 'seccompProfile' || k === 'appArmorProfile')
    if (i < 0) return []
    const path = [...p.slice(0, i + 1), 'localhostProfile']
    return valueAt(s.resource, path) === undefined ? [] : [deleteAt(path)]
  },
})

export const removeApeFalse = defineFix({
  id: 'remove-ape-false',
  title: 'Remove allowPrivilegeEscalation: false',
  codes: ['API_APE_PRIVILEGED'],
  effect: 'safe',
  reason:
    'a privileged container always gets privilege escalation: the false only made the API server reject the pod',
  steps: (s) =>
    targetContainers(s)
      .filter((c) => c.sc?.allowPrivilegeEscalation === false)
      .map((c) => deleteAt([...c.scPath, 'allowPrivilegeEscalation'])),
})

export const removeCapSysAdmin = defineFix({
  id: 'remove-cap-sys-admin',
  title: 'Remove CAP_SYS_ADMIN from add',
  codes: ['API_APE_CAP_SYS_ADMIN'],
  effect: 'may-break',
  reason:
    'the container no longer gets CAP_SYS_ADMIN: whatever it did with it (mounts, namespaces, device setup) stops working',
  steps: (s) => targetContainers(s).flatMap((c) => filterAdd(c, (x) => x !== 'CAP_SYS_ADMIN')),
})

export const removeSeLinuxChangePolicy = defineFix({
  id: 'remove-selinux-change-policy',
  title: 'Remove seLinuxChangePolicy (MountOption is the default)',
  codes: ['API_SELINUX_CHANGE_POLICY_MOUNT_OPTION', 'LINT_SELINUX_MOUNT_OPTION'],
  effect: 'safe',
  reason: 'MountOption is what the kubelet does without it, where the cluster supports it',
  steps: (s) => removePodScField(s, 'seLinuxChangePolicy'),
})

export const seLinuxChangePolicyRecursive = defineFix({
  id: 'selinux-change-policy-recursive',
  title: 'Set seLinuxChangePolicy: Recursive',
  codes: ['API_SELINUX_CHANGE_POLICY_MOUNT_OPTION'],
  linuxOnly: true,
  effect: 'safe',
  reason:
    'the kubelet relabels every file of the volumes at each start: slower starts on big volumes, same access',
  steps: (s) => [setAt([...s.pod.scPath, 'seLinuxChangePolicy'], 'Recursive')],
})

/** `"1000"` → 1000, `"true"` → true; undefined when the string is not a quoted number or boolean. */
function unquoted(v: JsonValue | undefined): JsonValue | undefined {
  if (typeof v !== 'string') return undefined
  if (/^-?(0|[1-9][0-9]*)$/.test(v)) return Number(v)
  return v === 'true' ? true : v === 'false' ? false : undefined
}

export const unquote = defineFix({
  id: 'unquote-value',
  title: 'Write the value without quotes',
  codes: ['API_DECODE'],
  effect: 'safe',
  reason: 'the same value, written so the API server can decode it',
  when: (p) => typeof p.data?.value === 'string',
  steps: (s) => {
    const value = unquoted(valueAt(s.resource, s.problem.nodePath))
    return value === undefined ? [] : [setAt(s.problem.nodePath, value)]
  },
})

/** Deletes the key the problem points at when its value passes `accept` (a field, not a list item). */
function deleteProblemKey(s: Scope, accept: (value: JsonValue | undefined) => boolean): Step[] {
  const path = s.problem.nodePath
  return typeof path[path.length - 1] === 'string' && accept(valueAt(s.resource, path))
    ? [deleteAt(path)]
    : []
}

export const removeOutOfRangeId = defineFix({
  id: 'remove-out-of-range-id',
  title: 'Remove the out-of-range ID (unset falls back to the image or pod value)',
  codes: ['API_RANGE'],
  effect: 'may-break',
  reason: "the process runs as the pod's or the image's ID instead: files it owns or reads may not match",
  steps: (s) => deleteProblemKey(s, (v) => v !== undefined),
})

export const removeUndecodableNumber = defineFix({
  id: 'remove-undecodable-number',
  title: 'Remove the number the API server cannot decode (unset falls back to the image or pod value)',
  codes: ['API_DECODE'],
  effect: 'may-break',
  reason: "the process runs as the pod's or the image's ID instead: files it owns or reads may not match",
  when: (p) => typeof p.data?.value === 'number',
  steps: (s) => deleteProblemKey(s, (v) => typeof v === 'number'),
})

export const API_FIXES: readonly Fix[] = [
  removeOutOfRangeId,
  removeUndecodableNumber,
  removeLocalhostProfile,
  removeApeFalse,
  removeCapSysAdmin,
  removeSeLinuxChangePolicy,
  seLinuxChangePolicyRecursive,
  unquote,
]
