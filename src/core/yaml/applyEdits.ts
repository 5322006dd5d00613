import type { TextEdit } from '../types'

/** Applies non-overlapping edits (offsets refer to the original text) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset)
  let out = text
  for (const e of sorted) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length)
  return out
}

/** The edits that undo `edits` once they are applied to `text` (offsets refer to the edited text). */
export function invertEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset)
  let shift = 0
  return sorted.map((e) => {
    const inverse = {
      offset: e.offset + shift,
      length: e.text.length,
      text: text.slice(e.offset, e.offset + e.length),
    }
    shift += e.text.length - e.length
    return inverse
  })
}

/** One edit turning `before` into `after`: the span between their common prefix and suffix. */
export function diffEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++
  return { offset: start, length: before.length - start - end, text: after.slice(start, after.length - end) }
}
