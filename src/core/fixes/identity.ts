/** Who a container runs as, read from core/effective (the one place that merges container over pod). */
import { computeEffective } from '../effective'
import type { ContainerEffective, Effective } from '../types'
import type { ContainerView } from '../pod'
import type { Scope } from './scope'

/** The merged fields of a container of the scope's resource (image and runtime do not matter for these). */
function fieldsOf(s: Scope, c: ContainerView): Readonly<Record<string, Effective>> {
  const options = { runtime: 'containerd', imageUser: 0 } as const
  const all: ContainerEffective[] = computeEffective(s.resource, options, s.pod)
  return all.find((e) => e.kind === c.kind && e.index === c.index)?.fields ?? {}
}

const explicit = (e: Effective | undefined) => e?.source === 'container' || e?.source === 'pod'

/** The uid the manifest gives the container (its own runAsUser or the pod's), or undefined. */
function uidIn(fields: Readonly<Record<string, Effective>>): number | undefined {
  const user = fields.runAsUser
  return explicit(user) && typeof user?.value === 'number' ? user.value : undefined
}

/** The container cannot run as root: runAsNonRoot is true, or its runAsUser is a non-zero uid. */
export function knownNonRoot(s: Scope, c: ContainerView): boolean {
  const fields = fieldsOf(s, c)
  const uid = uidIn(fields)
  return fields.runAsNonRoot?.value === true || (uid !== undefined && uid > 0)
}

/** The Windows user the manifest gives the container (its own runAsUserName or the pod's), or undefined. */
export function windowsUserName(s: Scope, c: ContainerView): string | undefined {
  const name = fieldsOf(s, c)['windowsOptions.runAsUserName']
  return explicit(name) && typeof name?.value === 'string' ? name.value : undefined
}
