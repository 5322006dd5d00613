/**
 * The SCC seccomp and sysctl strategies (apiserver-library-go pkg/securitycontextconstraints/seccomp/
 * strategy.go; sysctl/mustmatchpatterns.go) and the annotation <-> field conversions of
 * sccmatching/provider.go seccompFieldForAnnotation and seccomp/strategy.go seccompAnnotationForField.
 */
import { goQuote } from '../quote'
import type { At, FieldErr } from './fieldError'
import { forbidden, goStringList, index, key, newPath } from './fieldError'
import type { AdmissionPod, PodContainer, SeccompProfile } from './pod'
import {
  PROFILE_VALUE,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX,
  SECCOMP_POD_ANNOTATION,
  annotationForProfileField,
  profileFieldForAnnotation,
} from '../k8s/annotations'
import type { SccDefinition } from './types'

const { RUNTIME_DEFAULT, DOCKER_DEFAULT } = PROFILE_VALUE

/** seccompAnnotationForField: the annotation value a seccompProfile field stands for ('' for none). */
export function annotationForField(f: SeccompProfile): string {
  return annotationForProfileField(f.type, f.localhostProfile)
}

/** seccompFieldForAnnotation: the field an annotation value stands for (null when unrecognised). */
export function fieldForAnnotation(a: string): SeccompProfile | null {
  const f = profileFieldForAnnotation('seccomp', a)
  return f ? { type: f.type, localhostProfile: f.localhostProfile ?? null } : null
}

export interface SeccompStrategy {
  /** Generate: the pod annotation, else the pod field, else the first allowed profile ('' for none). */
  generate(pod: AdmissionPod): string
  validatePod(pod: AdmissionPod): FieldErr[]
  validateContainer(pod: AdmissionPod, c: PodContainer): FieldErr[]
}

export function seccompStrategy(profiles: readonly string[]): SeccompStrategy {
  const allowAny = profiles.includes('*')
  const allowed = profiles.filter((p) => p !== '*')
  const runtimeDefaultAllowed = allowed.some((p) => p === RUNTIME_DEFAULT || p === DOCKER_DEFAULT)
  const annotationPath = (k: string) => key(newPath('pod', 'metadata', 'annotations'), k)

  function validateProfile(k: string, profile: string, at: At): FieldErr | null {
    if (!allowAny && allowed.length === 0 && profile !== '')
      return forbidden(annotationPath(k), 'seccomp may not be set', at)
    if (allowed.length === 0 && profile === '') return null
    if (allowAny) return null
    for (const p of allowed) {
      if (profile === p) return null
      if (runtimeDefaultAllowed && (profile === DOCKER_DEFAULT || profile === RUNTIME_DEFAULT)) return null
    }
    const detail = `${profile} is not an allowed seccomp profile. Valid values are ${goStringList(allowed)}`
    return forbidden(annotationPath(k), detail, at)
  }

  return {
    generate(pod) {
      const annotated = pod.annotations.get(SECCOMP_POD_ANNOTATION) ?? ''
      if (annotated !== '') return annotated
      if (pod.sc.seccompProfile) return annotationForField(pod.sc.seccompProfile)
      return allowed[0] ?? ''
    },
    validatePod(pod) {
      let profile = pod.annotations.get(SECCOMP_POD_ANNOTATION) ?? ''
      let at: At = { in: 'metadata', path: ['annotations', SECCOMP_POD_ANNOTATION] }
      if (profile === '' && pod.sc.seccompProfile) {
        profile = annotationForField(pod.sc.seccompProfile)
        at = { in: 'spec', path: ['securityContext', 'seccompProfile'] }
      }
      const err = validateProfile(SECCOMP_POD_ANNOTATION, profile, at)
      return err ? [err] : []
    },
    validateContainer(pod, c) {
      const k = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name
      // profileForContainer: container field, container annotation, pod field, pod annotation.
      let profile: string
      let at: At
      if (c.sc?.seccompProfile) {
        profile = annotationForField(c.sc.seccompProfile)
        at = { in: 'spec', path: [c.kind, c.index, 'securityContext', 'seccompProfile'] }
      } else if (pod.annotations.has(k)) {
        profile = pod.annotations.get(k)!
        at = { in: 'metadata', path: ['annotations', k] }
      } else if (pod.sc.seccompProfile) {
        profile = annotationForField(pod.sc.seccompProfile)
        at = { in: 'spec', path: ['securityContext', 'seccompProfile'] }
      } else {
        profile = pod.annotations.get(SECCOMP_POD_ANNOTATION) ?? ''
        at = { in: 'metadata', path: ['annotations', SECCOMP_POD_ANNOTATION] }
      }
      const err = validateProfile(k, profile, at)
      return err ? [err] : []
    },
  }
}

/**
 * SafeSysctlAllowlist of the API server's own kernel: the legacy list plus the sysctls newer kernels
 * namespace (net.ipv4.ip_local_reserved_ports from 3.16, tcp_rmem and tcp_wmem from 4.15), all of which
 * an OpenShift 4 control plane (RHCOS, kernel 5.14+) has. OpenShift's list, not Pod Security's.
 */
export const SCC_SAFE_SYSCTLS: readonly string[] = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]

/** A pattern list entry: exact, or a prefix ending in `*`. */
const matches = (patterns: readonly string[], name: string) =>
  patterns.some((s) => (s.endsWith('*') ? name.startsWith(s.slice(0, -1)) : name === s))

/** mustMatchPatterns.Validate: forbidden first, then safe, then allowed unsafe; anything else is refused. */
export function validateSysctls(scc: SccDefinition, sysctls: readonly string[] | null): FieldErr[] {
  const errs: FieldErr[] = []
  const base = newPath('pod', 'spec', 'securityContext', 'sysctls')
  ;(sysctls ?? []).forEach((name, i) => {
    const at: At = { in: 'spec', path: ['securityContext', 'sysctls', i] }
    if (matches(scc.forbiddenSysctls, name))
      errs.push(forbidden(index(base, i), `sysctl ${goQuote(name)} is not allowed`, at))
    else if (SCC_SAFE_SYSCTLS.includes(name) || matches(scc.allowedUnsafeSysctls, name)) return
    else errs.push(forbidden(index(base, i), `unsafe sysctl ${goQuote(name)} is not allowed`, at))
  })
  return errs
}
