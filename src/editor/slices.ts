/**
 * Where to cut a big inserted text so each piece can go into Monaco in a task of its own (no task over 200 ms,
 * the no-freeze budget). Pure, so unit-testable without Monaco.
 */

/** Texts up to this length go into the editor in one edit; longer ones are inserted slice by slice. */
export const SLICE_CHARS = 256 * 1024

/**
 * End offsets (exclusive, ascending, the last one `text.length`) of slices of at most about `size` characters.
 * A cut goes just after the last line break before the limit when there is one, so lines arrive whole; it never
 * falls between `\r` and `\n` (a Monaco model would count two line breaks) or inside a surrogate pair.
 */
export function sliceEnds(text: string, size = SLICE_CHARS): number[] {
  if (size < 2) throw new RangeError(`slice size ${size} is too small`)
  const ends: number[] = []
  let start = 0
  while (text.length - start > size) {
    let end = start + size
    const nl = text.lastIndexOf('\n', end - 1)
    if (nl >= start + size / 2) end = nl + 1
    else if (!safeCut(text, end)) end-- // a cut inside a pair moves one back: the pair goes to the next slice
    ends.push(end)
    start = end
  }
  ends.push(text.length)
  return ends
}

/** True when cutting before `i` splits neither `\r\n` nor a surrogate pair. */
function safeCut(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1)
  const after = text.charCodeAt(i)
  if (before === 13 && after === 10) return false
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
}
