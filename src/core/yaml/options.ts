import type { Document, DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml'
import type { JsonValue } from '../types'

/**
 * Kubernetes reads manifests as YAML 1.1 (`0644` is octal, `yes` is true), but through go-yaml and JSON:
 * timestamps and sexagesimal numbers (`1:20`) stay strings, so those 1.1 tags are dropped.
 */
export const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  prettyErrors: false,
  uniqueKeys: true,
  customTags: (tags) =>
    tags.filter(
      (t) => typeof t === 'string' || (t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'),
    ),
}

/** Aliases may expand to at most this many nodes (billion laughs). */
export const MAX_ALIAS_COUNT = 100

const TO_JS: ToJSOptions = { maxAliasCount: MAX_ALIAS_COUNT }

/** Plain data of a document; throws yaml's ReferenceError on alias bombs and unresolved aliases. */
export function documentToJson(doc: Document): JsonValue {
  return toJsonValue(doc.toJS(TO_JS))
}

/**
 * Turns what yaml's toJS can produce (Map, Set, Uint8Array, Date) into JSON-like data. Every mapping becomes a
 * null-prototype object, so each key is plain data: `__proto__`, `constructor` or `toString` in a manifest is
 * an own property like any other (as Kubernetes reads it: an unknown field), never the object's prototype or an
 * inherited member.
 */
export function toJsonValue(x: unknown): JsonValue {
  if (x === null || x === undefined) return null
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x
  if (typeof x === 'bigint') return Number(x)
  if (Array.isArray(x)) return x.map(toJsonValue)
  if (x instanceof Set) return [...x].map(toJsonValue)
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? null : x.toISOString()
  if (x instanceof Uint8Array) return Array.from(x, (b) => String.fromCharCode(b)).join('')
  const out = Object.create(null) as { [key: string]: JsonValue }
  const entries = x instanceof Map ? [...x.entries()] : Object.entries(x as object)
  for (const [k, v] of entries) out[String(k)] = toJsonValue(v)
  return out
}
