import { isScalar, type ParsedNode } from 'yaml'
import type { JsonValue } from '../types'
import { insertSeqItems, removeItems, type PlanCtx } from './collection'
import { isEmptyNode, jsonAt, type ParsedSeq, type Step } from './nodes'
import { isScalarValue } from './render'
import { replaceScalar } from './replace'

export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]))
    )
  }
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]))
}

/** Index pairs [old, new] of a longest common subsequence. */
function lcs(a: readonly JsonValue[], b: readonly JsonValue[]): [number, number][] {
  const t: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      t[i][j] = jsonEqual(a[i], b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1])
  const out: [number, number][] = []
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (jsonEqual(a[i], b[j])) out.push([i++, j++])
    else if (t[i + 1][j] >= t[i][j + 1]) i++
    else j++
  }
  return out
}

/**
 * Same length, and every item that changes is a scalar that stays a scalar (`- all` → `- ALL`): each such
 * item's bytes are replaced where they are, so its dash, column and comment stay.
 */
function replaceScalarItems(
  ctx: PlanCtx,
  step: Step,
  seq: ParsedSeq,
  current: readonly JsonValue[],
  value: readonly JsonValue[],
): boolean {
  if (current.length !== value.length) return false
  const changed = value.flatMap((v, i) => (jsonEqual(current[i]!, v) ? [] : [i]))
  const nodes = seq.items as (ParsedNode | null)[]
  const scalar = (i: number) =>
    isScalarValue(value[i]!) && isScalarValue(current[i]!) && isScalar(nodes[i]) && !isEmptyNode(nodes[i]!)
  if (changed.length === 0 || !changed.every(scalar)) return false
  for (const i of changed) {
    const node = nodes[i]!
    const v = value[i]!
    if (isScalarValue(v))
      replaceScalar(ctx, { node, path: [...step.path, i], parent: step, index: i, pair: null }, node, v)
  }
  return true
}

/**
 * Per-item edits turning a sequence into `value`: items kept (bytes and comments untouched) are a longest
 * common subsequence, the others are removed, new items go where `value` puts them, in the sequence's own
 * style. Returns false when nothing can be kept (the caller rewrites the whole sequence).
 */
export function setSeqItems(ctx: PlanCtx, step: Step, seq: ParsedSeq, value: readonly JsonValue[]): boolean {
  const current = jsonAt(ctx.json, step.path)
  if (!Array.isArray(current) || current.length !== seq.items.length) return false
  if (replaceScalarItems(ctx, step, seq, current, value)) return true
  const common = lcs(current, value)
  if (current.length > 0 && common.length === 0) return false
  const keptOld = new Set(common.map(([i]) => i))
  removeItems(
    ctx,
    seq,
    current.map((_, i) => i).filter((i) => !keptOld.has(i)),
  )
  // New items go before the next kept item (or at the end), grouped so each spot gets one edit.
  let group: JsonValue[] = []
  let c = 0
  value.forEach((v, j) => {
    if (c < common.length && common[c][1] === j) {
      if (group.length > 0) insertSeqItems(ctx, seq, group, common[c][0])
      group = []
      c++
    } else group.push(v)
  })
  if (group.length > 0) insertSeqItems(ctx, seq, group)
  return true
}
