/**
 * The legacy seccomp and AppArmor annotations: their keys and the rules for their values, read by validate,
 * Pod Security, the fixes, SCC admission and the effective view.
 * Keys: kubernetes/kubernetes pkg/apis/core/annotation_key_constants.go (SeccompPodAnnotationKey,
 * SeccompContainerAnnotationKeyPrefix, DeprecatedAppArmorBetaContainerAnnotationKeyPrefix).
 */

/** `seccomp.security.alpha.kubernetes.io/pod`: the pod's seccomp profile (non-functional since v1.27). */
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod'
/** `container.seccomp.security.alpha.kubernetes.io/<container>`. */
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/'
/** `container.apparmor.security.beta.kubernetes.io/<container>` (deprecated since v1.30). */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/'

export const seccompContainerAnnotation = (container: string) =>
  SECCOMP_CONTAINER_ANNOTATION_PREFIX + container
export const appArmorAnnotation = (container: string) => APPARMOR_ANNOTATION_PREFIX + container

/** Annotation values (v1.SeccompProfileRuntimeDefault, DeprecatedSeccompProfileDockerDefault, …). */
export const PROFILE_VALUE = {
  RUNTIME_DEFAULT: 'runtime/default',
  /** Seccomp only: an old alias of runtime/default. */
  DOCKER_DEFAULT: 'docker/default',
  UNCONFINED: 'unconfined',
  /** `localhost/<profile>`. */
  LOCALHOST_PREFIX: 'localhost/',
} as const

const { RUNTIME_DEFAULT, DOCKER_DEFAULT, UNCONFINED, LOCALHOST_PREFIX } = PROFILE_VALUE

export const isLocalhostValue = (v: string) => v.startsWith(LOCALHOST_PREFIX)
/** The profile after `localhost/` (only meaningful when isLocalhostValue). */
export const localhostProfileOf = (v: string) => v.slice(LOCALHOST_PREFIX.length)

/** Seccomp annotation values that mean the runtime's default profile. */
export const isSeccompRuntimeDefaultValue = (v: string) => v === RUNTIME_DEFAULT || v === DOCKER_DEFAULT

/**
 * Pod Security (baseline, v1.0–v1.18 and the annotation part of later versions): a seccomp annotation may be
 * runtime/default, docker/default or localhost/*. pod-security-admission policy/check_seccompProfile_baseline.go
 * (seccompProfileBaseline_1_0).
 */
export function pssAllowsSeccompAnnotation(v: string): boolean {
  return isSeccompRuntimeDefaultValue(v) || isLocalhostValue(v)
}

/**
 * Pod Security (baseline): an AppArmor annotation may be empty, runtime/default or localhost/*.
 * pod-security-admission policy/check_appArmorProfile.go (allowedAnnotationValue).
 */
export function pssAllowsAppArmorAnnotation(v: string): boolean {
  return v === '' || v === RUNTIME_DEFAULT || isLocalhostValue(v)
}

/** The seccomp annotation keys Pod Security reads: the pod's and one per existing container. */
export function seccompAnnotationKeys(containers: readonly string[]): string[] {
  return [SECCOMP_POD_ANNOTATION, ...containers.map(seccompContainerAnnotation)]
}

/**
 * API validation of a seccomp annotation's form (pkg/apis/core/validation ValidateSeccompProfile): known
 * values pass; otherwise 'invalid', or the localhost path's problems.
 */
export function seccompAnnotationFormat(v: string): 'ok' | 'invalid' | { path: string; problems: string[] } {
  if (v === RUNTIME_DEFAULT || v === DOCKER_DEFAULT || v === UNCONFINED) return 'ok'
  if (!isLocalhostValue(v)) return 'invalid'
  const path = localhostProfileOf(v)
  const problems = localDescendingPathProblems(path)
  return problems.length ? { path, problems } : 'ok'
}

/** validateLocalDescendingPath (pkg/apis/core/validation): relative, no `..` element; [] when fine. */
export function localDescendingPathProblems(path: string): string[] {
  const problems: string[] = []
  if (path.startsWith('/')) problems.push('must be a relative path')
  if (path.split('/').includes('..')) problems.push("must not contain '..'")
  return problems
}

/** API validation of an AppArmor annotation's form (ValidateAppArmorProfileFormat). */
export function appArmorAnnotationValid(v: string): boolean {
  return v === '' || v === RUNTIME_DEFAULT || v === UNCONFINED || isLocalhostValue(v)
}

export interface ProfileField {
  type: 'RuntimeDefault' | 'Unconfined' | 'Localhost'
  localhostProfile?: string
}

/**
 * The seccompProfile / appArmorProfile field an annotation value stands for, or null when unrecognised
 * (seccompFieldForAnnotation in apiserver-library-go sccmatching/provider.go; the kubelet's AppArmor fallback
 * in pkg/security/apparmor getProfile). docker/default counts only for seccomp; `localhost/` needs a name.
 */
export function profileFieldForAnnotation(kind: 'seccomp' | 'apparmor', v: string): ProfileField | null {
  if (v === UNCONFINED) return { type: 'Unconfined' }
  if (v === RUNTIME_DEFAULT || (kind === 'seccomp' && v === DOCKER_DEFAULT)) return { type: 'RuntimeDefault' }
  if (isLocalhostValue(v) && v.length > LOCALHOST_PREFIX.length)
    return { type: 'Localhost', localhostProfile: localhostProfileOf(v) }
  return null
}

/** seccompAnnotationForField (seccomp/strategy.go): the annotation a field stands for ('' for none). */
export function annotationForProfileField(type: string, localhostProfile: string | null): string {
  if (type === 'Unconfined') return UNCONFINED
  if (type === 'RuntimeDefault') return RUNTIME_DEFAULT
  if (type === 'Localhost' && localhostProfile !== null) return LOCALHOST_PREFIX + localhostProfile
  return ''
}
