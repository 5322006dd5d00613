/** Shapes and message helpers shared by the checks (upstream policy/helpers.go semantics). */
import { joinQuote } from '../quote'
import type { Path } from '../types'
import type { PssCheckId } from './codes'
import type { PssPod } from './pod'

export interface CheckResult {
  reason: string
  detail: string
  /** Document paths of the offending fields, written or not (findings put the marker on the nearest written node). */
  paths: Path[]
  /** Every offending value, for the fixes (forbidden sysctls, SELinux types, capabilities). */
  values?: readonly string[]
}

export type CheckFn = (pod: PssPod) => CheckResult | null

export interface VersionedCheck {
  /** Policy minor version from which this implementation applies. */
  min: number
  fn: CheckFn
  /** Baseline checks this restricted implementation replaces. */
  overrides?: readonly PssCheckId[]
}

export interface Check {
  id: PssCheckId
  level: 'baseline' | 'restricted'
  versions: readonly VersionedCheck[]
}

export function pluralize(singular: string, plural: string, n: number): string {
  return n === 1 ? singular : plural
}

/** `container "a"` / `containers "a", "b"`. */
export function containersLabel(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`
}
