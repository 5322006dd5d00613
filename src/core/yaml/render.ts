import { isMap, isScalar, isSeq, parseDocument, Scalar, type ParsedNode } from 'yaml'
import type { JsonValue } from '../types'
import type { DocStyle } from './style'

export type Quote = 'plain' | 'double' | 'single'
/** Where a scalar is written: a block value, inside a flow collection, or as a block map key. */
export type Where = 'block' | 'flow' | 'key'
type Scalarish = string | number | boolean | null

// Full YAML 1.1 (timestamps and 1:20 included, as go-yaml resolves them) and YAML 1.2 core.
const CHECKS = [
  { version: '1.1', prettyErrors: false },
  { version: '1.2', prettyErrors: false },
] as const
const safeMemo = new Map<string, boolean>()

export function isScalarValue(v: JsonValue): v is Scalarish {
  return v === null || typeof v !== 'object'
}

/** The quoting style of an existing scalar node. */
export function quoteOf(node: ParsedNode | null | undefined): Quote {
  if (!isScalar(node)) return 'plain'
  return node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : 'plain'
}

function plainValue(src: string, where: Where, options: object): unknown {
  const doc = parseDocument(src, options)
  if (doc.errors.length > 0) return undefined
  const c = doc.contents
  const node = where === 'flow' ? (isSeq(c) && c.items.length === 1 ? c.items[0] : undefined) : undefined
  const pair = isMap(c) && c.items.length === 1 ? c.items[0] : undefined
  const scalar = where === 'flow' ? node : where === 'key' ? pair?.key : pair?.value
  return isScalar(scalar) && scalar.type === Scalar.PLAIN ? scalar.value : undefined
}

/**
 * A string can be written plain when both YAML 1.1 (Kubernetes) and YAML 1.2 read it back as the same
 * string: `yes`, `on`, `0644`, `1e3`, `~`, `''`, `*x`, `a: b`, `x #y`, `2024-01-02` are not.
 */
export function isPlainSafe(s: string, where: Where): boolean {
  const id = where + '\u0000' + s
  const memo = safeMemo.get(id)
  if (memo !== undefined) return memo
  let ok = s !== '' && s.trim() === s && !hasControl(s, true)
  if (ok) {
    const src = where === 'flow' ? `[${s}]\n` : where === 'key' ? `${s}: 0\n` : `k: ${s}\n`
    ok = CHECKS.every((options) => plainValue(src, where, options) === s)
  }
  if (safeMemo.size > 5000) safeMemo.clear()
  safeMemo.set(id, ok)
  return ok
}

/** Control characters (and YAML 1.1 line breaks, a BOM) need a double-quoted string. */
function hasControl(s: string, breaks: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return true
    if (breaks && (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff)) return true
  }
  return false
}

export function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

export function renderScalar(v: Scalarish, quote: Quote, where: Where): string {
  if (v === null) return 'null'
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'number')
    return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf'
  if (quote === 'double') return doubleQuoted(v)
  if (quote === 'single') return hasControl(v, true) ? doubleQuoted(v) : `'${v.replace(/'/g, "''")}'`
  return isPlainSafe(v, where) && (where !== 'flow' || isPlainSafe(v, 'key')) ? v : doubleQuoted(v)
}

/** A value in flow style: `{type: RuntimeDefault}`, `[NET_ADMIN, SYS_TIME]`; JSON when `json`. */
export function renderFlow(v: JsonValue, json: boolean, quote: Quote = json ? 'double' : 'plain'): string {
  if (isScalarValue(v)) return renderScalar(v, quote, 'flow')
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, json, quote)).join(', ')}]`
  const pairs = Object.entries(v).map(
    ([k, x]) => `${renderScalar(k, quote, 'flow')}: ${renderFlow(x, json, quote)}`,
  )
  return `{${pairs.join(', ')}}`
}

/**
 * A value after `key:` in block style: `inline` text for scalars and empty collections, else the `lines`
 * of a block map (at `col` + unit) or block sequence (dashes at `col` + seqIndent) under a key at `col`.
 */
export function blockValue(
  v: JsonValue,
  col: number,
  st: DocStyle,
  keyQuote: Quote = 'plain',
): { inline: string; lines?: undefined } | { inline?: undefined; lines: string[] } {
  if (isScalarValue(v)) return { inline: renderScalar(v, 'plain', 'block') }
  if (Array.isArray(v))
    return v.length === 0 ? { inline: '[]' } : { lines: blockItems(v, col + st.seqIndent, st) }
  const entries = Object.entries(v)
  if (entries.length === 0) return { inline: '{}' }
  return { lines: entries.flatMap(([k, x]) => blockPair(k, x, col + st.unit, st, keyQuote)) }
}

/** Lines (without line breaks) of `key: value` in block style with the key at column `col`. */
export function blockPair(
  key: string,
  v: JsonValue,
  col: number,
  st: DocStyle,
  keyQuote: Quote = 'plain',
): string[] {
  const head = ' '.repeat(col) + renderScalar(key, keyQuote, 'key') + ':'
  const value = blockValue(v, col, st, keyQuote)
  return value.lines ? [head, ...value.lines] : [`${head} ${value.inline}`]
}

/** Lines of block sequence items with their dash at column `col`. */
export function blockItems(
  items: readonly JsonValue[],
  col: number,
  st: DocStyle,
  quote: Quote = 'plain',
): string[] {
  return items.flatMap((v) => blockItem(v, col, st, quote))
}

function blockItem(v: JsonValue, col: number, st: DocStyle, quote: Quote): string[] {
  const dash = ' '.repeat(col) + '- '
  if (isScalarValue(v)) return [dash + renderScalar(v, quote, 'block')]
  const inner = Array.isArray(v)
    ? blockItems(v, col + 2, st, quote)
    : Object.entries(v).flatMap(([k, x]) => blockPair(k, x, col + 2, st))
  if (inner.length === 0) return [dash + (Array.isArray(v) ? '[]' : '{}')]
  return [dash + inner[0].slice(col + 2), ...inner.slice(1)]
}
