/**
 * The pod SCC admission sees: the created Pod decoded into the internal core API (k/k pkg/apis/core), with
 * the v1 defaults applied on create (SetDefaults_Pod: hostNetwork hostPorts; SetDefaults_Volume) and the host
 * namespace fields moved into the pod security context, as Convert_v1_PodSpec_To_core_PodSpec does. Only the
 * fields SCC admission reads are kept. Go's nil is null; a nil slice is null, an empty one [].
 */
import { declaredOs } from '../k8s/podOs'
import { bool, getIn, isObject, list, num, obj, str } from '../json'
import { defaultPodSpec } from '../k8s/defaults'
import type { ContainerKind, JsonObject, JsonValue } from '../types'
import { CONTAINER_KINDS } from '../types'
import type { SccPodInput, SeLinuxOptions } from './types'

export interface SeccompProfile {
  /** Unconfined | RuntimeDefault | Localhost (or whatever was written) */
  type: string
  localhostProfile: string | null
}

export interface Capabilities {
  add: string[] | null
  drop: string[] | null
}

/** core.SecurityContext: the fields SCC admission reads or sets. */
export interface ContainerSc {
  capabilities: Capabilities | null
  privileged: boolean | null
  seLinuxOptions: SeLinuxOptions | null
  runAsUser: number | null
  runAsNonRoot: boolean | null
  readOnlyRootFilesystem: boolean | null
  seccompProfile: SeccompProfile | null
  allowPrivilegeEscalation: boolean | null
}

/** core.PodSecurityContext (never nil in the internal API). */
export interface PodSc {
  hostNetwork: boolean
  hostPID: boolean
  hostIPC: boolean
  hostUsers: boolean | null
  seLinuxOptions: SeLinuxOptions | null
  runAsUser: number | null
  runAsNonRoot: boolean | null
  seccompProfile: SeccompProfile | null
  supplementalGroups: number[] | null
  fsGroup: number | null
  sysctls: string[] | null
}

export interface PodContainer {
  kind: ContainerKind
  index: number
  name: string
  sc: ContainerSc | null
  /** hostPort of each port (0 when unset), after the hostNetwork default. */
  hostPorts: number[]
}

export interface PodVolume {
  /** The volume after SetDefaults_Volume. */
  json: JsonObject
}

export interface AdmissionPod {
  name: string
  generateName: string
  annotations: Map<string, string>
  serviceAccountName: string
  windows: boolean
  sc: PodSc
  containers: PodContainer[]
  volumes: PodVolume[]
}

/**
 * A list field: null when unset. A workload's pods are made from a template that went through protobuf in
 * etcd, where an empty list and no list are the same, so there [] reads as null too.
 */
function listOf<T>(
  v: JsonValue | undefined,
  pick: (x: JsonValue) => T | undefined,
  viaStorage: boolean,
): T[] | null {
  if (!Array.isArray(v)) return null
  const out = v.map(pick).filter((x): x is T => x !== undefined)
  return out.length === 0 && viaStorage ? null : out
}

const asString = (x: JsonValue) => (typeof x === 'string' ? x : undefined)
const asNumber = (x: JsonValue) => (typeof x === 'number' ? x : undefined)
const ptrNum = (v: JsonValue | undefined) => num(v) ?? null
const ptrBool = (v: JsonValue | undefined) => bool(v) ?? null

export function readSeLinux(v: JsonValue | undefined): SeLinuxOptions | null {
  const o = obj(v)
  if (!o) return null
  return {
    user: str(o.user) ?? '',
    role: str(o.role) ?? '',
    type: str(o.type) ?? '',
    level: str(o.level) ?? '',
  }
}

function readSeccomp(v: JsonValue | undefined): SeccompProfile | null {
  const o = obj(v)
  return o ? { type: str(o.type) ?? '', localhostProfile: str(o.localhostProfile) ?? null } : null
}

function readContainerSc(v: JsonValue | undefined, viaStorage: boolean): ContainerSc | null {
  const sc = obj(v)
  if (!sc) return null
  const caps = obj(sc.capabilities)
  return {
    capabilities: caps
      ? { add: listOf(caps.add, asString, viaStorage), drop: listOf(caps.drop, asString, viaStorage) }
      : null,
    privileged: ptrBool(sc.privileged),
    seLinuxOptions: readSeLinux(sc.seLinuxOptions),
    runAsUser: ptrNum(sc.runAsUser),
    runAsNonRoot: ptrBool(sc.runAsNonRoot),
    readOnlyRootFilesystem: ptrBool(sc.readOnlyRootFilesystem),
    seccompProfile: readSeccomp(sc.seccompProfile),
    allowPrivilegeEscalation: ptrBool(sc.allowPrivilegeEscalation),
  }
}

/** The annotations (map[string]string: string values only), as own properties. */
export function readAnnotations(meta: JsonObject | undefined): Map<string, string> {
  const out = new Map<string, string>()
  const a = obj(meta?.annotations)
  if (a) for (const [k, v] of Object.entries(a)) if (typeof v === 'string') out.set(k, v)
  return out
}

/** The pod spec of the input as plain data ({} when missing). */
export function inputPodSpec(input: SccPodInput): JsonObject {
  return obj(getIn(input.object, input.podSpecPath)) ?? {}
}

export function inputPodMetadata(input: SccPodInput): JsonObject {
  return obj(getIn(input.object, input.podMetadataPath)) ?? {}
}

/** The Pod as SCC admission receives it on create. */
export function readAdmissionPod(input: SccPodInput): AdmissionPod {
  const viaStorage = input.kind !== 'Pod'
  const spec = defaultPodSpec('Pod', inputPodSpec(input))
  const meta = inputPodMetadata(input)
  const sc = obj(spec.securityContext) ?? {}
  const containers: PodContainer[] = []
  for (const kind of CONTAINER_KINDS) {
    list(spec[kind]).forEach((c, index) => {
      if (!isObject(c)) return
      const hostPorts = list(c.ports).map((p) => num(obj(p)?.hostPort) ?? 0)
      containers.push({
        kind,
        index,
        name: str(c.name) ?? '',
        sc: readContainerSc(c.securityContext, viaStorage),
        hostPorts,
      })
    })
  }
  return {
    name: str(meta.name) ?? '',
    generateName: str(meta.generateName) ?? '',
    annotations: readAnnotations(meta),
    // Convert_v1_PodSpec_To_core_PodSpec: the deprecated serviceAccount stands in for an empty serviceAccountName.
    serviceAccountName: str(spec.serviceAccountName) || str(spec.serviceAccount) || '',
    windows: declaredOs(spec) === 'windows',
    sc: {
      hostNetwork: bool(spec.hostNetwork) ?? false,
      hostPID: bool(spec.hostPID) ?? false,
      hostIPC: bool(spec.hostIPC) ?? false,
      hostUsers: ptrBool(spec.hostUsers),
      seLinuxOptions: readSeLinux(sc.seLinuxOptions),
      runAsUser: ptrNum(sc.runAsUser),
      runAsNonRoot: ptrBool(sc.runAsNonRoot),
      seccompProfile: readSeccomp(sc.seccompProfile),
      supplementalGroups: listOf(sc.supplementalGroups, asNumber, viaStorage),
      fsGroup: ptrNum(sc.fsGroup),
      sysctls: listOf(sc.sysctls, (x) => (isObject(x) ? (str(x.name) ?? '') : undefined), viaStorage),
    },
    containers,
    volumes: list(spec.volumes)
      .filter(isObject)
      .map((json) => ({ json })),
  }
}
