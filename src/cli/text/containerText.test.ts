import { describe, expect, it } from 'vitest'
import type { VolumeOwnership } from '../../core/types'
import { containerBody, type ContainerView } from './containerText'
import { effectiveReport } from './effectiveReport'

const process: ContainerView['process'] = {
  uid: 0,
  gid: 0,
  groups: [0],
  additionalGids: [0],
  id: 'uid=0(root) gid=0(root) groups=0(root)',
  user: 'root',
  noNewPrivs: false,
  seccompMode: 0,
  seccompFilters: 0,
  status: {
    CapInh: '0000000000000000',
    CapPrm: '000001ffffffffff',
    CapEff: '000001ffffffffff',
    CapBnd: '000001ffffffffff',
    CapAmb: '0000000000000000',
  },
  capabilitySets: { bounding: [], effective: [], permitted: [], inheritable: [], ambient: [] },
  effectiveCaps: [],
  boundingCaps: [],
  apparmorProfile: null,
  seLinuxLabel: false,
  seLinuxProcessLabel: null,
}
const HOST = 'Kubernetes does not manage hostPath ownership: the existing owner and mode apply'
const hostPath = (name: string): VolumeOwnership => ({
  name,
  mountPath: `/host/${name}`,
  type: 'hostPath',
  readOnly: false,
  group: null,
  mode: null,
  newFile: null,
  why: HOST,
})
const data: VolumeOwnership = {
  name: 'data',
  mountPath: '/data',
  type: 'emptyDir',
  readOnly: false,
  group: 2000,
  mode: 'drwxrwsrwx',
  size: 4096,
  newFile: '-rw-r--r-- 0 2000',
  why: 'fsGroup 2000 owns the volume with setgid, so new files get group 2000',
}
const agent: ContainerView = {
  name: 'agent',
  type: 'container',
  fields: {
    privileged: { value: true, source: 'container' },
    capabilities: {
      value: ['CAP_CHOWN', 'CAP_KILL'],
      source: 'derived',
      why: 'privileged: every capability',
    },
  },
  process,
  volumes: [hostPath('run'), data, hostPath('lib-modules'), hostPath('xtables-lock')],
  assumptions: ['runtime containerd', 'image USER is root (uid 0)'],
}

describe('containerBody', () => {
  it('prints the table and the shell transcript, with one ls -ld for the mounts that share a note', () => {
    // Short field names leave the WHY column room beside the others (the bundle test shows it below).
    expect(containerBody(agent, 100)).toEqual([
      '    FIELD         VALUE       SOURCE     WHY',
      '    privileged    true        container',
      '    capabilities  2 (CapBnd)  derived    privileged: every capability',
      '    $ id',
      '    uid=0(root) gid=0(root) groups=0(root)',
      '    $ ps aux',
      '    PID   USER     TIME  COMMAND',
      '        1 root      0:00 sh',
      '        7 root      0:00 sh',
      '       13 root      0:00 ps aux',
      '    $ ls -ld /host/run /host/lib-modules /host/xtables-lock',
      `    # ${HOST}`,
      '    $ ls -ld /data',
      '    drwxrwsrwx    2 root     2000          4096 … /data',
      '    $ echo hello > /data/testfile; ls -l /data/testfile',
      '    -rw-r--r--    1 0        2000             6 … /data/testfile',
      '    # fsGroup 2000 owns the volume with setgid, so new files get group 2000',
      "    $ grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status",
      '    CapInh:\t0000000000000000',
      '    CapPrm:\t000001ffffffffff',
      '    CapEff:\t000001ffffffffff',
      '    CapBnd:\t000001ffffffffff',
      '    CapAmb:\t0000000000000000',
      '    NoNewPrivs:\t0',
      '    Seccomp:\t0',
      '    Seccomp_filters:\t0',
      '    assumes: runtime containerd; image USER is root (uid 0)',
    ])
  })

  it('a container with no process shows its refusal or its Windows identity instead', () => {
    const message =
      'container has runAsNonRoot and image will run as root (pod: "agent-<suffix>_default(<uid>)", container: agent)'
    const refused = { ...agent, process: null, refusal: { by: 'kubelet', message } }
    const body = containerBody(refused, 100)
    expect(
      body.slice(
        body.findIndex((l) => l.includes('refuses')),
        -1,
      ),
    ).toEqual([
      '    the kubelet refuses to start this container: container has runAsNonRoot and image will run as',
      '      root (pod: "agent-<suffix>_default(<uid>)", container: agent)',
    ])
    expect(body.some((l) => l.includes('$ id') || l.includes('CapEff') || l.includes('ls -ld'))).toBe(false)
    const windows = {
      ...agent,
      process: null,
      windows: {
        runAsUserName: { value: 'ContainerAdministrator', source: 'container' },
        gmsaCredentialSpecName: { value: null, source: 'default' },
        gmsaCredentialSpec: { value: '{"long": "json"}', source: 'pod' },
        hostProcess: { value: false, source: 'default' },
        why: 'spec.os.name is windows',
      },
    }
    const w = containerBody(windows, 100)
    expect(
      w.slice(
        w.findIndex((l) => l.includes('Windows')),
        -1,
      ),
    ).toEqual([
      '    a Windows container (spec.os.name is windows), running as:',
      '      runAsUserName           ContainerAdministrator  container',
      '      gmsaCredentialSpecName  unset                   default',
      '      hostProcess             false                   default',
    ])
  })
})

describe('effectiveReport', () => {
  it('a container printed before in the file is named instead of printed again, never wider than the width', () => {
    const pod = (name: string, document: number) => ({
      kind: 'DaemonSet',
      name,
      namespace: 'kube-system',
      document,
      containers: [agent, { ...agent, name: 'install', type: 'initContainer' as const }],
    })
    const lines = effectiveReport([{ file: 'cni.yaml', resources: [pod('amd64', 0), pod('arm64', 1)] }], 60)
    expect(lines.filter((l) => !l.startsWith('    ') || l.includes('DaemonSet/'))).toEqual([
      'cni.yaml: DaemonSet/amd64 in kube-system (document 0)',
      '  agent (container)',
      '  install (initContainer): same as agent (container)',
      'cni.yaml: DaemonSet/arm64 in kube-system (document 1)',
      '  agent (container): same as agent (container) in',
      '      DaemonSet/amd64 in kube-system (document 0)',
      '  install (initContainer): same as agent (container) in',
      '      DaemonSet/amd64 in kube-system (document 0)',
    ])
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60)
  })
})
