import { imageUserOf } from '../effective'
import type { Finding } from '../findings'
import type { ContainerView } from '../pod'
import type { Path } from '../types'
import { effective, effectiveUid, perSetter, setterPath, onWindows, type LintContext } from './context'
import { int } from '../json'

type Hit = { c: ContainerView; path: Path }

const scPath = (ctx: LintContext, c: ContainerView, field: string, podLevel: boolean): Path =>
  podLevel ? [...ctx.pod.scPath, field] : [...c.scPath, field]

function nonRootLints(ctx: LintContext): Finding[] {
  const uid0: Hit[] = []
  const noUid: Hit[] = []
  for (const c of ctx.pod.containers) {
    if (effective(ctx, c, 'runAsNonRoot') !== true) continue
    const uid = effective(ctx, c, 'runAsUser')
    if (uid === 0) uid0.push({ c, path: setterPath(ctx, c, 'runAsUser') })
    else if (uid === undefined && imageUserOf(c.obj, ctx.options) === 0) {
      noUid.push({ c, path: scPath(ctx, c, 'runAsUser', c.sc?.runAsNonRoot === undefined) })
    }
  }
  return [
    ...perSetter(ctx, 'LINT_RUN_AS_NON_ROOT_UID_0', uid0, (label, verb) =>
      [
        `${label} ${verb('has', 'have')} runAsNonRoot=true and runAsUser=0: the API server accepts the pod,`,
        `then the kubelet refuses to start ${verb('it', 'them')}: "container's runAsUser breaks non-root policy"`,
      ].join(' '),
    ),
    ...perSetter(ctx, 'LINT_RUN_AS_NON_ROOT_NO_UID', noUid, (label, verb) =>
      [
        `${label} ${verb('has', 'have')} runAsNonRoot=true but no runAsUser: if the image has no USER, USER root`,
        `or USER 0, the kubelet refuses to start ${verb('it', 'them')}: "container has runAsNonRoot and image will run as root"`,
      ].join(' '),
    ),
  ]
}

function rootLints(ctx: LintContext, userNamespace: boolean): Finding[] {
  const root: Hit[] = []
  const group0: Hit[] = []
  const gidDefault: Hit[] = []
  // Restricted already demands runAsNonRoot; in a user namespace uid 0 is not root on the node.
  const rootCovered = ctx.options.level === 'restricted' || userNamespace
  for (const c of ctx.pod.containers) {
    if (!rootCovered && effectiveUid(ctx, c) === 0 && effective(ctx, c, 'runAsNonRoot') !== true) {
      root.push({ c, path: setterPath(ctx, c, 'runAsNonRoot') })
    }
    const gid = effective(ctx, c, 'runAsGroup')
    if (gid === 0) group0.push({ c, path: setterPath(ctx, c, 'runAsGroup') })
    const user = int(effective(ctx, c, 'runAsUser'))
    if (gid === undefined && user !== undefined && user > 0) {
      gidDefault.push({ c, path: setterPath(ctx, c, 'runAsUser') })
    }
  }
  const uidOf = (c: ContainerView) => String(effective(ctx, c, 'runAsUser'))
  return [
    ...perSetter(ctx, 'LINT_RUN_AS_ROOT', root, (label, _verb, c) => {
      const how =
        effective(ctx, c, 'runAsUser') === 0
          ? `runAsUser is 0`
          : `the image user is assumed to be root (uid 0)`
      return `${label} may run as root: runAsNonRoot=true is not set and ${how}`
    }),
    ...perSetter(ctx, 'LINT_RUN_AS_GROUP_ROOT', group0, (label, verb) => {
      return `${label} ${verb('runs', 'run')} with runAsGroup=0: the primary group is root`
    }),
    ...perSetter(ctx, 'LINT_GID_ROOT_DEFAULT', gidDefault, (label, verb, c) => {
      const uid = uidOf(c)
      return `${label} ${verb('sets', 'set')} runAsUser=${uid} but no runAsGroup: unless uid ${uid} is in the image's /etc/passwd, the primary group is 0 (root)`
    }),
  ]
}

function lowIdLints(ctx: LintContext): Finding[] {
  return (['runAsUser', 'runAsGroup'] as const).flatMap((field) => {
    const hits: Hit[] = []
    for (const c of ctx.pod.containers) {
      const id = int(effective(ctx, c, field))
      if (id !== undefined && id > 0 && id < 10000) hits.push({ c, path: setterPath(ctx, c, field) })
    }
    const what = field === 'runAsUser' ? 'user' : 'group'
    return perSetter(ctx, 'LINT_LOW_ID', hits, (label, verb, c) => {
      const id = String(effective(ctx, c, field))
      return `${label} ${verb('runs', 'run')} with ${field}=${id}, below 10000: the id may belong to a ${what} on the node`
    })
  })
}

/** runAsNonRoot / runAsUser / runAsGroup advice (Linux pods only). */
export function identityLints(ctx: LintContext): Finding[] {
  if (onWindows(ctx)) return []
  const userNamespace = ctx.pod.userNamespace
  return [...nonRootLints(ctx), ...rootLints(ctx, userNamespace), ...(userNamespace ? [] : lowIdLints(ctx))]
}
