/**
 * Feature gates of the fields the editor models (each FieldSpec.gate in the catalogue), and the pod spec
 * fields outside securityContext with theirs.
 */
import type { FeatureGate, SpecField } from './fieldSpec'

/** Pod spec fields outside securityContext (hostUsers: KEP-127; os: KEP-2802). */
export const SPEC_FIELDS: Readonly<Record<'hostUsers' | 'os', SpecField>> = {
  hostUsers: {
    since: 25,
    gate: {
      name: 'UserNamespacesSupport',
      on: 33,
      renamed: [{ name: 'UserNamespacesStatelessPodsSupport', until: 28 }],
    },
  },
  os: { since: 23 },
}

/** The gate's name at a minor (a renamed gate had another name before). */
export function gateName(g: FeatureGate, minor: number): string {
  return g.renamed?.find((r) => minor < r.until)?.name ?? g.name
}

/** Whether the API server of a minor keeps a field by default: no gate, or its gate is on by then. */
export function gateOn(f: { gate?: FeatureGate } | undefined, minor: number): boolean {
  return !f?.gate || minor >= f.gate.on
}
