import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml'
import type { ParsedNode } from 'yaml'
import type { JsonValue } from '../types'
import type { PlanCtx } from './collection'
import { guardAnchors } from './anchors'
import { colonEnd, columnOf, contentEnd, dashOf, isEmptyNode, lineEndOf, propsEnd, type Step } from './nodes'
import {
  blockItems,
  blockPair,
  blockValue,
  isScalarValue,
  quoteOf,
  renderFlow,
  renderScalar,
  type Quote,
} from './render'

/** The node sits inside a flow collection (`{...}` / `[...]`). */
export function inFlow(step: Step): boolean {
  const parent = step.parent?.node
  return !!parent && (isMap(parent) || isSeq(parent)) && !!parent.flow
}

/** Replaces a scalar's bytes only; a string keeps the node's quoting when that still reads back right. */
export function replaceScalar(
  ctx: PlanCtx,
  step: Step,
  node: ParsedNode,
  value: string | number | boolean | null,
) {
  const quote = typeof value !== 'string' ? 'plain' : ctx.st.json ? 'double' : quoteOf(node)
  const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
  const end = block ? contentEnd(ctx.text, node) : node.range[1]
  ctx.out.replace(node.range[0], end, renderScalar(value, quote, inFlow(step) ? 'flow' : 'block'))
}

/** How strings are quoted inside a flow collection: JSON or like its first string. */
function flowQuote(ctx: PlanCtx, node: ParsedNode | null): Quote {
  if (ctx.st.json) return 'double'
  let first: ParsedNode | undefined
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      const n = isPair(item) ? item.value : item
      if (isScalar(n) && typeof n.value === 'string') {
        first = n as ParsedNode
        break
      }
    }
  }
  return quoteOf(first)
}

/**
 * Replaces the whole node at `step` (or fills an empty value) with `value` rendered in its context: a flow
 * collection stays flow, unless `block` (then a value of a block pair is written as a block under its key).
 */
export function replaceWhole(ctx: PlanCtx, step: Step, value: JsonValue, block = false): void {
  const { text, st, out } = ctx
  const node = step.node
  const empty = isEmptyNode(node)
  const keepsProps = inFlow(step) || !!step.pair || (st.json && !step.parent)
  guardAnchors(ctx.anchors, node, !keepsProps)
  const flowNode = (isMap(node) || isSeq(node)) && !!node.flow
  if (inFlow(step) || (st.json && !step.parent) || (flowNode && !isScalarValue(value) && !block)) {
    // Flow stays flow: `add: ["A"]` becomes `add: ["B"]`, strings quoted like the old items.
    const at = node ? node.range[0] : colonEnd(text, step.pair!)
    const end = node && !empty ? (step.parent ? node.range[1] : contentEnd(text, node)) : at
    out.replace(at, end, (empty && step.pair ? ' ' : '') + renderFlow(value, st.json, flowQuote(ctx, node)))
  } else if (step.pair) {
    // After the key's colon and the node's anchor or tag, which stay.
    const start = propsEnd(text, colonEnd(text, step.pair))
    const { inline, lines } = blockValue(value, columnOf(text, step.pair.key.range[0]), st)
    const block = lines ? st.eol + lines.join(st.eol) : ''
    if (empty) {
      if (inline !== undefined) out.insert(start, ' ' + inline)
      else out.insert(lineEndOf(text, start), block)
    } else if (inline !== undefined) {
      out.replace(start, contentEnd(text, node!), ' ' + inline)
    } else if (isScalar(node) || isAlias(node) || flowNode) {
      // `key: ~  # note` becomes `key:  # note` followed by the block: the comment stays on its line.
      const end = contentEnd(text, node!)
      out.replace(start, end, '')
      out.insert(lineEndOf(text, end), block)
    } else out.replace(start, contentEnd(text, node!), block)
  } else if (step.parent && node) {
    // An item of a block sequence: the new value starts right after its dash.
    const dash = dashOf(text, node)
    const col = columnOf(text, dash)
    const rendered = blockItems([value], col, st).join(st.eol).slice(col)
    out.replace(dash, empty ? dash + 1 : contentEnd(text, node), rendered)
  } else if (node) {
    // The document root: a map or sequence at column 0.
    const lines = isScalarValue(value)
      ? [renderScalar(value, 'plain', 'block')]
      : Array.isArray(value)
        ? blockItems(value, 0, st)
        : Object.entries(value).flatMap(([k, v]) => blockPair(k, v, 0, st))
    const rendered = lines.join(st.eol)
    if (empty) {
      const at = lineEndOf(text, node.range[0])
      out.insert(at, (at > 0 ? st.eol : '') + rendered)
    } else out.replace(node.range[0], contentEnd(text, node), rendered)
  }
}
