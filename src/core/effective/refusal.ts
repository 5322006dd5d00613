/**
 * Containers that never run, and why, in the refusing component's own words (`refusal` in `effective --json`).
 *
 * - API server: decoding (API_DECODE, API_UNKNOWN_FIELD) fails the request with the decoder's whole message;
 *   otherwise validation errors become `<Kind[.group]> "<name>" is invalid: <errors>` (k8s.io/apimachinery
 *   pkg/api/errors NewInvalid, the field errors joined by utilerrors aggregate: one as is, several deduplicated
 *   in `[a, b]`).
 * - kubelet: verifyRunAsNonRoot (k/k pkg/kubelet/kuberuntime/security_context_others.go on Linux,
 *   security_context_windows.go on Windows), run by generateContainerConfig before the runtime is asked;
 *   the container then waits with CreateContainerConfigError and this message.
 * - kubelet admission: sysctls outside the allowlist (pkg/kubelet/sysctl/allowlist.go patternAllowlist.Admit),
 *   reason SysctlForbidden; the whole pod is rejected before any container is created.
 * - runtime: CRI-O's capability-name errors (k8s/runtimes.ts readCapName), reported as CreateContainerError.
 */
import type { Finding } from '../findings'
import { safeSysctls } from '../pss/checks/host'
import { isObject, list, obj } from '../json'
import { goQuote } from '../quote'
import type { Effective, JsonObject, Refusal, Resource } from '../types'
import { asInt } from './merge'
import { MAX_ID as MAX_INT32 } from '../k8s/fields'

/**
 * format.Pod (k/k pkg/kubelet/util/format/pod.go PodDesc): `name_namespace(uid)`. The uid exists only once
 * the API server created the pod, and a controller names a template's pods, so those parts are placeholders.
 */
export function podDesc(resource: Resource): string {
  const name = resource.kind === 'Pod' ? (resource.name ?? '') : `${resource.name ?? ''}-<suffix>`
  return `${name}_${resource.namespace ?? 'default'}(<uid>)`
}

const suffix = (resource: Resource, container: string) =>
  `(pod: ${goQuote(podDesc(resource))}, container: ${container})`

/** The image user the kubelet reads from the runtime (getImageUser): a uid, or a name when not numeric. */
export type ImageUser = { uid: number } | { name: string }

/** verifyRunAsNonRoot on Linux: the error the kubelet refuses the container with, or null. */
export function linuxRunAsNonRoot(
  resource: Resource,
  container: string,
  fields: Readonly<Record<string, Effective>>,
  image: ImageUser,
): string | null {
  if (fields.runAsNonRoot?.value !== true) return null
  const user = fields.runAsUser
  if (user && (user.source === 'container' || user.source === 'pod')) {
    // A runAsUser that is no ID never reaches the kubelet: the API server refuses the pod first.
    return asInt(user.value) === 0
      ? `container's runAsUser breaks non-root policy ${suffix(resource, container)}`
      : null
  }
  if ('name' in image) {
    return `container has runAsNonRoot and image has non-numeric user (${image.name}), cannot verify user is non-root ${suffix(resource, container)}`
  }
  if (image.uid === 0)
    return `container has runAsNonRoot and image will run as root ${suffix(resource, container)}`
  if (image.uid < 0 || image.uid > MAX_INT32) {
    const detail = `must be between 0 and ${MAX_INT32}, inclusive`
    return `container has runAsNonRoot and image has an invalid user id (${image.uid}). (Must be 1-(${MAX_INT32})): ${detail} ${suffix(resource, container)}`
  }
  return null
}

/**
 * verifyRunAsNonRoot on Windows: ContainerAdministrator (compared case-insensitively) is the root identity.
 * The image's own user is not modelled, so only runAsUserName is checked.
 */
export function windowsRunAsNonRoot(
  resource: Resource,
  container: string,
  fields: Readonly<Record<string, Effective>>,
): string | null {
  if (fields.runAsNonRoot?.value !== true) return null
  const name = fields['windowsOptions.runAsUserName']?.value
  if (typeof name !== 'string' || name.toLowerCase() !== 'containeradministrator') return null
  return `container's runAsUserName (${name}) which will be regarded as root identity and will break non-root policy ${suffix(resource, container)}`
}

const DECODE_CODES = new Set(['API_DECODE', 'API_UNKNOWN_FIELD'])

/** `Pod`, `Deployment.apps`, `CronJob.batch`: schema.GroupKind.String() of the resource. */
function groupKind(resource: Resource): string {
  const parts = (resource.apiVersion ?? 'v1').split('/')
  return parts.length > 1 && parts[0] ? `${resource.kind}.${parts[0]}` : resource.kind
}

/** The API server's answer to creating the resource, when its findings hold API errors; else null. */
export function apiserverRefusal(resource: Resource, findings: readonly Finding[]): Refusal | null {
  const errors = findings.filter((f) => f.source === 'api' && f.severity === 'error')
  if (errors.length === 0) return null
  const decode = errors.find((f) => DECODE_CODES.has(f.code))
  if (decode) return { by: 'apiserver', message: decode.message }
  const unique = [...new Set(errors.map((f) => f.message))]
  const all = unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`
  return {
    by: 'apiserver',
    message: `${groupKind(resource)} ${goQuote(resource.name ?? '')} is invalid: ${all}`,
  }
}

/**
 * A sysctl name as the kubelet compares it (k8s.io/component-helpers node/util/sysctl NormalizeName): when the
 * first separator is a slash, slashes and dots swap (`net/ipv4/ip_local_port_range` → `net.ipv4.ip_local_port_range`).
 */
function normalizeSysctl(name: string): string {
  const first = name.search(/[./]/)
  if (first === -1 || name[first] === '.') return name
  return name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))
}

/**
 * The kubelet's admission of pod sysctls with its default allowlist: the safe sysctls of its version
 * (pkg/kubelet/sysctl/safe_sysctls.go; Pod Security's baseline list follows it, pss/checks/host.ts) and no
 * --allowed-unsafe-sysctls. The first name outside it rejects the pod: `forbidden sysctl: "<name>" not
 * allowlisted`. (A namespaced sysctl with hostNetwork or hostIPC is refused by the API server first.)
 */
export function sysctlRefusal(podSpec: JsonObject, minor: number): string | null {
  const safe = safeSysctls(minor)
  for (const s of list(obj(podSpec.securityContext)?.sysctls)) {
    const name = isObject(s) && typeof s.name === 'string' ? normalizeSysctl(s.name) : null
    if (name !== null && !safe.has(name)) return `forbidden sysctl: ${goQuote(name)} not allowlisted`
  }
  return null
}
