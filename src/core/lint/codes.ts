import type { Severity } from '../types'

export interface LintCode {
  code: string
  title: string
  severity: Severity
  /** Why it matters, in one or two sentences (shown under the message). */
  why: string
}

const table = <K extends string>(codes: Record<K, Omit<LintCode, 'code'>>) =>
  Object.fromEntries(Object.entries(codes).map(([code, c]) => [code, { code, ...(c as object) }])) as Record<
    K,
    LintCode
  >

/**
 * Every lint the editor reports: advice beyond Pod Security, from what kube-linter, kubesec, Polaris and kube-score
 * ask for and from what the kubelet and the runtimes do with settings the API server accepts.
 */
export const LINT_CODES = table({
  LINT_READ_ONLY_ROOT_FS: {
    title: 'Root filesystem is writable',
    severity: 'warning',
    why: 'A writable root filesystem lets a compromised process change binaries and configuration. kube-linter, Polaris, kube-score and kubesec all ask for readOnlyRootFilesystem: true; write to emptyDir volumes instead.',
  },
  LINT_CAP_PREFIX: {
    title: 'Capability written with the CAP_ prefix',
    severity: 'warning',
    why: 'Kubernetes capability names have no CAP_ prefix. containerd prefixes every name again (CAP_CAP_NET_ADMIN) and runc silently ignores it, so the capability is not added (or not dropped); only CRI-O accepts both spellings.',
  },
  LINT_CAP_UNKNOWN: {
    title: 'Unknown capability name',
    severity: 'warning',
    why: 'The API server accepts any string. CRI-O refuses to create a container that adds an unknown capability; containerd and runc ignore it.',
  },
  LINT_CAP_CASE: {
    title: 'Capability name not in upper case',
    severity: 'info',
    why: 'Runtimes upper-case capability names, but Pod Security compares the exact strings "ALL" and "NET_BIND_SERVICE", so a lower-case name can fail the restricted level.',
  },
  LINT_ADD_ALL_DROPPED: {
    title: 'add ALL cancelled by drop ALL',
    severity: 'info',
    why: 'Runtimes apply drop ALL after add ALL, so the container gets only the capabilities listed one by one in add.',
  },
  LINT_CAPS_NON_ROOT: {
    title: 'Added capabilities do nothing for a non-root user',
    severity: 'warning',
    why: 'Kubernetes sets no ambient capabilities: a process that is not uid 0 starts with an empty effective set (CapEff 0), whatever capabilities.add says. Only binaries carrying file capabilities gain them, and allowPrivilegeEscalation: false disables even that.',
  },
  LINT_DROP_ALL: {
    title: 'Capabilities not dropped',
    severity: 'warning',
    why: 'Without drop: [ALL] the container keeps the runtime default capabilities (on containerd 14 of them, including NET_RAW, which allows packet spoofing). kube-linter, kubesec and Polaris ask for drop ALL plus only what the process needs.',
  },
  LINT_ALLOW_PRIVILEGE_ESCALATION: {
    title: 'Privilege escalation allowed',
    severity: 'warning',
    why: 'Unless allowPrivilegeEscalation is explicitly false, no_new_privs is off: setuid binaries and file capabilities can raise the privileges of the process.',
  },
  LINT_PRIVILEGED: {
    title: 'Privileged container',
    severity: 'warning',
    why: 'A privileged container gets every capability and every host device, with seccomp and masked /proc paths switched off (and AppArmor and the SELinux label, except that containerd keeps a Localhost AppArmor profile and the label): it is root on the node. Add the few capabilities the process needs instead.',
  },
  LINT_PRIVILEGED_IGNORES: {
    title: 'Settings ignored because the container is privileged',
    severity: 'info',
    why: 'privileged: true replaces the capability sets with all capabilities and disables seccomp and masked paths; CRI-O also drops AppArmor and the SELinux label, containerd only a RuntimeDefault AppArmor profile. The fields it overrides have no effect.',
  },
  LINT_RUN_AS_NON_ROOT_UID_0: {
    title: 'runAsNonRoot with runAsUser 0',
    severity: 'warning',
    why: 'The API server accepts this pod, then the kubelet refuses to start the container (CreateContainerConfigError).',
  },
  LINT_RUN_AS_NON_ROOT_NO_UID: {
    title: 'runAsNonRoot without a numeric runAsUser',
    severity: 'warning',
    why: 'The kubelet checks runAsNonRoot when the container starts, against the image USER: no USER, USER root or USER 0 is refused, and so is a named user it cannot verify. A non-zero runAsUser always passes the check.',
  },
  LINT_RUN_AS_ROOT: {
    title: 'Container may run as root',
    severity: 'info',
    why: 'Nothing stops the process from running as uid 0: set runAsNonRoot: true and a non-zero runAsUser (kube-linter run-as-non-root, Polaris runAsRootAllowed).',
  },
  LINT_RUN_AS_GROUP_ROOT: {
    title: 'runAsGroup 0',
    severity: 'info',
    why: 'The process runs with the root group: it can write files and volumes that are group-writable by root (kube-linter run-as-non-root).',
  },
  LINT_GID_ROOT_DEFAULT: {
    title: 'runAsUser without runAsGroup: gid 0',
    severity: 'info',
    why: 'When runAsGroup is unset the runtime looks the uid up in the image /etc/passwd; an arbitrary uid is not there, so the primary group is 0 (root).',
  },
  LINT_LOW_ID: {
    title: 'User or group id below 10000',
    severity: 'info',
    why: 'Low ids usually exist on the node too; a process that escapes its container keeps that host user or group access. kube-score and kubesec ask for ids above 10000.',
  },
  LINT_SECCOMP_UNSET: {
    title: 'No seccomp profile',
    severity: 'info',
    why: 'With no seccompProfile the container runs Unconfined (all system calls allowed) unless the kubelet is started with seccompDefault: true.',
  },
  LINT_SELINUX_REPLACES_POD: {
    title: 'Container seLinuxOptions replace the pod ones',
    severity: 'info',
    why: 'seLinuxOptions are not merged: a container that sets any of them replaces the whole pod-level struct, so the parts it leaves out fall back to the runtime defaults.',
  },
  LINT_SELINUX_LEVEL_SHARED: {
    title: 'SELinux level shared between workloads',
    severity: 'warning',
    why: 'Pods with the same MCS level can read and write each other’s volumes. Give each workload its own level if they must not share data.',
  },
  LINT_FS_GROUP_CHANGE_POLICY: {
    title: 'fsGroupChangePolicy has no effect',
    severity: 'info',
    why: 'fsGroupChangePolicy only tunes how the kubelet changes the ownership of persistent volumes. emptyDir, secret, configMap, projected and downwardAPI volumes are always changed, hostPath and NFS never, and nothing is changed without fsGroup.',
  },
  LINT_GATED_FIELD: {
    title: 'Field dropped by older clusters',
    severity: 'warning',
    why: 'The API server silently drops fields it does not know or whose feature gate is off, so the pod runs without them and the field is gone when you read the object back.',
  },
  LINT_SELINUX_MOUNT_OPTION: {
    title: 'seLinuxChangePolicy: MountOption before v1.37',
    severity: 'info',
    why: 'MountOption is already the default. API servers from v1.32 to v1.36 reject the explicit value (supported values: "Recursive") unless the SELinuxMount feature gate is on.',
  },
})

export type LintCodeId = keyof typeof LINT_CODES
