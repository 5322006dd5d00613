/**
 * Validation of a pod against one SCC provider, error for error in upstream's order
 * (apiserver-library-go pkg/securitycontextconstraints/sccmatching/provider.go ValidatePodSecurityContext,
 * ValidateContainerSecurityContext, hasHostPort).
 */
import { obj, str } from '../json'
import type { Path } from '../types'
import type { At, FieldErr, FieldPath } from './fieldError'
import { child, goBool, goInt, goPtrBool, goStr, index, invalid, newPath } from './fieldError'
import type { AdmissionPod, PodContainer } from './pod'
import type { Provider } from './provider'
import { validateSysctls } from './seccomp'
import { allowsVolumeType, sccAllowsFsType, volumeFsType } from './volumes'

const spec = (...path: Path): At => ({ in: 'spec', path })

const HOST_NAMESPACES = {
  hostNetwork: { allowed: 'allowHostNetwork', what: 'Host network' },
  hostPID: { allowed: 'allowHostPID', what: 'Host PID' },
  hostIPC: { allowed: 'allowHostIPC', what: 'Host IPC' },
} as const

/** The error of a host namespace the pod shares and the SCC does not allow (checked for the pod and each container). */
function hostNamespaceErrs(p: Provider, pod: AdmissionPod, fld: FieldPath, ns: keyof typeof HOST_NAMESPACES) {
  const { allowed, what } = HOST_NAMESPACES[ns]
  if (p.scc[allowed] || !pod.sc[ns]) return []
  return [invalid(child(fld, ns), goBool(true), `${what} is not allowed to be used`, spec(ns))]
}

/**
 * ValidatePodSecurityContext: fsGroup, supplementalGroups, the pod seccomp profile, SELinux options, host
 * network, PID and IPC, user namespaces, sysctls, volume types and flex volume drivers.
 */
export function validatePodSecurityContext(p: Provider, pod: AdmissionPod, fld: FieldPath): FieldErr[] {
  const scc = p.scc
  const sc = pod.sc
  const errs: FieldErr[] = []
  const fsGroups = sc.fsGroup === null ? [] : [sc.fsGroup]
  errs.push(...p.fsGroup.validate(fld, fsGroups, spec('securityContext', 'fsGroup')))
  errs.push(
    ...p.supplementalGroups.validate(
      fld,
      sc.supplementalGroups,
      spec('securityContext', 'supplementalGroups'),
    ),
  )
  errs.push(...p.seccomp.validatePod(pod))
  errs.push(
    ...p.seLinux.validate(
      child(fld, 'seLinuxOptions'),
      sc.seLinuxOptions,
      spec('securityContext', 'seLinuxOptions'),
    ),
  )
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC'] as const)
    errs.push(...hostNamespaceErrs(p, pod, fld, ns))
  if (scc.userNamespaceLevel === 'RequirePodLevel' && sc.hostUsers !== false) {
    const detail = 'Host Users must be set to false'
    errs.push(invalid(child(fld, 'hostUsers'), goPtrBool(sc.hostUsers), detail, spec('hostUsers')))
  }
  errs.push(...validateSysctls(scc, sc.sysctls))

  if (pod.volumes.length > 0 && !sccAllowsFsType(scc.volumes, '*')) {
    const allowed = new Set(scc.volumes)
    pod.volumes.forEach((v, i) => {
      const fsType = volumeFsType(v.json)
      if (!allowsVolumeType(allowed, fsType, v.json)) {
        const detail = `${fsType} volumes are not allowed to be used`
        errs.push(invalid(index(newPath('spec', 'volumes'), i), goStr(fsType), detail, spec('volumes', i)))
      }
    })
  }
  if (
    pod.volumes.length > 0 &&
    scc.allowedFlexVolumes.length > 0 &&
    sccAllowsFsType(scc.volumes, 'flexVolume')
  ) {
    pod.volumes.forEach((v, i) => {
      const flex = obj(v.json.flexVolume)
      if (!flex) return
      const driver = str(flex.driver) ?? ''
      if (scc.allowedFlexVolumes.includes(driver)) return
      const path = child(index(child(fld, 'volumes'), i), 'driver')
      errs.push(
        invalid(
          path,
          goStr(driver),
          'Flexvolume driver is not allowed to be used',
          spec('volumes', i, 'flexVolume', 'driver'),
        ),
      )
    })
  }
  return errs
}

/**
 * ValidateContainerSecurityContext: the effective runAsUser / runAsNonRoot and SELinux options, the
 * container's seccomp profile, privileged, capabilities, the pod's host network (again), the host ports of
 * every container of the pod (under this container's path, as upstream walks them), host PID and IPC,
 * readOnlyRootFilesystem and allowPrivilegeEscalation.
 */
export function validateContainerSecurityContext(
  p: Provider,
  pod: AdmissionPod,
  c: PodContainer,
  fld: FieldPath,
): FieldErr[] {
  const scc = p.scc
  const own = c.sc
  const podSc = pod.sc
  const ctr = (...rest: Path): At => spec(c.kind, c.index, 'securityContext', ...rest)
  // The node that sets an inherited field: the container's, else the pod's, else where the container would.
  const from = (k: 'runAsUser' | 'runAsNonRoot' | 'seLinuxOptions'): At =>
    own && own[k] !== null ? ctr(k) : podSc[k] !== null ? spec('securityContext', k) : ctr(k)
  const errs: FieldErr[] = []

  const runAsUser = own?.runAsUser ?? podSc.runAsUser
  const runAsNonRoot = own?.runAsNonRoot ?? podSc.runAsNonRoot
  errs.push(
    ...p.user.validate(fld, runAsNonRoot, runAsUser, {
      runAsUser: from('runAsUser'),
      runAsNonRoot: from('runAsNonRoot'),
    }),
  )
  const seLinux = own?.seLinuxOptions ?? podSc.seLinuxOptions
  errs.push(...p.seLinux.validate(child(fld, 'seLinuxOptions'), seLinux, from('seLinuxOptions')))
  errs.push(...p.seccomp.validateContainer(pod, c))
  if (!scc.allowPrivilegedContainer && own?.privileged === true)
    errs.push(
      invalid(
        child(fld, 'privileged'),
        goBool(true),
        'Privileged containers are not allowed',
        ctr('privileged'),
      ),
    )
  errs.push(...p.capabilities.validate(fld, own?.capabilities ?? null, ctr()))
  errs.push(...hostNamespaceErrs(p, pod, fld, 'hostNetwork'))
  if (!scc.allowHostPorts) {
    for (const other of pod.containers) {
      const path = child(index(child(fld, other.kind), other.index), 'hostPort')
      other.hostPorts.forEach((port, i) => {
        if (port > 0) {
          const at = spec(other.kind, other.index, 'ports', i, 'hostPort')
          errs.push(invalid(path, goInt(port), 'Host ports are not allowed to be used', at))
        }
      })
    }
  }
  for (const ns of ['hostPID', 'hostIPC'] as const) errs.push(...hostNamespaceErrs(p, pod, fld, ns))
  if (scc.readOnlyRootFilesystem) {
    const readOnly = own?.readOnlyRootFilesystem ?? null
    const path = child(fld, 'readOnlyRootFilesystem')
    if (readOnly === null)
      errs.push(
        invalid(
          path,
          goPtrBool(null),
          'ReadOnlyRootFilesystem may not be nil and must be set to true',
          ctr('readOnlyRootFilesystem'),
        ),
      )
    else if (!readOnly)
      errs.push(
        invalid(
          path,
          goBool(false),
          'ReadOnlyRootFilesystem must be set to true',
          ctr('readOnlyRootFilesystem'),
        ),
      )
  }
  if (scc.allowPrivilegeEscalation === false) {
    const ape = own?.allowPrivilegeEscalation ?? null
    if (ape !== false) {
      const detail = 'Allowing privilege escalation for containers is not allowed'
      errs.push(
        invalid(
          child(fld, 'allowPrivilegeEscalation'),
          goPtrBool(ape),
          detail,
          ctr('allowPrivilegeEscalation'),
        ),
      )
    }
  }
  return errs
}
