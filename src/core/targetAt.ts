/**
 * What the editor's cursor is on (issue 13, lockstep): the resource whose node holds an offset and, inside it, the
 * container. Resource ranges come sorted and disjoint from the analysis, so finding one is a binary search; only the
 * few containers of that one resource are located in the YAML tree.
 */
import type { Analysis } from './analyze'
import type { Range, Resource } from './types'
import { extentOf } from './yaml'

export interface TargetAt {
  /** Index into analysis.resources. */
  resource: number
  /** Index into that resource's containers (visit order), when the offset is inside one of them. */
  container?: number
}

/** The resource (and container) under `offset`, or null when the offset is outside every resource. */
export function targetAt(analysis: Analysis, offset: number): TargetAt | null {
  const resources = analysis.resources
  let lo = 0
  let hi = resources.length - 1
  // The last resource starting at or before offset.
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (resources[mid]!.resource.range[0] <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  if (found < 0) return null
  const resource = resources[found]!.resource
  // The end is inclusive: a cursor at the end of the resource's last line is still on it.
  if (offset > resource.range[1]) return null
  const containers = resource.containers
  for (let i = 0; i < containers.length; i++) {
    const extent = containerExtent(analysis, resource, i)
    if (extent && extent[0] <= offset && offset <= extent[1]) return { resource: found, container: i }
  }
  return { resource: found }
}

/**
 * Where a resource, or one of its containers, sits in the text: what the editor reveals when it is selected. Falls
 * back to the resource's range when the container cannot be located; null when there is no such resource.
 */
export function targetRange(analysis: Analysis, resource: number, container?: number): Range | null {
  const r = analysis.resources[resource]?.resource
  if (!r) return null
  if (container === undefined || !r.containers[container]) return r.range
  return containerExtent(analysis, r, container) ?? r.range
}

function containerExtent(analysis: Analysis, resource: Resource, i: number): Range | null {
  const c = resource.containers[i]!
  const path = [...resource.basePath, ...resource.podSpecPath, c.kind, c.index]
  return extentOf(analysis.stream, resource.document, path)
}
