import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { computeEffective } from './index'
import { podResource } from './testResource'
import { modeString } from './volumes'

const volumesOf = (pod: JsonObject, volumes: JsonObject[], mounts: JsonObject[]) =>
  computeEffective(
    podResource({ securityContext: pod, volumes, containers: [{ name: 'app', volumeMounts: mounts }] }),
    { runtime: 'containerd', imageUser: 0 },
  )[0]!.volumes

describe('modeString', () => {
  it('prints ls -l modes with setgid and sticky letters', () => {
    expect(modeString('d', 0o777)).toBe('drwxrwxrwx')
    expect(modeString('d', 0o2777)).toBe('drwxrwsrwx')
    expect(modeString('d', 0o3777)).toBe('drwxrwsrwt')
    expect(modeString('-', 0o644)).toBe('-rw-r--r--')
    expect(modeString('-', 0o2644)).toBe('-rw-r-Sr--')
    expect(modeString('-', 0o4755)).toBe('-rwsr-xr-x')
  })
})

describe('volume ownership', () => {
  it('emptyDir without fsGroup: drwxrwxrwx root root, new files owned by the process', () => {
    expect(
      volumesOf({ runAsUser: 1000 }, [{ name: 'd', emptyDir: {} }], [{ name: 'd', mountPath: '/d' }]),
    ).toEqual([
      {
        name: 'd',
        mountPath: '/d',
        type: 'emptyDir',
        readOnly: false,
        group: 0,
        mode: 'drwxrwxrwx',
        size: 4096,
        newFile: '-rw-r--r-- 1000 root',
        why: 'created 0777 root:root; without fsGroup the kubelet leaves ownership alone',
      },
    ])
  })

  it('emptyDir in memory is a tmpfs 1777; a read-only mount creates no file', () => {
    const [v] = volumesOf(
      { fsGroup: 2000 },
      [{ name: 'm', emptyDir: { medium: 'Memory' } }],
      [{ name: 'm', mountPath: '/m', readOnly: true }],
    )
    expect(v).toMatchObject({ mode: 'drwxrwsrwt', size: 40, group: 2000, readOnly: true, newFile: null })
    expect(v?.why).toBe(
      'fsGroup 2000 owns the volume with setgid, so new files get group 2000; the mount is read-only',
    )
  })

  it('configMap and secret are read-only; file modes come from defaultMode OR 0440 with fsGroup', () => {
    const vs = volumesOf(
      { fsGroup: 2000 },
      [
        { name: 'c', configMap: { name: 'cm' } },
        { name: 's', secret: { secretName: 's', defaultMode: 0o600 } },
      ],
      [
        { name: 'c', mountPath: '/etc/c' },
        { name: 's', mountPath: '/etc/s' },
      ],
    )
    expect(vs.map((v) => [v.type, v.readOnly, v.group, v.mode, v.newFile, v.why])).toEqual([
      [
        'configMap',
        true,
        2000,
        'drwxrwsrwx',
        null,
        'configMap volumes are read-only; files show as -rw-r--r-- root 2000 (defaultMode 0644 OR 0440 for fsGroup 2000)',
      ],
      [
        'secret',
        true,
        2000,
        'drwxrwsrwt',
        null,
        'secret volumes are read-only; files show as -rw-r----- root 2000 (defaultMode 0600 OR 0440 for fsGroup 2000)',
      ],
    ])
    const [projected] = volumesOf(
      {},
      [{ name: 'p', projected: { sources: [] } }],
      [{ name: 'p', mountPath: '/p' }],
    )
    expect(projected).toMatchObject({ group: 0, mode: 'drwxrwxrwt' })
  })

  it('hostPath and NFS: Kubernetes does not manage ownership', () => {
    const vs = volumesOf(
      { fsGroup: 2000 },
      [
        { name: 'h', hostPath: { path: '/var/log' } },
        { name: 'n', nfs: { server: 'x', path: '/' } },
      ],
      [
        { name: 'h', mountPath: '/h' },
        { name: 'n', mountPath: '/n' },
      ],
    )
    expect(vs.map((v) => [v.group, v.mode, v.newFile, v.why])).toEqual([
      [null, null, null, 'Kubernetes does not manage hostPath ownership: the existing owner and mode apply'],
      [null, null, null, 'Kubernetes does not manage nfs ownership: the existing owner and mode apply'],
    ])
  })

  it('PVC depends on the CSI driver', () => {
    const [v] = volumesOf(
      { fsGroup: 2000 },
      [{ name: 'p', persistentVolumeClaim: { claimName: 'c' } }],
      [{ name: 'p', mountPath: '/p' }],
    )
    expect(v).toMatchObject({ type: 'persistentVolumeClaim', group: null, mode: null })
    expect(v?.why).toBe(
      "depends on the CSI driver's fsGroupPolicy: with File (or ReadWriteOnceWithFSType and an fsType on a " +
        'ReadWriteOnce volume) the root gets group 2000 and setgid; with None it is left alone',
    )
  })

  it('keeps mount order and reports a mount with no matching volume', () => {
    const vs = volumesOf(
      {},
      [{ name: 'a', emptyDir: {} }],
      [
        { name: 'missing', mountPath: '/x' },
        { name: 'a', mountPath: '/a', subPath: 'sub' },
      ],
    )
    expect(vs.map((v) => [v.name, v.type, v.mode, v.why])).toEqual([
      ['missing', 'unknown', null, 'no volume of that name in spec.volumes'],
      ['a', 'emptyDir', null, "subPath sub: the subdirectory's mode is not modelled"],
    ])
  })
})
