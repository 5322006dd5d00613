import { fieldByPath, refAt } from '../../core/k8s/fields'
import type { Path } from '../../core/types'
import { lookup } from '../../core/json'

export interface FieldDoc {
  /** The YAML name as the forms label it: `runAsUser`, `seccompProfile type`. */
  label: string
  level: 'pod' | 'container'
  doc: string
  href: string
}

const API = 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/'

/** Structs the catalogue lists leaf by leaf, and paths outside securityContext that lessons point at. */
const STRUCTS: Record<string, string> = {
  securityContext: 'Security settings; container values override the pod’s where both exist.',
  seccompProfile:
    'The seccomp profile: type RuntimeDefault, Localhost (with localhostProfile) or Unconfined.',
  appArmorProfile:
    'The AppArmor profile: type RuntimeDefault, Localhost (with localhostProfile) or Unconfined.',
  seLinuxOptions: 'The SELinux label (user, role, type, level) of the processes and volumes.',
  capabilities: 'Linux capabilities added to and dropped from the runtime default set.',
  windowsOptions: 'Windows-specific settings: GMSA, runAsUserName, hostProcess.',
}
const OTHER: Record<string, { doc: string; anchor: string }> = {
  volumes: {
    doc: 'The pod’s volumes: fsGroup ownership and SELinux labels apply to them.',
    anchor: '#volumes',
  },
  volumeMounts: { doc: 'Where a container mounts a volume.', anchor: '#volumes-1' },
  mountPath: { doc: 'Where a container mounts a volume.', anchor: '#volumes-1' },
  containers: { doc: 'The containers of the pod.', anchor: '#containers' },
}

/** The doc line and upstream reference link for a highlighted path (document-root path), or undefined. */
export function fieldDoc(path: Path): FieldDoc | undefined {
  const sc = path.indexOf('securityContext')
  const level = (sc === -1 ? path : path.slice(0, sc)).some(
    (p) => typeof p === 'string' && /ontainers$/.test(p),
  )
    ? 'container'
    : 'pod'
  if (sc === -1) {
    const key = [...path].reverse().find((p): p is string => typeof p === 'string' && Object.hasOwn(OTHER, p))
    const other = key === undefined ? undefined : lookup(OTHER, key)
    return key && other ? { label: key, level, doc: other.doc, href: API + other.anchor } : undefined
  }
  const inside = path.slice(sc + 1).filter((p): p is string => typeof p === 'string')
  const spec = fieldByPath(inside)
  if (spec) return { label: spec.label, level, doc: spec.doc, href: refAt(level) }
  const name = inside.length === 0 ? 'securityContext' : inside[0]!
  return { label: name, level, doc: lookup(STRUCTS, name) ?? '', href: refAt(level) }
}
