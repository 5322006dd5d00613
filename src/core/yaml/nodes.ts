import { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Document, Pair, ParsedNode, YAMLMap, YAMLSeq } from 'yaml'
import type { JsonValue, Path } from '../types'

export type ParsedPair = Pair<ParsedNode, ParsedNode | null>
export type ParsedMap = YAMLMap.Parsed
export type ParsedSeq = YAMLSeq.Parsed

/** One node on a resolved path; offsets are relative to the document's chunk. */
export interface Step {
  /** The node at `path` (null when a pair has no value node). */
  node: ParsedNode | null
  path: Path
  parent: Step | null
  /** Index in the parent's items. */
  index: number
  /** The pair holding `node` when the parent is a map. */
  pair: ParsedPair | null
}

export function keyMatches(pair: ParsedPair, key: string): boolean {
  return (
    isScalar(pair.key) &&
    (pair.key.value === key || pair.key.source === key || String(pair.key.value) === key)
  )
}

/**
 * Follows `path` from the document root as far as it exists. `alias` is true when the path goes on
 * through an alias node (edits never write through aliases).
 */
export function resolvePath(doc: Document.Parsed, path: Path): { steps: Step[]; alias: boolean } {
  let cur: Step = { node: doc.contents, path: [], parent: null, index: -1, pair: null }
  const steps = [cur]
  for (const seg of path) {
    const node = cur.node
    if (isAlias(node)) return { steps, alias: true }
    let next: Step | null = null
    const sub = [...cur.path, seg]
    if (isMap(node) && typeof seg === 'string') {
      const items = (node as ParsedMap).items as ParsedPair[]
      const index = items.findIndex((p) => keyMatches(p, seg))
      if (index >= 0) next = { node: items[index].value, path: sub, parent: cur, index, pair: items[index] }
    } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
      next = {
        node: (node as ParsedSeq).items[seg] as ParsedNode,
        path: sub,
        parent: cur,
        index: seg,
        pair: null,
      }
    }
    if (!next) break
    steps.push(next)
    cur = next
  }
  return { steps, alias: false }
}

export function jsonAt(json: JsonValue | undefined, path: Path): JsonValue | undefined {
  let cur: JsonValue | undefined = json
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    if (Array.isArray(cur)) cur = typeof seg === 'number' ? cur[seg] : undefined
    else cur = Object.hasOwn(cur, String(seg)) ? cur[String(seg)] : undefined
  }
  return cur
}

/** A node without any source text: the implicit null of `key:` or of an empty `- `. */
export function isEmptyNode(node: ParsedNode | null): boolean {
  return node === null || (isScalar(node) && node.range[1] === node.range[0])
}

export function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1
}

export function columnOf(text: string, pos: number): number {
  return pos - lineStartOf(text, pos)
}

/** The offset just after the line break ending the line of `pos` (or the end of the text). */
export function afterLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos)
  return nl === -1 ? text.length : nl + 1
}

/** The offset of the line break (`\r\n` or `\n`) ending the line of `pos`, or the end of the text. */
export function lineEndOf(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos)
  if (nl === -1) return text.length
  return text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
}

export function onlySpaceBefore(text: string, pos: number): boolean {
  return text.slice(lineStartOf(text, pos), pos).trim() === ''
}

/** The offset just after the `:` that follows a pair's key. */
export function colonEnd(text: string, pair: ParsedPair): number {
  let i = pair.key.range[1]
  while (text[i] === ' ' || text[i] === '\t') i++
  return text[i] === ':' ? i + 1 : pair.key.range[1]
}

/** The end of the anchor and tag (`&a !!map`) written after `from`, or `from` when there are none. */
export function propsEnd(text: string, from: number): number {
  let end = from
  for (;;) {
    let j = end
    while (text[j] === ' ' || text[j] === '\t') j++
    if (text[j] !== '&' && text[j] !== '!') return end
    while (j < text.length && !/\s/.test(text[j])) j++
    end = j
  }
}

/** The `-` of a block sequence item on the item's own line, or the item's start. */
export function dashOf(text: string, item: ParsedNode): number {
  const start = lineStartOf(text, item.range[0])
  for (let i = item.range[0] - 1; i >= start; i--) {
    if (text[i] === '-' && (i === start || /\s/.test(text[i - 1])) && /\s/.test(text[i + 1])) return i
  }
  return item.range[0]
}

/** Where an item of a collection starts: a pair's key, a block sequence item's dash, a flow item. */
export function itemStart(text: string, coll: ParsedMap | ParsedSeq, index: number): number {
  const item = coll.items[index] as ParsedPair | ParsedNode
  if (isPair(item)) return item.key.range[0]
  return coll.flow ? item.range[0] : dashOf(text, item)
}

/** The end of the last character of real content in a node or pair: no trailing comments or blanks. */
export function contentEnd(text: string, node: ParsedNode | ParsedPair): number {
  if (isPair(node)) return isEmptyNode(node.value) ? colonEnd(text, node) : contentEnd(text, node.value!)
  if (isCollection(node) && !node.flow && node.items.length > 0) {
    const coll = node as ParsedMap | ParsedSeq
    const last = coll.items[coll.items.length - 1] as ParsedPair | ParsedNode
    if (!isPair(last) && isEmptyNode(last)) return dashOf(text, last) + 1
    return contentEnd(text, last)
  }
  let end = node.range[1]
  while (end > node.range[0] && /\s/.test(text[end - 1])) end--
  return end
}
