/**
 * SCC admission of one resource, and the resource as admitted (issue 17 §1, §3): on OpenShift every later
 * check (API validation, Pod Security, lints, effective settings) sees the pod SCC admission mutated. The
 * admitted Resource keeps the original's document, paths and range, so problems still point into the text.
 */
import { admitScc, SCC_GRANT_PRESETS, type SccAdmission } from '../scc'
import type { ContainerEffective, Effective, JsonObject, JsonValue, Resource } from '../types'
import { namespaceFor, type OpenShiftContext } from './context'
import { getIn, isObject } from '../json'

export interface Admitted {
  scc: SccAdmission
  /** Where the namespace allocation came from: `Namespace NAME`, `options` or `defaults`. */
  allocationFrom: string
  /** The resource as admitted (the original when SCC admission rejected or skipped it). */
  resource: Resource
}

/** The Resource built from an admitted object, as findResources builds one (same paths, same range). */
export function admittedResource(resource: Resource, object: JsonObject): Resource {
  const spec = getIn(object, resource.podSpecPath)
  const meta = getIn(object, resource.podMetadataPath)
  return {
    ...resource,
    object,
    podSpec: isObject(spec) ? spec : {},
    podMetadata: isObject(meta) ? meta : {},
  }
}

/** What the options let the pod's service account use (`oc adm policy add-scc-to-user NAME -z SA`): presets only. */
function grantsOf(ctx: OpenShiftContext): string[] {
  return ctx.inputs.grants.filter((g) => SCC_GRANT_PRESETS.includes(g))
}

export function admitResource(resource: Resource, ctx: OpenShiftContext): Admitted {
  const ns = namespaceFor(ctx, resource.namespace)
  const grants = grantsOf(ctx)
  const scc = admitScc(
    {
      kind: resource.kind,
      object: resource.object,
      podSpecPath: resource.podSpecPath,
      podMetadataPath: resource.podMetadataPath,
      basePath: resource.basePath,
    },
    {
      namespace: ns.allocation,
      sccs: ctx.sccs,
      subjects: { serviceAccountGrants: grants },
    },
  )
  const admitted = scc.status === 'admitted' ? admittedResource(resource, scc.mutatedObject) : resource
  return { scc, allocationFrom: ns.from, resource: admitted }
}

const same = (a: JsonValue | null, b: JsonValue | null) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Effective fields a mutation set get the source `scc` (with the SCC's name and the mutation's why): a field
 * under a mutated securityContext field of the container (or of the pod, for every container) whose value
 * differs from what the pod as written would get. Derived values (the resulting capability set) keep theirs.
 */
export function labelScc(
  admitted: readonly ContainerEffective[],
  written: readonly ContainerEffective[],
  scc: SccAdmission,
): ContainerEffective[] {
  if (scc.status !== 'admitted' || scc.admittedBy === null) return [...admitted]
  const sccName = scc.admittedBy
  return admitted.map((c, i) => {
    const before = written[i]
    const mine = scc.mutations.filter(
      (m) =>
        m.target.level === 'pod' ||
        (m.target.level === 'container' && m.target.kind === c.kind && m.target.index === c.index),
    )
    if (!mine.length || !before) return c
    const fields = new Map(Object.entries(c.fields))
    for (const [k, f] of fields) {
      const m = mine.find((x) => k === x.field || k.startsWith(`${x.field}.`))
      if (!m || f.source === 'derived') continue
      const was = Object.hasOwn(before.fields, k) ? before.fields[k] : undefined
      if (was && same(was.value, f.value)) continue
      const labelled: Effective = { value: f.value, source: 'scc', sccName, why: m.why }
      fields.set(k, labelled)
    }
    return { ...c, fields: Object.fromEntries(fields) }
  })
}
