import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import type { JsonValue } from '../types'

/**
 * Integers beyond ±2^53 have no exact JavaScript number: `9223372036854775808` reads as 9223372036854776000.
 * Kubernetes reads them exactly (go-yaml parses them as int64 or uint64), so the source text of each such
 * scalar is kept beside the plain data, keyed by the object or array holding it.
 */
const sources = new WeakMap<object, Map<string | number, string>>()

/**
 * Cheap test before walking a document: an inexact integer needs 16 decimal digits, 14 hex digits or
 * (beyond 2^53 in other bases or as 1e16) a run of at least 16 digits or a two-digit exponent.
 */
const MAYBE_INEXACT = /\d[\d_]{15}|0[xX][\da-fA-F_]{13}|\d[eE]\+?\d\d/

/** Unsafe integers are those whose JSON value was rounded (or may have been). */
function inexact(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)
}

/**
 * Records the source text of every inexact integer in `json` (the plain data of `doc`), walking the
 * document and the data side by side (iteratively: documents may be deeply nested). Aliases and merge
 * keys are not followed: their numbers keep only the JavaScript value.
 */
export function recordInexactNumbers(text: string, doc: Document.Parsed, json: JsonValue | undefined): void {
  if (json === undefined || !MAYBE_INEXACT.test(text)) return
  const stack: [Node | null, JsonValue][] = [[doc.contents, json]]
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, data] = top
    if (data === null || typeof data !== 'object') continue
    if (isMap(node) && !Array.isArray(data)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue
        const key = String(pair.key.value)
        if (Object.hasOwn(data, key)) visit(pair.value as Node | null, data, key, stack)
      }
    } else if (isSeq(node) && Array.isArray(data)) {
      node.items.forEach((item, i) => visit(item as Node | null, data, i, stack))
    }
  }
}

function visit(
  node: Node | null,
  holder: { [key: string]: JsonValue } | JsonValue[],
  key: string | number,
  stack: [Node | null, JsonValue][],
): void {
  const value = (holder as Record<string | number, JsonValue>)[key]
  if (isScalar(node)) {
    if (inexact(node.value) && node.value === value && typeof node.source === 'string') {
      let map = sources.get(holder)
      if (!map) sources.set(holder, (map = new Map()))
      map.set(key, node.source)
    }
  } else if (node) stack.push([node, value])
}

/**
 * The source text of the number at `holder[key]` when it is an integer JavaScript cannot hold exactly
 * (`9223372036854775808`, `0x8000000000000000`); undefined for every other value, and for data that did
 * not come from parsed text.
 */
export function numberSource(holder: JsonValue | undefined, key: string | number): string | undefined {
  if (holder === null || typeof holder !== 'object') return undefined
  return sources.get(holder)?.get(key)
}
