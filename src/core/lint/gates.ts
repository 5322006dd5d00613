import type { Finding } from '../findings'
import { fieldsFor, sinceAt } from '../k8s/fields'
import type { JsonObject, Path } from '../types'
import { lookup } from '../own'
import { finding, type LintContainer, type LintContext } from './context'
import { obj } from '../json'

interface Gate {
  /** First minor whose API server keeps the field by default (spec §1.1, §1.4, §1.6). */
  on: number
  gate: (minor: number) => string
  /** What the API server does while the gate is off (default: drops the field). */
  effect?: string
}

/** Feature gates that make the API server silently drop (or reset) a field while they are off. */
const GATES: Readonly<Record<string, Gate>> = {
  hostUsers: {
    on: 33,
    gate: (m) => (m < 28 ? 'UserNamespacesStatelessPodsSupport' : 'UserNamespacesSupport'),
  },
  supplementalGroupsPolicy: { on: 33, gate: () => 'SupplementalGroupsPolicy' },
  seLinuxChangePolicy: { on: 33, gate: () => 'SELinuxChangePolicy' },
  fsGroupChangePolicy: { on: 20, gate: () => 'ConfigurableFSGroupPolicy' },
  runAsGroup: { on: 14, gate: () => 'RunAsGroup' },
  'windowsOptions.hostProcess': { on: 23, gate: () => 'WindowsHostProcessContainers' },
  procMount: { on: 33, gate: () => 'ProcMountType', effect: 'silently resets procMount to Default' },
}

/** Pod spec fields (outside securityContext) the editor models, with the minor they appeared in. */
const SPEC_SINCE: Readonly<Record<string, number>> = { hostUsers: 25, os: 23 }

function has(o: JsonObject, field: readonly string[]): boolean {
  let cur: JsonObject | undefined = o
  for (const k of field.slice(0, -1)) cur = obj(cur?.[k])
  return cur?.[field.at(-1)!] !== undefined
}

function message(name: string, since: number, ctx: LintContext): string | null {
  const version = `v1.${ctx.minor}`
  if (ctx.minor < since) {
    return `${name} is not in the Kubernetes ${version} API (added in v1.${since}): the API server drops it, or rejects it under strict field validation`
  }
  const g = lookup(GATES, name)
  if (!g || ctx.minor >= g.on) return null
  const effect = g.effect ?? `silently drops ${name}`
  return `on Kubernetes ${version} the API server ${effect} unless the ${g.gate(ctx.minor)} feature gate is enabled (on by default from v1.${g.on})`
}

/** Fields of one securityContext the selected version drops; a struct newer than the version is reported once. */
function scFields(
  ctx: LintContext,
  sc: JsonObject,
  scPath: Path,
  level: 'pod' | 'container',
  c?: LintContainer,
) {
  const fields = fieldsFor(level)
  const out: Finding[] = []
  const reported = new Set<string>()
  for (const f of fields) {
    if (!has(sc, f.path) || reported.has(f.path[0]!)) continue
    const top = f.path[0]!
    const structSince = Math.min(...fields.filter((g) => g.path[0] === top).map((g) => sinceAt(g, level)))
    const whole = f.path.length > 1 && ctx.minor < structSince
    const path = whole ? [top] : f.path
    const text = message(path.join('.'), whole ? structSince : sinceAt(f, level), ctx)
    if (!text) continue
    if (whole) reported.add(top)
    out.push(finding(ctx, 'LINT_GATED_FIELD', [...scPath, ...path], c ? `${c.label}: ${text}` : text, c))
  }
  return out
}

/** Fields an API server of the selected version drops silently (unknown, or behind a gate that is off). */
export function gatedFields(ctx: LintContext): Finding[] {
  const spec = Object.entries(SPEC_SINCE).flatMap(([field, since]) => {
    const text = ctx.pod[field] === undefined ? null : message(field, since, ctx)
    return text ? [finding(ctx, 'LINT_GATED_FIELD', [...ctx.podPath, field], text)] : []
  })
  return [
    ...spec,
    ...scFields(ctx, ctx.podSc, [...ctx.podPath, 'securityContext'], 'pod'),
    ...ctx.containers.flatMap((c) => scFields(ctx, c.sc, [...c.path, 'securityContext'], 'container', c)),
  ]
}
