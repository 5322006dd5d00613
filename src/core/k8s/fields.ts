/**
 * The securityContext field catalogue (spec/securitycontext.md §1.1–§1.3): every field of the pod-level
 * PodSecurityContext and the container-level SecurityContext, nested fields listed leaf by leaf.
 */
export type FieldLevel = 'pod' | 'container' | 'both'
/**
 * How a form edits a field. Leaf kinds: int, bool, enum, string, intList (supplementalGroups),
 * capabilities (a list of capability names: `capabilities add` / `capabilities drop`),
 * sysctls (a list of `{ name, value }`). 'profile', 'seLinux' and 'windows' name whole structs and are not used
 * by FIELDS, which lists their sub-fields one by one (`seccompProfile type`, `seLinuxOptions level` ...).
 */
export type FieldType =
  | 'int'
  | 'bool'
  | 'enum'
  | 'string'
  | 'intList'
  | 'capabilities'
  | 'profile'
  | 'seLinux'
  | 'windows'
  | 'sysctls'

export interface FieldSpec {
  /** Path inside securityContext: ['runAsUser'], ['seccompProfile', 'type'], ['capabilities', 'add']. */
  path: readonly string[]
  /** Label used by the forms: the YAML name, with the parent for nested fields ("seccompProfile type"). */
  label: string
  level: FieldLevel
  type: FieldType
  /** Allowed values for enums. */
  values?: readonly string[]
  /** First Kubernetes minor version with the field in the API (the earliest of both levels). */
  since: number
  /** Where the two levels differ: the minor the field appeared at pod level (e.g. runAsUser: 1, container 0). */
  podSince?: number
  doc: string
  /** Link to the upstream API reference. */
  ref: string
  /** The struct a nested field belongs to: 'seccompProfile', 'seLinuxOptions', 'capabilities' ... */
  group?: string
  /** What leaving the field unset means, in plain words. */
  unset: string
  /** The OS the field is for: Linux-only fields are forbidden when spec.os.name is windows, and the reverse. */
  os: 'linux' | 'windows' | 'any'
}

const API_REF = 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/'
/** PodSpec "Security context" section (PodSecurityContext). */
export const POD_REF = `${API_REF}#security-context`
/** Container "Security Context" section (SecurityContext). */
export const CONTAINER_REF = `${API_REF}#security-context-1`

const PROFILE_TYPES = ['RuntimeDefault', 'Localhost', 'Unconfined'] as const

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
    values: ['Merge', 'Strict'],
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
    values: ['OnRootMismatch', 'Always'],
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
    values: ['MountOption', 'Recursive'],
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
    values: ['Default', 'Unmasked'],
    since: 12,
    doc: 'Whether sensitive /proc and /sys paths are masked (Default) or not (Unmasked, needs hostUsers: false).',
    unset: 'Default',
  }),
  field(['seccompProfile', 'type'], {
    level: 'both',
    type: 'enum',
    values: PROFILE_TYPES,
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
    values: PROFILE_TYPES,
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
  windows('hostProcess', 'bool', 22, 'Runs the container as a Windows host process.', 'false'),
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
