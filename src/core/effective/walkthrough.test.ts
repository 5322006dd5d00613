import { describe, expect, it } from 'vitest'
import type { EffectiveOptions, JsonObject } from '../types'
import { computeEffective } from './index'
import { SC1, SC1_VOLUME } from './testEffective'
import { podResource } from './testResource'

const containerd: EffectiveOptions = { runtime: 'containerd', imageUser: 0 }
const one = (spec: JsonObject, options = containerd) => {
  const all = computeEffective(podResource(spec), options)
  expect(all).toHaveLength(1)
  return all[0]!
}

describe('the walkthrough pods', () => {
  it('security-context.yaml: uid 1000, /data/demo drwxrwsrwx group 2000, new files 1000 2000', () => {
    const c = one(SC1)
    expect(c.process).toMatchObject({
      uid: 1000,
      gid: 3000,
      groups: [2000, 3000, 4000],
      id: 'uid=1000 gid=3000 groups=2000,3000,4000',
      user: '1000',
      noNewPrivs: true,
    })
    expect(c.volumes).toEqual([SC1_VOLUME])
    expect(c.fields.runAsUser).toEqual({ value: 1000, source: 'pod' })
    expect(c.fields.fsGroup).toEqual({ value: 2000, source: 'pod' })
    expect(c.fields.supplementalGroups).toEqual({ value: [4000], source: 'pod' })
    expect(c.fields.allowPrivilegeEscalation).toEqual({ value: false, source: 'container' })
    expect(c.process!.status).toEqual({
      CapInh: '0000000000000000',
      CapPrm: '0000000000000000',
      CapEff: '0000000000000000',
      CapBnd: '00000000a80425fb',
      CapAmb: '0000000000000000',
    })
  })

  it('without runAsGroup the primary group is 0 (root), as busybox id prints it', () => {
    const spec = structuredClone(SC1)
    delete (spec.securityContext as JsonObject).runAsGroup
    const c = one(spec)
    expect(c.process!.id).toBe('uid=1000 gid=0(root) groups=0(root),2000,4000')
    expect(c.fields.runAsGroup).toEqual({
      value: 0,
      source: 'derived',
      why: "uid 1000 is not in the image's /etc/passwd, so the primary group is 0 (root)",
    })
    expect(c.assumptions).toContain('image has no /etc/passwd entry for uid 1000')
    expect(c.volumes[0]?.newFile).toBe('-rw-r--r-- 1000 2000')
  })

  it("security-context-2.yaml: the container's runAsUser 2000 overrides the pod's 1000", () => {
    const c = one({
      securityContext: { runAsUser: 1000 },
      containers: [
        { name: 'sec-ctx-demo-2', securityContext: { runAsUser: 2000, allowPrivilegeEscalation: false } },
      ],
    })
    expect(c.fields.runAsUser).toEqual({
      value: 2000,
      source: 'container',
      overridden: 1000,
      why: "the container's runAsUser 2000 overrides the pod's 1000",
    })
    expect(c.process!.uid).toBe(2000)
    expect(c.process!.user).toBe('2000')
  })

  it('security-context-3.yaml: a bare container runs as root with the containerd default set', () => {
    const c = one({ containers: [{ name: 'sec-ctx-3' }] })
    expect(c.process!.status).toEqual({
      CapInh: '0000000000000000',
      CapPrm: '00000000a80425fb',
      CapEff: '00000000a80425fb',
      CapBnd: '00000000a80425fb',
      CapAmb: '0000000000000000',
    })
    expect(c.process!.id).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)')
    expect(c.process!.user).toBe('root')
    expect(c.process!.noNewPrivs).toBe(false)
    expect(c.process!.seccompMode).toBe(0)
    expect(c.fields.runAsUser).toEqual({
      value: 0,
      source: 'image',
      why: "unset: the image's USER, assumed to be root (uid 0)",
    })
    expect(c.fields.allowPrivilegeEscalation).toEqual({
      value: true,
      source: 'default',
      why: 'unset ⇒ allowed (no_new_privs is not set)',
    })
    expect(c.fields.capabilities).toEqual({
      value: c.process!.boundingCaps,
      source: 'default',
      why: 'unset: the containerd default set (14 capabilities)',
    })
    expect(c.assumptions).toEqual([
      'runtime containerd (default capabilities 00000000a80425fb)',
      "assumed image: custom: USER 0, busybox's /etc/passwd and /etc/group (the container names no image)",
      'image USER is root (uid 0)',
      'image /etc/group as in busybox: root is also in wheel (10)',
      'kubelet seccompDefault is off',
    ])
  })

  it('security-context-4.yaml: adding NET_ADMIN and SYS_TIME gives 00000000aa0435fb', () => {
    const c = one({
      containers: [
        { name: 'sec-ctx-4', securityContext: { capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } } },
      ],
    })
    expect(c.process!.status.CapPrm).toBe('00000000aa0435fb')
    expect(c.process!.status.CapEff).toBe('00000000aa0435fb')
    expect(c.process!.effectiveCaps).toContain('CAP_NET_ADMIN')
    expect(c.fields['capabilities.add']).toEqual({ value: ['NET_ADMIN', 'SYS_TIME'], source: 'container' })
  })

  it('CRI-O: a bare root container gets 00000000000005fb', () => {
    const c = one({ containers: [{ name: 'app' }] }, { runtime: 'cri-o', imageUser: 0 })
    expect(c.process!.status.CapEff).toBe('00000000000005fb')
    expect(c.assumptions[0]).toBe('runtime CRI-O (default capabilities 00000000000005fb)')
  })

  it('privileged: every capability and allowPrivilegeEscalation derived true', () => {
    const c = one({ containers: [{ name: 'app', securityContext: { privileged: true } }] })
    expect(c.process!.status).toMatchObject({
      CapPrm: '000001ffffffffff',
      CapEff: '000001ffffffffff',
      CapBnd: '000001ffffffffff',
    })
    expect(c.fields.allowPrivilegeEscalation).toEqual({
      value: true,
      source: 'derived',
      why: 'allowPrivilegeEscalation is true: privileged',
    })
    expect(c.fields.capabilities?.source).toBe('derived')
    expect(c.fields.capabilities?.why).toBe('privileged: every capability (000001ffffffffff)')
  })

  it('non-root with added capabilities: CapEff is 0, and the why says so', () => {
    const c = one({
      containers: [
        { name: 'app', securityContext: { runAsUser: 1000, capabilities: { add: ['NET_ADMIN'] } } },
      ],
    })
    expect(c.process!.status).toMatchObject({
      CapPrm: '0000000000000000',
      CapEff: '0000000000000000',
      CapBnd: '00000000a80435fb',
    })
    expect(c.process!.effectiveCaps).toEqual([])
    expect(c.fields['capabilities.add']?.why).toBe(
      'uid 1000 is not root: CapPrm and CapEff are 0 (Kubernetes has no ambient capabilities)',
    )
    expect(c.fields.capabilities?.why).toBe(
      'the containerd default set with capabilities.add and .drop applied; ' +
        'uid 1000 is not root: CapPrm and CapEff are 0 (Kubernetes has no ambient capabilities)',
    )
  })

  it('returns the containers in resource order: init, regular, ephemeral', () => {
    const all = computeEffective(
      podResource({
        containers: [{ name: 'app' }, { name: 'side' }],
        initContainers: [{ name: 'init-db' }],
        ephemeralContainers: [{ name: 'debug' }],
      }),
      containerd,
    )
    expect(all.map((c) => `${c.name} (${c.type})`)).toEqual([
      'init-db (initContainer)',
      'app (container)',
      'side (container)',
      'debug (ephemeralContainer)',
    ])
  })
})
