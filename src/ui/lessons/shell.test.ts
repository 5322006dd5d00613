import { describe, expect, it } from 'vitest'
import type { ContainerEffective, Effective } from '../../core/types'
import { sc1Container, SC1_VOLUME } from '../../core/effective/testEffective'
import { effectiveValue, shellLines, transcript } from './shell'

function container(over: Partial<ContainerEffective> = {}, fields: Record<string, Effective> = {}) {
  const process = sc1Container().process!
  return sc1Container({
    name: 'app',
    fields,
    process: {
      ...process,
      boundingCaps: ['CAP_CHOWN', 'CAP_KILL'],
      apparmorProfile: 'cri-containerd.apparmor.d',
    },
    volumes: [],
    assumptions: [],
    ...over,
  })
}

const text = (kind: Parameters<typeof shellLines>[0], eff: ContainerEffective) =>
  transcript(shellLines(kind, eff))

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
        SC1_VOLUME,
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
      '$ ls -ld /data/demo\ndrwxrwsrwx    2 root     2000          4096 … /data/demo\n' +
        '$ echo hello > /data/demo/testfile; ls -l /data/demo/testfile\n' +
        '-rw-r--r--    1 1000     2000             6 … /data/demo/testfile\n' +
        '$ ls -ld /host\n# Kubernetes does not manage hostPath ownership\n' +
        "$ echo hello > /host/testfile; ls -l /host/testfile\nsh: can't create /host/testfile: Read-only file system\n" +
        'ls: /host/testfile: No such file or directory',
    )
  })

  it('shows the SELinux label the core says the runtime writes', () => {
    const eff = container()
    const labelled = (seLinuxProcessLabel: string) =>
      container({ process: { ...eff.process!, seLinuxProcessLabel } })
    expect(text('selinux', labelled('system_u:system_r:container_t:s0:c123,c456'))).toBe(
      '$ cat /proc/1/attr/current\nsystem_u:system_r:container_t:s0:c123,c456',
    )
    expect(text('selinux', eff)).toBe(
      '$ cat /proc/1/attr/current\nsystem_u:system_r:container_t:s0:c…,c…   # no level set: the runtime picks a random pair for this pod',
    )
    const byStruct = container({}, { seLinuxOptions: { value: { level: 's0:c123,c456' }, source: 'pod' } })
    expect(effectiveValue(byStruct, ['seLinuxOptions', 'level'])).toBe('s0:c123,c456')
  })

  it('shows the AppArmor profile the core says the runtime writes', () => {
    const withProfile = (apparmorProfile: string | null, fields: Record<string, Effective> = {}) => {
      const eff = container({}, fields)
      return container({ process: { ...eff.process!, apparmorProfile } }, fields)
    }
    const localhost = { 'appArmorProfile.type': { value: 'Localhost', source: 'container' as const } }
    expect(text('apparmor', withProfile('deny-write', localhost))).toBe(
      '$ cat /proc/1/attr/apparmor/current\ndeny-write (enforce)',
    )
    expect(
      text(
        'apparmor',
        withProfile('crio-default', { 'appArmorProfile.type': { value: 'RuntimeDefault', source: 'pod' } }),
      ),
    ).toBe('$ cat /proc/1/attr/apparmor/current\ncrio-default (enforce)')
    expect(text('apparmor', withProfile('cri-containerd.apparmor.d'))).toBe(
      '$ cat /proc/1/attr/apparmor/current\ncri-containerd.apparmor.d (enforce)   # unset: the runtime default, when the node has AppArmor',
    )
    expect(text('apparmor', withProfile(null, localhost))).toBe(
      '$ cat /proc/1/attr/apparmor/current\nunconfined',
    )
  })

  it('no SELinux label from the runtime reads as spc_t', () => {
    const eff = container()
    const unlabelled = container({
      process: { ...eff.process!, seLinuxLabel: false, seLinuxProcessLabel: null },
    })
    expect(text('selinux', unlabelled)).toBe(
      '$ cat /proc/1/attr/current\nsystem_u:system_r:spc_t:s0   # no label from the runtime: not confined',
    )
  })

  it('a container without a process prints the refusal or that it is a Windows container', () => {
    const refused = container({
      process: null,
      refusal: { by: 'kubelet', message: 'container has runAsNonRoot and image will run as root' },
    })
    expect(text('id', refused)).toBe(
      '$ kubectl exec -it … -c app -- sh\n# not running: kubelet refused it: container has runAsNonRoot and image will run as root',
    )
    const win = container({ process: null })
    expect(text('caps', win)).toBe(
      '$ kubectl exec -it … -c app -- sh\n# a Windows container: no Linux shell, user or capabilities',
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
