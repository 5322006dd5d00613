import { isPair, isScalar, isSeq } from 'yaml'
import type { ParsedNode } from 'yaml'
import type { JsonValue } from '../types'
import { guardAnchors } from './anchors'
import { keptCommentLines } from './comments'
import type { EditList } from './editList'
import {
  afterLine,
  columnOf,
  contentEnd,
  dashOf,
  itemStart,
  lineStartOf,
  onlySpaceBefore,
  type ParsedMap,
  type ParsedPair,
  type ParsedSeq,
} from './nodes'
import { blockItems, blockPair, isScalarValue, quoteOf, renderFlow, renderScalar, type Quote } from './render'
import type { DocStyle } from './style'

/** What every planner needs: the chunk text, the document's style and the edits so far. */
export interface PlanCtx {
  text: string
  st: DocStyle
  out: EditList
  json: JsonValue | undefined
  /** Prune ancestors left empty while their path is longer than this. */
  prune: number
  /** Anchors some alias uses: nodes carrying them are never removed. */
  anchors: ReadonlySet<string>
  /** A removed line's comments stay, on lines of their own (fixes); otherwise they go with the line. */
  keepComments?: boolean
}

type Coll = ParsedMap | ParsedSeq

/** The end of a flow item: a pair's value (or key), a node. */
function flowItemEnd(ctx: PlanCtx, coll: Coll, i: number): number {
  const item = coll.items[i] as ParsedPair | ParsedNode
  return isPair(item) ? contentEnd(ctx.text, item) : item.range[1]
}

/** Removes the items at `indexes` (ascending) of a map or sequence; a flow collection may become empty. */
export function removeItems(ctx: PlanCtx, coll: Coll, indexes: readonly number[]): void {
  const n = coll.items.length
  if (indexes.length === 0) return
  for (const i of indexes) {
    const item = coll.items[i]
    if (isPair(item)) guardAnchors(ctx.anchors, item.key)
    guardAnchors(ctx.anchors, isPair(item) ? item.value : item)
  }
  if (coll.flow && indexes.length === n) {
    ctx.out.replace(coll.range[0] + 1, coll.range[1] - 1, '')
    return
  }
  for (let k = 0; k < indexes.length;) {
    let j = k
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++
    const [first, last] = [indexes[k], indexes[j]]
    if (coll.flow) removeFlowRun(ctx, coll, first, last)
    else removeBlockRun(ctx, coll, first, last)
    k = j + 1
  }
}

function removeFlowRun(ctx: PlanCtx, coll: Coll, first: number, last: number): void {
  if (last + 1 < coll.items.length) {
    ctx.out.replace(itemStart(ctx.text, coll, first), itemStart(ctx.text, coll, last + 1), '')
  } else {
    ctx.out.replace(flowItemEnd(ctx, coll, first - 1), flowItemEnd(ctx, coll, last), '')
  }
}

/**
 * Removes whole lines of block items (with their same-line comments), leaving other comments alone. With
 * `keepComments`, the comments on the removed lines stay too: a same-line one moves to a line of its own.
 */
export function removeBlockRun(ctx: PlanCtx, coll: Coll, first: number, last: number): void {
  const { text } = ctx
  const start = itemStart(text, coll, first)
  const lastItem = coll.items[last] as ParsedPair | ParsedNode
  const column = columnOf(text, start)
  if (!onlySpaceBefore(text, start) && last + 1 < coll.items.length) {
    // `- name: x` losing its first key: the next key moves up next to the dash; its comments go above.
    const next = itemStart(text, coll, last + 1)
    ctx.out.replace(start, next, '')
    const kept = ctx.keepComments ? keptCommentLines(text.slice(start, next), column, ctx.st.eol) : ''
    if (kept) ctx.out.insert(lineStartOf(text, start), kept)
    return
  }
  let from = lineStartOf(text, start)
  const to = afterLine(text, contentEnd(text, lastItem))
  const kept = ctx.keepComments ? keptCommentLines(text.slice(from, to), column, ctx.st.eol) : ''
  if (to === text.length && !text.endsWith('\n') && from > 0) {
    from -= text[from - 2] === '\r' ? 2 : 1
    ctx.out.replace(from, to, kept ? ctx.st.eol + kept.slice(0, -ctx.st.eol.length) : '')
  } else ctx.out.replace(from, to, kept)
}

/** Inserts lines after the line holding `pos` (after its comment), in the document's line ending. */
export function insertLinesAfter(ctx: PlanCtx, pos: number, lines: readonly string[]): void {
  const { text, st } = ctx
  const at = afterLine(text, pos)
  if (at === text.length && !text.endsWith('\n')) ctx.out.insert(at, st.eol + lines.join(st.eol))
  else ctx.out.insert(at, lines.map((l) => l + st.eol).join(''))
}

/** The separator a flow collection uses between items (`, `, `,` or a line break and indentation). */
function flowSeparator(ctx: PlanCtx, coll: Coll): string {
  const { text } = ctx
  const start0 = itemStart(text, coll, 0)
  if (text.slice(coll.range[0], start0).includes('\n'))
    return ',' + ctx.st.eol + ' '.repeat(columnOf(text, start0))
  if (coll.items.length > 1) {
    const between = text.slice(flowItemEnd(ctx, coll, 0), itemStart(text, coll, 1))
    if (/^[ \t]*,[ \t]*$/.test(between)) return between.trim() + between.slice(between.indexOf(',') + 1)
  }
  return ', '
}

/** Inserts rendered flow items before item `before`, or after the last item. */
export function insertFlowItems(
  ctx: PlanCtx,
  coll: Coll,
  rendered: readonly string[],
  before?: number,
): void {
  const { text } = ctx
  if (coll.items.length === 0) {
    const inner = text.slice(coll.range[0] + 1, coll.range[1] - 1)
    const pad = inner.length > 0 && inner.trim() === '' && !inner.includes('\n') ? ' ' : ''
    ctx.out.replace(coll.range[0] + 1, coll.range[1] - 1, pad + rendered.join(', ') + pad)
    return
  }
  const sep = flowSeparator(ctx, coll)
  if (before === undefined) {
    ctx.out.insert(flowItemEnd(ctx, coll, coll.items.length - 1), rendered.map((r) => sep + r).join(''))
  } else ctx.out.insert(itemStart(text, coll, before), rendered.map((r) => r + sep).join(''))
}

/**
 * Adds `key: value` pairs to a map, in its own indentation, key quoting and flow style: before item `before`, or
 * at the end. A new list of scalars in a block map is written like a sibling flow sequence (`add: [A]` gets
 * `drop: [ALL]`, quoted like it).
 */
export function insertPairs(
  ctx: PlanCtx,
  map: ParsedMap,
  entries: readonly [string, JsonValue][],
  before?: number,
): void {
  const { text, st } = ctx
  const items = map.items as ParsedPair[]
  const first = items[0] as ParsedPair | undefined
  const keyQuote: Quote = first ? quoteOf(first.key) : st.json ? 'double' : 'plain'
  const at = before !== undefined && before < items.length ? before : undefined
  if (map.flow) {
    const colon = first ? flowColon(ctx, first) : ': '
    const valueQuote: Quote = st.json ? 'double' : 'plain'
    const rendered = entries.map(
      ([k, v]) => renderScalar(k, keyQuote, 'flow') + colon + renderFlow(v, st.json, valueQuote),
    )
    insertFlowItems(ctx, map, rendered, at)
    return
  }
  const col = columnOf(text, first!.key.range[0])
  const sibling = items.find((p) => isSeq(p.value) && p.value.flow)?.value as ParsedSeq | undefined
  const lines = entries.flatMap(([k, v]) =>
    sibling && Array.isArray(v) && v.length > 0 && v.every(isScalarValue)
      ? [
          `${' '.repeat(col)}${renderScalar(k, keyQuote, 'key')}: ${renderFlow(v, false, seqQuote(ctx, sibling))}`,
        ]
      : blockPair(k, v, col, st, keyQuote),
  )
  const top = at === 0 ? firstLineOf(text, items[0]!) : undefined
  if (top !== undefined) ctx.out.insert(top, lines.map((l) => l + st.eol).join(''))
  else if (at) insertLinesAfter(ctx, contentEnd(text, items[at - 1]!), lines)
  else insertLinesAfter(ctx, contentEnd(text, items[items.length - 1]!), lines)
}

/**
 * Where lines go to come before a map's first pair: after the line above its leading comments and blank lines
 * (the parent's `key:` line), so those stay with the pair they describe.
 */
function firstLineOf(text: string, pair: ParsedPair): number | undefined {
  // (A first pair on its parent's line, `- containers:`, has no line of its own to go above.)
  const start = pair.key.range[0]
  if (!onlySpaceBefore(text, start)) return undefined
  let at = lineStartOf(text, start)
  while (at > 0) {
    const above = lineStartOf(text, at - 1)
    const line = text.slice(above, at).trim()
    if (line !== '' && !line.startsWith('#')) break
    at = above
  }
  return at
}

/** The quoting of a sequence's first string item (JSON: double). */
function seqQuote(ctx: PlanCtx, seq: ParsedSeq): Quote {
  if (ctx.st.json) return 'double'
  return quoteOf((seq.items as ParsedNode[]).find((n) => isScalar(n) && typeof n.value === 'string'))
}

function flowColon(ctx: PlanCtx, pair: ParsedPair): string {
  if (!pair.value) return ': '
  const between = ctx.text.slice(pair.key.range[1], pair.value.range[0])
  return /^[ \t]*:[ \t]*$/.test(between) && isScalar(pair.key) && pair.key.type !== 'PLAIN'
    ? between.trimStart()
    : ': '
}

/** Inserts sequence items before item `before` (or at the end) in the sequence's own style. */
export function insertSeqItems(
  ctx: PlanCtx,
  seq: ParsedSeq,
  values: readonly JsonValue[],
  before?: number,
): void {
  const { text, st } = ctx
  const quote = seqQuote(ctx, seq)
  if (seq.flow) {
    insertFlowItems(
      ctx,
      seq,
      values.map((v) => renderFlow(v, st.json, quote)),
      before,
    )
    return
  }
  const items = seq.items as ParsedNode[]
  const dash = dashOf(text, items[0])
  const lines = blockItems(values, columnOf(text, dash), st, quote)
  if (before !== undefined && onlySpaceBefore(text, dashOf(text, items[before]))) {
    ctx.out.insert(lineStartOf(text, dashOf(text, items[before])), lines.map((l) => l + st.eol).join(''))
  } else insertLinesAfter(ctx, contentEnd(text, items[items.length - 1]), lines)
}
