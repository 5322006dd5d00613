import type { FieldSpec } from '../../core/k8s/fields'
import type { JsonValue } from '../../core/types'
import { isObject } from '../fields/values'

/** One control or one fieldset of a panel: a leaf field, or the sub-fields of a struct (seccompProfile …). */
export interface FieldGroup {
  key: string
  /** The struct name for nested fields (`seLinuxOptions`), undefined for a top-level leaf. */
  group?: string
  specs: FieldSpec[]
}

/** Catalogue fields gathered by struct, in catalogue order of each struct's first field. */
export function groupFields(specs: readonly FieldSpec[]): FieldGroup[] {
  const groups: FieldGroup[] = []
  const byKey = new Map<string, FieldGroup>()
  for (const spec of specs) {
    const key = spec.group ?? spec.path.join('.')
    let g = byKey.get(key)
    if (!g) {
      g = { key, group: spec.group, specs: [] }
      byKey.set(key, g)
      groups.push(g)
    }
    g.specs.push(spec)
  }
  return groups
}

/** A key the form has no control for, shown as written (and never touched by form edits). */
export interface UnknownEntry {
  /** `foo`, `seccompProfile.extra`, or '' for a securityContext that is not a map. */
  path: string
  value: JsonValue
}

/**
 * Keys of a securityContext that no field of this level covers: unknown keys, pod-only keys in a container
 * (and the reverse), unknown sub-keys of known structs, and structs that are not maps.
 */
export function unknownEntries(sc: JsonValue | undefined, specs: readonly FieldSpec[]): UnknownEntry[] {
  if (sc === undefined || sc === null) return []
  if (!isObject(sc)) return [{ path: '', value: sc }]
  const out: UnknownEntry[] = []
  for (const [key, value] of Object.entries(sc)) {
    const nested = specs.filter((s) => s.path[0] === key && s.path.length > 1)
    const leaf = specs.some((s) => s.path.length === 1 && s.path[0] === key)
    if (leaf) continue
    if (nested.length === 0) out.push({ path: key, value })
    else if (value === null) continue
    else if (!isObject(value)) out.push({ path: key, value })
    else {
      for (const [sub, v] of Object.entries(value)) {
        if (!nested.some((s) => s.path[1] === sub)) out.push({ path: `${key}.${sub}`, value: v })
      }
    }
  }
  return out
}
