/**
 * What each runtime does with the AppArmor and SELinux settings the kubelet sends (k/k
 * pkg/kubelet/kuberuntime/helpers.go getAppArmorProfile, and seLinuxOptions), on top of the container-over-pod
 * merge: which profile and label the process really gets.
 *
 * - AppArmor, containerd (internal/cri/sputil/apparmor_linux.go GenerateApparmorSpecOpts): Unconfined sets
 *   nothing; RuntimeDefault, and an unset profile, load cri-containerd.apparmor.d, except for a privileged
 *   container; Localhost applies the named profile, privileged or not.
 * - AppArmor, CRI-O (server/container_create_linux.go specSetApparmorProfile, internal/config/apparmor Apply):
 *   nothing for a privileged container; otherwise crio-default for RuntimeDefault or unset, else the profile.
 * - SELinux, containerd (internal/cri/server/container_create.go buildLinuxSpec): the label from seLinuxOptions
 *   (or the sandbox's) is set after oci.WithPrivileged, so even a privileged container runs with it.
 * - SELinux, CRI-O (server/container_create.go configureSELinuxLabels): no label for a privileged container,
 *   nor with hostPID, hostIPC or (hostnetwork_disable_selinux, its default) hostNetwork.
 * - Seccomp is unconfined for a privileged container on both (containerd GenerateSeccompSpecOpts, CRI-O
 *   setupSeccomp unless privileged_seccomp_profile is configured): merge.ts mergeProfile does that one.
 */
import { RUNTIMES } from '../k8s/runtimes'
import type { Effective, JsonObject, Runtime } from '../types'
import { eff, type Fields } from './merge'

export interface Lsm {
  /** Replacements for the appArmorProfile.* and seLinuxOptions.* entries. */
  fields: Fields
  /** process.apparmorProfile the runtime writes (on a node with AppArmor), or null: none, unconfined. */
  apparmorProfile: string | null
  /** Whether the runtime gives the process an SELinux label (on a node with SELinux). */
  seLinuxLabel: boolean
  /** process.selinuxLabel (on a node with SELinux), or null. */
  seLinuxProcessLabel: string | null
}

/** The container type of the node's policy (container-selinux lxc_contexts `process`). */
const DEFAULT_LABEL = { user: 'system_u', role: 'system_r', type: 'container_t' }
/** What a label's level reads as when the runtime allocates the pod's MCS category pair. */
export const ALLOCATED_LEVEL = 's0:c…,c…'

/**
 * The process label: go-selinux label.InitLabels (both runtimes) starts from the policy's container label and
 * replaces the user, role, type and level that seLinuxOptions sets; without a level it allocates a unique
 * pair of MCS categories for the pod (shown as `c…,c…`). An empty string sets nothing.
 */
function processLabel(fields: Fields): string {
  const part = (k: 'user' | 'role' | 'type' | 'level') => {
    const v = fields[`seLinuxOptions.${k}`]?.value
    return typeof v === 'string' && v !== '' ? v : null
  }
  const { user, role, type } = DEFAULT_LABEL
  return `${part('user') ?? user}:${part('role') ?? role}:${part('type') ?? type}:${part('level') ?? ALLOCATED_LEVEL}`
}

const SELINUX_KEYS = ['user', 'role', 'type', 'level'].map((k) => `seLinuxOptions.${k}`)

function appArmor(fields: Fields, runtime: Runtime, privileged: boolean) {
  const info = RUNTIMES[runtime]
  const type = fields['appArmorProfile.type'] ?? eff(null, 'default')
  const out: Fields = {}
  let profile: string | null
  if (privileged && !(type.value === 'Localhost' && info.privilegedKeepsLocalhostAppArmor)) {
    if (type.value !== 'Unconfined') {
      out['appArmorProfile.type'] = eff('Unconfined', 'derived', {
        why: `privileged: ${info.label} runs the container without AppArmor`,
      })
    }
    profile = null
  } else if (type.value === 'Unconfined') {
    profile = null
  } else if (type.value === 'Localhost') {
    const name = fields['appArmorProfile.localhostProfile']?.value
    profile = typeof name === 'string' ? name : null
    if (privileged) {
      out['appArmorProfile.type'] = {
        ...type,
        why: `privileged: ${info.label} still applies a Localhost profile (it skips only RuntimeDefault)`,
      }
    }
  } else {
    profile = info.appArmorDefault
    if (type.source === 'default') {
      out['appArmorProfile.type'] = eff(null, 'default', {
        why: `unset: ${info.appArmorDefault}, the ${info.label} default profile, when the node has AppArmor`,
      })
    }
  }
  return { fields: out, profile }
}

/** Why the runtime starts the process without an SELinux label, or null when it keeps the label. */
function seLinuxOff(runtime: Runtime, privileged: boolean, podSpec: JsonObject): string | null {
  const info = RUNTIMES[runtime]
  if (privileged && !info.privilegedKeepsSeLinuxLabel)
    return `privileged: ${info.label} sets no SELinux label`
  const host = info.seLinuxOffWith.find((k) => podSpec[k] === true)
  return host ? `${host}: ${info.label} sets no SELinux label` : null
}

function seLinux(fields: Fields, runtime: Runtime, privileged: boolean, podSpec: JsonObject) {
  const off = seLinuxOff(runtime, privileged, podSpec)
  const out: Fields = {}
  for (const key of SELINUX_KEYS) {
    const e: Effective = fields[key] ?? eff(null, 'default')
    if (off) out[key] = { ...e, why: off }
    else if (privileged && e.value !== null) {
      out[key] = { ...e, why: `privileged: ${RUNTIMES[runtime].label} still applies this label` }
    }
  }
  return { fields: out, label: off === null }
}

/**
 * The runtime's reading of the merged appArmorProfile.* and seLinuxOptions.* entries (merged without the
 * privileged rule, which differs by runtime).
 */
export function runtimeLsm(fields: Fields, runtime: Runtime, privileged: boolean, podSpec: JsonObject): Lsm {
  const a = appArmor(fields, runtime, privileged)
  const s = seLinux(fields, runtime, privileged, podSpec)
  return {
    fields: { ...a.fields, ...s.fields },
    apparmorProfile: a.profile,
    seLinuxLabel: s.label,
    seLinuxProcessLabel: s.label ? processLabel(fields) : null,
  }
}
