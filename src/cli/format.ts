/** Readable output: aligned tables and value formatting. */
import type { Effective, JsonValue, Resource } from '../core/types'

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], indent = ''): string[] {
  const widths: number[] = []
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)))
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
  )
}

/** A value as the effective table shows it: `1000`, `true`, `[4000]`, `unset`. */
export function showValue(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'unset'
  return typeof v === 'string' ? v : JSON.stringify(v)
}

export function showEffective(e: Effective): string {
  const v = showValue(e.value)
  return e.overridden === undefined ? v : `${v} (pod: ${showValue(e.overridden)})`
}

/** `Pod/security-context-demo (document 0)`; namespace shown when set. */
export function resourceTitle(r: Resource): string {
  const ns = r.namespace ? ` in ${r.namespace}` : ''
  return `${r.kind}/${r.name ?? '(no name)'}${ns} (document ${r.document})`
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
