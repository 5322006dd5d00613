import { describe, expect, it } from 'vitest'
import { podOs } from '../k8s/podOs'
import type { EffectiveOptions, JsonObject } from '../types'
import { computeEffective } from './index'
import { podResource } from './testResource'

const options: EffectiveOptions = { runtime: 'containerd', imageUser: 0 }
const one = (spec: JsonObject) => computeEffective(podResource(spec), options)[0]!
const app = (securityContext: JsonObject = {}) => ({
  name: 'app',
  image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  volumeMounts: [{ name: 'data', mountPath: 'C:\\data' }],
  securityContext,
})

const WINDOWS_POD: JsonObject = {
  os: { name: 'windows' },
  securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } },
  volumes: [{ name: 'data', emptyDir: {} }],
  containers: [app({ windowsOptions: { gmsaCredentialSpecName: 'webapp1' } })],
}

describe('a Windows pod', () => {
  it('has its Windows identity and no Linux process', () => {
    const c = one(WINDOWS_POD)
    expect(c.process).toBeNull()
    expect(c.refusal).toBeNull()
    expect(c.windows).toEqual({
      runAsUserName: { value: 'ContainerUser', source: 'pod' },
      gmsaCredentialSpecName: { value: 'webapp1', source: 'container' },
      gmsaCredentialSpec: { value: null, source: 'container' },
      hostProcess: { value: false, source: 'default' },
      why: 'spec.os.name is windows',
    })
    expect(c.assumptions).toEqual(['a Windows node runs the pod (spec.os.name is windows)'])
  })

  it('Linux-only fields apply nothing; volumes have no Linux ownership', () => {
    const c = one(WINDOWS_POD)
    const linuxOnly = { value: null, source: 'default', why: 'Linux only: not applied on a Windows node' }
    for (const key of ['runAsUser', 'capabilities', 'seccompProfile.type', 'privileged', 'fsGroup']) {
      expect(c.fields[key], key).toEqual(linuxOnly)
    }
    expect(c.fields['windowsOptions.runAsUserName']).toEqual({ value: 'ContainerUser', source: 'pod' })
    expect(c.volumes[0]).toMatchObject({ group: null, mode: null, newFile: null })
  })

  it('runAsNonRoot with ContainerAdministrator: the Windows kubelet refuses it', () => {
    const c = one({
      ...WINDOWS_POD,
      securityContext: { runAsNonRoot: true, windowsOptions: { runAsUserName: 'ContainerAdministrator' } },
    })
    expect(c.process).toBeNull()
    expect(c.refusal?.by).toBe('kubelet')
    expect(c.refusal?.message).toMatch(
      /^container's runAsUserName \(ContainerAdministrator\) which will be regarded as root identity/,
    )
    expect(c.windows?.runAsUserName.value).toBe('ContainerAdministrator')
  })

  it('unset runAsUserName: the image decides', () => {
    const c = one({ os: { name: 'windows' }, containers: [app()] })
    expect(c.windows?.runAsUserName).toMatchObject({ value: null, source: 'image' })
  })
})

describe('which OS runs a pod (podOs)', () => {
  const hostProcess = { windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' } }
  it('spec.os, nodeSelector and required node affinity decide; hostProcess means Windows', () => {
    expect(
      podOs({ os: { name: 'linux' }, securityContext: { windowsOptions: { runAsUserName: 'x' } } }).os,
    ).toBe('linux')
    expect(podOs({ nodeSelector: { 'kubernetes.io/os': 'windows' } })).toEqual({
      os: 'windows',
      why: 'nodeSelector kubernetes.io/os: windows',
      declared: true,
    })
    const affinity = (values: string[]) => ({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values }] }],
          },
        },
      },
    })
    expect(podOs(affinity(['windows'])).os).toBe('windows')
    expect(podOs(affinity(['windows', 'linux'])).os).toBe('linux')
    expect(podOs({ securityContext: hostProcess, hostNetwork: true }).why).toBe(
      'hostProcess containers run only on Windows',
    )
  })

  it('windowsOptions alone means Windows, unless a Linux-only field is set too', () => {
    const win = { securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } } }
    expect(podOs(win)).toMatchObject({ os: 'windows', declared: false })
    expect(podOs({ ...win, containers: [{ name: 'a', securityContext: { runAsUser: 1000 } }] }).os).toBe(
      'linux',
    )
    expect(podOs({ ...win, containers: [{ name: 'a', securityContext: { runAsNonRoot: true } }] }).os).toBe(
      'windows',
    )
    expect(podOs({ securityContext: { windowsOptions: {} } }).os).toBe('linux')
    expect(podOs({}).os).toBe('linux')
  })

  it('a HostProcess DaemonSet without spec.os shows its Windows identity', () => {
    const c = one({ hostNetwork: true, securityContext: hostProcess, containers: [app()] })
    expect(c.process).toBeNull()
    expect(c.windows).toMatchObject({
      runAsUserName: { value: 'NT AUTHORITY\\SYSTEM', source: 'pod' },
      hostProcess: { value: true, source: 'pod' },
    })
  })
})
