/**
 * The OCI runtime spec parts a container's securityContext decides, per runtime (`oci` in `effective --json
 * --oci`), read from the effective model (core/effective): every rule lives there or in k8s/runtimes.ts; this
 * module only writes the result the way containerd or CRI-O hands it to runc:
 * - process.user: uid and gid; additionalGids in the runtime's order (effective/identity.ts).
 * - process.capabilities: the five sets as the runtime spells them, unknown names included (containerd's
 *   `CAP_CAP_NET_ADMIN`; runc ignores what it does not know) (k8s/runtimes.ts resolveCapabilities).
 * - process.noNewPrivileges: allowPrivilegeEscalation false (k/k securitycontext AddNoNewPrivileges;
 *   containerd oci.WithNoNewPrivileges, CRI-O SetProcessNoNewPrivileges).
 * - process.apparmorProfile, process.selinuxLabel: effective/lsm.ts.
 * - root.readonly: readOnlyRootFilesystem (containerd oci.WithRootFSReadonly; CRI-O SetRootReadonly).
 * - linux.seccomp: none for Unconfined or privileged, the runtime's default for RuntimeDefault, the node's
 *   file for Localhost (the kubelet passes <root-dir>/seccomp/<localhostProfile>: kuberuntime
 *   fieldSeccompProfile).
 * - linux.maskedPaths / readonlyPaths: paths.ts. mounts: mounts.ts.
 */
import { generatedEtc, modelOf } from '../effective/image'
import { RUNTIMES } from '../k8s/runtimes'
import { findContainer, podView } from '../pod'
import type { ContainerEffective, Resource, Runtime } from '../types'
import { etcMounts, volumeMounts } from './mounts'
import { procPaths } from './paths'
import type { OciLink, OciSeccomp, OciSpecParts, RuntimeSpec } from './types'

export type { OciLink, OciMount, OciSeccomp, OciSpecParts, RuntimeSpec } from './types'

/** The kubelet's seccomp directory (its --root-dir is /var/lib/kubelet). */
export const KUBELET_SECCOMP_DIR = '/var/lib/kubelet/seccomp'

/** The filter the runtime loads: none where the model says no filter applies (seccompMode 0). */
function seccompOf(runtime: Runtime, mode: 0 | 2, type: unknown, localhost: unknown): OciSeccomp | null {
  if (mode === 0) return null
  if (type === 'RuntimeDefault') return { profile: 'RuntimeDefault', ...RUNTIMES[runtime].seccompDefault }
  const path = `${KUBELET_SECCOMP_DIR}/${typeof localhost === 'string' ? localhost : ''}`
  return {
    profile: 'Localhost',
    path,
    note: `the filter is the file ${path} on the node: its content is not known here`,
  }
}

const LINKS: readonly (readonly [string, readonly string[]])[] = [
  ['process.user.uid', ['runAsUser']],
  ['process.user.gid', ['runAsGroup']],
  [
    'process.user.additionalGids',
    ['runAsGroup', 'fsGroup', 'supplementalGroups', 'supplementalGroupsPolicy'],
  ],
  ['process.capabilities', ['capabilities.add', 'capabilities.drop', 'privileged']],
  ['process.noNewPrivileges', ['allowPrivilegeEscalation']],
  ['process.apparmorProfile', ['appArmorProfile.type', 'appArmorProfile.localhostProfile', 'privileged']],
  [
    'process.selinuxLabel',
    [
      'seLinuxOptions.user',
      'seLinuxOptions.role',
      'seLinuxOptions.type',
      'seLinuxOptions.level',
      'privileged',
    ],
  ],
  ['root.readonly', ['readOnlyRootFilesystem']],
  ['mounts', ['fsGroup']],
  ['linux.seccomp', ['seccompProfile.type', 'seccompProfile.localhostProfile', 'privileged']],
  ['linux.maskedPaths', ['procMount', 'privileged']],
  ['linux.readonlyPaths', ['procMount', 'privileged']],
]

function whys(runtime: Runtime, spec: OciSpecParts): Readonly<Record<string, string>> {
  const label = RUNTIMES[runtime].label
  const p = spec.process
  return {
    'process.user.uid': 'runAsUser, else the image USER',
    'process.user.gid': "runAsGroup, else the user's group in the image's /etc/passwd",
    'process.user.additionalGids': RUNTIMES[runtime].sortsAdditionalGids
      ? `${label} merges the gid, the image's groups (Merge), fsGroup and supplementalGroups, sorted`
      : `${label} adds the gid, the image's groups (Merge), then fsGroup and supplementalGroups, each once`,
    'process.capabilities':
      p.capabilities.ambient.length > 0
        ? `privileged: ${label} puts every capability in all five sets`
        : `${label} writes its default set with capabilities.add and .drop applied (every capability when privileged); no inheritable or ambient set`,
    'process.noNewPrivileges': 'true only where allowPrivilegeEscalation is false',
    'process.apparmorProfile':
      p.apparmorProfile === null
        ? `${label} sets no AppArmor profile`
        : `the profile ${label} loads on a node with AppArmor`,
    'process.selinuxLabel':
      p.selinuxLabel === null
        ? `${label} sets no SELinux label`
        : 'seLinuxOptions over the policy’s container_t label, on a node with SELinux',
    'root.readonly': 'readOnlyRootFilesystem',
    mounts: 'one bind mount per volumeMount, from the directory the kubelet prepared (owned by fsGroup)',
    'linux.seccomp':
      spec.linux.seccomp === null
        ? 'no seccomp filter: Unconfined, unset (kubelet seccompDefault off) or privileged'
        : spec.linux.seccomp.profile === 'RuntimeDefault'
          ? `the ${label} default profile`
          : 'the Localhost profile file on the node',
    'linux.maskedPaths': 'procMount Default masks the kubelet’s list; Unmasked and privileged mask nothing',
    'linux.readonlyPaths':
      'procMount Default makes the kubelet’s list read-only; Unmasked and privileged none',
  }
}

/**
 * The runtime spec parts for one container computed with `runtime` (computeEffective's options.runtime), or
 * null when no Linux process runs (refused, or a Windows pod).
 */
export function runtimeSpec(resource: Resource, c: ContainerEffective, runtime: Runtime): RuntimeSpec | null {
  const p = c.process
  if (!p) return null
  const value = (key: string) => c.fields[key]?.value ?? null
  const privileged = value('privileged') === true
  const procMount = value('procMount')
  const etc = generatedEtc(runtime, p.uid, p.gid, modelOf(c.image))
  const pod = podView(resource)
  const container = findContainer(pod, c)?.obj ?? null
  const spec: OciSpecParts = {
    process: {
      user: { uid: p.uid, gid: p.gid, additionalGids: p.additionalGids },
      capabilities: p.capabilitySets,
      noNewPrivileges: p.noNewPrivs,
      apparmorProfile: p.apparmorProfile,
      selinuxLabel: p.seLinuxProcessLabel,
    },
    root: { readonly: value('readOnlyRootFilesystem') === true },
    mounts: [...volumeMounts(runtime, c, pod.spec, container), ...etcMounts(etc)],
    linux: {
      seccomp: seccompOf(
        runtime,
        p.seccompMode,
        value('seccompProfile.type'),
        value('seccompProfile.localhostProfile'),
      ),
      ...procPaths(runtime, typeof procMount === 'string' ? procMount : null, privileged),
    },
  }
  const why = whys(runtime, spec)
  const links: OciLink[] = LINKS.map(([part, fields]) => ({
    part,
    fields: fields.filter((f) => Object.hasOwn(c.fields, f)),
    why: why[part] ?? '',
  }))
  return { spec, links, notes: notes(runtime, spec, pod.userNamespace, privileged) }
}

function notes(runtime: Runtime, spec: OciSpecParts, userNamespace: boolean, privileged: boolean): string[] {
  const out: string[] = []
  if (spec.mounts.some((m) => m.source.includes('<')))
    out.push('<pod uid>, <container id> and <volume> stand for what the cluster assigns')
  if (spec.process.apparmorProfile !== null)
    out.push('process.apparmorProfile is set on a node with AppArmor enabled, else left out')
  if (spec.process.selinuxLabel !== null)
    out.push(
      'process.selinuxLabel is set on a node with SELinux enabled, else left out; c…,c… is the pair of MCS categories the runtime allocates for the pod',
    )
  if (runtime === 'cri-o' && spec.linux.maskedPaths.length > 0)
    out.push('CRI-O also masks the node’s /sys/devices/system/cpu/cpu*/thermal_throttle directories')
  if (privileged) out.push('privileged: every capability of the node’s kernel (41 assumed)')
  if (userNamespace)
    out.push(
      'hostUsers: false: the runtime also adds a user namespace with the kubelet’s id mappings (not shown)',
    )
  return out
}
