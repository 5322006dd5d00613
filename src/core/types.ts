/**
 * Shared core types. Everything in src/core speaks UTF-16 offsets into the editor text;
 * only src/editor converts them to line/column.
 */

/** A minimal text edit: replace `length` UTF-16 units at `offset` with `text`. */
export interface TextEdit {
  offset: number
  length: number
  text: string
}

/** [start, end) UTF-16 offsets into the whole text. */
export type Range = readonly [start: number, end: number]

/** A path from a YAML document's root: map keys and sequence indexes. */
export type Path = readonly (string | number)[]

/** JSON-like values as they come out of a parsed manifest. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export const CONTAINER_KINDS = ['initContainers', 'containers', 'ephemeralContainers'] as const
/** The key under the pod spec that holds a container list (PSS and kubelet visit order). */
export type ContainerKind = (typeof CONTAINER_KINDS)[number]
/** The singular form shown to people: `app (container)`, `init-db (initContainer)`. */
export type ContainerType = 'container' | 'initContainer' | 'ephemeralContainer'

export const CONTAINER_TYPE: Record<ContainerKind, ContainerType> = {
  initContainers: 'initContainer',
  containers: 'container',
  ephemeralContainers: 'ephemeralContainer',
}

/** One container of a pod spec, in visit order (initContainers, containers, ephemeralContainers). */
export interface ContainerRef {
  kind: ContainerKind
  type: ContainerType
  /** Index within its own list (`spec.initContainers[1]` → 1). */
  index: number
  name: string
}

/** A workload (or bare Pod) found in the stream that carries a pod spec. */
export interface Resource {
  /** Index of the YAML document in the stream. */
  document: number
  /** Path from the document root to the resource object: [] normally, ['items', i] inside a List. */
  basePath: Path
  kind: string
  apiVersion: string | null
  name: string | null
  namespace: string | null
  /** Path from the resource object to its pod spec: ['spec'] for Pod, ['spec','template','spec'] for Deployment… */
  podSpecPath: Path
  /** Path from the resource object to the template metadata (['metadata'] for Pod, ['spec','template','metadata'] …). */
  podMetadataPath: Path
  /** The resource as plain data (aliases resolved with a cap on expansion). */
  object: JsonObject
  /** The pod spec as plain data ({} when missing). */
  podSpec: JsonObject
  /** The pod template's metadata as plain data ({} when missing). */
  podMetadata: JsonObject
  containers: ContainerRef[]
  /** [start, end) of the resource's node in the text. */
  range: Range
}

/** Where a form edit lands: the pod securityContext of a resource, or one container's. */
export type Target =
  | { resource: number; level: 'pod' }
  | { resource: number; level: 'container'; kind: ContainerKind; index: number }

/** A YAML syntax (or decoding) error with its position. */
export interface YamlError {
  code: string
  message: string
  offset: number
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 units. */
  column: number
  /** Index of the YAML document it belongs to. */
  document: number
}

export type Runtime = 'containerd' | 'cri-o'
export type PssLevel = 'privileged' | 'baseline' | 'restricted'

export type {
  FixEffect,
  FixRef,
  Problem,
  ProblemCode,
  ProblemData,
  ProblemPart,
  ProblemSource,
  Severity,
} from './findings'

/** Where an effective value came from. */
export type EffectiveSource = 'container' | 'pod' | 'default' | 'image' | 'derived' | 'scc'

export interface Effective<T = JsonValue> {
  value: T | null
  source: EffectiveSource
  /** The pod-level value a container value overrides. */
  overridden?: T
  /** A short human explanation ("allowPrivilegeEscalation is true: privileged"). */
  why?: string
  /** With source `scc`: the OpenShift SCC whose admission set the value (`why` says which strategy). */
  sccName?: string
}

export interface CapStatus {
  CapInh: string
  CapPrm: string
  CapEff: string
  CapBnd: string
  CapAmb: string
}

/** process.capabilities as the runtime writes it: each set a list of names, spelled as the runtime spells them. */
export interface OciCapabilities {
  bounding: string[]
  effective: string[]
  permitted: string[]
  inheritable: string[]
  ambient: string[]
}

export interface ProcessIdentity {
  uid: number
  gid: number
  /** The supplementary groups the process has (sorted, as the kernel keeps them and `id` prints them). */
  groups: number[]
  /** process.user.additionalGids in the order the runtime writes them. */
  additionalGids: number[]
  /** `id` as busybox prints it: `uid=1000 gid=3000 groups=2000,3000,4000`. */
  id: string
  /** USER column of `ps aux` as busybox prints it. */
  user: string
  noNewPrivs: boolean
  /** 0 = disabled, 2 = filter (the Seccomp: line of /proc/1/status). */
  seccompMode: 0 | 2
  /** Filters attached to the process (the Seccomp_filters: line, kernel 5.9+): the runtime loads one. */
  seccompFilters: number
  status: CapStatus
  /** process.capabilities: the five sets the runtime hands to runc, before the kernel's execve rules. */
  capabilitySets: OciCapabilities
  /** Capability names (CAP_…) in the effective set. */
  effectiveCaps: string[]
  /** Capability names in the bounding set. */
  boundingCaps: string[]
  /** process.apparmorProfile the runtime writes on a node with AppArmor; null: none (unconfined). */
  apparmorProfile: string | null
  /** Whether the runtime gives the process an SELinux label (on a node with SELinux). */
  seLinuxLabel: boolean
  /**
   * process.selinuxLabel the runtime writes on a node with SELinux (`…:s0:c…,c…` where the runtime allocates the
   * pod's MCS pair), or null: no label.
   */
  seLinuxProcessLabel: string | null
}

/** Who refuses to run a container: the API server (the object), the kubelet or the container runtime. */
export type RefusedBy = 'apiserver' | 'kubelet' | 'runtime'

/** Why a container never runs, in the refusing component's own words. */
export interface Refusal {
  by: RefusedBy
  message: string
}

/** The identity of a container on a Windows node (windowsOptions, merged container over pod). */
export interface WindowsIdentity {
  runAsUserName: Effective
  gmsaCredentialSpecName: Effective
  gmsaCredentialSpec: Effective
  hostProcess: Effective
  /** Why the pod is taken to run on Windows ("spec.os.name is windows"). */
  why: string
}

export interface VolumeOwnership {
  name: string
  mountPath: string
  /** The volume source type (emptyDir, configMap, hostPath, persistentVolumeClaim, …). */
  type: string
  readOnly: boolean
  /** Group owner Kubernetes gives the volume root, null where it does not manage ownership. */
  group: number | null
  /** `ls -ld` mode string of the mount point, null where Kubernetes does not manage ownership. */
  mode: string | null
  /**
   * `ls -ld` size of the empty mount point where it is known: 4096 on the node's ext4 disk, 40 on a tmpfs
   * (emptyDir medium Memory). Absent where not modelled.
   */
  size?: number
  /** `ls -l` mode, owner and group of a file the process creates there: `-rw-r--r-- 1000 2000`, or null. */
  newFile: string | null
  why: string
}

export interface ContainerEffective {
  name: string
  type: ContainerType
  kind: ContainerKind
  index: number
  /** Every securityContext field that reaches the container (`fields` in `effective --json`). */
  fields: Record<string, Effective>
  /** The first process's identity on Linux; null when the container never runs or runs on Windows. */
  process: ProcessIdentity | null
  /** Set when the API server, the kubelet or the runtime refuses the container. */
  refusal: Refusal | null
  /** Set for a container of a Windows pod: its Windows identity (there are no Linux ids or capabilities). */
  windows: WindowsIdentity | null
  volumes: VolumeOwnership[]
  /** The image model the figures use (core/effective/images.ts): the container's own, or the assumed one. */
  image?: ContainerImage
  /** Assumptions the figures rest on ("image user assumed uid 0", "runtime containerd"). */
  assumptions: string[]
}

/** The image a container's figures use: its own `image:` when the catalogue knows it, else the assumed one. */
export interface ContainerImage {
  /** The container's `image:`, or null when it has none. */
  ref: string | null
  /** Catalogue name of the model (`busybox`, `agnhost`, …, `custom`). */
  model: string
  /** Whether the container's own image is a known one (else the model is the assumption). */
  known: boolean
  /** The image config's USER as written ('' when unset: root). */
  user: string
  /** The uid USER resolves to. */
  uid: number
  entrypoint: string[]
  cmd: string[]
  /** `image busybox:1.28 (known: busybox)` or `…; assumed: …`. */
  label: string
}

export interface EffectiveOptions {
  runtime: Runtime
  /** The image's USER as a uid (design default 0): the `custom` image assumption. */
  imageUser: number
  /**
   * The assumed image for containers whose own `image:` the catalogue does not know: a catalogue name
   * (core/effective/images.ts) or `custom` (busybox's files with USER imageUser, the default).
   */
  image?: string
  /** false: every container gets the assumed image, even one the catalogue knows (the fixes' "whatever the image" check). */
  knownImages?: boolean
  /** Kubernetes version of the kubelet (`latest` or `v1.N`; default latest): its safe sysctls. */
  version?: string
}

export type { PssResult, PssViolation } from './pss/result'

export type Platform = 'kubernetes' | 'openshift'

/**
 * What an OpenShift cluster says about the namespace and the service account (used when no Namespace document
 * of the input names the resource's namespace): each allocation as its openshift.io/sa.scc.* annotation
 * would read (null: what the cluster would allocate), and the SCC grant presets (SCC_GRANT_PRESETS names).
 */
export interface OpenShiftInputs {
  uidRange: string | null
  supplementalGroups: string | null
  mcs: string | null
  grants: readonly string[]
}

export interface AnalyzeOptions extends EffectiveOptions {
  level: PssLevel
  /** `latest` or `v1.N`. */
  version: string
  /** Default kubernetes; openshift runs SCC admission (and its mutations) before every check. */
  platform?: Platform
  /** Read under the openshift platform only. */
  openshift?: OpenShiftInputs
}

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  runtime: 'containerd',
  imageUser: 0,
  level: 'restricted',
  version: 'latest',
}
