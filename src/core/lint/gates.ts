import type { Finding } from '../findings'
import { fieldByKey, fieldsFor, gateName, SPEC_FIELDS, sinceAt } from '../k8s/fields'
import { versionLabel } from '../k8s/versions'
import type { FeatureGate } from '../k8s/fieldSpec'
import type { JsonObject, Path } from '../types'
import type { ContainerView } from '../pod'
import { finding, label, type LintContext } from './context'
import { getIn } from '../json'

const has = (o: JsonObject, field: readonly string[]) => getIn(o, field) !== undefined

function message(name: string, since: number, g: FeatureGate | undefined, ctx: LintContext): string | null {
  const version = versionLabel(ctx.minor)
  if (ctx.minor < since) {
    return `${name} is not in the Kubernetes ${version} API (added in ${versionLabel(since)}): the API server drops it, or rejects it under strict field validation`
  }
  if (!g || ctx.minor >= g.on) return null
  const effect = g.effect ?? `silently drops ${name}`
  return `on Kubernetes ${version} the API server ${effect} unless the ${gateName(g, ctx.minor)} feature gate is enabled (on by default from ${versionLabel(g.on)})`
}

/** Fields of one securityContext the selected version drops; a struct newer than the version is reported once. */
function scFields(
  ctx: LintContext,
  sc: JsonObject,
  scPath: Path,
  level: 'pod' | 'container',
  c?: ContainerView,
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
    const name = path.join('.')
    const text = message(name, whole ? structSince : sinceAt(f, level), fieldByKey(name)?.gate, ctx)
    if (!text) continue
    if (whole) reported.add(top)
    out.push(finding(ctx, 'LINT_GATED_FIELD', [...scPath, ...path], c ? `${label(c)}: ${text}` : text, c))
  }
  return out
}

/** Fields an API server of the selected version drops silently (unknown, or behind a gate that is off). */
export function gatedFields(ctx: LintContext): Finding[] {
  const spec = Object.entries(SPEC_FIELDS).flatMap(([field, { since, gate }]) => {
    const text = ctx.pod.spec[field] === undefined ? null : message(field, since, gate, ctx)
    return text ? [finding(ctx, 'LINT_GATED_FIELD', [...ctx.pod.specPath, field], text)] : []
  })
  return [
    ...spec,
    ...scFields(ctx, ctx.pod.sc ?? {}, ctx.pod.scPath, 'pod'),
    ...ctx.pod.containers.flatMap((c) => scFields(ctx, c.sc ?? {}, c.scPath, 'container', c)),
  ]
}
