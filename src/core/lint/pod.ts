import type { Finding } from '../findings'
import type { JsonObject } from '../types'
import { finding, type LintContext } from './context'
import { arr, joinQuote, obj } from './json'

/** Volume sources whose ownership the kubelet always changes to fsGroup, whatever the policy. */
const ALWAYS = new Set(['emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected', 'gitRepo'])
/** Volume sources whose ownership the kubelet never manages. */
const NEVER = new Set(['hostPath', 'nfs', 'image'])

function volumeType(v: JsonObject): string {
  return Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir'
}

function fsGroupChangePolicy(ctx: LintContext): Finding[] {
  const policy = ctx.podSc.fsGroupChangePolicy
  if (policy === undefined) return []
  const path = [...ctx.podPath, 'securityContext', 'fsGroupChangePolicy']
  if (ctx.podSc.fsGroup === undefined) {
    return [
      finding(ctx, 'LINT_FS_GROUP_CHANGE_POLICY', path, 'fsGroupChangePolicy has no effect without fsGroup'),
    ]
  }
  const volumes = arr(ctx.pod.volumes).flatMap((v) => {
    const o = obj(v)
    return o ? [{ name: String(o.name ?? ''), type: volumeType(o) }] : []
  })
  if (volumes.some((v) => !ALWAYS.has(v.type) && !NEVER.has(v.type))) return []
  const list = (vs: typeof volumes) =>
    `${vs.length === 1 ? 'volume' : 'volumes'} ${joinQuote(vs.map((v) => v.name))} (${[...new Set(vs.map((v) => v.type))].join(', ')})`
  const always = volumes.filter((v) => ALWAYS.has(v.type))
  const never = volumes.filter((v) => NEVER.has(v.type))
  const parts = [
    ...(always.length
      ? [`${list(always)} always ${always.length === 1 ? 'gets' : 'get'} fsGroup ownership`]
      : []),
    ...(never.length ? [`${list(never)} never ${never.length === 1 ? 'gets' : 'get'} it`] : []),
  ]
  const message =
    volumes.length === 0
      ? 'fsGroupChangePolicy has no effect: the pod has no volumes'
      : `fsGroupChangePolicy has no effect: ${parts.join(' and ')}`
  return [finding(ctx, 'LINT_FS_GROUP_CHANGE_POLICY', path, message)]
}

interface Gate {
  /** Path inside its parent: the pod spec ('spec'), a securityContext ('pod', 'container', 'both'). */
  field: readonly string[]
  where: 'spec' | 'pod' | 'container' | 'both'
  /** First minor with the field in the API. */
  since: number
  /** First minor whose API server keeps the field by default, and the feature gate before that. */
  on?: number
  gate?: (minor: number) => string
  /** What the API server does when the gate is off (default: drops the field). */
  effect?: string
}

const GATES: readonly Gate[] = [
  {
    field: ['hostUsers'],
    where: 'spec',
    since: 25,
    on: 33,
    gate: (m) => (m < 28 ? 'UserNamespacesStatelessPodsSupport' : 'UserNamespacesSupport'),
  },
  { field: ['os'], where: 'spec', since: 23 },
  {
    field: ['supplementalGroupsPolicy'],
    where: 'pod',
    since: 31,
    on: 33,
    gate: () => 'SupplementalGroupsPolicy',
  },
  { field: ['seLinuxChangePolicy'], where: 'pod', since: 32, on: 33, gate: () => 'SELinuxChangePolicy' },
  {
    field: ['fsGroupChangePolicy'],
    where: 'pod',
    since: 18,
    on: 20,
    gate: () => 'ConfigurableFSGroupPolicy',
  },
  { field: ['sysctls'], where: 'pod', since: 11 },
  { field: ['runAsGroup'], where: 'both', since: 10, on: 14, gate: () => 'RunAsGroup' },
  { field: ['seccompProfile'], where: 'both', since: 19 },
  { field: ['appArmorProfile'], where: 'both', since: 30 },
  { field: ['windowsOptions'], where: 'both', since: 15 },
  {
    field: ['windowsOptions', 'hostProcess'],
    where: 'both',
    since: 22,
    on: 23,
    gate: () => 'WindowsHostProcessContainers',
  },
  { field: ['allowPrivilegeEscalation'], where: 'container', since: 8 },
  {
    field: ['procMount'],
    where: 'container',
    since: 12,
    on: 33,
    gate: () => 'ProcMountType',
    effect: 'silently resets procMount to Default',
  },
]

function gateMessage(g: Gate, minor: number, version: string): string | null {
  const name = g.field.join('.')
  if (minor < g.since) {
    return `${name} is not in the Kubernetes ${version} API (added in v1.${g.since}): the API server drops it, or rejects it under strict field validation`
  }
  if (g.on === undefined || minor >= g.on || !g.gate) return null
  const effect = g.effect ?? `silently drops ${name}`
  return `on Kubernetes ${version} the API server ${effect} unless the ${g.gate(minor)} feature gate is enabled (on by default from v1.${g.on})`
}

function has(o: JsonObject, field: readonly string[]): boolean {
  let cur: JsonObject | undefined = o
  for (const k of field.slice(0, -1)) cur = obj(cur?.[k])
  return cur?.[field.at(-1)!] !== undefined
}

function gatedFields(ctx: LintContext): Finding[] {
  const version = ctx.options.version === 'latest' ? 'latest' : `v1.${ctx.minor}`
  return GATES.flatMap((g): Finding[] => {
    const message = gateMessage(g, ctx.minor, version)
    if (!message) return []
    const out: Finding[] = []
    if (g.where === 'spec' && has(ctx.pod, g.field)) {
      out.push(finding(ctx, 'LINT_GATED_FIELD', [...ctx.podPath, ...g.field], message))
    }
    if ((g.where === 'pod' || g.where === 'both') && has(ctx.podSc, g.field)) {
      out.push(finding(ctx, 'LINT_GATED_FIELD', [...ctx.podPath, 'securityContext', ...g.field], message))
    }
    if (g.where === 'container' || g.where === 'both') {
      for (const c of ctx.containers) {
        if (!has(c.sc, g.field)) continue
        const path = [...c.path, 'securityContext', ...g.field]
        out.push(finding(ctx, 'LINT_GATED_FIELD', path, `${c.label}: ${message}`, c))
      }
    }
    return out
  })
}

function mountOption(ctx: LintContext): Finding[] {
  if (ctx.minor < 37 || ctx.podSc.seLinuxChangePolicy !== 'MountOption') return []
  const path = [...ctx.podPath, 'securityContext', 'seLinuxChangePolicy']
  const message =
    'seLinuxChangePolicy: MountOption is the default; API servers from v1.32 to v1.36 reject it (supported values: "Recursive") unless the SELinuxMount feature gate is on'
  return [finding(ctx, 'LINT_SELINUX_MOUNT_OPTION', path, message)]
}

/** Pod-level advice: fsGroupChangePolicy, fields older clusters drop, seLinuxChangePolicy portability. */
export function podLints(ctx: LintContext): Finding[] {
  return [...fsGroupChangePolicy(ctx), ...gatedFields(ctx), ...mountOption(ctx)]
}
