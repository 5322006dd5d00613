import { problemData, type Finding } from '../findings'
import { effectiveMinor } from '../k8s/versions'
import { formatFieldPath } from '../target'
import { computeEffective, imageUserOf } from '../effective'
import { podOs } from '../k8s/podOs'
import type {
  AnalyzeOptions,
  ContainerEffective,
  ContainerRef,
  Effective,
  JsonObject,
  JsonValue,
  Path,
  Resource,
  Severity,
} from '../types'
import { LINT_CODES, type LintCodeId } from './codes'
import { int, obj } from '../json'

export interface LintContainer {
  ref: ContainerRef
  spec: JsonObject
  /** The container's securityContext ({} when missing). */
  sc: JsonObject
  /** Path from the resource object to the container item. */
  path: Path
  /** `container "app"`, as Pod Security writes it. */
  label: string
}

export interface LintContext {
  resource: Resource
  options: AnalyzeOptions
  pod: JsonObject
  /** The pod securityContext ({} when missing). */
  podSc: JsonObject
  /** Path from the resource object to the pod spec. */
  podPath: Path
  containers: LintContainer[]
  /** The Kubernetes minor the version option stands for (latest = the newest known). */
  minor: number
  /** The pod runs on Windows (k8s/podOs: spec.os, nodeSelector, affinity, hostProcess …): Linux-only advice does not apply. */
  windows: boolean
  /** The merged fields of a container, from core/effective (the only place that merges container over pod). */
  fieldsOf(c: LintContainer): Readonly<Record<string, Effective>>
}

/**
 * `effective`: the resource's effective settings when the caller has them (analyze does); else they are
 * computed on the first read.
 */
export function lintContext(
  resource: Resource,
  options: AnalyzeOptions,
  effective?: readonly ContainerEffective[],
): LintContext {
  let merged = effective
  const fieldsOf = (c: LintContainer) => {
    merged ??= computeEffective(resource, options)
    return merged.find((e) => e.kind === c.ref.kind && e.index === c.ref.index)?.fields ?? {}
  }
  const pod = resource.podSpec
  const containers = resource.containers.flatMap((ref): LintContainer[] => {
    const spec = obj((pod[ref.kind] as JsonValue[] | undefined)?.[ref.index])
    if (!spec) return []
    const path = [...resource.podSpecPath, ref.kind, ref.index]
    return [{ ref, spec, sc: obj(spec.securityContext) ?? {}, path, label: `container "${ref.name}"` }]
  })
  return {
    resource,
    options,
    pod,
    podSc: obj(pod.securityContext) ?? {},
    podPath: resource.podSpecPath,
    containers,
    minor: effectiveMinor(options.version) ?? effectiveMinor('latest')!,
    windows: podOs(pod).os === 'windows',
    fieldsOf,
  }
}

/**
 * The value the manifest gives a field that merges container over pod (runAsUser, runAsNonRoot …), as
 * core/effective merged it; undefined when neither level sets it (a default or the image decides).
 */
export function effective(ctx: LintContext, c: LintContainer, field: string): JsonValue | undefined {
  const e = ctx.fieldsOf(c)[field]
  return e && (e.source === 'container' || e.source === 'pod') ? (e.value ?? undefined) : undefined
}

/** Where an effective field is set: the container's securityContext path, else the pod's. */
export function setterPath(ctx: LintContext, c: LintContainer, field: string): Path {
  return ctx.fieldsOf(c)[field]?.source === 'container'
    ? [...c.path, 'securityContext', field]
    : [...ctx.podPath, 'securityContext', field]
}

/** The uid the container process gets when it is known: runAsUser, else the assumed image user. */
export function effectiveUid(ctx: LintContext, c: LintContainer): number | undefined {
  const uid = effective(ctx, c, 'runAsUser')
  return uid === undefined ? imageUserOf(c.spec, ctx.options) : int(uid)
}

/** A lint finding on `path` (relative to the resource object). */
export function finding(
  ctx: LintContext,
  code: LintCodeId,
  path: Path,
  message: string,
  container?: LintContainer,
  severity: Severity = LINT_CODES[code].severity,
): Finding {
  const { why } = LINT_CODES[code]
  return {
    code,
    source: 'lint',
    severity,
    message,
    path: formatFieldPath(path),
    nodePath: [...ctx.resource.basePath, ...path],
    ...(container ? { container: { kind: container.ref.kind, index: container.ref.index } } : {}),
    why,
    ...problemData(ctx.resource, [...ctx.resource.basePath, ...path]),
  }
}

/** `container "a"` / `containers "a", "b"`, as Pod Security writes them. */
export function containersLabel(cs: readonly LintContainer[]): string {
  const names = cs.map((c) => `"${c.ref.name}"`).join(', ')
  return `${cs.length === 1 ? 'container' : 'containers'} ${names}`
}

/**
 * One finding per setter node: containers that inherit the same pod-level value share one finding
 * on the pod field; a container-level setter gets its own, scoped to that container.
 */
export function perSetter(
  ctx: LintContext,
  code: LintCodeId,
  hits: readonly { c: LintContainer; path: Path }[],
  message: (label: string, verb: (one: string, many: string) => string, first: LintContainer) => string,
): Finding[] {
  const groups = new Map<string, { path: Path; cs: LintContainer[] }>()
  for (const { c, path } of hits) {
    const key = path.join('\u0000')
    const g = groups.get(key)
    if (g) g.cs.push(c)
    else groups.set(key, { path, cs: [c] })
  }
  return [...groups.values()].map(({ path, cs }) => {
    const own = path.length > ctx.podPath.length && path[ctx.podPath.length] !== 'securityContext'
    const verb = (one: string, many: string) => (cs.length === 1 ? one : many)
    return finding(ctx, code, path, message(containersLabel(cs), verb, cs[0]!), own ? cs[0] : undefined)
  })
}
