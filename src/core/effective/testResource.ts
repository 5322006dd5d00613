/** Test helper: a Pod Resource built from plain data, without the YAML layer. */
import { CONTAINER_KINDS, CONTAINER_TYPE, type JsonObject, type Resource } from '../types'

export function podResource(podSpec: JsonObject, metadata: JsonObject = { name: 'demo' }): Resource {
  const containers = CONTAINER_KINDS.flatMap((kind) => {
    const list = podSpec[kind]
    return Array.isArray(list)
      ? list.map((c, index) => ({
          kind,
          type: CONTAINER_TYPE[kind],
          index,
          name: c !== null && typeof c === 'object' && !Array.isArray(c) ? String(c.name ?? '') : '',
        }))
      : []
  })
  return {
    document: 0,
    basePath: [],
    kind: 'Pod',
    apiVersion: 'v1',
    name: typeof metadata.name === 'string' ? metadata.name : null,
    namespace: null,
    podSpecPath: ['spec'],
    podMetadataPath: ['metadata'],
    object: { apiVersion: 'v1', kind: 'Pod', metadata, spec: podSpec },
    podSpec,
    podMetadata: metadata,
    containers,
    range: [0, 0],
  }
}
