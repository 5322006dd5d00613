/**
 * JSON decoding of the securityContext-related fields: a value of the wrong type (e.g. `runAsUser: "1000"`)
 * makes the API server refuse the object before any validation, with encoding/json's message.
 */
import { getIn, isObject, list } from '../pss/json'
import type { JsonObject, JsonValue, Path } from '../types'
import { CONTAINER_KINDS } from '../types'
import type { Ctx } from './report'
import { resourceError } from './report'

type Scalar = { scalar: 'int64' | 'bool' | 'string'; goType: string }
type Struct = { struct: string; goType: string; fields: Record<string, Type> }
type Slice = { slice: Type; goType: string }
type MapOf = { map: Type; goType: string }
type Type = Scalar | Struct | Slice | MapOf

const I: Scalar = { scalar: 'int64', goType: 'int64' }
const B: Scalar = { scalar: 'bool', goType: 'bool' }
const S: Scalar = { scalar: 'string', goType: 'string' }
const named = (goType: string): Scalar => ({ scalar: 'string', goType })
const struct = (name: string, fields: Record<string, Type>): Struct => ({
  struct: name,
  goType: `v1.${name}`,
  fields,
})
const slice = (of: Type): Slice => ({ slice: of, goType: `[]${of.goType}` })

const SELINUX = struct('SELinuxOptions', { user: S, role: S, type: S, level: S })
const WINDOWS = struct('WindowsSecurityContextOptions', {
  gmsaCredentialSpecName: S,
  gmsaCredentialSpec: S,
  runAsUserName: S,
  hostProcess: B,
})
const SECCOMP = struct('SeccompProfile', { type: named('v1.SeccompProfileType'), localhostProfile: S })
const APPARMOR = struct('AppArmorProfile', { type: named('v1.AppArmorProfileType'), localhostProfile: S })

const POD_SC = struct('PodSecurityContext', {
  seLinuxOptions: SELINUX,
  windowsOptions: WINDOWS,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  supplementalGroups: slice(I),
  supplementalGroupsPolicy: named('v1.SupplementalGroupsPolicy'),
  fsGroup: I,
  sysctls: slice(struct('Sysctl', { name: S, value: S })),
  fsGroupChangePolicy: named('v1.PodFSGroupChangePolicy'),
  seccompProfile: SECCOMP,
  appArmorProfile: APPARMOR,
  seLinuxChangePolicy: named('v1.PodSELinuxChangePolicy'),
})

const CAPABILITY = slice(named('v1.Capability'))
const SC = struct('SecurityContext', {
  capabilities: struct('Capabilities', { add: CAPABILITY, drop: CAPABILITY }),
  privileged: B,
  seLinuxOptions: SELINUX,
  windowsOptions: WINDOWS,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  readOnlyRootFilesystem: B,
  allowPrivilegeEscalation: B,
  procMount: named('v1.ProcMountType'),
  seccompProfile: SECCOMP,
  appArmorProfile: APPARMOR,
})

const POD_SPEC = struct('PodSpec', {
  hostNetwork: B,
  hostPID: B,
  hostIPC: B,
  hostUsers: B,
  shareProcessNamespace: B,
  securityContext: POD_SC,
  os: struct('PodOS', { name: named('v1.OSName') }),
})

/** map[string]string: checked like a struct whose every key is a string. */
const ANNOTATIONS: Type = { map: S, goType: 'map[string]string' }

const CONTAINER_STRUCT = {
  initContainers: 'Container',
  containers: 'Container',
  ephemeralContainers: 'EphemeralContainer',
}

/** What encoding/json calls the JSON value it could not store, or null when it fits. */
function mismatch(v: JsonValue, t: Type): string | null {
  if (v === null) return null
  const kind = Array.isArray(v)
    ? 'array'
    : typeof v === 'object'
      ? 'object'
      : typeof v === 'boolean'
        ? 'bool'
        : typeof v
  if ('struct' in t) return kind === 'object' ? null : kind
  if ('slice' in t) return kind === 'array' ? null : kind
  if ('map' in t) return kind === 'object' ? null : kind
  if (t.scalar === 'int64') {
    if (typeof v === 'number') return Number.isInteger(v) ? null : `number ${v}`
    return kind
  }
  return kind === t.scalar ? null : kind
}

interface Walk {
  ctx: Ctx
  /** Message prefix: `Pod in version "v1" cannot be handled as a Pod: `. */
  prefix: string
}

/** Checks `value` against `t`, where `struct` owns the field; `rel` is from the resource root. */
function check(w: Walk, value: JsonValue, t: Type, owner: string, rel: Path): void {
  const what = mismatch(value, t)
  const jsonPath = rel.filter((k): k is string => typeof k === 'string').join('.')
  if (what) {
    const field = rel.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')
    const message = `${w.prefix}json: cannot unmarshal ${what} into Go struct field ${owner}.${jsonPath} of type ${t.goType}`
    resourceError(w.ctx, 'API_DECODE', rel, message, field)
    return
  }
  if ('struct' in t && isObject(value)) walkStruct(w, value, t, rel)
  if ('slice' in t) list(value).forEach((item, i) => check(w, item, t.slice, owner, [...rel, i]))
  if ('map' in t && isObject(value)) {
    for (const [k, v] of Object.entries(value)) if (mismatch(v, t.map)) check(w, v, t.map, owner, [...rel, k])
  }
}

function walkStruct(w: Walk, value: JsonObject, t: Struct, rel: Path): void {
  for (const [key, ft] of Object.entries(t.fields)) {
    if (Object.hasOwn(value, key)) check(w, value[key] ?? null, ft, t.struct, [...rel, key])
  }
}

export function decodeErrors(ctx: Ctx): void {
  const r = ctx.resource
  const version = (r.apiVersion ?? 'v1').split('/').pop() || 'v1'
  const w: Walk = { ctx, prefix: `${r.kind} in version "${version}" cannot be handled as a ${r.kind}: ` }
  const spec = r.podSpecPath
  walkStruct(w, ctx.spec, POD_SPEC, spec)
  const annotations = getIn(r.object, [...r.podMetadataPath, 'annotations'])
  if (annotations !== undefined)
    check(w, annotations, ANNOTATIONS, 'ObjectMeta', [...r.podMetadataPath, 'annotations'])
  for (const kind of CONTAINER_KINDS) {
    list(ctx.spec[kind]).forEach((c, i) => {
      if (isObject(c) && Object.hasOwn(c, 'securityContext')) {
        check(w, c.securityContext ?? null, SC, CONTAINER_STRUCT[kind], [...spec, kind, i, 'securityContext'])
      }
    })
  }
}
