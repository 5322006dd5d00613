import type { Finding } from '../findings'
import { isCheckActive } from '../pss/registry'
import type { ContainerView } from '../pod'
import { finding, label, onWindows, perSetter, type LintContext } from './context'
import { RUNTIMES } from '../k8s/runtimes'
import { obj } from '../json'

/**
 * The fields a privileged container ignores on the selected runtime: capabilities, seccomp and procMount on
 * both; AppArmor and the SELinux label as k8s/runtimes says (containerd keeps a Localhost profile and the label).
 */
function ignoredWhenPrivileged(ctx: LintContext, c: ContainerView): string[] {
  const rt = RUNTIMES[ctx.options.runtime]
  const localhost = obj(c.sc?.appArmorProfile)?.type === 'Localhost'
  return [
    'capabilities',
    'seccompProfile',
    ...(localhost && rt.privilegedKeepsLocalhostAppArmor ? [] : ['appArmorProfile']),
    'procMount',
    ...(rt.privilegedKeepsSeLinuxLabel ? [] : ['seLinuxOptions']),
  ].filter((f) => c.sc?.[f] !== undefined)
}

function readOnlyRootFs(ctx: LintContext, c: ContainerView): Finding[] {
  if (c.sc?.readOnlyRootFilesystem === true) return []
  const how =
    c.sc?.readOnlyRootFilesystem === false
      ? 'sets readOnlyRootFilesystem=false'
      : 'does not set readOnlyRootFilesystem=true'
  const path = [...c.scPath, 'readOnlyRootFilesystem']
  return [
    finding(ctx, 'LINT_READ_ONLY_ROOT_FS', path, `${label(c)} ${how}: its root filesystem is writable`, c),
  ]
}

function escalation(ctx: LintContext, c: ContainerView): Finding[] {
  const restrictedCovers = isCheckActive('allowPrivilegeEscalation', ctx.options.level, ctx.minor)
  const ape = c.sc?.allowPrivilegeEscalation
  if (restrictedCovers || ape === false || c.sc?.privileged === true) return []
  const path = [...c.scPath, 'allowPrivilegeEscalation']
  if (ape === true) {
    const message = `${label(c)} sets allowPrivilegeEscalation=true: setuid binaries and file capabilities can raise its privileges`
    return [finding(ctx, 'LINT_ALLOW_PRIVILEGE_ESCALATION', path, message, c)]
  }
  const message = `${label(c)} does not set allowPrivilegeEscalation=false: unset means escalation is allowed (no_new_privs is off)`
  return [finding(ctx, 'LINT_ALLOW_PRIVILEGE_ESCALATION', path, message, c, 'info')]
}

function privileged(ctx: LintContext, c: ContainerView): Finding[] {
  if (c.sc?.privileged !== true) return []
  const out: Finding[] = []
  const path = [...c.scPath, 'privileged']
  // At baseline and restricted, Pod Security already reports privileged containers.
  if (ctx.options.level === 'privileged') {
    const lsm = RUNTIMES[ctx.options.runtime].privilegedKeepsSeLinuxLabel
      ? 'AppArmor (unless Localhost)'
      : 'AppArmor, SELinux'
    const message = `${label(c)} is privileged: it gets every capability and the host devices, with seccomp, ${lsm} and masked /proc paths off`
    out.push(finding(ctx, 'LINT_PRIVILEGED', path, message, c))
  }
  const ignored = ignoredWhenPrivileged(ctx, c)
  if (ignored.length > 0) {
    const fields =
      ignored.length === 1 ? ignored[0] : `${ignored.slice(0, -1).join(', ')} and ${ignored.at(-1)}`
    const message = `${label(c)} is privileged, so its ${fields} ${ignored.length === 1 ? 'has' : 'have'} no effect on ${RUNTIMES[ctx.options.runtime].label}`
    out.push(finding(ctx, 'LINT_PRIVILEGED_IGNORES', path, message, c))
  }
  return out
}

function seLinuxReplaced(ctx: LintContext, c: ContainerView): Finding[] {
  const pod = obj(ctx.pod.sc?.seLinuxOptions)
  const own = obj(c.sc?.seLinuxOptions)
  if (!pod || !own) return []
  const lost = Object.entries(pod).filter(([k, v]) => own[k] === undefined && v !== '' && v !== null)
  if (lost.length === 0) return []
  const parts = lost.map(([k, v]) => `${k} "${String(v)}"`).join(', ')
  const message = `${label(c)} sets its own seLinuxOptions, so the pod's ${parts} ${lost.length === 1 ? 'does' : 'do'} not apply to it`
  return [finding(ctx, 'LINT_SELINUX_REPLACES_POD', [...c.scPath, 'seLinuxOptions'], message, c)]
}

function seccompUnset(ctx: LintContext): Finding[] {
  if (isCheckActive('seccompProfile_restricted', ctx.options.level, ctx.minor)) return []
  if (ctx.pod.sc?.seccompProfile !== undefined) return []
  const hits = ctx.pod.containers
    .filter((c) => c.sc?.seccompProfile === undefined && c.sc?.privileged !== true)
    .map((c) => ({ c, path: [...ctx.pod.scPath, 'seccompProfile'] }))
  return perSetter(ctx, 'LINT_SECCOMP_UNSET', hits, (label, verb) => {
    return `${label} ${verb('has', 'have')} no seccompProfile: ${verb('it runs', 'they run')} Unconfined unless the kubelet sets seccompDefault: true`
  })
}

/** Hardening advice PSS does not give, or gives only at stricter levels (Linux pods only). */
export function hardeningLints(ctx: LintContext): Finding[] {
  if (onWindows(ctx)) return []
  const perContainer = ctx.pod.containers.flatMap((c) => [
    ...readOnlyRootFs(ctx, c),
    ...escalation(ctx, c),
    ...privileged(ctx, c),
    ...seLinuxReplaced(ctx, c),
  ])
  return [...perContainer, ...seccompUnset(ctx)]
}
