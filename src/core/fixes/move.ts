/**
 * A securityContext field written at the level where it does not exist (`fsGroup` in a container,
 * `allowPrivilegeEscalation` in the pod) is an unknown field the API server refuses under strict validation.
 * The fix moves it, value, comments and all, to the level where it exists: a pod-only field to the pod
 * securityContext, a container-only field to every container and init container that does not set it.
 */
import { FIELDS, type FieldLevel } from '../k8s/fields'
import { CONTAINER_KINDS, type Path, type Problem } from '../types'
import { planMove } from '../yaml'
import type { Fix, FixContext } from './define'
import { deleteAt, setAt, type Step } from './steps'
import { scopeOf, valueAt } from './scope'

/** The level a top-level securityContext key exists at, or null when it exists at none (or at both). */
function levelOf(key: string): FieldLevel | null {
  const levels = new Set(FIELDS.filter((f) => f.path[0] === key).map((f) => f.level))
  return levels.size === 1 ? [...levels][0]! : null
}

/** The misplaced key and the level it sits at, read from an unknown-field problem's node path. */
function misplaced(p: Problem): { key: string; at: 'pod' | 'container' } | null {
  if (p.code !== 'API_UNKNOWN_FIELD') return null
  const path = p.nodePath
  const key = path[path.length - 1]
  if (typeof key !== 'string' || path[path.length - 2] !== 'securityContext') return null
  const owner = path[path.length - 3]
  const at =
    typeof owner === 'number' && CONTAINER_KINDS.includes(path[path.length - 4] as never)
      ? 'container'
      : 'pod'
  const exists = levelOf(key)
  return exists && exists !== at && exists !== 'both' ? { key, at } : null
}

/** Where the field goes: the pod securityContext, or each container and init container. */
function targets(ctx: FixContext, to: 'pod' | 'container', key: string): Path[] {
  const s = scopeOf(ctx.resource, ctx.problem)
  if (to === 'pod') return [[...s.pod.scPath, key]]
  return s.pod.containers.filter((c) => c.kind !== 'ephemeralContainers').map((c) => [...c.scPath, key])
}

function moveFix(to: 'pod' | 'container'): Fix {
  const title =
    to === 'pod'
      ? 'Move to the pod securityContext (the field exists only there)'
      : "Move to each container's securityContext (the field exists only there)"
  const reason =
    to === 'pod'
      ? 'the field was never applied (the API server refuses it at container level); at pod level it applies to every container and its volumes'
      : 'the field was never applied (the API server refuses it at pod level); in each container it now takes effect'
  const steps = (ctx: FixContext): Step[] => {
    const m = misplaced(ctx.problem)
    if (!m) return []
    const value = valueAt(ctx.resource, ctx.problem.nodePath)
    if (value === undefined) return []
    return [...targets(ctx, to, m.key).map((t) => setAt(t, value)), deleteAt(ctx.problem.nodePath)]
  }
  return {
    id: to === 'pod' ? 'move-to-pod' : 'move-to-containers',
    title,
    // The field now takes effect: what it sets may change what the workload can do.
    effect: 'may-break',
    reason,
    linuxOnly: false,
    codes: ['API_UNKNOWN_FIELD'],
    appliesTo: (p) => misplaced(p)?.at === (to === 'pod' ? 'container' : 'pod'),
    steps,
    plan: (ctx) => {
      const m = misplaced(ctx.problem)
      if (!m) return []
      return planMove(ctx.stream, ctx.resource.document, ctx.problem.nodePath, targets(ctx, to, m.key))
    },
    assess: () => ({ effect: 'may-break', reason }),
    declines: () => null,
  }
}

export const MOVE_FIXES: readonly Fix[] = [moveFix('pod'), moveFix('container')]
