/**
 * Unknown fields in the security-relevant structs of a pod spec. kubectl (≥ 1.27) sends
 * fieldValidation=Strict, and then the API server refuses an object with a field its Go struct does not have:
 * sigs.k8s.io/json UnmarshalStrict collects `unknown field "<path>"` errors, apimachinery runtime/error.go
 * strictDecodingError joins them (`strict decoding error: ` + errors joined by ", "), and the create handler's
 * transformDecodeError (apiserver endpoints/handlers/rest.go) prefixes `<Kind> in version "<v>" cannot be
 * handled as a <Kind>: `. A type error stops decoding first (serializer/json Decode returns it alone), so
 * strict errors are reported only when nothing failed to decode.
 *
 * Only the structs this app understands are checked (both securityContexts, capabilities, seccompProfile,
 * appArmorProfile, seLinuxOptions, windowsOptions, sysctls items): an unknown field anywhere else in the pod
 * is not seen here.
 */
import type { Finding } from '../findings'
import { isObject, list } from '../json'
import type { JsonValue, Path } from '../types'
import { CONTAINER_KINDS } from '../types'
import { POD_SC, SC, type Type } from './apiTypes'
import type { Ctx } from './report'
import { decodePrefix, resourceError } from './report'

/** The JSON path as sigs.k8s.io/json prints it: `spec.containers[0].securityContext.fsGroup`. */
export function jsonFieldPath(rel: Path): string {
  return rel.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')
}

function walk(value: JsonValue | undefined, t: Type, rel: Path, out: Path[]): void {
  if ('slice' in t) {
    list(value).forEach((item, i) => walk(item, t.slice, [...rel, i], out))
    return
  }
  if (!('struct' in t) || !isObject(value)) return
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(t.fields, key)) walk(value[key], t.fields[key]!, [...rel, key], out)
    else out.push([...rel, key])
  }
}

/**
 * Go's encoding/json writes map keys sorted, and kubectl sends the manifest as such JSON (sigs.k8s.io/yaml
 * YAMLToJSON), so the decoder meets fields in byte order of their keys at every level.
 */
function compareJsonOrder(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

/** Paths (from the resource root) of every unknown field in the security-relevant structs, in decode order. */
export function unknownFieldPaths(ctx: Ctx): Path[] {
  const spec = ctx.resource.podSpecPath
  const out: Path[] = []
  if (Object.hasOwn(ctx.pod.spec, 'securityContext'))
    walk(ctx.pod.spec.securityContext, POD_SC, [...spec, 'securityContext'], out)
  for (const kind of CONTAINER_KINDS) {
    list(ctx.pod.spec[kind]).forEach((c, i) => {
      if (isObject(c) && Object.hasOwn(c, 'securityContext'))
        walk(c.securityContext, SC, [...spec, kind, i, 'securityContext'], out)
    })
  }
  return out.sort(compareJsonOrder)
}

/**
 * One API error per unknown field, at its key; each carries the whole message the API server returns (all the
 * unknown fields it found, in its order), since that is what `kubectl apply` prints.
 */
export function unknownFieldErrors(ctx: Ctx): void {
  if (ctx.out.some((f: Finding) => f.code === 'API_DECODE')) return
  const paths = unknownFieldPaths(ctx)
  if (paths.length === 0) return
  const fields = paths.map(jsonFieldPath)
  const message =
    `${decodePrefix(ctx.resource)}strict decoding error: ` +
    fields.map((f) => `unknown field "${f}"`).join(', ')
  paths.forEach((p, i) => resourceError(ctx, 'API_UNKNOWN_FIELD', p, message, fields[i]!, 'key'))
}
