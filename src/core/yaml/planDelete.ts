import { isMap, isSeq } from 'yaml'
import { removeBlockRun, removeItems, type PlanCtx } from './collection'
import { definesUsedAnchor, guardAnchors } from './anchors'
import { colonEnd, contentEnd, itemStart, propsEnd, type ParsedMap, type ParsedSeq, type Step } from './nodes'

/**
 * Deletes the node at `step` from its parent: whole lines with their same-line comment, other comments
 * and blank lines stay. A parent left empty is removed in turn while its path is longer than
 * `ctx.prune`; one that stays becomes `{}` / `[]`.
 */
export function deleteStep(ctx: PlanCtx, step: Step): void {
  guardAnchors(ctx.anchors, step.node)
  if (step.pair) guardAnchors(ctx.anchors, step.pair.key)
  let cur = step
  for (;;) {
    const parent = cur.parent
    const coll = parent?.node
    if (!parent || !(isMap(coll) || isSeq(coll))) return
    const c = coll as ParsedMap | ParsedSeq
    if (c.items.length > 1) {
      removeItems(ctx, c, [cur.index])
      return
    }
    // An emptied map that carries an anchor in use stays (as `&a {}`), or its aliases would break.
    if (parent.parent && parent.path.length > ctx.prune && !definesUsedAnchor(ctx.anchors, parent.node)) {
      cur = parent
      continue
    }
    emptyCollection(ctx, parent, c)
    return
  }
}

/** Removes the only item of a collection that stays: `securityContext: {}`, `- {}`, `drop: []`. */
function emptyCollection(ctx: PlanCtx, step: Step, coll: ParsedMap | ParsedSeq): void {
  if (coll.flow) {
    removeItems(ctx, coll, [0])
    return
  }
  const empty = isMap(coll) ? '{}' : '[]'
  if (step.pair) {
    ctx.out.insert(propsEnd(ctx.text, colonEnd(ctx.text, step.pair)), ' ' + empty)
    removeBlockRun(ctx, coll, 0, 0)
  } else {
    ctx.out.replace(itemStart(ctx.text, coll, 0), contentEnd(ctx.text, coll), empty)
  }
}
