import { problemData, type Finding } from '../findings'
import { effectiveMinor } from '../k8s/versions'
import { formatFieldPath } from '../target'
import { computeEffective, imageUserOf } from '../effective'
import { podView, type ContainerView, type PodView } from '../pod'
import type {
  AnalyzeOptions,
  ContainerEffective,
  Effective,
  JsonValue,
  Path,
  Resource,
  Severity,
} from '../types'
import { LINT_CODES, type LintCodeId } from './codes'
import { int } from '../json'

export interface LintContext {
  options: AnalyzeOptions
  /** The pod as written. */
  pod: PodView
  /** The Kubernetes minor the version option stands for (latest = the newest known). */
  minor: number
  /** The merged fields of a container, from core/effective (the only place that merges container over pod). */
  fieldsOf(c: ContainerView): Readonly<Record<string, Effective>>
}

/**
 * `effective`: the resource's effective settings when the caller has them (analyze does); else they are
 * computed on the first read. `pod`: the resource's view when the caller has it.
 */
export function lintContext(
  resource: Resource,
  options: AnalyzeOptions,
  effective?: readonly ContainerEffective[],
  pod: PodView = podView(resource),
): LintContext {
  let merged = effective
  const fieldsOf = (c: ContainerView) => {
    merged ??= computeEffective(resource, options, pod)
    return merged.find((e) => e.kind === c.kind && e.index === c.index)?.fields ?? {}
  }
  return {
    options,
    pod,
    minor: effectiveMinor(options.version) ?? effectiveMinor('latest')!,
    fieldsOf,
  }
}

/** The pod runs on Windows (k8s/podOs: spec.os, nodeSelector, affinity, hostProcess …): Linux-only advice does not apply. */
export const onWindows = (ctx: LintContext) => ctx.pod.nodeOs.os === 'windows'

/** `container "app"`, as Pod Security writes it. */
export const label = (c: ContainerView) => `container "${c.name}"`

/**
 * The value the manifest gives a field that merges container over pod (runAsUser, runAsNonRoot …), as
 * core/effective merged it; undefined when neither level sets it (a default or the image decides).
 */
export function effective(ctx: LintContext, c: ContainerView, field: string): JsonValue | undefined {
  const e = ctx.fieldsOf(c)[field]
  return e && (e.source === 'container' || e.source === 'pod') ? (e.value ?? undefined) : undefined
}

/** Where an effective field is set: the container's securityContext path, else the pod's. */
export function setterPath(ctx: LintContext, c: ContainerView, field: string): Path {
  return ctx.fieldsOf(c)[field]?.source === 'container' ? [...c.scPath, field] : [...ctx.pod.scPath, field]
}

/** The uid the container process gets when it is known: runAsUser, else the assumed image user. */
export function effectiveUid(ctx: LintContext, c: ContainerView): number | undefined {
  const uid = effective(ctx, c, 'runAsUser')
  return uid === undefined ? imageUserOf(c.obj, ctx.options) : int(uid)
}

/** A lint finding on `path` (a document path). */
export function finding(
  ctx: LintContext,
  code: LintCodeId,
  path: Path,
  message: string,
  container?: ContainerView,
  severity: Severity = LINT_CODES[code].severity,
): Finding {
  const { why } = LINT_CODES[code]
  const { resource } = ctx.pod
  return {
    code,
    source: 'lint',
    severity,
    message,
    path: formatFieldPath(path.slice(resource.basePath.length)),
    nodePath: path,
    ...(container ? { container: { kind: container.kind, index: container.index } } : {}),
    why,
    ...problemData(resource, path),
  }
}

/** `container "a"` / `containers "a", "b"`, as Pod Security writes them. */
export function containersLabel(cs: readonly ContainerView[]): string {
  const names = cs.map((c) => `"${c.name}"`).join(', ')
  return `${cs.length === 1 ? 'container' : 'containers'} ${names}`
}

/**
 * One finding per setter node: containers that inherit the same pod-level value share one finding
 * on the pod field; a container-level setter gets its own, scoped to that container.
 */
export function perSetter(
  ctx: LintContext,
  code: LintCodeId,
  hits: readonly { c: ContainerView; path: Path }[],
  message: (label: string, verb: (one: string, many: string) => string, first: ContainerView) => string,
): Finding[] {
  const groups = new Map<string, { path: Path; cs: ContainerView[] }>()
  for (const { c, path } of hits) {
    const key = path.join('\u0000')
    const g = groups.get(key)
    if (g) g.cs.push(c)
    else groups.set(key, { path, cs: [c] })
  }
  return [...groups.values()].map(({ path, cs }) => {
    const spec = ctx.pod.specPath
    const own = path.length > spec.length && path[spec.length] !== 'securityContext'
    const verb = (one: string, many: string) => (cs.length === 1 ? one : many)
    return finding(ctx, code, path, message(containersLabel(cs), verb, cs[0]!), own ? cs[0] : undefined)
  })
}
