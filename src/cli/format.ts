/** Readable output: value formatting and resource titles (layout is in text/). */
import type { Effective, JsonValue, Resource } from '../core/types'

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
export function resourceTitle(r: Pick<Resource, 'kind' | 'name' | 'namespace' | 'document'>): string {
  const ns = r.namespace ? ` in ${r.namespace}` : ''
  return `${r.kind}/${r.name ?? '(no name)'}${ns} (document ${r.document})`
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
