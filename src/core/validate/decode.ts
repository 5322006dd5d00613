/**
 * JSON decoding of the securityContext-related fields: a value of the wrong type (e.g. `runAsUser: "1000"`)
 * makes the API server refuse the object before any validation, with encoding/json's message.
 */
import { getIn, isObject, list } from '../json'
import type { JsonObject, JsonValue, Path } from '../types'
import { CONTAINER_KINDS } from '../types'
import { goYamlNumber, numberSource } from '../yaml'
import { ANNOTATIONS, CONTAINER_STRUCT, POD_SPEC, SC, type Struct, type Type } from './apiTypes'
import type { Ctx, GoRaw } from './report'
import { decodePrefix, resourceError, specFieldPath } from './report'

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

/**
 * What encoding/json says when the number `v` at `holder[key]` does not fit an int64, or null when it fits.
 * sigs.k8s.io/yaml hands it what go-yaml read from the source text: an integer exactly (JavaScript rounds
 * beyond 2^53), a float64, which encoding/json writes as JavaScript writes numbers (`1.5`,
 * `18446744073709552000`, `1e+21`), or a string.
 */
function int64Mismatch(v: number, holder: JsonValue | undefined, key: string | number): string | null {
  if (Number.isSafeInteger(v)) return null
  const source = numberSource(holder, key)
  const go = source === undefined ? null : goYamlNumber(source)
  if (go === 'string') return 'string'
  const literal = typeof go === 'bigint' ? go.toString() : String(v)
  const fits = /^-?\d+$/.test(literal) && BigInt(literal) >= INT64_MIN && BigInt(literal) <= INT64_MAX
  return fits ? null : `number ${literal}`
}

/** What encoding/json calls the JSON value it could not store, or null when it fits. */
function mismatch(v: JsonValue, t: Type, holder: JsonValue | undefined, key: string | number): string | null {
  if (v === null) return null
  const kind = Array.isArray(v)
    ? 'array'
    : typeof v === 'object'
      ? 'object'
      : typeof v === 'boolean'
        ? 'bool'
        : typeof v
  if ('struct' in t) return kind === 'object' ? null : kind
  if ('slice' in t) return kind === 'array' ? null : kind
  if ('map' in t) return kind === 'object' ? null : kind
  if (t.scalar === 'int64') return typeof v === 'number' ? int64Mismatch(v, holder, key) : kind
  return kind === t.scalar ? null : kind
}

interface Walk {
  ctx: Ctx
  /** Message prefix: `Pod in version "v1" cannot be handled as a Pod: `. */
  prefix: string
}

/** Checks `holder[key]` against `t`, where `struct` owns the field; `rel` is from the resource root. */
function check(w: Walk, holder: JsonValue, key: string | number, t: Type, owner: string, rel: Path): void {
  const value = (holder as Record<string | number, JsonValue>)[key] ?? null
  const what = mismatch(value, t, holder, key)
  const jsonPath = rel.filter((k): k is string => typeof k === 'string').join('.')
  if (what) {
    const field = rel.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')
    const message = `${w.prefix}json: cannot unmarshal ${what} into Go struct field ${owner}.${jsonPath} of type ${t.goType}`
    resourceError(w.ctx, 'API_DECODE', rel, message, field)
    return
  }
  if ('struct' in t && isObject(value)) walkStruct(w, value, t, rel)
  if ('slice' in t) list(value).forEach((_, i) => check(w, value, i, t.slice, owner, [...rel, i]))
  if ('map' in t && isObject(value)) {
    for (const k of Object.keys(value)) {
      if (mismatch(value[k] ?? null, t.map, value, k)) check(w, value, k, t.map, owner, [...rel, k])
    }
  }
}

function walkStruct(w: Walk, value: JsonObject, t: Struct, rel: Path): void {
  for (const [key, ft] of Object.entries(t.fields)) {
    if (Object.hasOwn(value, key)) check(w, value, key, ft, t.struct, [...rel, key])
  }
}

/**
 * Whether decoding already failed at `rel` (below the pod spec): the API server never validates such a field,
 * so range checks skip it (`runAsUser: 9223372036854775808` is a decode error, not an out-of-range ID).
 */
export function decodeFailed(ctx: Ctx, rel: Path): boolean {
  const field = specFieldPath(ctx, rel)
  return ctx.out.some((f) => f.code === 'API_DECODE' && f.path === field)
}

/**
 * The integer at `rel` (below the pod spec) as the API server prints it in a field error: exact from the
 * source text where JavaScript rounded it (`9223372036854775807`, not 9223372036854776000), else `n`.
 */
export function exactInteger(ctx: Ctx, rel: Path, n: number): number | GoRaw {
  const key = rel[rel.length - 1]
  const source = key === undefined ? undefined : numberSource(getIn(ctx.pod.spec, rel.slice(0, -1)), key)
  const exact = source === undefined ? null : goYamlNumber(source)
  return typeof exact === 'bigint' ? { raw: exact.toString() } : n
}

export function decodeErrors(ctx: Ctx): void {
  const r = ctx.resource
  const w: Walk = { ctx, prefix: decodePrefix(r) }
  const spec = r.podSpecPath
  walkStruct(w, ctx.pod.spec, POD_SPEC, spec)
  const metadata = getIn(r.object, r.podMetadataPath)
  if (isObject(metadata) && Object.hasOwn(metadata, 'annotations'))
    check(w, metadata, 'annotations', ANNOTATIONS, 'ObjectMeta', [...r.podMetadataPath, 'annotations'])
  for (const kind of CONTAINER_KINDS) {
    list(ctx.pod.spec[kind]).forEach((c, i) => {
      if (isObject(c) && Object.hasOwn(c, 'securityContext')) {
        check(w, c, 'securityContext', SC, CONTAINER_STRUCT[kind], [...spec, kind, i, 'securityContext'])
      }
    })
  }
}
