/**
 * Presentation helpers for the form panels: reading values out of the shown analysis, parsing what people
 * type, labels. No Kubernetes rules beyond which pod fields a container inherits (spec §2.1), used only to
 * grey out placeholders when the effective view does not say.
 */
import type {
  ContainerEffective,
  ContainerRef,
  JsonObject,
  JsonValue,
  Resource,
  Target,
} from '../../core/types'

export const MAX_ID = 2147483647
export const ID_RANGE_ERROR = `must be an integer between 0 and ${MAX_ID}`

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: string }

/** A uid/gid typed into a number field: '' clears, anything else must be an integer in 0..2147483647. */
export function parseId(raw: string): Parsed<number> {
  const s = raw.trim()
  if (s === '') return { ok: true, value: undefined }
  if (!/^[0-9]+$/.test(s)) return { ok: false, error: ID_RANGE_ERROR }
  const n = Number(s)
  return n <= MAX_ID ? { ok: true, value: n } : { ok: false, error: ID_RANGE_ERROR }
}

/** A string field: '' clears the key. */
export function parseText(raw: string): Parsed<string> {
  return { ok: true, value: raw === '' ? undefined : raw }
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The value at a path of plain data, or undefined. */
export function getIn(v: JsonValue | undefined, path: readonly (string | number)[]): JsonValue | undefined {
  let cur = v
  for (const key of path) {
    if (typeof key === 'number') cur = Array.isArray(cur) ? cur[key] : undefined
    else cur = isObject(cur) && Object.hasOwn(cur, key) ? cur[key] : undefined
    if (cur === undefined) return undefined
  }
  return cur
}

/** How a value the form shows as-is reads: scalars plainly, strings quoted when they look like something else. */
export function showValue(v: JsonValue): string {
  if (typeof v === 'string') return /^[0-9.+-]|^(true|false|null|yes|no|on|off|~)$/i.test(v) ? `"${v}"` : v
  if (v === null || typeof v !== 'object') return String(v)
  return JSON.stringify(v)
}

/** `Pod/security-context-demo`, `Deployment/web`, `Pod/(no name)`. */
export function resourceLabel(r: Pick<Resource, 'kind' | 'name'>): string {
  return `${r.kind}/${r.name ?? '(no name)'}`
}

/** `app (container)`, `init-db (initContainer)`, `debug (ephemeralContainer)`. */
export function containerLabel(c: Pick<ContainerRef, 'name' | 'type'>): string {
  return `${c.name || '(no name)'} (${c.type})`
}

/** The securityContext value (possibly not a map, possibly missing) a target edits. */
export function securityContextOf(resource: Resource, target: Target): JsonValue | undefined {
  if (target.level === 'pod') return getIn(resource.podSpec, ['securityContext'])
  return getIn(resource.podSpec, [target.kind, target.index, 'securityContext'])
}

/** Pod fields a container inherits when it does not set them, and how (spec §2.1, §2.10). */
const INHERIT_WHOLE = new Set(['seLinuxOptions', 'seccompProfile', 'appArmorProfile'])
const INHERIT_PLAIN = new Set(['runAsUser', 'runAsGroup', 'runAsNonRoot'])
const GMSA = new Set(['gmsaCredentialSpecName', 'gmsaCredentialSpec'])

/** The pod value that reaches a container field from the pod spec alone, or undefined. */
export function inheritedFromPodSpec(
  podSc: JsonValue | undefined,
  ctrSc: JsonValue | undefined,
  path: readonly string[],
): JsonValue | undefined {
  const [top, sub] = path
  if (top === undefined || getIn(ctrSc, path) !== undefined) return undefined
  if (INHERIT_PLAIN.has(top) && path.length === 1) return getIn(podSc, path)
  if (INHERIT_WHOLE.has(top)) return getIn(ctrSc, [top]) === undefined ? getIn(podSc, path) : undefined
  if (top === 'windowsOptions' && sub !== undefined) {
    if (GMSA.has(sub) && [...GMSA].some((g) => getIn(ctrSc, [top, g]) !== undefined)) return undefined
    return getIn(podSc, path)
  }
  return undefined
}

/**
 * The pod value shown greyed in a container field: from the effective view when it has an entry for the
 * field (inherited only when its source is 'pod'), else from the pod spec.
 */
export function inheritedValue(
  effective: ContainerEffective['fields'] | undefined,
  podSc: JsonValue | undefined,
  ctrSc: JsonValue | undefined,
  path: readonly string[],
): JsonValue | undefined {
  if (getIn(ctrSc, path) !== undefined) return undefined
  const exact = effective?.[path.join('.')]
  if (exact) return exact.source === 'pod' && exact.value !== null ? exact.value : undefined
  const top = path[0] !== undefined && path.length > 1 ? effective?.[path[0]] : undefined
  if (top && path[0] !== 'windowsOptions') {
    if (top.source !== 'pod') return undefined
    const v = getIn(top.value ?? undefined, path.slice(1))
    return v ?? undefined
  }
  return inheritedFromPodSpec(podSc, ctrSc, path)
}

/** Whether two list items are the same value (strict for scalars, structural for maps and lists). */
export function sameItem(a: JsonValue, b: JsonValue): boolean {
  return (
    a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
  )
}

/** A list with `item` added (at the end) or removed (every occurrence); undefined when it ends up empty. */
export function toggleItem(
  list: JsonValue | undefined,
  item: JsonValue,
  on: boolean,
): JsonValue[] | undefined {
  const items = Array.isArray(list) ? list : list === undefined ? [] : [list]
  const has = items.some((x) => sameItem(x, item))
  const next = on ? (has ? items : [...items, item]) : items.filter((x) => !sameItem(x, item))
  return next.length ? next : undefined
}

/** A list with item `index` replaced (or removed with undefined); undefined when it ends up empty. */
export function replaceItem(list: JsonValue | undefined, index: number, item: JsonValue | undefined) {
  const items = Array.isArray(list) ? list : list === undefined ? [] : [list]
  const next =
    item === undefined ? items.filter((_, i) => i !== index) : items.map((x, i) => (i === index ? item : x))
  return next.length ? next : undefined
}

/** Capabilities matching a filter by name (with or without CAP_) or description words. */
export function matchesFilter(filter: string, name: string, description: string): boolean {
  const f = filter.trim().toLowerCase().replace(/^cap_/, '')
  if (!f) return true
  return name.toLowerCase().includes(f) || description.toLowerCase().includes(f)
}
