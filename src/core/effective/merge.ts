/**
 * Merging container securityContext over the pod's (k/k pkg/securitycontext/util.go
 * DetermineEffectiveSecurityContext; seccomp: pkg/kubelet/kuberuntime/helpers.go getSeccompProfile; AppArmor:
 * pkg/security/apparmor/helpers.go GetProfile). nil and false differ: only a present, non-null container value
 * overrides the pod.
 */
import type { Effective, JsonObject, JsonValue } from '../types'
import { int, isSet, lookup, obj } from '../json'
import { appArmorAnnotation as appArmorAnnotationKey, profileFieldForAnnotation } from '../k8s/annotations'

export type Fields = Record<string, Effective>

/** A JSON value as an object, or null. */
export function asObject(v: JsonValue | undefined): JsonObject | null {
  return obj(v) ?? null
}

/** A uid/gid-like value: an integer, or null when the manifest does not give one (or one past 2^53: rounded). */
export function asInt(v: JsonValue | undefined): number | null {
  return int(v) ?? null
}

/** An Effective entry without undefined properties (they would show up in JSON and tests). */
export function eff(
  value: JsonValue | undefined,
  source: Effective['source'],
  extra: { overridden?: JsonValue; why?: string } = {},
): Effective {
  const e: Effective = { value: value ?? null, source }
  if (isSet(extra.overridden)) e.overridden = extra.overridden
  if (extra.why) e.why = extra.why
  return e
}

/** The plain-words form of a value for a why sentence. */
export function show(v: JsonValue | undefined): string {
  return typeof v === 'string' ? v : JSON.stringify(v ?? null)
}

/**
 * Container value, else pod value, else the fallback. `overridden` carries the pod value a container value hides,
 * with a why when they differ (e.g. runAsNonRoot: false disabling a pod-level true).
 */
export function pick(
  key: string,
  ctr: JsonObject | null,
  pod: JsonObject | null,
  fallback: Effective,
): Effective {
  const c = ctr?.[key]
  const p = pod?.[key]
  if (isSet(c)) {
    if (!isSet(p)) return eff(c, 'container')
    const same = JSON.stringify(c) === JSON.stringify(p)
    return eff(c, 'container', {
      overridden: p,
      why: same ? undefined : `the container's ${key} ${show(c)} overrides the pod's ${show(p)}`,
    })
  }
  if (isSet(p)) return eff(p, 'pod')
  return fallback
}

/** A pod-only field, or its default. */
export function podOnly(key: string, pod: JsonObject | null, fallback: Effective): Effective {
  const p = pod?.[key]
  return isSet(p) ? eff(p, 'pod') : fallback
}

/** A container-only field, or its default. */
export function containerOnly(key: string, ctr: JsonObject | null, fallback: Effective): Effective {
  const c = ctr?.[key]
  return isSet(c) ? eff(c, 'container') : fallback
}

/**
 * seLinuxOptions: a container struct replaces the pod's whole struct (a container with only `type` loses the
 * pod's `level`).
 */
export function mergeSeLinux(ctr: JsonObject | null, pod: JsonObject | null, privileged: boolean): Fields {
  const c = asObject(ctr?.seLinuxOptions)
  const p = asObject(pod?.seLinuxOptions)
  const out: Fields = {}
  for (const sub of ['user', 'role', 'type', 'level']) {
    const key = `seLinuxOptions.${sub}`
    let e: Effective
    if (c) {
      const lost = !isSet(c[sub]) && isSet(p?.[sub])
      e = eff(c[sub], 'container', {
        overridden: p?.[sub],
        why: lost
          ? `the container's seLinuxOptions replaces the pod's whole struct: the pod's ${sub} ${show(p?.[sub])} is lost`
          : undefined,
      })
    } else if (p) {
      e = eff(p[sub], 'pod')
    } else {
      e = eff(null, 'default', {
        why: 'unset: the runtime allocates a label (when SELinux is enabled on the node)',
      })
    }
    if (privileged && isSet(e.value)) e.why = 'privileged: the container runs without this label (spc_t)'
    out[key] = e
  }
  return out
}

/** windowsOptions: per sub-field, except the two GMSA fields, which come as a pair from one level. */
export function mergeWindows(ctr: JsonObject | null, pod: JsonObject | null): Fields {
  const c = asObject(ctr?.windowsOptions)
  const p = asObject(pod?.windowsOptions)
  const unset = eff(null, 'default')
  const gmsa = isSet(c?.gmsaCredentialSpecName) || isSet(c?.gmsaCredentialSpec)
  const out: Fields = {}
  for (const sub of ['gmsaCredentialSpecName', 'gmsaCredentialSpec']) {
    out[`windowsOptions.${sub}`] = gmsa
      ? eff(c?.[sub], 'container', { overridden: p?.[sub] })
      : isSet(p?.[sub])
        ? eff(p?.[sub], 'pod')
        : unset
  }
  for (const sub of ['runAsUserName', 'hostProcess']) {
    out[`windowsOptions.${sub}`] = pick(sub, c, p, sub === 'hostProcess' ? eff(false, 'default') : unset)
  }
  return out
}

/** The legacy AppArmor annotation of a container as a profile struct, or null (k8s/annotations reads the value). */
function appArmorAnnotation(annotations: JsonObject | null, name: string): JsonObject | null {
  const v = annotations ? lookup(annotations, appArmorAnnotationKey(name)) : undefined
  if (typeof v !== 'string') return null
  const field = profileFieldForAnnotation('apparmor', v)
  return field && { ...field }
}

/**
 * seccompProfile and appArmorProfile: the container struct wins over the pod's (not merged); AppArmor falls back
 * to the legacy per-container annotation before the pod field. Privileged containers run unconfined.
 */
export function mergeProfile(
  key: 'seccompProfile' | 'appArmorProfile',
  ctr: JsonObject | null,
  pod: JsonObject | null,
  privileged: boolean,
  ann?: { annotations: JsonObject | null; container: string },
): Fields {
  const c = asObject(ctr?.[key])
  const p = asObject(pod?.[key])
  const a = key === 'appArmorProfile' && ann ? appArmorAnnotation(ann.annotations, ann.container) : null
  const annKey = ann ? appArmorAnnotationKey(ann.container) : ''
  const out: Fields = {}
  for (const sub of ['type', 'localhostProfile']) {
    const k = `${key}.${sub}`
    if (c) out[k] = eff(c[sub], 'container', { overridden: p?.[sub] })
    else if (a) out[k] = eff(a[sub], 'pod', { why: `from the legacy annotation ${annKey}` })
    else if (p) out[k] = eff(p[sub], 'pod')
    else if (sub === 'localhostProfile') out[k] = eff(null, 'default')
    else if (key === 'seccompProfile') {
      out[k] = eff('Unconfined', 'default', { why: 'unset: Unconfined (kubelet seccompDefault is off)' })
    } else
      out[k] = eff(null, 'default', { why: 'unset: the runtime default profile when the node has AppArmor' })
  }
  const type = out[`${key}.type`]
  if (privileged && type && type.value !== 'Unconfined') {
    const name = key === 'seccompProfile' ? 'seccomp' : 'AppArmor'
    out[`${key}.type`] = eff('Unconfined', 'derived', {
      why: `privileged: the container runs without ${name}`,
    })
  }
  return out
}
