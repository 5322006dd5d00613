/** Stable problem codes of the API-server validation rules (k/k pkg/apis/core/validation/validation.go). */
import type { Severity } from '../types'

export interface ApiCodeInfo {
  code: string
  title: string
  severity: Severity
}

const row = (code: string, title: string, severity: Severity = 'error'): ApiCodeInfo => ({
  code,
  title,
  severity,
})

export const API_CODES = [
  row('API_DECODE', 'Value has the wrong type (the request cannot be decoded)'),
  row('API_UNKNOWN_FIELD', 'Unknown field (refused under strict field validation)'),
  row('API_RANGE', 'ID out of range (0..2147483647)'),
  row('API_UNSUPPORTED_VALUE', 'Value not in the supported set'),
  row(
    'API_SELINUX_CHANGE_POLICY_MOUNT_OPTION',
    'seLinuxChangePolicy MountOption needs SELinuxMount (Kubernetes 1.37)',
  ),
  row('API_SECCOMP_TYPE_REQUIRED', 'seccompProfile needs a type'),
  row('API_SECCOMP_LOCALHOST_REQUIRED', 'seccompProfile Localhost needs localhostProfile'),
  row('API_SECCOMP_LOCALHOST_FORBIDDEN', 'localhostProfile is only for seccompProfile type Localhost'),
  row('API_SECCOMP_PROFILE_PATH', 'Seccomp localhost profile must be a relative path without ..'),
  row('API_APPARMOR_TYPE_REQUIRED', 'appArmorProfile needs a type'),
  row('API_APPARMOR_LOCALHOST_REQUIRED', 'appArmorProfile Localhost needs localhostProfile'),
  row('API_APPARMOR_LOCALHOST_FORBIDDEN', 'localhostProfile is only for appArmorProfile type Localhost'),
  row('API_APPARMOR_PROFILE_WHITESPACE', 'AppArmor localhostProfile must not be padded with whitespace'),
  row('API_APPARMOR_PROFILE_TOO_LONG', 'AppArmor localhostProfile is longer than 4095 bytes'),
  row('API_APE_PRIVILEGED', 'allowPrivilegeEscalation false contradicts privileged true'),
  row('API_APE_CAP_SYS_ADMIN', 'allowPrivilegeEscalation false contradicts adding CAP_SYS_ADMIN'),
  row('API_PROC_MOUNT_HOST_USERS', 'procMount Unmasked needs hostUsers false'),
  row('API_HOST_USERS', 'hostUsers false forbids host namespaces and volumeDevices'),
  row('API_SHARE_PROCESS_NAMESPACE_HOST_PID', 'shareProcessNamespace and hostPID cannot both be true'),
  row('API_SYSCTL_NAME_REQUIRED', 'sysctl needs a name'),
  row('API_SYSCTL_NAME_INVALID', 'sysctl name is not valid'),
  row('API_SYSCTL_DUPLICATE', 'sysctl listed twice'),
  row('API_SYSCTL_HOST_NAMESPACE', 'Namespaced sysctl on a pod sharing the host namespace'),
  row(
    'API_EPHEMERAL_ON_CREATE',
    'Ephemeral containers are added to a running pod, never written in a manifest',
  ),
  row('API_OS_NAME_REQUIRED', 'spec.os needs a name'),
  row('API_WINDOWS_OPTIONS_ON_LINUX', 'windowsOptions on a Linux pod'),
  row('API_FIELD_ON_WINDOWS', 'Linux-only field on a Windows pod'),
  row('API_WINDOWS_GMSA', 'Invalid GMSA credential spec'),
  row('API_WINDOWS_RUN_AS_USER_NAME', 'Invalid Windows runAsUserName'),
  row('API_HOST_PROCESS_MISMATCH', 'Pod and container hostProcess disagree'),
  row('API_HOST_PROCESS_ALL_CONTAINERS', 'A HostProcess pod must run only HostProcess containers'),
  row('API_HOST_PROCESS_HOST_NETWORK', 'HostProcess containers need hostNetwork true'),
  row('API_SECCOMP_ANNOTATION_INVALID', 'Invalid seccomp annotation'),
  row('API_APPARMOR_ANNOTATION_CONTAINER_NOT_FOUND', 'AppArmor annotation names no container'),
  row('API_APPARMOR_ANNOTATION_INVALID', 'Invalid AppArmor annotation'),
  row('API_SECCOMP_ANNOTATION_MISMATCH', 'Seccomp annotation and field disagree'),
  row('API_APPARMOR_ANNOTATION_MISMATCH', 'AppArmor annotation and field disagree'),
  row('API_DEPRECATED_SECCOMP_ANNOTATION', 'Seccomp annotations do nothing since 1.27', 'warning'),
  row('API_DEPRECATED_APPARMOR_ANNOTATION', 'AppArmor annotations are deprecated since 1.30', 'warning'),
  row('API_DEPRECATED_SYSCTL_ANNOTATION', 'Sysctl annotations do nothing since 1.11', 'warning'),
] as const satisfies readonly ApiCodeInfo[]

export type ApiCode = (typeof API_CODES)[number]['code']

const BY_CODE = new Map<string, ApiCodeInfo>(API_CODES.map((c) => [c.code, c]))

export function apiCodeInfo(code: string): ApiCodeInfo | undefined {
  return BY_CODE.get(code)
}
