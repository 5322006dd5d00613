import type { TextEdit } from '../types'

/** Applies non-overlapping edits (offsets refer to the original text) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 1) {
    const e = edits[0]!
    return text.slice(0, e.offset) + e.text + text.slice(e.offset + e.length)
  }
  // One pass over the text: applying 300 edits to a 1 MB stream one after the other copied it 300 times.
  // At one offset a later edit lands before an earlier one, as when each is applied in turn from the end.
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.offset - b.e.offset || b.i - a.i)
    .map((x) => x.e)
  const parts: string[] = []
  let at = 0
  for (const e of sorted) {
    parts.push(text.slice(at, e.offset), e.text)
    at = e.offset + e.length
  }
  parts.push(text.slice(at))
  return parts.join('')
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
