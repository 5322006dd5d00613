/**
 * Per-runtime rules of the effective view, each from containerd's or CRI-O's source (k8s/runtimes.ts cites the
 * functions). The capability lines were measured with runc 1.1.5 and busybox on the OCI sets each runtime writes:
 * on that host (bounding 000001fffeffffff) CRI-O's privileged non-root process showed the host's full set in
 * CapInh, CapPrm, CapEff, CapBnd and CapAmb, containerd's CapBnd only.
 */
import { describe, expect, it } from 'vitest'
import type { EffectiveOptions, JsonObject, Runtime } from '../types'
import { computeEffective } from './index'
import { podResource } from './testResource'

const ALL = '000001ffffffffff'
const ZERO = '0000000000000000'
const run = (runtime: Runtime, spec: JsonObject, imageUser = 0) => {
  const options: EffectiveOptions = { runtime, imageUser }
  return computeEffective(podResource(spec), options)[0]!
}
const ctr = (securityContext: JsonObject, extra: JsonObject = {}): JsonObject => ({
  ...extra,
  containers: [{ name: 'app', image: 'busybox', securityContext }],
})

describe('privileged capability sets', () => {
  const privilegedNonRoot = ctr({ privileged: true, runAsUser: 1000 })

  it('CRI-O: a non-root privileged process keeps every capability (inheritable and ambient are full)', () => {
    const c = run('cri-o', privilegedNonRoot)
    expect(c.process!.status).toEqual({ CapInh: ALL, CapPrm: ALL, CapEff: ALL, CapBnd: ALL, CapAmb: ALL })
    expect(c.process!.effectiveCaps).toHaveLength(41)
    expect(c.fields.capabilities?.why).toBe(
      `privileged: every capability (${ALL}), in the inheritable and ambient sets too; ` +
        'uid 1000 is not root, but CRI-O puts every capability in the ambient set of a privileged container: the process keeps them all',
    )
  })

  it('containerd: a non-root privileged process has CapEff 0 (no inheritable, ambient cleared)', () => {
    const c = run('containerd', privilegedNonRoot)
    expect(c.process!.status).toEqual({ CapInh: ZERO, CapPrm: ZERO, CapEff: ZERO, CapBnd: ALL, CapAmb: ZERO })
    expect(c.process!.effectiveCaps).toEqual([])
  })

  it('root: both give every capability; only CRI-O fills CapInh and CapAmb', () => {
    const root = ctr({ privileged: true })
    expect(run('containerd', root).process!.status).toEqual({
      CapInh: ZERO,
      CapPrm: ALL,
      CapEff: ALL,
      CapBnd: ALL,
      CapAmb: ZERO,
    })
    expect(run('cri-o', root).process!.status).toEqual({
      CapInh: ALL,
      CapPrm: ALL,
      CapEff: ALL,
      CapBnd: ALL,
      CapAmb: ALL,
    })
  })

  it('unprivileged: no inheritable or ambient set on either runtime', () => {
    for (const runtime of ['containerd', 'cri-o'] as const) {
      const s = run(runtime, ctr({ runAsUser: 1000, capabilities: { add: ['NET_ADMIN'] } })).process!.status
      expect([s.CapInh, s.CapPrm, s.CapEff, s.CapAmb]).toEqual([ZERO, ZERO, ZERO, ZERO])
    }
  })
})

describe('AppArmor', () => {
  const localhost = { type: 'Localhost', localhostProfile: 'deny-write' }

  it('containerd applies a Localhost profile to a privileged container; CRI-O applies none', () => {
    const spec = ctr({ privileged: true, appArmorProfile: localhost })
    const containerd = run('containerd', spec)
    expect(containerd.fields['appArmorProfile.type']).toEqual({
      value: 'Localhost',
      source: 'container',
      why: 'privileged: containerd still applies a Localhost profile (it skips only RuntimeDefault)',
    })
    expect(containerd.process!.apparmorProfile).toBe('deny-write')
    const crio = run('cri-o', spec)
    expect(crio.fields['appArmorProfile.type']).toEqual({
      value: 'Unconfined',
      source: 'derived',
      why: 'privileged: CRI-O runs the container without AppArmor',
    })
    expect(crio.process!.apparmorProfile).toBeNull()
  })

  it('privileged with RuntimeDefault or unset: no profile on either runtime', () => {
    for (const runtime of ['containerd', 'cri-o'] as const) {
      const scs: JsonObject[] = [
        { privileged: true },
        { privileged: true, appArmorProfile: { type: 'RuntimeDefault' } },
      ]
      for (const sc of scs) {
        const c = run(runtime, ctr(sc))
        expect(c.fields['appArmorProfile.type']?.value).toBe('Unconfined')
        expect(c.process!.apparmorProfile).toBeNull()
      }
    }
  })

  it("unset or RuntimeDefault: each runtime's own default profile", () => {
    expect(run('containerd', ctr({})).process!.apparmorProfile).toBe('cri-containerd.apparmor.d')
    expect(run('cri-o', ctr({})).process!.apparmorProfile).toBe('crio-default')
    expect(run('cri-o', ctr({})).fields['appArmorProfile.type']?.why).toBe(
      'unset: crio-default, the CRI-O default profile, when the node has AppArmor',
    )
    const unconfined = ctr({ appArmorProfile: { type: 'Unconfined' } })
    expect(run('containerd', unconfined).process!.apparmorProfile).toBeNull()
  })
})

describe('SELinux', () => {
  const level = { seLinuxOptions: { level: 's0:c1,c2' } }

  it('containerd keeps the label of a privileged container; CRI-O drops it', () => {
    const spec = ctr({ privileged: true, ...level })
    const containerd = run('containerd', spec)
    expect(containerd.process!.seLinuxLabel).toBe(true)
    expect(containerd.fields['seLinuxOptions.level']?.why).toBe(
      'privileged: containerd still applies this label',
    )
    const crio = run('cri-o', spec)
    expect(crio.process!.seLinuxLabel).toBe(false)
    expect(crio.fields['seLinuxOptions.level']).toEqual({
      value: 's0:c1,c2',
      source: 'container',
      why: 'privileged: CRI-O sets no SELinux label',
    })
  })

  it('CRI-O sets no label with hostPID, hostIPC or hostNetwork; containerd does', () => {
    for (const host of ['hostPID', 'hostIPC', 'hostNetwork']) {
      const spec = ctr(level, { [host]: true })
      expect(run('cri-o', spec).process!.seLinuxLabel).toBe(false)
      expect(run('cri-o', spec).fields['seLinuxOptions.level']?.why).toBe(
        `${host}: CRI-O sets no SELinux label`,
      )
      expect(run('containerd', spec).process!.seLinuxLabel).toBe(true)
    }
    expect(run('cri-o', ctr(level)).process!.seLinuxLabel).toBe(true)
  })
})

describe('user and group names', () => {
  const tutorial = {
    securityContext: { runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, supplementalGroups: [4000] },
    containers: [{ name: 'app', image: 'busybox' }],
  }

  it('CRI-O writes /etc/passwd and /etc/group entries for ids the image lacks, so id names them', () => {
    const c = run('cri-o', tutorial)
    // Measured: busybox id on such files prints exactly this.
    expect(c.process!.id).toBe('uid=1000(1000) gid=3000(3000) groups=2000,3000(3000),4000')
    expect(c.assumptions).toContain('CRI-O adds the missing /etc/passwd and /etc/group entries')
    expect(run('containerd', tutorial).process!.id).toBe('uid=1000 gid=3000 groups=2000,3000,4000')
  })

  it('CRI-O without runAsGroup: the passwd gid 0 exists, only the user is added', () => {
    expect(run('cri-o', ctr({ runAsUser: 1000 })).process!.id).toBe(
      'uid=1000(1000) gid=0(root) groups=0(root)',
    )
    expect(run('cri-o', ctr({})).process!.id).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)')
  })
})

describe('capability names the runtime refuses', () => {
  it('CRI-O refuses an unknown name in add or drop; containerd runs the container', () => {
    const add = run('cri-o', ctr({ capabilities: { add: ['FLY'] } }))
    expect(add.process).toBeNull()
    expect(add.refusal).toEqual({ by: 'runtime', message: 'unknown capability "CAP_FLY" to add' })
    const drop = run('cri-o', ctr({ capabilities: { drop: ['cap_fly'] } }))
    expect(drop.refusal).toEqual({
      by: 'runtime',
      message: 'failed to drop cap cap_fly invalid capability: CAP_FLY',
    })
    const containerd = run('containerd', ctr({ capabilities: { add: ['FLY'], drop: ['CAP_FLY'] } }))
    expect(containerd.refusal).toBeNull()
    expect(containerd.process!.status.CapEff).toBe('00000000a80425fb')
  })

  it('a privileged container is not checked (CRI-O skips SpecSetupCapabilities)', () => {
    const c = run('cri-o', ctr({ privileged: true, capabilities: { add: ['FLY'] } }))
    expect(c.refusal).toBeNull()
    expect(c.process!.status.CapEff).toBe(ALL)
  })
})
