/** Test helper: a Resource built from plain data, without the YAML parser. */
import { WORKLOAD_POD_SPEC } from '../k8s/workloads'
import { CONTAINER_KINDS, CONTAINER_TYPE, type JsonObject, type JsonValue, type Resource } from '../types'
import { obj } from '../json'

function getIn(o: JsonObject, path: readonly (string | number)[]): JsonValue | undefined {
  let cur: JsonValue | undefined = o
  for (const k of path) cur = Array.isArray(cur) ? cur[k as number] : obj(cur)?.[k as string]
  return cur
}

export function resourceOf(object: JsonObject, document = 0): Resource {
  const kind = String(object.kind ?? 'Pod')
  const where = WORKLOAD_POD_SPEC[kind] ?? WORKLOAD_POD_SPEC.Pod!
  const podSpec = obj(getIn(object, where.spec)) ?? {}
  const metadata = obj(object.metadata) ?? {}
  return {
    document,
    basePath: [],
    kind,
    apiVersion: 'v1',
    name: typeof metadata.name === 'string' ? metadata.name : null,
    namespace: null,
    podSpecPath: where.spec,
    podMetadataPath: where.metadata,
    object,
    podSpec,
    podMetadata: obj(getIn(object, where.metadata)) ?? {},
    containers: CONTAINER_KINDS.flatMap((k) =>
      (Array.isArray(podSpec[k]) ? (podSpec[k] as JsonValue[]) : []).map((c, index) => ({
        kind: k,
        type: CONTAINER_TYPE[k],
        index,
        name: String(obj(c)?.name ?? ''),
      })),
    ),
    range: [0, 0],
  }
}

/** A Pod named demo with the given spec. */
export const pod = (spec: JsonObject, name = 'demo'): Resource =>
  resourceOf({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec })
