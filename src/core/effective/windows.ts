/**
 * A container of a Windows pod (k8s/podOs.ts decides which pods): its Windows identity instead of a Linux
 * process. The Windows kubelet sends windowsOptions (runAsUserName, GMSA, hostProcess) to the runtime and only
 * logs that runAsUser, runAsGroup and seLinuxOptions are unsupported (k/k pkg/kubelet/kuberuntime/
 * security_context_windows.go verifyRunAsNonRoot); Linux capabilities, seccomp, AppArmor and volume ownership
 * do not exist there (k/k pkg/volume/volume_unsupported.go: SetVolumeOwnership does nothing outside Linux).
 */
import { fieldByKey } from '../k8s/fields'
import type { PodOsReading } from '../k8s/podOs'
import type { Effective, VolumeOwnership, WindowsIdentity } from '../types'
import { eff, type Fields } from './merge'

const LINUX_ONLY = 'Linux only: not applied on a Windows node'

/** Whether an entry of ContainerEffective.fields is a Linux-only setting (`capabilities` is the resulting set). */
function linuxOnly(key: string): boolean {
  return key === 'capabilities' || fieldByKey(key)?.os === 'linux'
}

/** The fields as a Windows node reads them: Linux-only entries keep what is set but apply nothing. */
export function windowsFields(fields: Fields): Fields {
  const out: Fields = {}
  for (const [key, e] of Object.entries(fields)) {
    if (!linuxOnly(key)) out[key] = e
    else if (e.source === 'container' || e.source === 'pod') out[key] = { ...e, why: LINUX_ONLY }
    else out[key] = eff(null, 'default', { why: LINUX_ONLY })
  }
  return out
}

/** Volume mounts on Windows: Kubernetes manages no Linux owner, group or mode there. */
export function windowsVolumes(volumes: readonly VolumeOwnership[]): VolumeOwnership[] {
  return volumes.map(({ name, mountPath, type, readOnly }) => ({
    name,
    mountPath,
    type,
    readOnly,
    group: null,
    mode: null,
    newFile: null,
    why: 'a Windows node: no Linux ownership or mode',
  }))
}

const entry = (fields: Fields, sub: string): Effective =>
  fields[`windowsOptions.${sub}`] ?? eff(null, 'default')

/** The container's Windows identity from the merged windowsOptions entries. */
export function windowsIdentity(fields: Fields, os: PodOsReading): WindowsIdentity {
  const user = entry(fields, 'runAsUserName')
  return {
    runAsUserName:
      user.value === null
        ? eff(null, 'image', {
            why: "unset: the image's user (ContainerUser in nanoserver images, ContainerAdministrator in servercore)",
          })
        : user,
    gmsaCredentialSpecName: entry(fields, 'gmsaCredentialSpecName'),
    gmsaCredentialSpec: entry(fields, 'gmsaCredentialSpec'),
    hostProcess: entry(fields, 'hostProcess'),
    why: os.why,
  }
}
