import { describe, expect, it } from 'vitest'
import type { ContainerEffective, VolumeOwnership } from '../types'
import { findImage } from './image'
import { sc1Container } from './testEffective'
import {
  appArmorStep,
  processArgv,
  processCommand,
  psStep,
  seLinuxStep,
  shellSteps,
  shellText,
} from './transcript'

const demo = sc1Container()

describe('shellSteps', () => {
  it('prints the walkthrough transcript for the first pod', () => {
    const container = { name: 'sec-ctx-demo', command: ['sh', '-c', 'sleep 1h'] }
    expect(shellText(shellSteps(demo, container))).toBe(
      [
        '$ id',
        'uid=1000 gid=3000 groups=2000,3000,4000',
        '$ ps aux',
        'PID   USER     TIME  COMMAND',
        '    1 1000      0:00 sleep 1h',
        '    7 1000      0:00 sh',
        '   13 1000      0:00 ps aux',
        '$ ls -ld /data/demo',
        'drwxrwsrwx    2 root     2000          4096 … /data/demo',
        '$ echo hello > /data/demo/testfile; ls -l /data/demo/testfile',
        '-rw-r--r--    1 1000     2000             6 … /data/demo/testfile',
        "$ grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status",
        'CapInh:\t0000000000000000',
        'CapPrm:\t0000000000000000',
        'CapEff:\t0000000000000000',
        'CapBnd:\t00000000a80425fb',
        'CapAmb:\t0000000000000000',
        'NoNewPrivs:\t1',
        'Seccomp:\t0',
        'Seccomp_filters:\t0',
        '',
      ].join('\n'),
    )
  })

  it('names root in ls and ps the way busybox does', () => {
    const root: ContainerEffective = {
      ...demo,
      process: {
        ...demo.process!,
        uid: 0,
        gid: 0,
        user: 'root',
        id: 'uid=0(root) gid=0(root) groups=0(root)',
      },
      volumes: [{ ...demo.volumes[0]!, group: 0, mode: 'drwxrwxrwx', newFile: '-rw-r--r-- root root' }],
    }
    const lines = shellText(shellSteps(root)).split('\n')
    // busybox's CMD is sh.
    expect(lines[4]).toBe('    1 root      0:00 sh')
    expect(lines[8]).toBe('drwxrwxrwx    2 root     root          4096 … /data/demo')
    expect(lines[10]).toBe('-rw-r--r--    1 root     root             6 … /data/demo/testfile')
  })

  it('cuts user and group names to 8 characters, as busybox ls and ps print them', () => {
    const big = {
      ...demo.volumes[0]!,
      group: 123456789,
      newFile: '-rw-r--r-- 2147483647 123456789',
    }
    const p = { ...demo.process!, user: '2147483647' }
    const steps = shellSteps({ ...demo, process: p, volumes: [big] })
    expect(steps[1]?.output[1]).toBe('    1 21474836  0:00 sh')
    expect(steps[2]?.output).toEqual(['drwxrwsrwx    2 root     12345678      4096 … /data/demo'])
    expect(steps[3]?.output).toEqual(['-rw-r--r--    1 21474836 12345678         6 … /data/demo/testfile'])
  })

  it('names the group wheel (10) as busybox ls does, and a tmpfs mount point lists as 40 bytes', () => {
    const memory = { ...demo.volumes[0]!, group: 10, mode: 'drwxrwsrwt', size: 40 }
    expect(shellSteps({ ...demo, volumes: [memory] })[2]?.output).toEqual([
      'drwxrwsrwt    2 root     wheel           40 … /data/demo',
    ])
  })

  it('explains instead of inventing output where Kubernetes does not manage ownership', () => {
    const hostPath: VolumeOwnership = {
      name: 'logs',
      mountPath: '/var/log/app',
      type: 'hostPath',
      readOnly: false,
      group: null,
      mode: null,
      newFile: null,
      why: 'hostPath volumes keep the owner and mode they have on the node',
    }
    const [ls, write] = shellSteps({ ...demo, volumes: [hostPath] }).slice(2, 4)
    expect(ls).toEqual({ kind: 'ls', command: 'ls -ld /var/log/app', output: [], note: hostPath.why })
    expect(write).toEqual({
      kind: 'write',
      command: 'echo hello > /var/log/app/testfile; ls -l /var/log/app/testfile',
      output: [],
      note: hostPath.why,
    })
  })

  it('shows the write failing on a read-only mount', () => {
    const ro = { ...demo.volumes[0]!, readOnly: true, why: 'mounted readOnly' }
    const write = shellSteps({ ...demo, volumes: [ro] })[3]
    expect(write?.output).toEqual([
      "sh: can't create /data/demo/testfile: Read-only file system",
      'ls: /data/demo/testfile: No such file or directory',
    ])
  })
})

describe('processCommand', () => {
  it('shows what PID 1 runs', () => {
    expect(processCommand({ command: ['/bin/sh', '-c', 'sleep 1h'] })).toBe('sleep 1h')
    expect(processCommand({ command: ['nginx'], args: ['-g', 'daemon off;'] })).toBe('nginx -g daemon off;')
    expect(processCommand({ args: ['--port', 8080] })).toBe('--port 8080')
    expect(processCommand({ name: 'app' })).toBe('(image entrypoint)')
  })

  it('runs the image ENTRYPOINT and CMD unless the container overrides them, as Kubernetes documents', () => {
    const nginx = findImage('nginx')!
    expect(processArgv({ name: 'web' }, nginx)).toEqual([
      '/docker-entrypoint.sh',
      'nginx',
      '-g',
      'daemon off;',
    ])
    // command replaces ENTRYPOINT and drops CMD; args replace CMD only.
    expect(processArgv({ command: ['nginx'] }, nginx)).toEqual(['nginx'])
    expect(processArgv({ args: ['nginx', '-T'] }, nginx)).toEqual(['/docker-entrypoint.sh', 'nginx', '-T'])
    expect(processArgv({ command: ['/bin/app'], args: ['-v'] }, nginx)).toEqual(['/bin/app', '-v'])
    expect(processCommand({ name: 'x' }, findImage('agnhost')!)).toBe('/agnhost pause')
    // An entrypoint script that execs its command is said to be one; a command of the container's own is not.
    expect(psStep(demo.process!, { name: 'web' }, nginx).note).toBe(
      '/docker-entrypoint.sh execs its command: a real ps shows that program as PID 1',
    )
    expect(psStep(demo.process!, { command: ['nginx'] }, nginx).note).toBeUndefined()
  })
})

describe('LSM steps', () => {
  const p = demo.process!
  it('prints the SELinux label the runtime writes, or the unconfined one', () => {
    expect(seLinuxStep(p)).toEqual({
      kind: 'lsm',
      command: 'cat /proc/1/attr/current',
      output: ['system_u:system_r:container_t:s0:c…,c…'],
      note: 'no level set: the runtime picks a random pair for this pod',
    })
    expect(seLinuxStep({ ...p, seLinuxProcessLabel: null }).output).toEqual(['system_u:system_r:spc_t:s0'])
  })

  it('prints the AppArmor profile, noting the runtime default when unset', () => {
    const withProfile = { ...p, apparmorProfile: 'cri-containerd.apparmor.d' }
    expect(appArmorStep(demo, withProfile)).toEqual({
      kind: 'lsm',
      command: 'cat /proc/1/attr/apparmor/current',
      output: ['cri-containerd.apparmor.d (enforce)'],
      note: 'unset: the runtime default, when the node has AppArmor',
    })
    expect(appArmorStep(demo, p).output).toEqual(['unconfined'])
  })
})
