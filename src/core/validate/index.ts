/** STUB — API-server validation (issue 5, core/validate). */
import type { Finding } from '../findings'
import type { Resource } from '../types'

export function validateResource(_resource: Resource, _options: { version: string }): Finding[] {
  return []
}
