/**
 * Typed reads of manifest data as the API server would decode it: a wrong type reads as unset, and only own
 * properties count (parsed objects are null-prototype already, see yaml/options.ts; these readers keep
 * hand-built objects safe too).
 */
import type { JsonObject, JsonValue, Path } from './types'

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function obj(v: JsonValue | undefined): JsonObject | undefined {
  return isObject(v) ? v : undefined
}

/** The value as an array, or [] when it is not one. */
export function list(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : []
}

/** The strings of an array value (other items skipped). */
export function strings(v: JsonValue | undefined): string[] {
  return list(v).filter((x): x is string => typeof x === 'string')
}

export function str(v: JsonValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}

export function bool(v: JsonValue | undefined): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined
}

export function num(v: JsonValue | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined
}

/**
 * An integer value, or undefined (quoted numbers are not numbers: the API rejects them; nor are integers past
 * 2^53, which JavaScript rounds and no valid ID reaches).
 */
export function int(v: JsonValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined
}

/** Set in the Go sense: present and not null (`key:` with no value decodes to nil). */
export function isSet(v: JsonValue | undefined): v is Exclude<JsonValue, null> {
  return v !== undefined && v !== null
}

/** An own property of an object value, or undefined. */
export function own(v: JsonValue | undefined, key: string): JsonValue | undefined {
  return isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined
}

/** The value at a path (own properties and in-range indexes only), or undefined. */
export function getIn(root: JsonValue | undefined, rel: Path): JsonValue | undefined {
  let cur = root
  for (const k of rel) {
    cur = typeof k === 'number' ? (Array.isArray(cur) ? cur[k] : undefined) : own(cur, k)
    if (cur === undefined) return undefined
  }
  return cur
}

/** `base` + the longest prefix of `rel` that exists in `root`: where the editor can point for `rel`. */
export function locate(root: JsonValue | undefined, base: Path, rel: Path): Path {
  const out = [...base]
  let cur = root
  for (const k of rel) {
    if (typeof k === 'number') {
      if (!Array.isArray(cur) || k >= cur.length) break
      cur = cur[k]
    } else {
      if (!isObject(cur) || !Object.hasOwn(cur, k)) break
      cur = cur[k]
    }
    out.push(k)
  }
  return out
}

/**
 * Reads of a constant table by a key that came from user input (a manifest value, a command-line word, a
 * path segment): only the table's own entries count, so `constructor`, `__proto__` or `toString` find nothing
 * instead of a member of Object.prototype.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
