/**
 * A fixed limit on how deeply a document nests collections, checked on the parser's tokens before composing.
 *
 * yaml's Composer turns tokens into nodes recursively, so a deep enough nesting runs out of stack. How deep it gets
 * first depends on the engine's state, not only on the text: interpreted code has bigger stack frames than compiled
 * code (Chromium, `[[[…]]]` right after a page load: about 800 levels; once the code is compiled: about 1560).
 * The same paste could then be refused or analysed depending on how long the page had been used. A limit below
 * both makes the outcome depend on the text alone. Kubernetes accepts up to KUBERNETES_MAX_DEPTH levels; real
 * manifests nest a few dozen.
 */
import type { CST } from 'yaml'

/** The most nesting Kubernetes reads: go-yaml's max_flow_level and max_indents, encoding/json's maxNestingDepth. */
export const KUBERNETES_MAX_DEPTH = 10000

/** The deepest collection nesting analysed: every shape composes far deeper than this with cold code. */
export const MAX_NESTING = 500

type Item = { key?: CST.Token | null; value?: CST.Token }

/**
 * Offset of the first collection (block map or sequence, flow collection) nested deeper than `max` in `tokens`,
 * or -1. Walks with its own stack: the walk itself never recurses.
 */
export function tooDeepAt(tokens: readonly CST.Token[], max = MAX_NESTING): number {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }))
  const push = (token: CST.Token | null | undefined, depth: number) => {
    if (token) stack.push({ token, depth })
  }
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { token, depth } = top
    if (token.type === 'document') push(token.value, depth)
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > max) return token.offset
      for (const item of token.items as readonly Item[]) {
        push(item.key, depth + 1)
        push(item.value, depth + 1)
      }
    }
  }
  return -1
}

/** The error of a document refused by tooDeepAt, at the collection that went past the limit. */
export function nestingError(offset: number): { code: string; message: string; offset: number } {
  const message =
    `Nesting is too deep to analyse here (more than ${MAX_NESTING} levels from this point); ` +
    `Kubernetes accepts up to ${KUBERNETES_MAX_DEPTH} levels`
  return { code: 'NESTING_TOO_DEEP', message, offset }
}

/**
 * yaml reports a stack overflow while composing as RESOURCE_EXHAUSTION with the engine's message (`Maximum call
 * stack size exceeded`, `too much recursion`); past the limit above that should not happen, but if it does, say
 * what happened in the user's terms.
 */
export function composeMessage(code: string, message: string): string {
  if (code !== 'RESOURCE_EXHAUSTION' || !/call stack|recursion/i.test(message)) return message
  return (
    'Nesting is too deep to analyse here (the parser ran out of stack near this point); ' +
    `Kubernetes accepts up to ${KUBERNETES_MAX_DEPTH} levels`
  )
}
