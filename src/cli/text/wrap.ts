/** Word wrapping for the human output: no line wider than the terminal. */

/** Where human output wraps when stdout is not a terminal (a pipe, a CI log). */
export const DEFAULT_WIDTH = 100
/** Narrower terminals still get this many columns: below it a hanging indent leaves no room. */
export const MIN_WIDTH = 40

/** The width to wrap at: the terminal's columns when stdout is a TTY (`columns` set), else 100. */
export function textWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return DEFAULT_WIDTH
  return Math.max(MIN_WIDTH, Math.floor(columns))
}

/**
 * `text` as lines of at most `width` characters, broken at spaces: the first line starts with `first`, the
 * others with `rest` (a hanging indent). A word longer than a whole line is cut where the line ends.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = []
  let line = first
  let empty = true
  for (const whole of text.split(' ')) {
    if (whole === '') continue
    let word = whole
    while (word) {
      const sep = empty ? '' : ' '
      if (line.length + sep.length + word.length <= width) {
        line += sep + word
        empty = false
        word = ''
      } else if (!empty) {
        lines.push(line)
        line = rest
        empty = true
      } else {
        const room = Math.max(1, width - line.length)
        lines.push(line + word.slice(0, room))
        word = word.slice(room)
        line = rest
      }
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

/** Items joined by `, ` and wrapped, never breaking inside an item unless it alone is wider than a line. */
export function wrapList(items: readonly string[], width: number, first = '', rest = first): string[] {
  const lines: string[] = []
  let line = first
  let empty = true
  items.forEach((item, i) => {
    const word = i < items.length - 1 ? `${item},` : item
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line)
      line = rest
      empty = true
    }
    if (empty && line.length + word.length > width) {
      const cut = wrap(word, width, line, rest)
      lines.push(...cut.slice(0, -1))
      line = cut.at(-1)!
    } else line += (empty ? '' : ' ') + word
    empty = false
  })
  if (!empty || lines.length === 0) lines.push(line.trimEnd())
  return lines
}
