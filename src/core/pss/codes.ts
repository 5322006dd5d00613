/** Stable problem codes of the Pod Security Standards checks (one per upstream check id). */
import type { PssLevel } from '../types'

/**
 * Every check id k8s.io/pod-security-admission knows (policy/check_*.go), baseline ones first, each group
 * byte-sorted (as policy/registry.go populate orders them).
 */
export const PSS_CHECK_IDS = [
  'appArmorProfile',
  'capabilities_baseline',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'privileged',
  'procMount',
  'seLinuxOptions',
  'seccompProfile_baseline',
  'sysctls',
  'windowsHostProcess',
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'procMount_restricted',
  'restrictedVolumes',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
] as const

export type PssCheckId = (typeof PSS_CHECK_IDS)[number]

/** `seLinuxOptions` → `SE_LINUX_OPTIONS` at the type level (what pssCode does at run time). */
type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? H extends Lowercase<H>
    ? `${Uppercase<H>}${Snake<T>}`
    : `_${H}${Snake<T>}`
  : S

export type PssCode = `PSS_${Snake<PssCheckId>}`

export interface PssCodeInfo {
  /** `PSS_` + the check id in UPPER_SNAKE. */
  code: PssCode
  check: PssCheckId
  level: Exclude<PssLevel, 'privileged'>
  title: string
}

/** `allowPrivilegeEscalation` → `PSS_ALLOW_PRIVILEGE_ESCALATION`, `seccompProfile_baseline` → `PSS_SECCOMP_PROFILE_BASELINE`. */
export function pssCode(check: PssCheckId): PssCode {
  return ('PSS_' + check.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()) as PssCode
}

const TITLES: Record<PssCheckId, string> = {
  appArmorProfile: 'AppArmor profile must not be Unconfined',
  capabilities_baseline: 'Only default capabilities may be added',
  hostNamespaces: 'Host namespaces must not be shared',
  hostPathVolumes: 'hostPath volumes are forbidden',
  hostPorts: 'Host ports are forbidden',
  hostProbesAndHostLifecycle: 'Probes and lifecycle hooks must not set a host',
  privileged: 'Privileged containers are forbidden',
  procMount: '/proc must stay masked (procMount Default)',
  seLinuxOptions: 'SELinux type must be a container type; user and role unset',
  seccompProfile_baseline: 'Seccomp profile must not be Unconfined',
  sysctls: 'Only safe sysctls are allowed',
  windowsHostProcess: 'Windows HostProcess containers are forbidden',
  allowPrivilegeEscalation: 'allowPrivilegeEscalation must be false',
  capabilities_restricted: 'Capabilities must drop ALL and add at most NET_BIND_SERVICE',
  procMount_restricted: '/proc must stay masked (procMount Default), even with user namespaces',
  restrictedVolumes: 'Only restricted volume types are allowed',
  runAsNonRoot: 'runAsNonRoot must be true',
  runAsUser: 'runAsUser must not be 0',
  seccompProfile_restricted: 'Seccomp profile must be RuntimeDefault or Localhost',
}

const RESTRICTED_FROM = PSS_CHECK_IDS.indexOf('allowPrivilegeEscalation')

/** The codes table: one row per check, in upstream message order. */
export const PSS_CODES: readonly PssCodeInfo[] = PSS_CHECK_IDS.map((check, i) => ({
  code: pssCode(check),
  check,
  level: i < RESTRICTED_FROM ? 'baseline' : 'restricted',
  title: TITLES[check],
}))
