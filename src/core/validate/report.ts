/** How the API server words a field error (k8s.io/apimachinery field.Error), and where the editor shows it. */
import { problemData, type Finding } from '../findings'
import { locate } from '../json'
import { containerAt, podView, type PodView } from '../pod'
import { goQuote } from '../quote'
import type { JsonValue, Path, Resource, Severity } from '../types'
import { apiCodeInfo, type ApiCode } from './codes'

export type ErrorType =
  'Required value' | 'Invalid value' | 'Unsupported value' | 'Forbidden' | 'Duplicate value' | 'Too long'

/** A value printed verbatim (Go `%#v` of a struct). */
export interface GoRaw {
  raw: string
}

export interface Ctx {
  resource: Resource
  /** Kubernetes minor version the rules are those of. */
  minor: number
  /** The pod as written (no defaulting: the API server validates before it defaults). */
  pod: PodView
  /** The pod spec's field path as the API server prints it: `spec`, `spec.template.spec`. */
  specField: string
  metaField: string
  out: Finding[]
}

export function makeCtx(resource: Resource, minor: number, pod = podView(resource)): Ctx {
  const field = (p: Path) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')
  return {
    resource,
    minor,
    pod,
    specField: field(resource.podSpecPath),
    metaField: field(resource.podMetadataPath),
    out: [],
  }
}

/** `field: Type[: value][: detail]` (ErrorBody): numbers and bools bare, strings `%q`, nil `null`. */
export function errorText(
  field: string,
  type: ErrorType,
  value: JsonValue | GoRaw | undefined,
  detail = '',
): string {
  let s = `${field}: ${type}`
  if (value !== undefined && type !== 'Required value' && type !== 'Forbidden' && type !== 'Too long') {
    s += ': ' + goValue(value)
  }
  return detail ? `${s}: ${detail}` : s
}

export function goValue(v: JsonValue | GoRaw): string {
  if (v === null) return 'null'
  if (typeof v === 'string') return goQuote(v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (!Array.isArray(v) && 'raw' in v && typeof v.raw === 'string') return v.raw
  return JSON.stringify(v)
}

/** Field path text below the pod spec: `rel` appended to `spec.template.spec`. */
export function specFieldPath(ctx: Ctx, rel: Path): string {
  return ctx.specField + rel.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')
}

interface ReportOptions {
  value?: JsonValue | GoRaw
  detail?: string
  /** Printed field path when it differs from `rel` (upstream quirks such as `spec.HostPID`). */
  field?: string
  severity?: Severity
}

function push(ctx: Ctx, code: ApiCode, field: string, nodePath: Path, type: ErrorType, o: ReportOptions) {
  const container = containerAt(ctx.resource, nodePath)
  ctx.out.push({
    code,
    source: 'api',
    severity: o.severity ?? apiCodeInfo(code)?.severity ?? 'error',
    message: errorText(field, type, o.value, o.detail),
    path: field,
    nodePath,
    ...(container ? { container } : {}),
    ...problemData(ctx.resource, nodePath),
  })
}

/** An error on the node at `rel` below the pod spec. */
export function specError(ctx: Ctx, code: ApiCode, rel: Path, type: ErrorType, o: ReportOptions = {}): void {
  const node = ctx.pod.specNode(rel)
  push(ctx, code, o.field ?? specFieldPath(ctx, rel), node, type, o)
}

/**
 * An error on a pod (template) annotation. Upstream builds some paths with Key (`annotations[k]`) and the
 * seccomp ones with Child (`annotations.k`).
 */
export function annotationError(
  ctx: Ctx,
  code: ApiCode,
  key: string,
  form: 'key' | 'child',
  type: ErrorType,
  o: ReportOptions = {},
): void {
  const node = ctx.pod.metaNode(['annotations', key])
  const field = `${ctx.metaField}.annotations${form === 'key' ? `[${key}]` : `.${key}`}`
  push(ctx, code, o.field ?? field, node, type, o)
}

/** A deprecation warning on an annotation: `metadata.annotations[k]: detail` (no error type). */
export function annotationWarning(ctx: Ctx, code: ApiCode, key: string, detail: string): void {
  const nodePath = ctx.pod.metaNode(['annotations', key])
  const field = `${ctx.metaField}.annotations[${key}]`
  ctx.out.push({
    code,
    source: 'api',
    severity: 'warning',
    message: `${field}: ${detail}`,
    path: field,
    nodePath,
    ...problemData(ctx.resource, nodePath),
  })
}

/**
 * How the create handler prefixes a decoding error (apiserver endpoints/handlers/rest.go transformDecodeError):
 * `Pod in version "v1" cannot be handled as a Pod: `.
 */
export function decodePrefix(r: Resource): string {
  const version = (r.apiVersion ?? 'v1').split('/').pop() || 'v1'
  return `${r.kind} in version "${version}" cannot be handled as a ${r.kind}: `
}

/** An error on the resource itself (decoding), pointing at `rel` from the resource root. */
export function resourceError(
  ctx: Ctx,
  code: ApiCode,
  rel: Path,
  message: string,
  field: string,
  marker?: 'key',
): void {
  const r = ctx.resource
  const nodePath = locate(r.object, r.basePath, rel)
  const container = containerAt(r, nodePath)
  ctx.out.push({
    code,
    source: 'api',
    severity: 'error',
    message,
    path: field,
    nodePath,
    ...(marker ? { marker } : {}),
    ...(container ? { container } : {}),
    ...problemData(r, nodePath),
  })
}
