import type { JsonObject, JsonValue } from '../types'

/** The value as a plain object, or undefined when it is not one. */
export function obj(v: JsonValue | undefined): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined
}

/** The value as an array, or [] when it is not one. */
export function arr(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : []
}

/** The strings of an array value (other items skipped). */
export function strings(v: JsonValue | undefined): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string')
}

/**
 * An integer value, or undefined (quoted numbers are not numbers: the API rejects them; nor are integers past
 * 2^53, which JavaScript rounds and no valid ID reaches).
 */
export function int(v: JsonValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined
}

/** `a`, `"a", "b"`: each item double-quoted. */
export function joinQuote(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(', ')
}
