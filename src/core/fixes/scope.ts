import { getIn } from '../json'
import { containerAt, findContainer, podView, type ContainerView, type PodView } from '../pod'
import type { JsonValue, Path, Problem, Resource } from '../types'

/** Everything a fix needs to know about where its problem sits. */
export interface Scope {
  resource: Resource
  problem: Problem
  /** The pod as written. */
  pod: PodView
  /** The container the problem is about, if any. */
  container?: ContainerView
}

/** The value at a document path of the resource, or undefined. */
export function valueAt(resource: Resource, path: Path): JsonValue | undefined {
  const base = resource.basePath
  if (base.some((k, i) => path[i] !== k)) return undefined
  return getIn(resource.object, path.slice(base.length))
}

export function scopeOf(resource: Resource, problem: Problem): Scope {
  const pod = podView(resource)
  const ref = problem.container ?? containerAt(resource, problem.nodePath)
  const container = ref && findContainer(pod, ref)
  return { resource, problem, pod, ...(container ? { container } : {}) }
}

/** The container of the problem, or every container when the problem names none. */
export const targetContainers = (s: Scope): ContainerView[] =>
  s.container ? [s.container] : s.pod.containers
