import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { JsonObject, JsonValue, Path, TextEdit } from '../types'
import { usedAnchors } from './anchors'
import { insertPairs, removeItems, type PlanCtx } from './collection'
import { EditList } from './editList'
import { isEmptyNode, resolvePath, type ParsedMap, type ParsedPair, type ParsedSeq, type Step } from './nodes'
import { deleteStep } from './planDelete'
import { setSeqItems } from './planSeq'
import { isScalarValue } from './render'
import { insertBefore } from './placement'
import { inFlow, replaceScalar, replaceWhole } from './replace'
import type { ParsedStream } from './stream'
import { docStyle } from './style'
import { isObject } from '../json'

export interface PlanOptions {
  /**
   * After a delete, remove ancestor maps/sequences left empty while their path is longer than this
   * (the store passes securityContextPath.length - 1). Default: none; an emptied map becomes `{}`.
   */
  pruneEmptyAbove?: number
  /**
   * Never delete a comment (fixes): the comments on the lines a delete removes stay, a same-line one on a
   * line of its own at the removed key's column. Default: a removed line takes its comment with it.
   */
  keepComments?: boolean
}

/**
 * Minimal edits that set (or, with `undefined`, delete) the value at `path` of `document`: every byte
 * outside the edited node stays as it was. Missing parent maps are created with the document's own
 * indentation and sequence style. Returns [] when the path goes through an alias (`*ref`), when a
 * sequence item it names does not exist, when deleting a missing key, and on any internal failure.
 */
export function planSet(
  stream: ParsedStream,
  document: number,
  path: Path,
  value: JsonValue | undefined,
  options: PlanOptions = {},
): TextEdit[] {
  const slot = stream.docs[document]
  const doc = slot?.parsed.doc
  if (!doc) return []
  const text = slot.parsed.text
  try {
    const ctx: PlanCtx = {
      text,
      st: docStyle(slot.parsed),
      out: new EditList(text),
      json: slot.parsed.json,
      prune: options.pruneEmptyAbove ?? Number.POSITIVE_INFINITY,
      anchors: usedAnchors(slot.parsed),
      keepComments: options.keepComments === true,
    }
    const { steps, alias } = resolvePath(doc, path)
    if (alias) return []
    const last = steps[steps.length - 1]
    if (steps.length === path.length + 1) {
      if (value === undefined) deleteStep(ctx, last)
      else setStep(ctx, last, value)
    } else {
      const rest = path.slice(steps.length - 1)
      if (value === undefined || rest.some((s) => typeof s !== 'string')) return []
      const [key, ...below] = rest as string[]
      const nested = below.reduceRight<JsonValue>((v, k) => ({ [k]: v }), value)
      if (isMap(last.node)) addPairs(ctx, last, last.node as ParsedMap, [[key, nested]])
      else if (last.node === null || isScalar(last.node)) setStep(ctx, last, { [key]: nested })
      else return []
    }
    return ctx.out.result(slot.base)
  } catch {
    return []
  }
}

/** Sets the node at `step` to `value`, keeping what can be kept (scalar quoting, existing items). */
export function setStep(ctx: PlanCtx, step: Step, value: JsonValue): void {
  const node = step.node
  if (isMap(node) && isObject(value) && Object.keys(value).length > 0) {
    setMapEntries(ctx, step, node as ParsedMap, value)
  } else if (
    isSeq(node) &&
    Array.isArray(value) &&
    value.length > 0 &&
    setSeqItems(ctx, step, node as ParsedSeq, value)
  ) {
    // per-item edits planned
  } else if ((isScalar(node) || isAlias(node)) && !isEmptyNode(node) && isScalarValue(value)) {
    replaceScalar(ctx, step, node, value)
  } else replaceWhole(ctx, step, value)
}

function setMapEntries(ctx: PlanCtx, step: Step, map: ParsedMap, value: JsonObject): void {
  const pairs = map.items as ParsedPair[]
  const keys = pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : null))
  const kept = keys.filter((k) => k !== null && Object.hasOwn(value, k))
  if (pairs.length > 0 && kept.length === 0) return replaceWhole(ctx, step, value)
  const removed: number[] = []
  pairs.forEach((pair, index) => {
    const k = keys[index]
    if (k === null || !Object.hasOwn(value, k)) removed.push(index)
    else setStep(ctx, { node: pair.value, path: [...step.path, k], parent: step, index, pair }, value[k])
  })
  removeItems(ctx, map, removed)
  const added = Object.entries(value).filter(([k]) => !keys.includes(k))
  if (added.length > 0) addPairs(ctx, step, map, added)
}

/**
 * Adds pairs to the map at `step`: an empty flow map that is the value of a block pair (`securityContext: {}`)
 * becomes a block map under its key, as a person would write it; otherwise the pairs go where people put them
 * (see insertBefore) in the map's own style.
 */
function addPairs(ctx: PlanCtx, step: Step, map: ParsedMap, entries: [string, JsonValue][]): void {
  if (map.items.length === 0 && map.flow && step.pair && !inFlow(step) && !ctx.st.json) {
    replaceWhole(ctx, step, Object.fromEntries(entries), true)
    return
  }
  const before = entries.length === 1 ? insertBefore(map, step.path, entries[0]![0]) : undefined
  insertPairs(ctx, map, entries, before)
}
