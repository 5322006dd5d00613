import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { computeEffective } from '../effective'
import { SC1 } from '../effective/testEffective'
import { podResource } from '../effective/testResource'
import { CAPABILITIES } from '../k8s/capabilities'
import { RUNTIMES } from '../k8s/runtimes'
import type { JsonObject, Runtime } from '../types'
import { runtimeSpec } from './index'
import { KUBELET_MASKED_PATHS, KUBELET_READONLY_PATHS } from './paths'

const specOf = (runtime: Runtime, podSpec: JsonObject, imageUser = 0) => {
  const resource = podResource(podSpec)
  const c = computeEffective(resource, { runtime, imageUser })[0]!
  return runtimeSpec(resource, c, runtime)
}
const one = (securityContext: JsonObject, pod: JsonObject = {}): JsonObject => ({
  securityContext: pod,
  containers: [{ name: 'app', image: 'busybox', securityContext }],
})

const EMPTY_DIR = '/var/lib/kubelet/pods/<pod uid>/volumes/kubernetes.io~empty-dir/sec-ctx-vol'
const ALL = CAPABILITIES.map((c) => c.name)

describe('runtimeSpec: the walkthrough pod', () => {
  it('containerd: sorted additionalGids, its default list, no_new_privs, the emptyDir bind mount', () => {
    const r = specOf('containerd', SC1)!
    expect(r.spec.process.user).toEqual({ uid: 1000, gid: 3000, additionalGids: [2000, 3000, 4000] })
    const defaults = [...RUNTIMES.containerd.defaultCaps]
    expect(r.spec.process.capabilities).toEqual({
      bounding: defaults,
      effective: defaults,
      permitted: defaults,
      inheritable: [],
      ambient: [],
    })
    expect(r.spec.process.noNewPrivileges).toBe(true)
    expect(r.spec.process.apparmorProfile).toBe('cri-containerd.apparmor.d')
    expect(r.spec.process.selinuxLabel).toBe('system_u:system_r:container_t:s0:c…,c…')
    expect(r.spec.root).toEqual({ readonly: false })
    expect(r.spec.mounts).toEqual([
      { destination: '/data/demo', type: 'bind', source: EMPTY_DIR, options: ['rbind', 'rprivate', 'rw'] },
    ])
    expect(r.spec.linux).toEqual({
      seccomp: null,
      maskedPaths: [...KUBELET_MASKED_PATHS],
      readonlyPaths: [...KUBELET_READONLY_PATHS],
    })
  })

  it('CRI-O: gid first then the kubelet order, its 9 defaults, the /etc files it generates, more masked paths', () => {
    const r = specOf('cri-o', SC1)!
    expect(r.spec.process.user.additionalGids).toEqual([3000, 2000, 4000])
    expect(r.spec.process.capabilities.bounding).toEqual([...RUNTIMES['cri-o'].defaultCaps])
    expect(r.spec.process.apparmorProfile).toBe('crio-default')
    expect(r.spec.mounts.map((m) => [m.destination, m.type, m.options.join(',')])).toEqual([
      ['/data/demo', undefined, 'rbind,rprivate,rw'],
      ['/etc/passwd', 'bind', 'rw,bind,nodev,nosuid,noexec'],
      ['/etc/group', 'bind', 'rw,bind,nodev,nosuid,noexec'],
    ])
    const masked = r.spec.linux.maskedPaths
    expect(masked).toEqual([...masked].sort())
    expect(masked).toEqual(
      expect.arrayContaining([...KUBELET_MASKED_PATHS, '/proc/interrupts', '/sys/fs/selinux']),
    )
    expect(new Set(masked).size).toBe(masked.length)
    expect(r.notes).toContain(
      'CRI-O also masks the node’s /sys/devices/system/cpu/cpu*/thermal_throttle directories',
    )
  })

  it('links every part to the fields that decided it', () => {
    const r = specOf('containerd', SC1)!
    const link = (part: string) => r.links.find((l) => l.part === part)
    expect(link('process.user.uid')?.fields).toEqual(['runAsUser'])
    expect(link('process.noNewPrivileges')?.fields).toEqual(['allowPrivilegeEscalation'])
    expect(link('linux.maskedPaths')?.fields).toEqual(['procMount', 'privileged'])
    for (const l of r.links) expect(l.why, l.part).not.toBe('')
  })
})

describe('runtimeSpec: capabilities as each runtime spells them', () => {
  it('security-context-4: containerd appends the adds to its defaults; CRI-O puts them before its defaults', () => {
    const sc = { capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } }
    expect(specOf('containerd', one(sc))!.spec.process.capabilities.bounding).toEqual([
      ...RUNTIMES.containerd.defaultCaps,
      'CAP_NET_ADMIN',
      'CAP_SYS_TIME',
    ])
    expect(specOf('cri-o', one(sc))!.spec.process.capabilities.bounding).toEqual([
      'CAP_NET_ADMIN',
      'CAP_SYS_TIME',
      ...RUNTIMES['cri-o'].defaultCaps,
    ])
  })

  it('containerd writes CAP_CAP_NET_ADMIN for "CAP_NET_ADMIN" (runc ignores it); CRI-O writes CAP_NET_ADMIN', () => {
    const sc = { capabilities: { add: ['CAP_NET_ADMIN', 'sys_time'], drop: ['cap_chown'] } }
    const containerd = specOf('containerd', one(sc))!.spec.process.capabilities.bounding
    expect(containerd.slice(-2)).toEqual(['CAP_CAP_NET_ADMIN', 'CAP_SYS_TIME'])
    expect(containerd).toContain('CAP_CHOWN')
    const crio = specOf('cri-o', one(sc))!.spec.process.capabilities.bounding
    expect(crio.slice(0, 2)).toEqual(['CAP_NET_ADMIN', 'CAP_SYS_TIME'])
    expect(crio).not.toContain('CAP_CHOWN')
  })

  it('drop ALL then add one: that one alone on both runtimes', () => {
    const sc = { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }
    for (const rt of ['containerd', 'cri-o'] as const)
      expect(specOf(rt, one(sc))!.spec.process.capabilities.effective).toEqual(['CAP_NET_BIND_SERVICE'])
  })

  it('privileged: every capability in bit order; CRI-O fills inheritable and ambient; no masks, no seccomp', () => {
    const sc = { privileged: true, seccompProfile: { type: 'RuntimeDefault' } }
    const containerd = specOf('containerd', one(sc))!.spec
    expect(containerd.process.capabilities).toEqual({
      bounding: ALL,
      effective: ALL,
      permitted: ALL,
      inheritable: [],
      ambient: [],
    })
    expect(containerd.linux).toEqual({ seccomp: null, maskedPaths: [], readonlyPaths: [] })
    const crio = specOf('cri-o', one(sc))!.spec
    expect(crio.process.capabilities.ambient).toEqual(ALL)
    expect(crio.process.capabilities.inheritable).toEqual(ALL)
    expect(crio.process.apparmorProfile).toBeNull()
    expect(crio.process.selinuxLabel).toBeNull()
    expect(containerd.process.selinuxLabel).toBe('system_u:system_r:container_t:s0:c…,c…')
  })
})

describe('runtimeSpec: seccomp, procMount, groups, mounts', () => {
  it('RuntimeDefault names each runtime’s profile; Localhost names the node’s file; Unconfined none', () => {
    const rd = { seccompProfile: { type: 'RuntimeDefault' } }
    expect(specOf('containerd', one(rd))!.spec.linux.seccomp).toEqual({
      profile: 'RuntimeDefault',
      name: 'containerd default',
      source: 'containerd/containerd contrib/seccomp/seccomp_default.go DefaultProfile',
    })
    expect(specOf('cri-o', one(rd))!.spec.linux.seccomp).toMatchObject({
      source: 'containers/common pkg/seccomp/seccomp.json',
    })
    const local = { seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' } }
    expect(specOf('containerd', one(local))!.spec.linux.seccomp).toMatchObject({
      profile: 'Localhost',
      path: '/var/lib/kubelet/seccomp/profiles/audit.json',
    })
    expect(
      specOf('containerd', one({ seccompProfile: { type: 'Unconfined' } }))!.spec.linux.seccomp,
    ).toBeNull()
  })

  it('procMount Unmasked: nothing masked or read-only; the user namespace is noted', () => {
    const r = specOf('cri-o', { ...one({ procMount: 'Unmasked' }), hostUsers: false })!
    expect(r.spec.linux.maskedPaths).toEqual([])
    expect(r.spec.linux.readonlyPaths).toEqual([])
    expect(r.notes.some((n) => n.startsWith('hostUsers: false'))).toBe(true)
  })

  it('root under Merge gets the image’s wheel group; Strict does not', () => {
    expect(specOf('containerd', one({}))!.spec.process.user).toEqual({
      uid: 0,
      gid: 0,
      additionalGids: [0, 10],
    })
    const strict = one({}, { supplementalGroupsPolicy: 'Strict', supplementalGroups: [5] })
    expect(specOf('cri-o', strict)!.spec.process.user.additionalGids).toEqual([0, 5])
  })

  it('mounts: parents first, read-only and propagation options, subPath and hostPath sources', () => {
    const r = specOf('containerd', {
      volumes: [
        { name: 'a', emptyDir: {} },
        { name: 'h', hostPath: { path: '/var/log' } },
      ],
      containers: [
        {
          name: 'app',
          volumeMounts: [
            { name: 'a', mountPath: '/data/deep/er', subPath: 'x' },
            { name: 'h', mountPath: '/logs', readOnly: true, mountPropagation: 'HostToContainer' },
          ],
        },
      ],
    })!
    expect(r.spec.mounts).toEqual([
      { destination: '/logs', type: 'bind', source: '/var/log', options: ['rbind', 'rslave', 'ro'] },
      {
        destination: '/data/deep/er',
        type: 'bind',
        source: '/var/lib/kubelet/pods/<pod uid>/volume-subpaths/a/app/0',
        options: ['rbind', 'rprivate', 'rw'],
      },
    ])
  })

  it('readOnlyRootFilesystem makes root.readonly', () => {
    expect(specOf('cri-o', one({ readOnlyRootFilesystem: true }))!.spec.root.readonly).toBe(true)
  })
})

describe('runtimeSpec: no process, no spec', () => {
  it('null for a container the kubelet refuses and for a Windows pod', () => {
    const refused = analyze(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers: [{name: a, image: busybox}]\n',
    ).resources[0]!
    expect(refused.effective[0]!.refusal?.by).toBe('kubelet')
    expect(runtimeSpec(refused.resource, refused.effective[0]!, 'containerd')).toBeNull()
    expect(specOf('containerd', { os: { name: 'windows' }, containers: [{ name: 'w' }] })).toBeNull()
  })
})
