/**
 * Moving a key to other maps with its text: its value, the comments inside it, the comment lines right above
 * it and the one after it on its line all travel, re-indented, so nothing the author wrote is lost.
 */
import { isMap } from 'yaml'
import type { Path, TextEdit } from '../types'
import { applyEdits, diffEdit } from './applyEdits'
import {
  afterLine,
  columnOf,
  contentEnd,
  jsonAt,
  lineStartOf,
  onlySpaceBefore,
  resolvePath,
  type ParsedPair,
} from './nodes'
import { planSet } from './planSet'
import { parseStream, type ParsedStream } from './stream'

interface Block {
  start: number
  end: number
  /** The lines, key column removed. */
  lines: string[]
}

/** The lines of a block pair (with its comment lines above), or null when it is not a block pair alone on its lines. */
function blockOf(text: string, pair: ParsedPair, parentFlow: boolean): Block | null {
  const keyStart = pair.key.range[0]
  if (parentFlow || !onlySpaceBefore(text, keyStart)) return null
  const column = columnOf(text, keyStart)
  let start = lineStartOf(text, keyStart)
  for (;;) {
    if (start === 0) break
    const above = lineStartOf(text, start - 1)
    const line = text.slice(above, start)
    if (!/^\s*#/.test(line) || columnOf(text, above + line.indexOf('#')) !== column) break
    start = above
  }
  const end = afterLine(text, contentEnd(text, pair))
  const raw = text.slice(start, end)
  const lines = raw.split(/(?<=\n)/).map((l) => {
    const lead = /^ */.exec(l)![0].length
    return l.slice(Math.min(lead, column))
  })
  return { start, end, lines }
}

function pairAt(stream: ParsedStream, document: number, path: Path) {
  const doc = stream.docs[document]?.parsed.doc
  if (!doc) return null
  const { steps, alias } = resolvePath(doc, path)
  const last = steps[steps.length - 1]
  if (alias || steps.length !== path.length + 1 || !last?.pair) return null
  const parent = steps[steps.length - 2]?.node
  return { pair: last.pair, flow: !isMap(parent) || !!parent.flow }
}

/**
 * Edits moving the key at `from` (a map entry of `document`) to each path of `to` (same key, other maps,
 * created as needed). A target that already holds the same value is left alone; a target holding another value,
 * a source or target in flow style that has comments, or anything unexpected gives [] (nothing moved).
 * When `from` leaves its map empty, the map's key goes too (its comments stay).
 */
export function planMove(
  stream: ParsedStream,
  document: number,
  from: Path,
  to: readonly Path[],
): TextEdit[] {
  const slot = stream.docs[document]
  if (!slot?.parsed.doc) return []
  const json = slot.parsed.json
  const value = jsonAt(json, from)
  const source = pairAt(stream, document, from)
  if (value === undefined || !source) return []
  const local = slot.parsed.text
  const block = blockOf(local, source.pair, source.flow)
  const pairText = local.slice(source.pair.key.range[0], contentEnd(local, source.pair))
  if (!block && /#/.test(pairText)) return []
  const targets: Path[] = []
  for (const t of to) {
    const there = jsonAt(json, t)
    if (there === undefined || there === null) targets.push(t)
    else if (JSON.stringify(there) !== JSON.stringify(value)) return []
  }
  let current = stream
  const apply = (edits: TextEdit[]) => {
    if (edits.length) current = parseStream(applyEdits(current.text, edits), current)
    return edits.length > 0
  }
  // Insert at the targets first (their paths stay valid), then remove the source.
  for (const t of targets) {
    if (!apply(planSet(current, document, t, value))) return []
    if (!block) continue
    const inserted = pairAt(current, document, t)
    const base = current.docs[document]!.parsed
    if (!inserted) return []
    const text = base.text
    const at = inserted.pair.key.range[0]
    if (inserted.flow || !onlySpaceBefore(text, at)) {
      if (block.lines.some((l) => /#/.test(l))) return []
      continue
    }
    const indent = ' '.repeat(columnOf(text, at))
    const start = lineStartOf(text, at)
    const end = afterLine(text, contentEnd(text, inserted.pair))
    const moved = block.lines.map((l) => (l.trim() === '' ? l : indent + l)).join('')
    const slotBase = current.docs[document]!.base
    apply([
      { offset: slotBase + start, length: end - start, text: withFinalBreak(moved, text.slice(start, end)) },
    ])
  }
  const gone = pairAt(current, document, from)
  if (!gone) return []
  const base = current.docs[document]!
  const text = base.parsed.text
  const now = blockOf(text, gone.pair, gone.flow)
  if (now) apply([{ offset: base.base + now.start, length: now.end - now.start, text: '' }])
  else apply(planSet(current, document, from, undefined, { keepComments: true }))
  const parent = from.slice(0, -1)
  const left = jsonAt(current.docs[document]!.parsed.json, parent)
  if (left === null) apply(planSet(current, document, parent, undefined, { keepComments: true }))
  const edit = diffEdit(stream.text, current.text)
  return edit ? [edit] : []
}

/** The moved lines end like the lines they replace (a last line without a break stays without one). */
function withFinalBreak(moved: string, replaced: string): string {
  const breakOf = (s: string) => (s.endsWith('\r\n') ? '\r\n' : s.endsWith('\n') ? '\n' : '')
  const trimmed = moved.replace(/\r?\n$/, '')
  return trimmed + breakOf(replaced)
}
