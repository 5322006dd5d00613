/** STUB — Pod Security Standards (issue 5, core/pss). */
import type { Finding } from '../findings'
import type { PssLevel, PssResult, Resource } from '../types'

export function evaluatePss(_resource: Resource, level: PssLevel, version: string): PssResult {
  return { level, version, allowed: true, message: '', violations: [] }
}

/** One finding per violation, placed on its most specific node. */
export function pssFindings(_resource: Resource, _result: PssResult): Finding[] {
  return []
}
