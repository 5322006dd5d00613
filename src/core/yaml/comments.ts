import { Lexer } from 'yaml'

/** A comment in a stretch of YAML text: where it starts and whether it has its own line. */
export interface Comment {
  /** Offset of the `#` within the text given. */
  offset: number
  /** The comment itself, from `#` to the end of its line. */
  text: string
  /** Only blanks before it on its line. */
  ownLine: boolean
}

/** The lexer's markers that stand for no source text (document start, flow end, scalar). */
const MARKERS = new Set(['\x02', '\x18', '\x1f'])

/**
 * The comments of `text`, a run of whole lines holding complete YAML nodes. The lexer tells them from a
 * `#` inside a quoted scalar, a block scalar or a plain scalar (`a#b`).
 */
export function commentsIn(text: string): Comment[] {
  const out: Comment[] = []
  let offset = 0
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue
    if (token.startsWith('#')) {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1
      out.push({ offset, text: token, ownLine: text.slice(lineStart, offset).trim() === '' })
    }
    offset += token.length
  }
  return out
}

/**
 * What stays of `removed` (whole lines) when a fix deletes the nodes on them: every comment, a comment on
 * its own line as it was, a comment after a value on a line of its own at `column`. '' when it has none.
 */
export function keptCommentLines(removed: string, column: number, eol: string): string {
  const lines: string[] = []
  for (const c of commentsIn(removed)) {
    const lineStart = removed.lastIndexOf('\n', c.offset - 1) + 1
    lines.push(c.ownLine ? removed.slice(lineStart, c.offset) + c.text : ' '.repeat(column) + c.text)
  }
  return lines.map((l) => l.replace(/\r$/, '') + eol).join('')
}
