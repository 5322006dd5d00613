/** Presentation helpers for effective values: how a value and its source read on screen. */
import type { Effective, EffectiveSource, JsonValue } from '../../core/types'
import { lookup } from '../../core/json'
import { fieldByPath, FIELDS, sinceAt, type FieldLevel, type FieldSpec } from '../../core/k8s/fields'

export const SOURCE_LABEL: Record<EffectiveSource, string> = {
  container: 'container',
  pod: 'pod',
  default: 'runtime default',
  image: 'image',
  derived: 'derived',
  scc: 'SCC',
}

export const SOURCE_HINT: Record<EffectiveSource, string> = {
  container: 'Set in the container’s securityContext',
  pod: 'Set in the pod’s securityContext and inherited by the container',
  default: 'Nothing sets it: the kubelet or the container runtime decides',
  image: 'Taken from the image (the image-user assumption in the toolbar)',
  derived: 'Follows from other settings',
  scc: 'Set by OpenShift SCC admission before the pod was stored (the Platform picker)',
}

/** A compact, YAML-flow-like rendering: `1000`, `true`, `[NET_ADMIN, SYS_TIME]`, `{type: RuntimeDefault}`. */
export function formatValue(v: JsonValue | null | undefined): string {
  if (v === null || v === undefined) return 'unset'
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`
  if (typeof v === 'object') {
    const entries = Object.entries(v)
    return `{${entries.map(([k, x]) => `${k}: ${formatValue(x)}`).join(', ')}}`
  }
  return String(v)
}

/** One-liners for the structs the catalogue lists leaf by leaf. */
const GROUP_DOC: Record<string, string> = {
  capabilities: 'Linux capabilities added to or dropped from the runtime default set.',
  seccompProfile: 'The seccomp filter on system calls (container value wins over the pod value).',
  appArmorProfile: 'The AppArmor profile (container value wins over the pod value).',
  seLinuxOptions: 'The SELinux label; a container value replaces the whole pod value.',
  windowsOptions: 'Windows-specific options, merged from the pod per sub-field.',
}

export interface FieldDocInfo {
  doc: string
  since: number
  ref: string
}

const docOf = (f: FieldSpec): FieldDocInfo => ({
  doc: f.doc,
  since: sinceAt(f, f.level === 'pod' ? 'pod' : 'container'),
  ref: f.ref,
})

/** Doc for an effective-field key: a leaf (`runAsUser`, `seccompProfile.type`) or a struct (`capabilities`). */
export function fieldDoc(key: string): FieldDocInfo | undefined {
  const path = key.split(/[.\s]/)
  const leaf = fieldByPath(path)
  if (leaf) return docOf(leaf)
  const children = FIELDS.filter((f) => f.group === key)
  const first = children[0]
  if (!first) return undefined
  const since = Math.min(...children.map((f) => docOf(f).since))
  return { doc: lookup(GROUP_DOC, key) ?? first.doc, since, ref: first.ref }
}

/** Where a field can be written: pod only, container only, or both (from the catalogue). */
export function fieldLevel(key: string): FieldLevel | undefined {
  return (fieldByPath(key.split(/[.\s]/)) ?? FIELDS.find((f) => f.group === key))?.level
}

/**
 * The why under a value: the core's own, else where a set value was written, so "why uid 1000?" reads off the
 * row itself (the badge's hint only shows on hover).
 */
export function rowWhy(key: string, e: Effective): string | undefined {
  if (e.why) return e.why
  // An unset leaf of a struct the pod or container sets (seccompProfile.localhostProfile) was written nowhere.
  if (e.value === null) return undefined
  if (e.source === 'container') return 'from the container’s securityContext'
  if (e.source !== 'pod') return undefined
  return fieldLevel(key) === 'pod'
    ? 'from the pod’s securityContext (a pod-only field)'
    : 'from the pod’s securityContext: the container sets none'
}
