import { isAlias, isNode, visit } from 'yaml'
import type { ParsedDoc } from './stream'

/** Thrown while planning when an edit would leave an alias without its anchor; planSet then returns []. */
export class AliasBreak extends Error {}

/** Names of the anchors that some alias of the document refers to. */
export function usedAnchors(parsed: ParsedDoc): ReadonlySet<string> {
  const memo = parsed.memo.get('anchors') as Set<string> | undefined
  if (memo) return memo
  const used = new Set<string>()
  if (parsed.doc) {
    visit(parsed.doc, {
      Alias(_, node) {
        if (isAlias(node)) used.add(node.source)
      },
    })
  }
  parsed.memo.set('anchors', used)
  return used
}

/** True when `node` (with `self`) or anything inside it carries an anchor that an alias uses. */
export function definesUsedAnchor(used: ReadonlySet<string>, node: unknown, self = true): boolean {
  if (used.size === 0 || !isNode(node)) return false
  let found = false
  visit(node, {
    Node(_, n) {
      if (n.anchor && used.has(n.anchor) && (self || n !== node)) {
        found = true
        return visit.BREAK
      }
    },
  })
  return found
}

export function guardAnchors(used: ReadonlySet<string>, node: unknown, self = true): void {
  if (definesUsedAnchor(used, node, self)) throw new AliasBreak('the edit would remove an anchor in use')
}
