/**
 * SCC volume types (securityv1.FSType) and what a pod volume counts as
 * (apiserver-library-go pkg/securitycontextconstraints/util/util.go GetAllFSTypesAsSet, GetVolumeFSType,
 * IsOnlyServiceAccountTokenSources; sccmatching/provider.go allowsVolumeType).
 */
import { isSet, list, obj, str } from '../json'
import { VOLUME_SOURCES } from '../k8s/defaults'
import type { JsonObject } from '../types'

/** FSTypeAll and FSTypeNone. */
export const FS_ALL = '*'
export const FS_NONE = 'none'

/** The FSType of each v1 volume source where its name differs from the JSON key (securityv1 FSType*). */
const FS_TYPE_NAME: ReadonlyMap<string, string> = new Map([
  ['cephfs', 'cephFS'],
  ['vsphereVolume', 'vsphere'],
  ['storageos', 'storageOS'],
])

const fsTypeOf = (source: string): string => FS_TYPE_NAME.get(source) ?? source

/** GetAllFSTypesAsSet: one FSType per volume source. */
export const ALL_FS_TYPES: readonly string[] = VOLUME_SOURCES.map(fsTypeOf)

/**
 * GetVolumeFSType: the first source set, in the order of its switch (the v1 VolumeSource order). A volume
 * without any source never gets here: decoding defaults it to emptyDir (SetDefaults_Volume), so '' is
 * returned only for something that is not a volume object.
 */
export function volumeFsType(volume: JsonObject): string {
  const source = VOLUME_SOURCES.find((s) => isSet(volume[s]))
  return source ? fsTypeOf(source) : 'emptyDir'
}

/** The CA config maps a service account's projected volume may hold, with their one key (and path). */
const CA_ITEMS: ReadonlyMap<string, string> = new Map([
  ['kube-root-ca.crt', 'ca.crt'],
  ['openshift-service-ca.crt', 'service-ca.crt'],
])

/**
 * IsOnlyServiceAccountTokenSources: a projected volume that holds only what the service account admission
 * plugin injects (token at `token` without audience, kube-root-ca.crt ca.crt, openshift-service-ca.crt
 * service-ca.crt, the namespace through the downward API).
 */
export function isOnlyServiceAccountTokenSources(projected: JsonObject): boolean {
  for (const s of list(projected.sources)) {
    const source = obj(s) ?? {}
    const token = obj(source.serviceAccountToken)
    const cm = obj(source.configMap)
    const downward = obj(source.downwardAPI)
    if (!token && !cm && !downward) return false
    if (token && ((str(token.path) ?? '') !== 'token' || (str(token.audience) ?? '') !== '')) return false
    if (cm) {
      const want = CA_ITEMS.get(str(cm.name) ?? '')
      const items = list(cm.items)
      const item = obj(items[0])
      if (!want || items.length !== 1 || str(item?.key) !== want || str(item?.path) !== want) return false
    }
    if (downward) {
      for (const d of list(downward.items)) {
        const file = obj(d) ?? {}
        const ref = obj(file.fieldRef)
        // SetDefaults_ObjectFieldSelector: an empty apiVersion is v1.
        if (str(file.path) !== 'namespace' || !ref || (str(ref.apiVersion) || 'v1') !== 'v1') return false
        if (str(ref.fieldPath) !== 'metadata.namespace') return false
      }
    }
  }
  return true
}

/** allowsVolumeType: listed, or a projected volume of service account token sources when secret is. */
export function allowsVolumeType(allowed: ReadonlySet<string>, fsType: string, volume: JsonObject): boolean {
  if (allowed.has(fsType)) return true
  const projected = obj(volume.projected)
  return (
    allowed.has('secret') &&
    fsType === 'projected' &&
    !!projected &&
    isOnlyServiceAccountTokenSources(projected)
  )
}

/** The SCC volume list allows every type (SCCAllowsAllVolumes) or this one (SCCAllowsFSTypeInternal). */
export function sccAllowsFsType(volumes: readonly string[], fsType: string): boolean {
  return volumes.some((v) => v === fsType || v === FS_ALL)
}
