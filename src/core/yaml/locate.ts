import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Path, Range } from '../types'
import { dashOf, isEmptyNode, resolvePath, type ParsedMap, type ParsedPair, type Step } from './nodes'
import type { ParsedStream } from './stream'

/**
 * Where a marker for `path` goes: a scalar's own range; for a map or sequence under a key, the key (so a
 * marker sits on `securityContext`, not on the whole block); for a map in a sequence, its first key;
 * for a missing path, the same rule applied to the nearest existing ancestor. With `on: 'key'`, the key of an
 * existing pair whatever its value (an unknown field is its key). Never throws.
 */
export function rangeOf(stream: ParsedStream, document: number, path: Path, on?: 'key'): Range {
  const slot = stream.docs[document]
  if (!slot) return [0, 0]
  const doc = slot.parsed.doc
  if (!doc) return [slot.base, slot.base]
  const { steps } = resolvePath(doc, path)
  const last = steps[steps.length - 1]
  const [start, end] =
    on === 'key' && last?.pair && steps.length === path.length + 1
      ? [last.pair.key.range[0], last.pair.key.range[1]]
      : markerRange(slot.parsed.text, last, doc.range[0])
  return [slot.base + start, slot.base + end]
}

function markerRange(text: string, step: Step, docStart: number): Range {
  const node = step.node
  const keyRange = (pair: ParsedPair): Range => [pair.key.range[0], pair.key.range[1]]
  if (node && !isEmptyNode(node) && (isScalar(node) || isAlias(node))) return [node.range[0], node.range[1]]
  if (step.pair) return keyRange(step.pair)
  if (node === null) return [docStart, docStart]
  if (isEmptyNode(node)) {
    const dash = step.parent ? dashOf(text, node) : node.range[0]
    return [dash, dash + (step.parent ? 1 : 0)]
  }
  if (isMap(node) && node.items.length > 0) return keyRange((node as ParsedMap).items[0] as ParsedPair)
  const flow = (isMap(node) || isSeq(node)) && !!node.flow
  return [node.range[0], flow ? node.range[1] : node.range[0] + 1]
}
