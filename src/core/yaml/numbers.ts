import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import type { JsonValue } from '../types'

/**
 * Integers beyond ±2^53 have no exact JavaScript number: `9223372036854775808` reads as 9223372036854776000.
 * Kubernetes reads them exactly (go-yaml parses them as int64 or uint64), so the source text of each such
 * scalar is kept beside the plain data, keyed by the object or array holding it.
 */
const sources = new WeakMap<object, Map<string | number, string>>()

/**
 * Cheap test before walking a document: an inexact number needs at least 16 digits in a row (14 in hex) or a
 * two-digit exponent (`1e16`; `1e400` overflows to Infinity).
 */
const MAYBE_INEXACT = /\d[\d_]{15}|0[xX][\da-fA-F_]{13}|\d[eE][-+]?\d\d/

/** Integers beyond ±2^53 (rounded, or maybe) and numbers that overflowed to ±Infinity. */
function inexact(v: unknown): v is number {
  return (
    typeof v === 'number' &&
    (Number.isInteger(v) ? !Number.isSafeInteger(v) : !Number.isFinite(v) && !isNaN(v))
  )
}

/**
 * Records the source text of every inexact number in `json` (the plain data of `doc`), walking the
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
 * The source text of the number at `holder[key]` when JavaScript cannot hold it exactly: an integer beyond
 * ±2^53 (`9223372036854775808`, `0x8000000000000000`) or ±Infinity (`1e400`, `.inf`); undefined
 * for every other value, and for data that did not come from parsed text.
 */
export function numberSource(holder: JsonValue | undefined, key: string | number): string | undefined {
  if (holder === null || typeof holder !== 'object') return undefined
  return sources.get(holder)?.get(key)
}

const UINT64_MAX = 2n ** 64n - 1n

/** go-yaml's yamlStyleFloat, tried after the integers. */
const GO_YAML_FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/

/** `.inf`, `.nan` and friends: go-yaml's table of special floats. */
const GO_YAML_SPECIAL = /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/

/**
 * What go-yaml (sigs.k8s.io/yaml: the API server and kubectl) reads from a plain scalar that JavaScript read as
 * a number: the exact integer (underscores dropped, then strconv.ParseInt(s, 0, 64) or ParseUint(s, 0, 64), so
 * `0x10`, `010` and `0b10` are integers, and nothing beyond uint64 is), else `float` (a float64: ParseFloat of a
 * decimal form succeeded), else `string` (`0x1_0000_0000_0000_0000`, `1e400` whose ParseFloat overflows).
 * null for `.inf` and `.nan`, which are floats JSON cannot carry.
 */
export function goYamlNumber(source: string): bigint | 'float' | 'string' | null {
  if (GO_YAML_SPECIAL.test(source)) return null
  const exact = goYamlInteger(source)
  if (exact !== null) return exact
  const plain = source.replaceAll('_', '')
  return GO_YAML_FLOAT.test(plain) && Number.isFinite(Number(plain)) ? 'float' : 'string'
}

function goYamlInteger(source: string): bigint | null {
  const plain = source.replaceAll('_', '')
  const sign = plain[0] === '-' ? -1n : 1n
  const unsigned = goParseUint(plain[0] === '-' || plain[0] === '+' ? plain.slice(1) : plain)
  if (unsigned !== null && unsigned <= 2n ** 63n - (sign > 0 ? 1n : 0n)) return sign * unsigned
  return plain[0] === '-' || plain[0] === '+' ? null : goParseUint(plain)
}

/** strconv.ParseUint(s, 0, 64): `0x`, `0o`, `0b` prefixes (followed by at least one digit), a leading 0 is octal. */
function goParseUint(s: string): bigint | null {
  let prefix = ''
  let digits = s
  const p = s[1]?.toLowerCase()
  if (s.length >= 3 && s[0] === '0' && (p === 'b' || p === 'o' || p === 'x')) {
    prefix = `0${p}`
    digits = s.slice(2)
  } else if (s.length >= 2 && s[0] === '0') {
    prefix = '0o'
    digits = s.slice(1)
  }
  const valid = { '': /^\d+$/, '0b': /^[01]+$/, '0o': /^[0-7]+$/, '0x': /^[\da-fA-F]+$/ }[prefix]
  if (!valid?.test(digits)) return null
  const n = BigInt(prefix + digits)
  return n <= UINT64_MAX ? n : null
}
