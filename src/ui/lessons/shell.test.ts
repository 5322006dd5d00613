import { describe, expect, it } from 'vitest'
import type { ContainerEffective, Effective } from '../../core/types'
import { effectiveValue, shellLines, transcript } from './shell'

function container(over: Partial<ContainerEffective> = {}, fields: Record<string, Effective> = {}) {
  const eff: ContainerEffective = {
    name: 'app',
    type: 'container',
    kind: 'containers',
    index: 0,
    fields,
    process: {
      uid: 1000,
      gid: 3000,
      groups: [2000, 3000, 4000],
      id: 'uid=1000 gid=3000 groups=2000,3000,4000',
      user: '1000',
      noNewPrivs: true,
      seccompMode: 0,
      status: {
        CapInh: '0000000000000000',
        CapPrm: '0000000000000000',
        CapEff: '0000000000000000',
        CapBnd: '00000000a80425fb',
        CapAmb: '0000000000000000',
      },
      effectiveCaps: [],
      boundingCaps: ['CAP_CHOWN', 'CAP_KILL'],
    },
    volumes: [],
    assumptions: [],
    ...over,
  }
  return eff
}

const text = (kind: Parameters<typeof shellLines>[0], eff: ContainerEffective) =>
  transcript(shellLines(kind, eff, 'containerd'))

describe('lesson shell output', () => {
  it('prints id and ps from the process identity', () => {
    const eff = container()
    expect(text('id', eff)).toBe('$ id\nuid=1000 gid=3000 groups=2000,3000,4000')
    expect(text('ps', eff)).toBe('$ ps -o pid,user\nPID   USER\n    1 1000')
  })

  it('prints the five Cap lines and decodes CapEff and, when different, CapBnd', () => {
    const eff = container()
    expect(text('caps', eff)).toBe(
      '$ grep Cap /proc/1/status\nCapInh:\t0000000000000000\nCapPrm:\t0000000000000000\n' +
        'CapEff:\t0000000000000000\nCapBnd:\t00000000a80425fb\nCapAmb:\t0000000000000000',
    )
    expect(text('capsDecode', eff)).toBe(
      '$ capsh --decode=0000000000000000\n0x0000000000000000=\n' +
        '$ capsh --decode=00000000a80425fb\n0x00000000a80425fb=cap_chown,cap_kill',
    )
  })

  it('prints NoNewPrivs and Seccomp', () => {
    const eff = container()
    expect(text('noNewPrivs', eff)).toBe('$ grep NoNewPrivs /proc/1/status\nNoNewPrivs:\t1')
    expect(text('seccomp', eff)).toBe('$ grep Seccomp: /proc/1/status\nSeccomp:\t0')
  })

  it('lists each volume with its mode and group, and the file the process creates', () => {
    const eff = container({
      volumes: [
        {
          name: 'sec-ctx-vol',
          mountPath: '/data/demo',
          type: 'emptyDir',
          readOnly: false,
          group: 2000,
          mode: 'drwxrwsrwx',
          newFile: '-rw-r--r-- 1000 2000',
          why: '',
        },
        {
          name: 'host',
          mountPath: '/host',
          type: 'hostPath',
          readOnly: true,
          group: null,
          mode: null,
          newFile: null,
          why: 'Kubernetes does not manage hostPath ownership',
        },
      ],
    })
    expect(text('volumes', eff)).toBe(
      '$ ls -ld /data/demo\ndrwxrwsrwx root 2000 /data/demo\n' +
        '$ echo hello > /data/demo/testfile; ls -l /data/demo/testfile\n-rw-r--r-- 1000 2000 /data/demo/testfile\n' +
        '$ ls -ld /host\n# hostPath: Kubernetes does not manage hostPath ownership',
    )
  })

  it('shows the SELinux label from the effective seLinuxOptions, whichever way the core keys it', () => {
    const byStruct = container({}, { seLinuxOptions: { value: { level: 's0:c123,c456' }, source: 'pod' } })
    const byLeaf = container({}, { 'seLinuxOptions.level': { value: 's0:c123,c456', source: 'pod' } })
    for (const eff of [byStruct, byLeaf])
      expect(text('selinux', eff)).toBe(
        '$ cat /proc/1/attr/current\nsystem_u:system_r:container_t:s0:c123,c456',
      )
    expect(effectiveValue(byStruct, ['seLinuxOptions', 'level'])).toBe('s0:c123,c456')
  })

  it('shows the AppArmor profile the container runs under', () => {
    const local = container(
      {},
      {
        appArmorProfile: {
          value: { type: 'Localhost', localhostProfile: 'deny-write' },
          source: 'container',
        },
      },
    )
    expect(text('apparmor', local)).toBe('$ cat /proc/1/attr/apparmor/current\ndeny-write (enforce)')
    const def = container({}, { appArmorProfile: { value: { type: 'RuntimeDefault' }, source: 'pod' } })
    expect(transcript(shellLines('apparmor', def, 'cri-o'))).toBe(
      '$ cat /proc/1/attr/apparmor/current\ncrio-default (enforce)',
    )
  })

  it('a read-only root refuses writes, volumes take them', () => {
    const eff = container(
      {
        volumes: [
          {
            name: 'tmp',
            mountPath: '/tmp',
            type: 'emptyDir',
            readOnly: false,
            group: null,
            mode: 'drwxrwxrwx',
            newFile: '-rw-r--r-- 1000 3000',
            why: '',
          },
        ],
      },
      { readOnlyRootFilesystem: { value: true, source: 'container' } },
    )
    expect(text('rootfs', eff)).toBe(
      '$ touch /probe && echo written\ntouch: /probe: Read-only file system\n$ touch /tmp/probe && echo written\nwritten',
    )
  })
})
