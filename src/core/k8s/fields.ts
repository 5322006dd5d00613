/**
 * The securityContext field catalogue (kubernetes/api core/v1/types.go): every field of the pod-level
 * PodSecurityContext and the container-level SecurityContext, nested fields listed leaf by leaf.
 */
import { ENUMS } from './enums'
import type { FieldSpec } from './fieldSpec'

export type { FeatureGate, FieldLevel, FieldSpec, FieldType, SpecField } from './fieldSpec'
export { SPEC_FIELDS, gateName, gateOn } from './gates'

/** The largest uid/gid the API accepts (int32 max; validation.go ValidateNonnegativeField + IsValidUserID). */
export const MAX_ID = 2147483647

const API_REF = 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/'
/** PodSpec "Security context" section (PodSecurityContext). */
export const POD_REF = `${API_REF}#security-context`
/** Container "Security Context" section (SecurityContext). */
export const CONTAINER_REF = `${API_REF}#security-context-1`

type Def = Omit<FieldSpec, 'path' | 'label' | 'ref' | 'os'> & { os?: FieldSpec['os'] }

function field(path: readonly string[], def: Def): FieldSpec {
  return {
    path,
    label: path.join(' '),
    ref: def.level === 'container' ? CONTAINER_REF : POD_REF,
    os: def.os ?? 'linux',
    ...def,
  }
}

const seLinux = (sub: string, doc: string): FieldSpec =>
  field(['seLinuxOptions', sub], {
    level: 'both',
    type: 'string',
    since: 0,
    podSince: 1,
    group: 'seLinuxOptions',
    doc,
    unset: 'taken from the container runtime policy',
  })

const windows = (sub: string, type: 'string' | 'bool', since: number, doc: string, unset: string) =>
  field(['windowsOptions', sub], {
    level: 'both',
    type,
    since,
    group: 'windowsOptions',
    doc,
    unset,
    os: 'windows',
  })

export const FIELDS: readonly FieldSpec[] = [
  field(['runAsUser'], {
    level: 'both',
    type: 'int',
    since: 0,
    podSince: 1,
    doc: 'The user ID the container process runs as.',
    unset: "the image's USER (root when the image sets none)",
  }),
  field(['runAsGroup'], {
    level: 'both',
    type: 'int',
    since: 10,
    gate: { name: 'RunAsGroup', on: 14 },
    doc: 'The primary group ID of the container process.',
    unset: "the user's group in the image's /etc/passwd, else 0 (root)",
  }),
  field(['runAsNonRoot'], {
    level: 'both',
    type: 'bool',
    since: 1,
    doc: 'When true, the kubelet refuses to start a container that would run as uid 0.',
    unset: 'no check',
    os: 'any',
  }),
  field(['supplementalGroups'], {
    level: 'pod',
    type: 'intList',
    since: 1,
    doc: 'Extra group IDs given to the first process of every container.',
    unset: 'no extra groups (image groups may still be merged)',
  }),
  field(['supplementalGroupsPolicy'], {
    level: 'pod',
    type: 'enum',
    ...ENUMS.supplementalGroupsPolicy,
    gate: { name: 'SupplementalGroupsPolicy', on: 33 },
    since: 31,
    doc: "Whether the groups of the image's /etc/group are merged into the process groups (Merge) or not (Strict).",
    unset: 'Merge',
  }),
  field(['fsGroup'], {
    level: 'pod',
    type: 'int',
    since: 1,
    doc: 'A group that owns supported volumes (setgid, group rw) and is added to every container process.',
    unset: 'the kubelet never changes volume ownership',
  }),
  field(['fsGroupChangePolicy'], {
    level: 'pod',
    type: 'enum',
    ...ENUMS.fsGroupChangePolicy,
    gate: { name: 'ConfigurableFSGroupPolicy', on: 20 },
    since: 18,
    doc: 'When the kubelet re-applies fsGroup ownership: on every mount, or only when the volume root differs.',
    unset: 'Always',
  }),
  field(['sysctls'], {
    level: 'pod',
    type: 'sysctls',
    since: 11,
    doc: 'Namespaced kernel parameters set for the pod; unsafe ones must be allowed on the kubelet.',
    unset: 'none',
  }),
  field(['seLinuxChangePolicy'], {
    level: 'pod',
    type: 'enum',
    ...ENUMS.seLinuxChangePolicy,
    gate: { name: 'SELinuxChangePolicy', on: 33 },
    valueGates: { MountOption: { name: 'SELinuxMount', on: 37 } },
    since: 32,
    doc: 'How volumes get the SELinux label: a mount option (fast) or a recursive relabel of every file.',
    unset: 'MountOption where supported, else Recursive',
  }),
  field(['capabilities', 'add'], {
    level: 'container',
    type: 'capabilities',
    since: 0,
    group: 'capabilities',
    doc: 'Linux capabilities added to the runtime default set (write NET_ADMIN, not CAP_NET_ADMIN).',
    unset: 'nothing added',
  }),
  field(['capabilities', 'drop'], {
    level: 'container',
    type: 'capabilities',
    since: 0,
    group: 'capabilities',
    doc: 'Linux capabilities removed from the runtime default set; ALL removes every one.',
    unset: 'the runtime default set stays',
  }),
  field(['privileged'], {
    level: 'container',
    type: 'bool',
    since: 0,
    doc: 'Runs the container with every capability and host device access, like root on the host.',
    unset: 'false',
  }),
  field(['readOnlyRootFilesystem'], {
    level: 'container',
    type: 'bool',
    since: 2,
    doc: "Mounts the container's root filesystem read-only; volumes stay writable.",
    unset: 'false',
  }),
  field(['allowPrivilegeEscalation'], {
    level: 'container',
    type: 'bool',
    since: 8,
    doc: 'When false, sets no_new_privs so setuid binaries and file capabilities cannot raise privileges.',
    unset: 'allowed (no_new_privs is not set)',
  }),
  field(['procMount'], {
    level: 'container',
    type: 'enum',
    ...ENUMS.procMount,
    gate: { name: 'ProcMountType', on: 33, effect: 'silently resets procMount to Default' },
    since: 12,
    doc: 'Whether sensitive /proc and /sys paths are masked (Default) or not (Unmasked, needs hostUsers: false).',
    unset: 'Default',
  }),
  field(['seccompProfile', 'type'], {
    level: 'both',
    type: 'enum',
    ...ENUMS.profileType,
    since: 19,
    group: 'seccompProfile',
    doc: 'The seccomp filter on system calls: the runtime default, a profile file on the node, or none.',
    unset: 'Unconfined, unless the kubelet sets seccompDefault',
  }),
  field(['seccompProfile', 'localhostProfile'], {
    level: 'both',
    type: 'string',
    since: 19,
    group: 'seccompProfile',
    doc: "Path of the profile relative to the kubelet's seccomp directory; only with type Localhost.",
    unset: 'required when type is Localhost',
  }),
  field(['appArmorProfile', 'type'], {
    level: 'both',
    type: 'enum',
    ...ENUMS.profileType,
    since: 30,
    group: 'appArmorProfile',
    doc: 'The AppArmor profile: the runtime default, a profile loaded on the node, or none.',
    unset: 'the runtime default when the node has AppArmor',
  }),
  field(['appArmorProfile', 'localhostProfile'], {
    level: 'both',
    type: 'string',
    since: 30,
    group: 'appArmorProfile',
    doc: 'Name of a profile loaded on the node; only with type Localhost.',
    unset: 'required when type is Localhost',
  }),
  seLinux('user', 'SELinux user of the container process label.'),
  seLinux('role', 'SELinux role of the container process label.'),
  seLinux('type', 'SELinux type of the container process label (e.g. container_t).'),
  seLinux('level', 'SELinux MCS level (e.g. s0:c123,c456); pods sharing it can share volumes.'),
  windows(
    'gmsaCredentialSpecName',
    'string',
    15,
    'Name of the GMSACredentialSpec resource to use (Windows).',
    'no GMSA',
  ),
  windows(
    'gmsaCredentialSpec',
    'string',
    15,
    'The GMSA credential spec itself, usually filled in by the GMSA webhook (Windows).',
    'no GMSA',
  ),
  windows(
    'runAsUserName',
    'string',
    16,
    'The Windows user name the entrypoint runs as.',
    "the image's default user",
  ),
  {
    ...windows('hostProcess', 'bool', 22, 'Runs the container as a Windows host process.', 'false'),
    gate: { name: 'WindowsHostProcessContainers', on: 23 },
  },
]

/** The dotted key of a field: `runAsUser`, `seccompProfile.type` (the keys of ContainerEffective.fields). */
export function fieldKey(f: FieldSpec): string {
  return f.path.join('.')
}

const BY_PATH = new Map(FIELDS.map((f) => [fieldKey(f), f]))

/** Fields that can be set at a level (fields of level 'both' are in both lists), in catalogue order. */
export function fieldsFor(level: 'pod' | 'container'): FieldSpec[] {
  return FIELDS.filter((f) => f.level === level || f.level === 'both')
}

/** The field at a path inside securityContext (['seccompProfile', 'type']), or undefined. */
export function fieldByPath(path: readonly (string | number)[]): FieldSpec | undefined {
  return BY_PATH.get(path.join('.'))
}

/** The field with a dotted key (`seccompProfile.type`), or undefined. */
export function fieldByKey(key: string): FieldSpec | undefined {
  return BY_PATH.get(key)
}

/** The minor a field appeared in at a level. */
export function sinceAt(f: FieldSpec, level: 'pod' | 'container'): number {
  return level === 'pod' ? (f.podSince ?? f.since) : f.since
}

/** The API reference link for a field at a level. */
export function refAt(level: 'pod' | 'container'): string {
  return level === 'pod' ? POD_REF : CONTAINER_REF
}

/**
 * The values of an enum field the API server of a minor accepts, byte-sorted as upstream prints them
 * (`supported values: "Always", "OnRootMismatch"`, sets.List order).
 */
export function supportedValues(key: string, minor: number): string[] {
  const f = BY_PATH.get(key)
  const gates = f?.valueGates
  const on = (v: string) => !gates || !Object.hasOwn(gates, v) || minor >= gates[v]!.on
  return [...(f?.values ?? [])].filter(on).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
