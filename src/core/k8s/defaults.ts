/**
 * The API server's defaulting of a created pod, which admission sees (k/k pkg/apis/core/v1/defaults.go
 * SetDefaults_Pod, SetDefaults_Volume): Pod Security and SCC admission both evaluate the pod after it.
 */
import { isObject, isSet, list, num } from '../json'
import type { JsonObject, JsonValue } from '../types'

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
