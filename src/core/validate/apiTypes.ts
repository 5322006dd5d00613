/**
 * The Go types of the pod spec's security-relevant fields (k8s.io/api/core/v1 types.go), as the API server
 * decodes them: what each JSON field must be, and which fields a struct has at all (anything else is an unknown
 * field, refused under fieldValidation=Strict).
 */
export type Scalar = { scalar: 'int64' | 'bool' | 'string'; goType: string }
export type Struct = { struct: string; goType: string; fields: Record<string, Type> }
export type Slice = { slice: Type; goType: string }
export type MapOf = { map: Type; goType: string }
export type Type = Scalar | Struct | Slice | MapOf

export const I: Scalar = { scalar: 'int64', goType: 'int64' }
export const B: Scalar = { scalar: 'bool', goType: 'bool' }
export const S: Scalar = { scalar: 'string', goType: 'string' }
const named = (goType: string): Scalar => ({ scalar: 'string', goType })
const struct = (name: string, fields: Record<string, Type>): Struct => ({
  struct: name,
  goType: `v1.${name}`,
  fields,
})
const slice = (of: Type): Slice => ({ slice: of, goType: `[]${of.goType}` })

export const SELINUX = struct('SELinuxOptions', { user: S, role: S, type: S, level: S })
export const WINDOWS = struct('WindowsSecurityContextOptions', {
  gmsaCredentialSpecName: S,
  gmsaCredentialSpec: S,
  runAsUserName: S,
  hostProcess: B,
})
export const SECCOMP = struct('SeccompProfile', { type: named('v1.SeccompProfileType'), localhostProfile: S })
export const APPARMOR = struct('AppArmorProfile', {
  type: named('v1.AppArmorProfileType'),
  localhostProfile: S,
})

export const POD_SC = struct('PodSecurityContext', {
  seLinuxOptions: SELINUX,
  windowsOptions: WINDOWS,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  supplementalGroups: slice(I),
  supplementalGroupsPolicy: named('v1.SupplementalGroupsPolicy'),
  fsGroup: I,
  sysctls: slice(struct('Sysctl', { name: S, value: S })),
  fsGroupChangePolicy: named('v1.PodFSGroupChangePolicy'),
  seccompProfile: SECCOMP,
  appArmorProfile: APPARMOR,
  seLinuxChangePolicy: named('v1.PodSELinuxChangePolicy'),
})

const CAPABILITY = slice(named('v1.Capability'))
export const SC = struct('SecurityContext', {
  capabilities: struct('Capabilities', { add: CAPABILITY, drop: CAPABILITY }),
  privileged: B,
  seLinuxOptions: SELINUX,
  windowsOptions: WINDOWS,
  runAsUser: I,
  runAsGroup: I,
  runAsNonRoot: B,
  readOnlyRootFilesystem: B,
  allowPrivilegeEscalation: B,
  procMount: named('v1.ProcMountType'),
  seccompProfile: SECCOMP,
  appArmorProfile: APPARMOR,
  // KEP-5474 writable cgroups (k/k staging/src/k8s.io/api/core/v1 types.go SecurityContext.CgroupOptions): a field
  // of the type, so strict decoding takes it (the walkthrough's security-context-7.yaml sets it); Pod Security's
  // cgroupOptions check starts at policy v1.38, newer than the checks here know.
  cgroupOptions: struct('CgroupOptions', { mountMode: named('v1.CgroupMountMode') }),
})

export const POD_SPEC = struct('PodSpec', {
  hostNetwork: B,
  hostPID: B,
  hostIPC: B,
  hostUsers: B,
  shareProcessNamespace: B,
  securityContext: POD_SC,
  os: struct('PodOS', { name: named('v1.OSName') }),
})

/** map[string]string: checked like a struct whose every key is a string. */
export const ANNOTATIONS: Type = { map: S, goType: 'map[string]string' }

export const CONTAINER_STRUCT = {
  initContainers: 'Container',
  containers: 'Container',
  ephemeralContainers: 'EphemeralContainer',
}
