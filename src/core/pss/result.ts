/** What evaluatePss returns for one resource at one level and version. */
import type { Path, PssLevel } from '../types'
import type { PssCheckId } from './codes'

export interface PssViolation {
  check: PssCheckId
  reason: string
  detail: string
  /** Node paths (relative to the document root) the violation points at, most specific first. */
  paths: Path[]
  /** Every offending value, where the check names them (forbidden sysctls, SELinux types, capabilities). */
  values?: readonly string[]
}

export interface PssResult {
  level: PssLevel
  /** The version label as given (`latest`, `v1.30`, `v1.40`). */
  version: string
  allowed: boolean
  /** `violates PodSecurity "restricted:latest": reason (detail), …` or '' when allowed. */
  message: string
  violations: PssViolation[]
}
