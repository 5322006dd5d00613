/** Typed reads of manifest data as the API server would decode it: a wrong type reads as unset. */
import type { JsonObject, JsonValue, Path } from '../types'

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function obj(v: JsonValue | undefined): JsonObject | undefined {
  return isObject(v) ? v : undefined
}

export function list(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : []
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

/** Set in the Go sense: present and not null (`key:` with no value decodes to nil). */
export function isSet(v: JsonValue | undefined): v is Exclude<JsonValue, null> {
  return v !== undefined && v !== null
}

export function getIn(root: JsonValue | undefined, rel: Path): JsonValue | undefined {
  let cur = root
  for (const k of rel) {
    if (typeof k === 'number') cur = Array.isArray(cur) ? cur[k] : undefined
    else cur = isObject(cur) && Object.hasOwn(cur, k) ? cur[k] : undefined
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

/** Go's `%q` for the strings that show up in messages. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c === 7) out += '\\a'
    else if (c === 8) out += '\\b'
    else if (c === 12) out += '\\f'
    else if (c === 11) out += '\\v'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += ch
  }
  return out + '"'
}

/** Byte-order sort (ASCII-identical to Go's sort.Strings) of the distinct values. */
export function sortedSet(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
