import type { Path, Resource, Target } from './types'

/** Document path of the securityContext map a target edits. */
export function securityContextPath(resource: Resource, target: Target): Path {
  const spec = [...resource.basePath, ...resource.podSpecPath]
  return target.level === 'pod'
    ? [...spec, 'securityContext']
    : [...spec, target.kind, target.index, 'securityContext']
}

/** Document path of the pod spec of a resource. */
export function podSpecPath(resource: Resource): Path {
  return [...resource.basePath, ...resource.podSpecPath]
}

/** Kubernetes field path as the API server prints it: spec.containers[0].securityContext. */
export function formatFieldPath(path: Path): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p
  return out
}
