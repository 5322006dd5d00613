import type { Path, Range } from '../types'
import { contentEnd, resolvePath } from './nodes'
import type { ParsedStream } from './stream'

/**
 * Where the node at `path` of a document sits in the whole text, from its first character to its last character of
 * content (no trailing comments or blanks), or null when the path does not exist. A block sequence item starts at the
 * beginning of its line when only indentation and its `- ` come before it, so the whole `- name: app` line belongs
 * to it.
 */
export function extentOf(stream: ParsedStream, document: number, path: Path): Range | null {
  const slot = stream.docs[document]
  const doc = slot?.parsed.doc
  if (!slot || !doc) return null
  const { steps } = resolvePath(doc, path)
  if (steps.length !== path.length + 1) return null
  const node = steps[steps.length - 1]!.node
  if (!node) return null
  const text = slot.parsed.text
  let start = node.range[0]
  let i = start - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '-')) i--
  if (i < 0 || text[i] === '\n' || text[i] === '\r') start = i + 1
  return [slot.base + start, slot.base + contentEnd(text, node)]
}
