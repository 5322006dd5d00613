/**
 * SecurityContextConstraints documents (security.openshift.io/v1, openshift/api security/v1 types.go) from
 * plain JSON, defaulted as the API server stores them (apiserver-library-go
 * pkg/securitycontextconstraints/sccdefaults/defaults.go SetDefaults_SCC).
 */
import { bool, isObject, isSet, list, num, obj, str } from '../json'
import { sortedSet } from '../quote'
import type { JsonObject, JsonValue } from '../types'
import { readSeLinux } from './pod'
import type { IdRange, SccDefinition } from './types'
import { ALL_FS_TYPES, FS_ALL, FS_NONE } from './volumes'

export const SCC_API_VERSION = 'security.openshift.io/v1'
export const SCC_KIND = 'SecurityContextConstraints'

/** Whether a document is an SCC (kind SecurityContextConstraints in security.openshift.io/v1). */
export function isSccDocument(doc: JsonValue | undefined): doc is JsonObject {
  return isObject(doc) && doc.kind === SCC_KIND && doc.apiVersion === SCC_API_VERSION
}

const strings = (v: JsonValue | undefined): string[] =>
  list(v).filter((x): x is string => typeof x === 'string')

/** An int64 field: a JSON number, else unset (null). */
const int = (v: JsonValue | undefined): number | null => num(v) ?? null

function ranges(v: JsonValue | undefined): IdRange[] {
  return list(v).map((r) => ({ min: num(obj(r)?.min) ?? 0, max: num(obj(r)?.max) ?? 0 }))
}

/**
 * SetDefaults_SCC for the volume list: nil allows everything; an empty list allows nothing ("none") or
 * hostPath when allowHostDirVolumePlugin says so; allowHostDirVolumePlugin always wins over the list
 * (hostPath added, or removed together with "*", which then means every type but hostPath). The result is
 * a sorted set (sets.String.List).
 */
export function defaultVolumes(volumes: readonly string[] | null, allowHostDir: boolean): string[] {
  let set: Set<string>
  if (volumes === null) set = new Set([FS_ALL])
  else if (volumes.length === 0) set = new Set([allowHostDir ? 'hostPath' : FS_NONE])
  else set = new Set(volumes)
  if (allowHostDir) {
    if (!set.has(FS_ALL)) set.add('hostPath')
  } else {
    const all = set.has(FS_ALL)
    set.delete(FS_ALL)
    set.delete('hostPath')
    if (all) for (const t of ALL_FS_TYPES) if (t !== 'hostPath') set.add(t)
  }
  return sortedSet(set)
}

export type SccParse = { ok: true; scc: SccDefinition } | { ok: false; error: string }

/**
 * Reads an SCC document. Fields of the wrong JSON type read as unset (the API server would refuse the
 * document); strategy types are kept as written, so an unknown one fails where upstream fails: when the
 * admission plugin creates its provider.
 */
export function parseScc(doc: JsonObject): SccParse {
  const name = str(obj(doc.metadata)?.name)
  if (!name) return { ok: false, error: 'SecurityContextConstraints without metadata.name' }
  const seLinux = obj(doc.seLinuxContext) ?? {}
  const runAsUser = obj(doc.runAsUser) ?? {}
  const supplemental = obj(doc.supplementalGroups) ?? {}
  const fsGroup = obj(doc.fsGroup) ?? {}
  const allowHostDir = bool(doc.allowHostDirVolumePlugin) ?? false
  const volumes = Array.isArray(doc.volumes) ? strings(doc.volumes) : null
  return {
    ok: true,
    scc: {
      name,
      priority: isSet(doc.priority) ? int(doc.priority) : null,
      allowPrivilegedContainer: bool(doc.allowPrivilegedContainer) ?? false,
      defaultAddCapabilities: strings(doc.defaultAddCapabilities),
      requiredDropCapabilities: strings(doc.requiredDropCapabilities),
      allowedCapabilities: strings(doc.allowedCapabilities),
      allowHostDirVolumePlugin: allowHostDir,
      volumes: defaultVolumes(volumes, allowHostDir),
      allowedFlexVolumes: list(doc.allowedFlexVolumes).map((f) => str(obj(f)?.driver) ?? ''),
      allowHostNetwork: bool(doc.allowHostNetwork) ?? false,
      allowHostPorts: bool(doc.allowHostPorts) ?? false,
      allowHostPID: bool(doc.allowHostPID) ?? false,
      allowHostIPC: bool(doc.allowHostIPC) ?? false,
      userNamespaceLevel: str(doc.userNamespaceLevel) ?? '',
      defaultAllowPrivilegeEscalation: bool(doc.defaultAllowPrivilegeEscalation) ?? null,
      // SetDefaults_SCC: SCCs written before the field existed stay as permissive as they were.
      allowPrivilegeEscalation: bool(doc.allowPrivilegeEscalation) ?? true,
      seLinuxContext: {
        type: str(seLinux.type) ?? '',
        seLinuxOptions: readSeLinux(seLinux.seLinuxOptions),
      },
      runAsUser: {
        type: str(runAsUser.type) ?? '',
        uid: int(runAsUser.uid),
        uidRangeMin: int(runAsUser.uidRangeMin),
        uidRangeMax: int(runAsUser.uidRangeMax),
      },
      // SetDefaults_SCC: an empty fsGroup or supplementalGroups type is RunAsAny.
      supplementalGroups: { type: str(supplemental.type) || 'RunAsAny', ranges: ranges(supplemental.ranges) },
      fsGroup: { type: str(fsGroup.type) || 'RunAsAny', ranges: ranges(fsGroup.ranges) },
      readOnlyRootFilesystem: bool(doc.readOnlyRootFilesystem) ?? false,
      users: strings(doc.users),
      groups: strings(doc.groups),
      seccompProfiles: strings(doc.seccompProfiles),
      allowedUnsafeSysctls: strings(doc.allowedUnsafeSysctls),
      forbiddenSysctls: strings(doc.forbiddenSysctls),
    },
  }
}
