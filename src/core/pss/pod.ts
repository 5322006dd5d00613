/** The pod as pod-security-admission sees it: template metadata + spec after server-side defaulting. */
import { declaredOs } from '../k8s/podOs'
import type { ContainerKind, JsonObject, JsonValue, Path, Resource } from '../types'
import { CONTAINER_KINDS } from '../types'
import { isObject, isSet, list, locate, num, obj, str } from '../json'

export interface ContainerView {
  kind: ContainerKind
  index: number
  name: string
  /** The container after defaulting. */
  obj: JsonObject
  sc: JsonObject | undefined
  /** Path from the pod spec to the container item: ['initContainers', 1]. */
  rel: Path
}

export interface PodView {
  /** Policy minor version the checks run at. */
  minor: number
  spec: JsonObject
  meta: JsonObject
  /** spec.securityContext. */
  sc: JsonObject | undefined
  annotations: JsonObject
  /** initContainers, containers, ephemeralContainers in visit order. */
  containers: ContainerView[]
  /** Document path of `rel` below the pod spec, cut back to what exists in the source. */
  specNode(rel: Path): Path
  /** Document path of `rel` below the pod template metadata, cut back to what exists. */
  metaNode(rel: Path): Path
}

/** Every volume source of core/v1 VolumeSource. */
export const VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
] as const

/** SetDefaults_Volume: a volume with no source at all becomes an emptyDir. */
function defaultVolume(v: JsonValue): JsonValue {
  if (!isObject(v) || VOLUME_SOURCES.some((s) => isSet(v[s]))) return v
  return { ...v, emptyDir: {} }
}

/** SetDefaults_Pod with hostNetwork: an unset or 0 hostPort becomes the containerPort. */
function defaultHostPorts(c: JsonValue): JsonValue {
  if (!isObject(c) || !Array.isArray(c.ports)) return c
  const ports = c.ports.map((p) =>
    isObject(p) && !num(p.hostPort) && num(p.containerPort) !== undefined
      ? { ...p, hostPort: p.containerPort }
      : p,
  )
  return { ...c, ports }
}

/**
 * The spec PSA evaluates, after the API server's defaults (k/k pkg/apis/core/v1/defaults.go), on a copy: volumes
 * without a source are emptyDir (SetDefaults_Volume); for bare Pods (not templates) with hostNetwork, container and
 * initContainer hostPorts default to the containerPort (SetDefaults_Pod).
 */
export function defaultPodSpec(kind: string, spec: JsonObject): JsonObject {
  const out: JsonObject = { ...spec }
  if (Array.isArray(spec.volumes)) out.volumes = spec.volumes.map(defaultVolume)
  if (kind === 'Pod' && spec.hostNetwork === true) {
    for (const k of ['containers', 'initContainers'] as const) {
      if (Array.isArray(spec[k])) out[k] = list(spec[k]).map(defaultHostPorts)
    }
  }
  return out
}

/** The containers of a pod spec in visit order (initContainers, containers, ephemeralContainers). */
export function containerViews(spec: JsonObject): ContainerView[] {
  const out: ContainerView[] = []
  for (const kind of CONTAINER_KINDS) {
    list(spec[kind]).forEach((c, index) => {
      if (!isObject(c)) return
      out.push({
        kind,
        index,
        name: str(c.name) ?? '',
        obj: c,
        sc: obj(c.securityContext),
        rel: [kind, index],
      })
    })
  }
  return out
}

export function podView(resource: Resource, minor: number): PodView {
  const spec = defaultPodSpec(resource.kind, resource.podSpec)
  const specBase = [...resource.basePath, ...resource.podSpecPath]
  const metaBase = [...resource.basePath, ...resource.podMetadataPath]
  const containers = containerViews(spec)
  return {
    minor,
    spec,
    meta: resource.podMetadata,
    sc: obj(spec.securityContext),
    annotations: obj(resource.podMetadata.annotations) ?? {},
    containers,
    specNode: (rel) => locate(resource.podSpec, specBase, rel),
    metaNode: (rel) => locate(resource.podMetadata, metaBase, rel),
  }
}

/** Pod-level `hostUsers: false` (a user namespace). */
export function userNamespace(pod: PodView): boolean {
  return pod.spec.hostUsers === false
}

/** Pod Security exempts a pod from its Linux-only checks by spec.os.name alone (k8s/podOs.ts declaredOs). */
export function isWindows(pod: PodView): boolean {
  return declaredOs(pod.spec) === 'windows'
}
