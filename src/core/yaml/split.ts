/** A slice of the stream holding one document (rarely none or several), in whole-text offsets. */
export interface Chunk {
  start: number
  end: number
  /** Starts with a `---` marker (an explicit document, possibly empty). */
  marker: boolean
}

// A line starting with `---` or `...` followed by white space or the end of the text. YAML forbids such
// lines inside any document content (block scalars and quoted strings included), so they split the
// stream exactly where a full parse would.
const MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm

/**
 * Splits a YAML stream on document boundaries so that each document parses on its own: a chunk
 * starts at each `---` line (with the `%` directive lines just above it) and after each `...` line.
 */
export function splitDocuments(text: string): Chunk[] {
  const starts: { at: number; marker: boolean }[] = [{ at: 0, marker: false }]
  MARKER.lastIndex = 0
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const nl = text.indexOf('\n', m.index)
    const at = m[1] === '---' ? directivesAbove(text, m.index) : nl === -1 ? text.length : nl + 1
    const last = starts[starts.length - 1]
    if (at === last.at) last.marker = m[1] === '---'
    else starts.push({ at, marker: m[1] === '---' })
  }
  const chunks: Chunk[] = []
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1].at : text.length
    if (end > starts[i].at) chunks.push({ start: starts[i].at, end, marker: starts[i].marker })
  }
  return chunks
}

/** The start of the `%` directive lines directly above a `---` line at `at`. */
function directivesAbove(text: string, at: number): number {
  let start = at
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1
    if (text.charCodeAt(prev) !== 37 /* % */) break
    start = prev
  }
  return start
}
