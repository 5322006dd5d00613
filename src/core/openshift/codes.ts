/** Problem codes of OpenShift SCC admission (one row each in the problem-code table, src/core/problems.ts). */
import type { Severity } from '../types'

export interface SccCodeInfo {
  code: string
  title: string
  severity: Severity
}

const row = <C extends string>(code: C, title: string) => ({ code, title, severity: 'error' as Severity })

export const SCC_CODES = [
  row('SCC_REJECTED', 'No SecurityContextConstraint admits the pod'),
  row('SCC_RUN_AS_USER', 'runAsUser outside what the SCC allows (e.g. the namespace uid range)'),
  row('SCC_RUN_AS_NON_ROOT', 'The SCC requires a non-root user'),
  row('SCC_FS_GROUP', 'fsGroup outside the ranges the SCC allows'),
  row('SCC_SUPPLEMENTAL_GROUPS', 'supplementalGroups outside the ranges the SCC allows'),
  row('SCC_SELINUX', 'SELinux options the SCC does not allow'),
  row('SCC_CAPABILITIES', 'Capabilities the SCC does not allow'),
  row('SCC_ALLOW_PRIVILEGE_ESCALATION', 'allowPrivilegeEscalation the SCC does not allow'),
  row('SCC_PRIVILEGED', 'Privileged containers are not allowed by the SCC'),
  row('SCC_HOST', 'Host namespaces, host ports or host users the SCC does not allow'),
  row('SCC_VOLUMES', 'A volume type the SCC does not allow'),
  row('SCC_SECCOMP', 'A seccomp profile the SCC does not allow'),
  row('SCC_SYSCTLS', 'A sysctl the SCC does not allow'),
  row('SCC_READ_ONLY_ROOT_FILESYSTEM', 'The SCC requires a read-only root filesystem'),
] as const satisfies readonly SccCodeInfo[]

export type SccCode = (typeof SCC_CODES)[number]['code']

/** The code of one provider error, from its field (`provider restricted-v2: .containers[0].runAsUser`). */
export function sccCodeOf(field: string): SccCode {
  const f = field.replace(/^provider [^:]*: /, '')
  const rules: readonly [RegExp, SccCode][] = [
    [/\.runAsUser$/, 'SCC_RUN_AS_USER'],
    [/\.runAsNonRoot$/, 'SCC_RUN_AS_NON_ROOT'],
    [/\.fsGroup$/, 'SCC_FS_GROUP'],
    [/\.supplementalGroups$/, 'SCC_SUPPLEMENTAL_GROUPS'],
    [/seLinuxOptions/, 'SCC_SELINUX'],
    [/capabilities/, 'SCC_CAPABILITIES'],
    [/allowPrivilegeEscalation$/, 'SCC_ALLOW_PRIVILEGE_ESCALATION'],
    [/\.privileged$/, 'SCC_PRIVILEGED'],
    [/host(Network|PID|IPC|Users|Port)$/, 'SCC_HOST'],
    [/volumes/, 'SCC_VOLUMES'],
    [/seccomp/i, 'SCC_SECCOMP'],
    [/sysctls/, 'SCC_SYSCTLS'],
    [/readOnlyRootFilesystem$/, 'SCC_READ_ONLY_ROOT_FILESYSTEM'],
  ]
  return rules.find(([re]) => re.test(f))?.[1] ?? 'SCC_REJECTED'
}
