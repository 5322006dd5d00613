/** `effective --json` for containers that run no Linux process (CLI contract: process null, refusal / windows). */
import { describe, expect, it } from 'vitest'
import { cli } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output read back */
const containers = (yaml: string, ...flags: string[]) => {
  const r = cli(['effective', '--json', ...flags, '-'], yaml)
  expect([r.code, r.stderr]).toEqual([0, ''])
  return JSON.parse(r.stdout).files[0].resources[0].containers as any[]
}

const pod = (spec: string) =>
  ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: demo', '  namespace: team', 'spec:', spec].join('\n')

describe('effective --json: containers that do not run a Linux process', () => {
  it('the kubelet refuses runAsNonRoot with an image that runs as root', () => {
    const [c] = containers(
      pod(
        [
          '  securityContext:',
          '    runAsNonRoot: true',
          '  containers:',
          '  - name: app',
          '    image: busybox',
        ].join('\n'),
      ),
    )
    expect(c.process).toBeNull()
    expect(c.refusal).toEqual({
      by: 'kubelet',
      message:
        'container has runAsNonRoot and image will run as root (pod: "demo_team(<uid>)", container: app)',
    })
    expect(c).not.toHaveProperty('windows')
    expect(c.fields.runAsNonRoot).toMatchObject({ value: true, source: 'pod' })
  })

  it('--image-user 1000: the same pod runs', () => {
    const [c] = containers(
      pod(['  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: app'].join('\n')),
      '--image-user',
      '1000',
    )
    expect(c.process.id).toBe('uid=1000 gid=0(root) groups=0(root)')
    expect(c).not.toHaveProperty('refusal')
  })

  it('a Windows pod: process null and its Windows identity', () => {
    const [c] = containers(
      pod(
        [
          '  os:',
          '    name: windows',
          '  securityContext:',
          '    windowsOptions:',
          '      runAsUserName: "ContainerUser"',
          '  containers:',
          '  - name: iis',
          '    image: mcr.microsoft.com/windows/servercore/iis',
        ].join('\n'),
      ),
    )
    expect(c.process).toBeNull()
    expect(c).not.toHaveProperty('refusal')
    expect(c.windows).toEqual({
      runAsUserName: { value: 'ContainerUser', source: 'pod' },
      gmsaCredentialSpecName: { value: null, source: 'default' },
      gmsaCredentialSpec: { value: null, source: 'default' },
      hostProcess: { value: false, source: 'default' },
      why: 'spec.os.name is windows',
    })
  })

  it('the API server rejects the pod: every container says so', () => {
    const out = containers(
      pod(
        [
          '  containers:',
          '  - name: app',
          '    securityContext:',
          '      privileged: true',
          '      allowPrivilegeEscalation: false',
          '  - name: side',
        ].join('\n'),
      ),
    )
    for (const c of out) {
      expect(c.process).toBeNull()
      expect(c.refusal.by).toBe('apiserver')
      expect(c.refusal.message).toMatch(/^Pod "demo" is invalid: spec\.containers\[0\]\.securityContext: /)
    }
  })

  it('CRI-O refuses an unknown capability name', () => {
    const yaml = pod(
      [
        '  containers:',
        '  - name: app',
        '    securityContext:',
        '      capabilities:',
        '        add: [FLY]',
      ].join('\n'),
    )
    const [crio] = containers(yaml, '--runtime', 'cri-o')
    expect(crio.process).toBeNull()
    expect(crio.refusal).toEqual({ by: 'runtime', message: 'unknown capability "CAP_FLY" to add' })
    const [containerd] = containers(yaml)
    expect(containerd.process.status.CapEff).toBe('00000000a80425fb')
  })
})
