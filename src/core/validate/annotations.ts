/**
 * Legacy seccomp/AppArmor/sysctl annotations: format, agreement with the fields (k/k
 * pkg/apis/core/validation/validation.go ValidatePodSpecificAnnotations, ValidatePodCreate), deprecation warnings
 * (pkg/api/pod/warnings.go warningsForPodSpecAndMeta).
 */
import { isObject, obj, str } from '../json'
import { goQuote } from '../quote'
import type { JsonObject, JsonValue, Path } from '../types'
import type { Ctx } from './report'
import type { ApiCode } from './codes'
import { annotationError, annotationWarning, specError } from './report'
import {
  APPARMOR_ANNOTATION_PREFIX as APPARMOR,
  PROFILE_VALUE,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX as SECCOMP_CONTAINER,
  SECCOMP_POD_ANNOTATION as SECCOMP_POD,
  appArmorAnnotationValid,
  isLocalhostValue,
  isSeccompRuntimeDefaultValue,
  localhostProfileOf,
  seccompAnnotationFormat,
} from '../k8s/annotations'

const byteSorted = (keys: string[]) => keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** ValidateSeccompProfile: runtime/default, docker/default, unconfined, localhost/<relative path>. */
function seccompAnnotation(ctx: Ctx, key: string, value: string): void {
  const format = seccompAnnotationFormat(value)
  if (format === 'ok') return
  if (format === 'invalid') {
    annotationError(ctx, 'API_SECCOMP_ANNOTATION_INVALID', key, 'child', 'Invalid value', {
      value,
      detail: 'must be a valid seccomp profile',
    })
    return
  }
  for (const detail of format.problems) {
    annotationError(ctx, 'API_SECCOMP_PROFILE_PATH', key, 'child', 'Invalid value', {
      value: format.path,
      detail,
    })
  }
}

/** ValidatePodSpecificAnnotations (Pods and pod templates alike). */
export function annotationRules(ctx: Ctx): void {
  const a = ctx.pod.annotations
  const value = (k: string) => str(a[k]) ?? ''
  if (Object.hasOwn(a, SECCOMP_POD)) seccompAnnotation(ctx, SECCOMP_POD, value(SECCOMP_POD))
  for (const k of byteSorted(Object.keys(a).filter((k) => k.startsWith(SECCOMP_CONTAINER)))) {
    seccompAnnotation(ctx, k, value(k))
  }
  const names = new Set(ctx.pod.containers.map((c) => c.name))
  for (const k of byteSorted(Object.keys(a).filter((k) => k.startsWith(APPARMOR)))) {
    const name = k.slice(APPARMOR.length)
    if (!names.has(name)) {
      annotationError(ctx, 'API_APPARMOR_ANNOTATION_CONTAINER_NOT_FOUND', k, 'key', 'Invalid value', {
        value: name,
        detail: 'container not found',
      })
    }
    const v = value(k)
    if (!appArmorAnnotationValid(v)) {
      annotationError(ctx, 'API_APPARMOR_ANNOTATION_INVALID', k, 'key', 'Invalid value', {
        value: v,
        detail: `invalid AppArmor profile name: ${goQuote(v)}`,
      })
    }
  }
}

/** What differs between the seccomp and AppArmor agreement checks: the code, and how RuntimeDefault is spelled. */
const PROFILE_MATCH = {
  seccomp: { code: 'API_SECCOMP_ANNOTATION_MISMATCH', runtimeDefault: isSeccompRuntimeDefaultValue },
  apparmor: {
    code: 'API_APPARMOR_ANNOTATION_MISMATCH',
    runtimeDefault: (v: string) => v === PROFILE_VALUE.RUNTIME_DEFAULT,
  },
} as const

/** Upstream validateSeccompAnnotationsAndFieldsMatch and validateAppArmorAnnotationsAndFieldsMatchOnCreate. */
function profileMatch(
  ctx: Ctx,
  kind: keyof typeof PROFILE_MATCH,
  annotation: string,
  field: JsonObject,
  rel: Path,
): void {
  const { code, runtimeDefault } = PROFILE_MATCH[kind]
  const type = str(field.type)
  const mismatch = (k: 'type' | 'localhostProfile', what: string) =>
    specError(ctx, code, [...rel, k], 'Forbidden', {
      detail: `${kind} ${what} in annotation and field must match`,
    })
  if (type === 'Unconfined' && annotation !== PROFILE_VALUE.UNCONFINED) mismatch('type', 'type')
  if (type === 'RuntimeDefault' && !runtimeDefault(annotation)) mismatch('type', 'type')
  if (type === 'Localhost') {
    if (!isLocalhostValue(annotation)) mismatch('type', 'type')
    else if (str(field.localhostProfile) !== localhostProfileOf(annotation))
      mismatch('localhostProfile', 'profile')
  }
}

/**
 * Annotation and field must agree where both are set. Upstream runs these on Pod create (ValidatePodCreate) and
 * also in ValidatePodTemplateSpec (validateSeccompAnnotationsAndFields,
 * validateAppArmorAnnotationsAndFieldsMatchOnCreate), so templates get them too.
 */
export function annotationFieldAgreement(ctx: Ctx): void {
  const a = ctx.pod.annotations
  const podSc = ctx.pod.sc
  const podSeccomp = obj(podSc?.seccompProfile)
  if (ctx.minor >= 19) {
    if (podSeccomp && Object.hasOwn(a, SECCOMP_POD)) {
      profileMatch(ctx, 'seccomp', str(a[SECCOMP_POD]) ?? '', podSeccomp, [
        'securityContext',
        'seccompProfile',
      ])
    }
    for (const c of ctx.pod.containers) {
      const field = obj(c.sc?.seccompProfile)
      const key = SECCOMP_CONTAINER + c.name
      if (field && Object.hasOwn(a, key))
        profileMatch(ctx, 'seccomp', str(a[key]) ?? '', field, [
          ...c.rel,
          'securityContext',
          'seccompProfile',
        ])
    }
  }
  if (ctx.minor < 30 || ctx.pod.declaredOs === 'windows') return
  const podAppArmor = obj(podSc?.appArmorProfile)
  for (const c of ctx.pod.containers) {
    const field = obj(c.sc?.appArmorProfile) ?? podAppArmor
    const key = APPARMOR + c.name
    if (field && Object.hasOwn(a, key)) {
      profileMatch(ctx, 'apparmor', str(a[key]) ?? '', field, [
        ...c.rel,
        'securityContext',
        'appArmorProfile',
      ])
    }
  }
}

const has = (v: JsonValue | undefined) => isObject(v ?? null)

/** warningsForPodSpecAndMeta: deprecated annotations the API server warns about. */
export function annotationWarnings(ctx: Ctx): void {
  const a = ctx.pod.annotations
  const warn = (code: ApiCode, key: string, detail: string) => annotationWarning(ctx, code, key, detail)
  for (const k of ['security.alpha.kubernetes.io/sysctls', 'security.alpha.kubernetes.io/unsafe-sysctls']) {
    if (Object.hasOwn(a, k))
      warn('API_DEPRECATED_SYSCTL_ANNOTATION', k, 'non-functional in v1.11+; use the "sysctls" field instead')
  }
  const seccomp = 'non-functional in v1.27+; use the "seccompProfile" field instead'
  // A pod-level appArmorProfile covers every container (warnings.go).
  const podAppArmor = has(ctx.pod.sc?.appArmorProfile)
  if (Object.hasOwn(a, SECCOMP_POD) && !has(ctx.pod.sc?.seccompProfile)) {
    warn('API_DEPRECATED_SECCOMP_ANNOTATION', SECCOMP_POD, seccomp)
  }
  for (const c of ctx.pod.containers) {
    if (Object.hasOwn(a, SECCOMP_CONTAINER + c.name) && !has(c.sc?.seccompProfile)) {
      warn('API_DEPRECATED_SECCOMP_ANNOTATION', SECCOMP_CONTAINER + c.name, seccomp)
    }
    if (Object.hasOwn(a, APPARMOR + c.name) && !has(c.sc?.appArmorProfile) && !podAppArmor) {
      warn(
        'API_DEPRECATED_APPARMOR_ANNOTATION',
        APPARMOR + c.name,
        'deprecated since v1.30; use the "appArmorProfile" field instead',
      )
    }
  }
}
