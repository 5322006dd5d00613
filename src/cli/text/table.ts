/** Aligned columns that fit the width: long cells wrap in their column; a last column with no room goes below. */
import { wrap } from './wrap'

export interface TableOptions {
  width: number
  /** Put before every line. */
  indent?: string
  /** The widest any column but the last may be; longer cells wrap inside it. */
  maxColumn?: number
  /** The least room the last column needs beside the others; with less, it goes on lines below its row. */
  minLast?: number
  /** Put before the last cell when it goes below its row (after the indent), e.g. `why: `. */
  belowPrefix?: string
}

/** `rows` (the first one a header) as lines; the last column is never padded and no line has trailing spaces. */
export function wrapTable(rows: readonly (readonly string[])[], o: TableOptions): string[] {
  const indent = o.indent ?? ''
  const n = Math.max(0, ...rows.map((r) => r.length))
  if (n === 0) return []
  const maxColumn = o.maxColumn ?? 40
  const widths: number[] = []
  for (let i = 0; i < n - 1; i++) {
    widths.push(Math.min(maxColumn, Math.max(0, ...rows.map((r) => (r[i] ?? '').length))))
  }
  const lastStart = indent.length + widths.reduce((a, w) => a + w + 2, 0)
  const inline = o.width - lastStart >= (o.minLast ?? 30)
  // Below mode: the other columns alone must fit; the widest give way (their cells wrap).
  if (!inline) {
    while (indent.length + widths.reduce((a, w) => a + w + 2, -2) > o.width) {
      const i = widths.indexOf(Math.max(...widths))
      if (widths[i]! <= 4) break
      widths[i]!--
    }
  }
  const out: string[] = []
  rows.forEach((r, k) => {
    const cells = widths.map((w, i) => wrap(r[i] ?? '', Math.max(1, w)))
    const last = r[n - 1] ?? ''
    if (inline) cells.push(wrap(last, o.width - lastStart))
    const height = Math.max(...cells.map((c) => c.length))
    for (let l = 0; l < height; l++) {
      const line = cells.map((c, i) => (i < widths.length ? (c[l] ?? '').padEnd(widths[i]!) : (c[l] ?? '')))
      out.push((indent + line.join('  ')).trimEnd())
    }
    // Below its row: the header's last cell is left out, as it heads no column then.
    if (!inline && last && k > 0) {
      const first = `${indent}  ${o.belowPrefix ?? ''}`
      out.push(...wrap(last, o.width, first, ' '.repeat(first.length)))
    }
  })
  return out
}
