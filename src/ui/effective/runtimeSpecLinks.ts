/** Where the field that decided a part of the runtime spec is written in the YAML, if it is. */
import type { ContainerEffective, Effective, Path, Resource } from '../../core/types'
import { appArmorAnnotation } from '../../core/k8s/annotations'

const LEGACY_APPARMOR = 'from the legacy annotation'

/**
 * The document path of a field's value: the container's or the pod's securityContext (or, for AppArmor, the
 * legacy per-container annotation), by the field's source; null where no YAML sets it (default, image, derived).
 */
export function fieldPath(resource: Resource, c: ContainerEffective, key: string, e: Effective): Path | null {
  const spec = [...resource.basePath, ...resource.podSpecPath]
  const parts = key.split('.')
  if (e.source === 'container') return [...spec, c.kind, c.index, 'securityContext', ...parts]
  if (e.source !== 'pod') return null
  if (e.why?.startsWith(LEGACY_APPARMOR)) {
    const annotation = appArmorAnnotation(c.name)
    return [...resource.basePath, ...resource.podMetadataPath, 'annotations', annotation]
  }
  return [...spec, 'securityContext', ...parts]
}
