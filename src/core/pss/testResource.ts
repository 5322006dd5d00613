/** Test helper: a Resource built from plain data the way findResources describes it (no YAML needed). */
import { WORKLOAD_POD_SPEC } from '../k8s/workloads'
import type { ContainerRef, JsonObject, Path, Resource } from '../types'
import { CONTAINER_KINDS, CONTAINER_TYPE } from '../types'
import { getIn, list, obj, str } from '../json'
import type { PssLevel } from '../types'
import { evaluatePss } from './evaluate'

export function resourceOf(object: JsonObject, opts: { basePath?: Path; document?: number } = {}): Resource {
  const kind = str(object.kind) ?? 'Pod'
  const where = WORKLOAD_POD_SPEC[kind] ?? WORKLOAD_POD_SPEC.Pod
  const podSpec = obj(getIn(object, where.spec)) ?? {}
  const metadata = obj(object.metadata) ?? {}
  const containers: ContainerRef[] = CONTAINER_KINDS.flatMap((k) =>
    list(podSpec[k]).map((c, index) => ({
      kind: k,
      type: CONTAINER_TYPE[k],
      index,
      name: str(obj(c)?.name) ?? '',
    })),
  )
  return {
    document: opts.document ?? 0,
    basePath: opts.basePath ?? [],
    kind,
    apiVersion: str(object.apiVersion) ?? null,
    name: str(metadata.name) ?? null,
    namespace: str(metadata.namespace) ?? null,
    podSpecPath: where.spec,
    podMetadataPath: where.metadata,
    object,
    podSpec,
    podMetadata: obj(getIn(object, where.metadata)) ?? {},
    containers,
    range: [0, 0],
  }
}

/** A bare Pod named `demo` around `spec`, with optional template metadata. */
export function pod(spec: JsonObject, metadata: JsonObject = {}): Resource {
  return resourceOf({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'demo', ...metadata }, spec })
}

/** A Deployment whose pod template has `spec` (and template metadata). */
export function deployment(spec: JsonObject, metadata: JsonObject = {}): Resource {
  return resourceOf({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { template: { metadata, spec } },
  })
}

/** A CronJob whose job's pod template has `spec`. */
export function cronJob(spec: JsonObject, metadata: JsonObject = {}): Resource {
  return resourceOf({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: { schedule: '@daily', jobTemplate: { spec: { template: { metadata, spec } } } },
  })
}

/** A container `name` (busybox) with `securityContext` when given, and `extra` fields. */
export const container = (
  name: string,
  securityContext?: JsonObject,
  extra: JsonObject = {},
): JsonObject => ({
  name,
  image: 'busybox',
  ...(securityContext ? { securityContext } : {}),
  ...extra,
})

/** The reason (detail) texts of the violations of a bare pod with `spec`, at a level and version. */
export const reasons = (
  spec: JsonObject,
  level: PssLevel = 'baseline',
  version = 'latest',
  metadata?: JsonObject,
) => evaluatePss(pod(spec, metadata), level, version).violations.map((v) => `${v.reason} (${v.detail})`)
