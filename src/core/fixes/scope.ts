import { getIn, obj, strings } from '../json'
import { podSpecPath } from '../target'
import {
  CONTAINER_KINDS,
  type JsonObject,
  type JsonValue,
  type Path,
  type Problem,
  type Resource,
} from '../types'

export { obj, strings }

export interface ContainerScope {
  spec: JsonObject
  sc: JsonObject
  /** Document path of the container item. */
  path: Path
  scPath: Path
}

/** Everything a fix needs to know about where its problem sits. */
export interface Scope {
  resource: Resource
  problem: Problem
  /** Document path of the pod spec. */
  podPath: Path
  pod: JsonObject
  podSc: JsonObject
  podScPath: Path
  /** Document path of the pod template metadata. */
  metaPath: Path
  /** The container the problem is about, if any. */
  container?: ContainerScope
}

/** The value at a document path of the resource, or undefined. */
export function valueAt(resource: Resource, path: Path): JsonValue | undefined {
  const base = resource.basePath
  if (base.some((k, i) => path[i] !== k)) return undefined
  return getIn(resource.object, path.slice(base.length))
}

function containerIn(resource: Resource, problem: Problem, podPath: Path): ContainerScope | undefined {
  let ref = problem.container
  if (!ref) {
    const p = problem.nodePath
    const kind = p[podPath.length]
    const index = p[podPath.length + 1]
    const matches = podPath.every((k, i) => p[i] === k)
    if (matches && CONTAINER_KINDS.includes(kind as never) && typeof index === 'number') {
      ref = { kind: kind as (typeof CONTAINER_KINDS)[number], index }
    }
  }
  if (!ref) return undefined
  const path = [...podPath, ref.kind, ref.index]
  const spec = obj(valueAt(resource, path))
  if (!spec) return undefined
  return { spec, sc: obj(spec.securityContext) ?? {}, path, scPath: [...path, 'securityContext'] }
}

export function scopeOf(resource: Resource, problem: Problem): Scope {
  const podPath = podSpecPath(resource)
  const container = containerIn(resource, problem, podPath)
  return {
    resource,
    problem,
    podPath,
    pod: resource.podSpec,
    podSc: obj(resource.podSpec.securityContext) ?? {},
    podScPath: [...podPath, 'securityContext'],
    metaPath: [...resource.basePath, ...resource.podMetadataPath],
    ...(container ? { container } : {}),
  }
}

/** Every container of the resource as a scope, in visit order. */
export function allContainers(s: Scope): ContainerScope[] {
  return s.resource.containers.flatMap((ref) => {
    const path = [...s.podPath, ref.kind, ref.index]
    const spec = obj(valueAt(s.resource, path))
    return spec
      ? [{ spec, sc: obj(spec.securityContext) ?? {}, path, scPath: [...path, 'securityContext'] }]
      : []
  })
}

/** The container of the problem, or every container when the problem names none. */
export const targetContainers = (s: Scope): ContainerScope[] =>
  s.container ? [s.container] : allContainers(s)
