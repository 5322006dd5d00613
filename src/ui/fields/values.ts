/**
 * Presentation helpers for the form panels: reading values out of the shown analysis, parsing what people
 * type, labels. No Kubernetes rules: what a container inherits is read from core/effective.
 */
import { getIn } from '../../core/json'
import { fieldByPath, MAX_ID } from '../../core/k8s/fields'
import type { ContainerEffective, ContainerRef, JsonValue, Resource, Target } from '../../core/types'

export { MAX_ID }
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

export { getIn, isObject } from '../../core/json'

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

/**
 * The pod value shown greyed in a container field: the effective value when core/effective (the only place that
 * merges container over pod) says it comes from the pod; nothing for a field the container sets, a pod-only
 * field, or a default.
 */
export function inheritedValue(
  effective: ContainerEffective['fields'] | undefined,
  path: readonly string[],
): JsonValue | undefined {
  if (fieldByPath(path)?.level === 'pod') return undefined
  const key = path.join('.')
  const e = effective && Object.hasOwn(effective, key) ? effective[key] : undefined
  return e?.source === 'pod' && e.value !== null ? e.value : undefined
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
