import type { Range, TextEdit } from '../core/types'

/**
 * Where each edit's new text lies in the text after all of them, in text order (edits do not overlap; their offsets
 * refer to the text before them). A deletion is an empty range where the text was.
 */
export function changedRanges(edits: readonly TextEdit[]): Range[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset)
  let delta = 0
  return sorted.map((e) => {
    const start = e.offset + delta
    delta += e.text.length - e.length
    return [start, start + e.text.length] as const
  })
}
