/**
 * Folding repeated findings of one resource: the same message at 13 places is one finding "× 13" with its 13
 * locations; messages that differ only in a quoted name (`container "a" …`, `container "b" …`) fold into one
 * with `"…"` in the message and the name beside each location, so every location stays listed.
 */

/** A problem as `check --json` reports it (the fields the text needs). */
export interface LocatedProblem {
  code: string
  source: string
  severity: string
  message: string
  line: number
  column: number
}

export interface FoldedProblem {
  code: string
  source: string
  severity: string
  /** The message, with `"…"` where the folded messages differ. */
  message: string
  /** How many problems were folded into this one. */
  count: number
  /** One entry per problem, in order: `12:7`, or `"install-0" 12:7` when its quoted name was folded. */
  at: string[]
}

const QUOTED = /"(?:[^"\\]|\\.)*"/g

interface Split {
  /** The text around the quoted strings (one more entry than `quoted`). */
  literals: string[]
  quoted: string[]
}

function split(message: string): Split {
  const literals: string[] = []
  const quoted: string[] = []
  let from = 0
  for (const m of message.matchAll(QUOTED)) {
    literals.push(message.slice(from, m.index))
    quoted.push(m[0])
    from = m.index + m[0].length
  }
  literals.push(message.slice(from))
  return { literals, quoted }
}

type Place = { line: number; column: number }
export const location = (p: Place) => `${p.line}:${p.column}`
export const byPlace = (a: Place, b: Place) => a.line - b.line || a.column - b.column

/** Problems folded by code, source, severity and message (quoted names aside), in order of first appearance. */
export function foldProblems(problems: readonly LocatedProblem[]): FoldedProblem[] {
  const groups = new Map<string, { problems: LocatedProblem[]; splits: Split[] }>()
  for (const p of problems) {
    const s = split(p.message)
    const key = JSON.stringify([p.code, p.source, p.severity, s.literals])
    const group = groups.get(key)
    if (group) {
      group.problems.push(p)
      group.splits.push(s)
    } else groups.set(key, { problems: [p], splits: [s] })
  }
  return [...groups.values()].map((group) => {
    // Each group's locations in the order of the text.
    const order = group.problems.map((_, i) => i)
    order.sort((a, b) => byPlace(group.problems[a]!, group.problems[b]!))
    const ps = order.map((i) => group.problems[i]!)
    const splits = order.map((i) => group.splits[i]!)
    const first = splits[0]!
    const varies = first.quoted.map((q, i) => splits.some((s) => s.quoted[i] !== q))
    const message = first.literals
      .map((lit, i) => (i < first.quoted.length ? lit + (varies[i] ? '"…"' : first.quoted[i]) : lit))
      .join('')
    const at = ps.map((p, k) => {
      const names = splits[k]!.quoted.filter((_, i) => varies[i])
      return [...names, location(p)].join(' ')
    })
    const { code, source, severity } = ps[0]!
    return { code, source, severity, message, count: ps.length, at }
  })
}
