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

/** The form's collapsible sections, and the top-level securityContext keys each one holds (issue 15). */
export const SECTIONS = [
  {
    title: 'Identity',
    keys: ['runAsUser', 'runAsGroup', 'runAsNonRoot', 'supplementalGroups', 'supplementalGroupsPolicy'],
  },
  {
    title: 'Filesystem',
    keys: ['fsGroup', 'fsGroupChangePolicy', 'readOnlyRootFilesystem', 'procMount', 'seLinuxChangePolicy'],
  },
  { title: 'Capabilities', keys: ['capabilities', 'privileged', 'allowPrivilegeEscalation'] },
  { title: 'Profiles', keys: ['seccompProfile', 'appArmorProfile', 'seLinuxOptions', 'sysctls'] },
  { title: 'Windows', keys: ['windowsOptions'] },
] as const

export type SectionTitle = (typeof SECTIONS)[number]['title']

export interface FieldSection {
  title: SectionTitle
  groups: FieldGroup[]
}

/**
 * The groups of a level by section, in section order then catalogue order; empty sections left out. A field no
 * section names (a new catalogue entry) goes to the last non-Windows section, so it is never lost.
 */
export function sectionFields(groups: readonly FieldGroup[]): FieldSection[] {
  const sections = SECTIONS.map((s) => ({ title: s.title, groups: [] as FieldGroup[] }))
  for (const g of groups) {
    const top = g.specs[0]?.path[0] ?? ''
    const i = SECTIONS.findIndex((s) => (s.keys as readonly string[]).includes(top))
    sections[i < 0 ? SECTIONS.length - 2 : i]!.groups.push(g)
  }
  return sections.filter((s) => s.groups.length > 0)
}
