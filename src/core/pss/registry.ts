/**
 * Every check with its versioned implementations and overrides (the Versions of each k8s.io/pod-security-admission
 * policy/check_*.go; which one a version runs: policy/registry.go).
 */
import type { Check, CheckFn } from './check'
import type { PssLevel } from '../types'
import type { PssCheckId } from './codes'
import {
  allowPrivilegeEscalation,
  capabilitiesBaseline,
  capabilitiesRestricted,
  privileged,
  procMount,
  procMountV135,
  windowsExempt,
} from './checks/containerFields'
import {
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  restrictedVolumes,
  sysctls,
} from './checks/host'
import { runAsNonRoot, runAsUser, unlessUserNamespace, windowsHostProcess } from './checks/identity'
import {
  appArmorProfile,
  seccompProfileBaseline,
  seccompProfileBaselineV10,
  seccompProfileRestricted,
  seLinuxOptions,
  seLinuxOptionsV131,
} from './checks/profiles'

const baseline = (id: PssCheckId, versions: Check['versions']): Check => ({ id, level: 'baseline', versions })
const restricted = (id: PssCheckId, versions: Check['versions']): Check => ({
  id,
  level: 'restricted',
  versions,
})
const always = (fn: CheckFn) => [{ min: 0, fn }]

export const CHECKS: readonly Check[] = [
  baseline('appArmorProfile', always(appArmorProfile)),
  baseline('capabilities_baseline', always(capabilitiesBaseline)),
  baseline('hostNamespaces', always(hostNamespaces)),
  baseline('hostPathVolumes', always(hostPathVolumes)),
  baseline('hostPorts', always(hostPorts)),
  baseline('hostProbesAndHostLifecycle', [{ min: 34, fn: hostProbesAndHostLifecycle }]),
  baseline('privileged', always(privileged)),
  baseline('procMount', [
    { min: 0, fn: procMount },
    { min: 35, fn: procMountV135 },
  ]),
  baseline('seLinuxOptions', [
    { min: 0, fn: seLinuxOptions },
    { min: 31, fn: seLinuxOptionsV131 },
  ]),
  baseline('seccompProfile_baseline', [
    { min: 0, fn: seccompProfileBaselineV10 },
    { min: 19, fn: seccompProfileBaseline },
  ]),
  baseline('sysctls', always(sysctls)),
  baseline('windowsHostProcess', always(windowsHostProcess)),
  restricted('allowPrivilegeEscalation', [
    { min: 8, fn: allowPrivilegeEscalation },
    { min: 25, fn: windowsExempt(allowPrivilegeEscalation) },
  ]),
  restricted('capabilities_restricted', [
    { min: 22, fn: capabilitiesRestricted, overrides: ['capabilities_baseline'] },
    { min: 25, fn: windowsExempt(capabilitiesRestricted), overrides: ['capabilities_baseline'] },
  ]),
  restricted('procMount_restricted', [{ min: 35, fn: procMount, overrides: ['procMount'] }]),
  restricted('restrictedVolumes', [{ min: 0, fn: restrictedVolumes, overrides: ['hostPathVolumes'] }]),
  restricted('runAsNonRoot', [
    { min: 0, fn: runAsNonRoot },
    { min: 35, fn: unlessUserNamespace(runAsNonRoot) },
  ]),
  restricted('runAsUser', [
    { min: 23, fn: runAsUser },
    { min: 35, fn: unlessUserNamespace(runAsUser) },
  ]),
  restricted('seccompProfile_restricted', [
    { min: 19, fn: seccompProfileRestricted, overrides: ['seccompProfile_baseline'] },
    { min: 25, fn: windowsExempt(seccompProfileRestricted), overrides: ['seccompProfile_baseline'] },
  ]),
]

const byteOrder = (a: Check, b: Check) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

type Active = readonly { id: PssCheckId; fn: CheckFn }[]
/** activeChecks by level and minor: every analysis asks for the same few. */
const activeCache = new Map<string, Active>()

/**
 * The implementations that run at `level` and policy minor `minor`, in message order: baseline ids byte-sorted,
 * then restricted ids byte-sorted; at restricted, baseline checks overridden by an active restricted one drop out.
 */
export function activeChecks(level: 'baseline' | 'restricted', minor: number): Active {
  const key = `${level}/${minor}`
  const cached = activeCache.get(key)
  if (cached) return cached
  const active = CHECKS.filter((c) => level === 'restricted' || c.level === 'baseline').flatMap((c) => {
    const impl = c.versions.filter((v) => v.min <= minor).at(-1)
    return impl ? [{ check: c, impl }] : []
  })
  const overridden = new Set(active.flatMap((a) => a.impl.overrides ?? []))
  const keep = active.filter((a) => !overridden.has(a.check.id))
  const ordered = [
    ...keep.filter((a) => a.check.level === 'baseline').sort((a, b) => byteOrder(a.check, b.check)),
    ...keep.filter((a) => a.check.level === 'restricted').sort((a, b) => byteOrder(a.check, b.check)),
  ]
  const result = Object.freeze(ordered.map((a) => Object.freeze({ id: a.check.id, fn: a.impl.fn })))
  activeCache.set(key, result)
  return result
}

/** Whether Pod Security runs check `id` at `level` and policy minor `minor` (lints that it covers stay quiet). */
export function isCheckActive(id: PssCheckId, level: PssLevel, minor: number): boolean {
  if (level === 'privileged') return false
  const check = CHECKS.find((c) => c.id === id)
  if (!check || (level === 'baseline' && check.level === 'restricted')) return false
  return check.versions.some((v) => v.min <= minor)
}
