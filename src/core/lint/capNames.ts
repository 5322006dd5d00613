import { normalizeCapName } from '../k8s/capabilities'

/** Whether `name` (any case, with or without CAP_) names a capability or ALL. */
export function isKnownCapability(name: string): boolean {
  return name.toUpperCase() === 'ALL' || normalizeCapName(name) !== null
}

/** The spelling Kubernetes expects: upper case, no CAP_ prefix. */
export function canonicalCapability(name: string): string {
  const upper = name.trim().toUpperCase()
  return upper.startsWith('CAP_') ? upper.slice(4) : upper
}
