/**
 * What admission changed, as v1 JSON at document paths: the difference between the pod as received and as
 * admitted, field by field, and the admitted pod spec built from the input's.
 */
import type { JsonObject, JsonValue, Path } from '../types'
import type { AdmissionPod, Capabilities, ContainerSc, PodSc, SeccompProfile } from './pod'
import type { SccMutation, SccPodInput, SccTarget, SeLinuxOptions } from './types'

const POD_FIELDS = ['supplementalGroups', 'fsGroup', 'seLinuxOptions', 'seccompProfile'] as const
const CONTAINER_FIELDS = [
  'runAsUser',
  'runAsNonRoot',
  'seLinuxOptions',
  'capabilities',
  'readOnlyRootFilesystem',
  'seccompProfile',
  'allowPrivilegeEscalation',
] as const

function seLinuxJson(o: SeLinuxOptions): JsonObject {
  const out: JsonObject = {}
  for (const k of ['user', 'role', 'type', 'level'] as const) if (o[k]) out[k] = o[k]
  return out
}

function seccompJson(o: SeccompProfile): JsonObject {
  return o.localhostProfile === null
    ? { type: o.type }
    : { type: o.type, localhostProfile: o.localhostProfile }
}

function capsJson(o: Capabilities): JsonObject {
  const out: JsonObject = {}
  if (o.add?.length) out.add = o.add
  if (o.drop?.length) out.drop = o.drop
  return out
}

type FieldValue = PodSc[(typeof POD_FIELDS)[number]] | ContainerSc[(typeof CONTAINER_FIELDS)[number]]

/** The v1 JSON of a security context field (omitempty: empty strings and lists left out). */
function toJson(field: string, v: FieldValue): JsonValue {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
  if (field === 'seLinuxOptions') return seLinuxJson(v as SeLinuxOptions)
  if (field === 'seccompProfile') return seccompJson(v as SeccompProfile)
  return capsJson(v as Capabilities)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The mutations from `before` to `after` (same containers, in the same order), then the annotations. */
export function diffMutations(
  input: SccPodInput,
  before: AdmissionPod,
  after: AdmissionPod,
  annotations: ReadonlyMap<string, string>,
  why: (field: string, target: SccTarget) => string,
): SccMutation[] {
  const base = input.basePath ?? []
  const spec = [...base, ...input.podSpecPath]
  const out: SccMutation[] = []
  const add = (path: Path, value: JsonValue, target: SccTarget, field: string) =>
    out.push({ path, value, target, field, why: why(field, target) })
  for (const field of POD_FIELDS) {
    const v = after.sc[field]
    if (!same(before.sc[field], v))
      add([...spec, 'securityContext', field], toJson(field, v), { level: 'pod' }, field)
  }
  after.containers.forEach((c, i) => {
    const was = before.containers[i]?.sc ?? null
    for (const field of CONTAINER_FIELDS) {
      const v = c.sc?.[field] ?? null
      if (same(was?.[field] ?? null, v)) continue
      const target: SccTarget = { level: 'container', kind: c.kind, index: c.index }
      add([...spec, c.kind, c.index, 'securityContext', field], toJson(field, v), target, field)
    }
  })
  const meta = [...base, ...input.podMetadataPath, 'annotations']
  for (const [k, v] of annotations) {
    if (before.annotations.get(k) !== v) add([...meta, k], v, { level: 'metadata' }, k)
  }
  for (const k of before.annotations.keys()) {
    if (!annotations.has(k)) add([...meta, k], null, { level: 'metadata' }, k)
  }
  return out
}

/** Sets an own property (any key, `__proto__` included) without touching the prototype chain. */
function setOwn(o: JsonObject, k: string, v: JsonValue): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
}

/** `value` at `rel` below `root`, creating objects on the way; null deletes the field. */
function setIn(root: JsonObject, rel: Path, value: JsonValue): void {
  let cur: JsonValue = root
  for (let i = 0; i < rel.length - 1; i++) {
    const k = rel[i]!
    if (typeof k === 'number') {
      if (!Array.isArray(cur)) return
      cur = cur[k] ?? null
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return
      const next: JsonValue | undefined = Object.hasOwn(cur, k) ? cur[k] : undefined
      if (next === undefined || next === null || typeof next !== 'object') setOwn(cur, k, {})
      cur = cur[k]!
    }
  }
  const last = rel[rel.length - 1]
  if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || typeof last !== 'string') return
  if (value === null) delete cur[last]
  else setOwn(cur, last, value)
}

/** A deep copy of plain JSON (own properties only, `__proto__` kept as data). */
export function copyJson<T extends JsonValue>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}

/** A copy of the input's resource object with the mutations applied (annotation keys set as own data). */
export function applyToObject(input: SccPodInput, mutations: readonly SccMutation[]): JsonObject {
  const out = copyJson(input.object)
  const base = (input.basePath ?? []).length
  for (const m of mutations) setIn(out, m.path.slice(base), m.value)
  return out
}

/** Annotations as a JSON object (own properties, whatever the keys). */
export function annotationsJson(annotations: ReadonlyMap<string, string>): JsonObject {
  return Object.fromEntries(annotations) as JsonObject
}
