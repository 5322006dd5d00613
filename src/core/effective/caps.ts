/**
 * Capabilities, privileged and no_new_privs (k/k pkg/securitycontext/util.go AddNoNewPrivileges).
 * The OCI sets come from the runtime (k8s/runtimes.ts); the /proc/1/status lines are what the kernel makes of
 * them when runc execs the workload (capabilities(7) "Transformation of capabilities during execve()"):
 * uid 0 gets permitted = effective = bounding | inheritable; any other uid gets only the ambient set (no file
 * capabilities assumed). Checked with runc 1.1 and busybox: containerd's privileged sets give a uid 1000
 * process CapPrm/CapEff/CapAmb 0; CRI-O's (all five sets full) give it every capability in all five lines.
 */
import { capNames, formatCapMask, maskOf } from '../k8s/capabilities'
import { PRIVILEGED_CAP_HEX, RUNTIMES, capRefusal, resolveCapabilities } from '../k8s/runtimes'
import type { CapStatus, JsonObject, JsonValue, OciCapabilities, Runtime } from '../types'
import { isSet } from '../json'
import { asObject, containerOnly, eff, type Fields } from './merge'

export interface CapsResult {
  fields: Fields
  privileged: boolean
  noNewPrivs: boolean
  status: CapStatus
  effectiveCaps: string[]
  boundingCaps: string[]
  /** process.capabilities as the runtime writes it. */
  sets: OciCapabilities
  /** The runtime's error when a capability name makes it refuse the container (CRI-O), else null. */
  refusal: string | null
}

const SYS_ADMIN = maskOf(['CAP_SYS_ADMIN'])

function names(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function sentence(parts: (string | undefined | false)[]): string | undefined {
  const kept = parts.filter((p): p is string => !!p)
  return kept.length ? kept.join('; ') : undefined
}

/** The capabilities, privileged and allowPrivilegeEscalation entries and the /proc/1/status Cap lines. */
export function computeCaps(ctr: JsonObject | null, runtime: Runtime, uid: number): CapsResult {
  const label = RUNTIMES[runtime].label
  const privilegedEntry = containerOnly('privileged', ctr, eff(false, 'default'))
  const privileged = privilegedEntry.value === true
  const caps = asObject(ctr?.capabilities)
  const add = names(caps?.add)
  const drop = names(caps?.drop)
  const { bounding, readings, sets } = resolveCapabilities(runtime, add, drop, privileged)
  const root = uid === 0
  const inheritable = maskOf(sets.inheritable)
  const ambient = maskOf(sets.ambient)
  const permitted = root ? bounding | inheritable : ambient
  const nonRootWhy =
    ambient !== 0n
      ? `uid ${uid} is not root, but ${label} puts every capability in the ambient set of a privileged container: the process keeps them all`
      : `uid ${uid} is not root: CapPrm and CapEff are 0 (Kubernetes has no ambient capabilities)`

  const listEntry = (list: 'add' | 'drop') => {
    const v = caps?.[list]
    const unsetWhy =
      list === 'add'
        ? `unset: nothing added to the ${label} default set`
        : `unset: the ${label} default set stays`
    if (!isSet(v)) return eff(null, 'default', { why: unsetWhy })
    const problems = readings.filter((r) => r.list === list && r.why).map((r) => r.why)
    const why = privileged
      ? 'privileged: add and drop are ignored'
      : sentence([...problems, list === 'add' && !root && permitted === 0n && add.length > 0 && nonRootWhy])
    return eff(v, 'container', { why })
  }

  const boundingCaps = capNames(bounding)
  const tuned = isSet(caps?.add) || isSet(caps?.drop)
  const setWhy = privileged
    ? `privileged: every capability (${PRIVILEGED_CAP_HEX})${ambient !== 0n ? ', in the inheritable and ambient sets too' : ''}`
    : tuned
      ? `the ${label} default set with capabilities.add and .drop applied`
      : `unset: the ${label} default set (${RUNTIMES[runtime].defaultCaps.length} capabilities)`
  const capabilities = eff(boundingCaps, privileged ? 'derived' : tuned ? 'container' : 'default', {
    why: sentence([setWhy, !root && bounding !== 0n && nonRootWhy]),
  })

  const ape = ctr?.allowPrivilegeEscalation
  const literalSysAdmin = add.includes('CAP_SYS_ADMIN')
  const hasSysAdmin = (bounding & SYS_ADMIN) !== 0n
  let allowPrivilegeEscalation
  if (isSet(ape)) {
    const why =
      ape !== false
        ? undefined
        : privileged
          ? 'rejected by the API server: privileged is true'
          : literalSysAdmin
            ? 'rejected by the API server: capabilities.add has CAP_SYS_ADMIN'
            : hasSysAdmin
              ? 'no_new_privs is set, but CAP_SYS_ADMIN can still escalate'
              : undefined
    allowPrivilegeEscalation = eff(ape, 'container', { why })
  } else if (privileged) {
    allowPrivilegeEscalation = eff(true, 'derived', { why: 'allowPrivilegeEscalation is true: privileged' })
  } else if (hasSysAdmin) {
    allowPrivilegeEscalation = eff(true, 'derived', {
      why: 'allowPrivilegeEscalation is true: CAP_SYS_ADMIN',
    })
  } else {
    allowPrivilegeEscalation = eff(true, 'default', { why: 'unset ⇒ allowed (no_new_privs is not set)' })
  }

  const prm = formatCapMask(permitted)
  return {
    fields: {
      capabilities,
      'capabilities.add': listEntry('add'),
      'capabilities.drop': listEntry('drop'),
      privileged: privilegedEntry,
      allowPrivilegeEscalation,
    },
    privileged,
    noNewPrivs: ape === false,
    status: {
      CapInh: formatCapMask(inheritable),
      CapPrm: prm,
      CapEff: prm,
      CapBnd: formatCapMask(bounding),
      CapAmb: formatCapMask(ambient),
    },
    effectiveCaps: capNames(permitted),
    boundingCaps,
    sets,
    // Privileged: SpecSetupCapabilities, which checks the names, is not called (container.go SpecSetPrivileges).
    refusal: privileged ? null : capRefusal(readings),
  }
}
