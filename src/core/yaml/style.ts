import { isMap, isScalar, isSeq, visit } from 'yaml'
import { columnOf, dashOf, type ParsedPair } from './nodes'
import type { ParsedDoc } from './stream'

/** How a document is written, so that new text looks like its neighbours. */
export interface DocStyle {
  /** Spaces a nested block map is indented by (2 or 4 usually). */
  unit: number
  /** Spaces from a key to the `- ` of its block sequence: 0 for kubectl style, else usually `unit`. */
  seqIndent: number
  eol: '\n' | '\r\n'
  /** The document is a flow collection (JSON): new keys and strings are double-quoted. */
  json: boolean
}

const isFlowCollection = (n: unknown): boolean => (isMap(n) || isSeq(n)) && !!n.flow

function mode(samples: number[]): number | undefined {
  const counts = new Map<number, number>()
  let best: number | undefined
  for (const s of samples) {
    const n = (counts.get(s) ?? 0) + 1
    counts.set(s, n)
    if (best === undefined || n > counts.get(best)!) best = s
  }
  return best
}

/** The document's indentation unit, sequence style and line ending (computed once per document). */
export function docStyle(parsed: ParsedDoc): DocStyle {
  const memo = parsed.memo.get('style') as DocStyle | undefined
  if (memo) return memo
  const text = parsed.text
  const units: number[] = []
  const seqs: number[] = []
  if (parsed.doc) {
    visit(parsed.doc, {
      Pair(_, p) {
        const pair = p as ParsedPair
        const value = pair.value
        if (!isScalar(pair.key) || !(isMap(value) || isSeq(value)) || value.flow) return
        const keyCol = columnOf(text, pair.key.range[0])
        if (isMap(value) && value.items.length > 0) {
          const first = (value.items[0] as ParsedPair).key
          const unit = columnOf(text, first.range[0]) - keyCol
          if (unit > 0) units.push(unit)
        } else if (isSeq(value) && value.items.length > 0) {
          const item = value.items[0] as ParsedPair['key']
          const indent = columnOf(text, dashOf(text, item)) - keyCol
          if (indent >= 0) seqs.push(indent)
        }
      },
    })
  }
  const nl = text.indexOf('\n')
  const unit = mode(units) ?? 2
  const style: DocStyle = {
    unit,
    seqIndent: mode(seqs) ?? unit,
    eol: nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n',
    json: isFlowCollection(parsed.doc?.contents),
  }
  parsed.memo.set('style', style)
  return style
}
