/**
 * The cluster an OpenShift analysis assumes (issue 17 §1): the namespaces and SCCs of the input (a Namespace
 * document's openshift.io/sa.scc.* annotations, SecurityContextConstraints documents replacing a shipped SCC of
 * the same name), then the options, then what a cluster would allocate.
 */
import {
  MCS_ANNOTATION,
  OPENSHIFT_SCCS,
  SUPPLEMENTAL_GROUPS_ANNOTATION,
  UID_RANGE_ANNOTATION,
  isSccDocument,
  parseScc,
  readNamespace,
  readNamespaceAnnotations,
  type NamespaceReading,
  type SccDefinition,
} from '../scc'
import type { JsonObject, OpenShiftInputs } from '../types'
import type { ParsedStream } from '../yaml'
import { isObject } from '../json'

export interface OpenShiftContext {
  /** Namespace documents of the input, by metadata.name (a Map: names are data). */
  namespaces: ReadonlyMap<string, NamespaceReading>
  sccs: readonly SccDefinition[]
  inputs: OpenShiftInputs
  /** SCC documents of the input that could not be read, with why. */
  sccErrors: string[]
  /** Equal keys: the same cluster (an incremental analysis may reuse per-resource results). */
  key: string
}

export const NO_OPENSHIFT_INPUTS: OpenShiftInputs = {
  uidRange: null,
  supplementalGroups: null,
  mcs: null,
  grants: [],
}

/** Namespace and SCC documents of the stream (top-level and List items), in document order. */
function clusterDocuments(stream: ParsedStream): { namespaces: JsonObject[]; sccs: JsonObject[] } {
  const namespaces: JsonObject[] = []
  const sccs: JsonObject[] = []
  const visit = (o: JsonObject) => {
    if (o.kind === 'Namespace' && o.apiVersion === 'v1') namespaces.push(o)
    else if (isSccDocument(o)) sccs.push(o)
  }
  for (const { parsed } of stream.docs) {
    const json = parsed.json
    if (!isObject(json)) continue
    visit(json)
    if (typeof json.kind === 'string' && json.kind.endsWith('List') && Array.isArray(json.items))
      for (const item of json.items) if (isObject(item)) visit(item)
  }
  return { namespaces, sccs }
}

export function openShiftContext(stream: ParsedStream, inputs?: OpenShiftInputs): OpenShiftContext {
  const docs = clusterDocuments(stream)
  const namespaces = new Map<string, NamespaceReading>()
  for (const d of docs.namespaces) {
    const r = readNamespace(d)
    namespaces.set(r.allocation.name, r)
  }
  const byName = new Map(OPENSHIFT_SCCS.map((s) => [s.name, s]))
  const sccErrors: string[] = []
  for (const d of docs.sccs) {
    const r = parseScc(d)
    if (r.ok) byName.set(r.scc.name, r.scc)
    else sccErrors.push(r.error)
  }
  const given = inputs ?? NO_OPENSHIFT_INPUTS
  return {
    namespaces,
    sccs: [...byName.values()],
    inputs: given,
    sccErrors,
    key: JSON.stringify([docs.namespaces, docs.sccs, given]),
  }
}

/**
 * The allocation of the resource's namespace: a Namespace document of that name (or, for a resource with no
 * namespace, the input's only Namespace), else the options read as the annotations would be, else defaults.
 */
export function namespaceFor(
  ctx: OpenShiftContext,
  namespace: string | null,
): NamespaceReading & { from: string } {
  const named = namespace === null ? undefined : ctx.namespaces.get(namespace)
  const only = namespace === null && ctx.namespaces.size === 1 ? [...ctx.namespaces.values()][0] : undefined
  const doc = named ?? only
  if (doc) return { ...doc, from: `Namespace ${doc.allocation.name}` }
  const annotations = new Map<string, string>()
  if (ctx.inputs.uidRange !== null) annotations.set(UID_RANGE_ANNOTATION, ctx.inputs.uidRange)
  if (ctx.inputs.supplementalGroups !== null)
    annotations.set(SUPPLEMENTAL_GROUPS_ANNOTATION, ctx.inputs.supplementalGroups)
  if (ctx.inputs.mcs !== null) annotations.set(MCS_ANNOTATION, ctx.inputs.mcs)
  const reading = readNamespaceAnnotations(namespace ?? 'default', Object.fromEntries(annotations))
  return { ...reading, from: annotations.size ? 'options' : 'defaults' }
}
