import { describe, expect, it } from 'vitest'
import type { ContainerEffective, EffectiveOptions, JsonObject } from '../types'
import { FIELDS, fieldKey } from '../k8s/fields'
import { FIELD_KEYS, computeEffective } from './index'
import { podResource } from './testResource'

const containerd: EffectiveOptions = { runtime: 'containerd', imageUser: 0 }
const eff = (spec: JsonObject, options = containerd, metadata?: JsonObject): ContainerEffective =>
  computeEffective(podResource(spec, metadata), options)[0]!
const withCtr = (pod: JsonObject | undefined, ctr: JsonObject | undefined) =>
  eff({
    ...(pod ? { securityContext: pod } : {}),
    containers: [{ name: 'app', ...(ctr ? { securityContext: ctr } : {}) }],
  })

describe('fields', () => {
  it('has an entry for every field, in catalogue order', () => {
    const c = withCtr(undefined, undefined)
    expect(Object.keys(c.fields)).toEqual(FIELD_KEYS)
    // Every catalogue field once, in catalogue order, and the resulting capabilities right before its lists.
    expect(FIELD_KEYS.filter((k) => k !== 'capabilities')).toEqual(FIELDS.map(fieldKey))
    expect(FIELD_KEYS.indexOf('capabilities')).toBe(FIELD_KEYS.indexOf('capabilities.add') - 1)
  })

  it('gives defaults with their source when nothing is set', () => {
    const f = withCtr(undefined, undefined).fields
    expect(f.privileged).toEqual({ value: false, source: 'default' })
    expect(f.readOnlyRootFilesystem).toEqual({ value: false, source: 'default' })
    expect(f.procMount).toEqual({ value: 'Default', source: 'default' })
    expect(f['seccompProfile.type']).toEqual({
      value: 'Unconfined',
      source: 'default',
      why: 'unset: Unconfined (kubelet seccompDefault is off)',
    })
    expect(f.fsGroupChangePolicy).toEqual({ value: 'Always', source: 'default', why: 'unset: Always' })
    expect(f.supplementalGroupsPolicy?.value).toBe('Merge')
    expect(f.runAsNonRoot).toEqual({ value: null, source: 'default', why: 'unset: no check' })
    expect(f.fsGroup?.value).toBeNull()
    expect(f.sysctls).toEqual({ value: null, source: 'default' })
  })

  it('nil is not false: an explicit false in the container overrides the pod', () => {
    const f = withCtr({ runAsNonRoot: true, runAsUser: 1000 }, { runAsNonRoot: false }).fields
    expect(f.runAsNonRoot).toEqual({
      value: false,
      source: 'container',
      overridden: true,
      why: "the container's runAsNonRoot false overrides the pod's true",
    })
    expect(withCtr({ runAsNonRoot: true }, {}).fields.runAsNonRoot).toMatchObject({
      value: true,
      source: 'pod',
    })
    expect(withCtr({ runAsUser: 1000 }, { runAsUser: 0 }).process!.uid).toBe(0)
  })

  it('says when runAsNonRoot will stop the container', () => {
    expect(withCtr({ runAsNonRoot: true }, undefined).fields.runAsNonRoot?.why).toBe(
      'the kubelet will not start the container: the image runs as root (uid 0)',
    )
    expect(withCtr({ runAsNonRoot: true, runAsUser: 0 }, undefined).fields.runAsNonRoot?.why).toBe(
      'the kubelet will not start the container: runAsUser 0 breaks the non-root policy',
    )
  })

  it('a container seLinuxOptions replaces the whole pod struct', () => {
    const f = withCtr(
      { seLinuxOptions: { level: 's0:c123,c456' } },
      { seLinuxOptions: { type: 'spc_t' } },
    ).fields
    expect(f['seLinuxOptions.type']).toEqual({ value: 'spc_t', source: 'container' })
    expect(f['seLinuxOptions.level']).toEqual({
      value: null,
      source: 'container',
      overridden: 's0:c123,c456',
      why: "the container's seLinuxOptions replaces the pod's whole struct: the pod's level s0:c123,c456 is lost",
    })
    expect(withCtr({ seLinuxOptions: { level: 's0:c1' } }, {}).fields['seLinuxOptions.level']).toEqual({
      value: 's0:c1',
      source: 'pod',
    })
  })

  it('windowsOptions merge per sub-field, GMSA name and spec as a pair', () => {
    const f = withCtr(
      {
        windowsOptions: {
          gmsaCredentialSpecName: 'pod-gmsa',
          gmsaCredentialSpec: '{}',
          runAsUserName: 'PodUser',
        },
      },
      { windowsOptions: { gmsaCredentialSpecName: 'ctr-gmsa', hostProcess: false } },
    ).fields
    expect(f['windowsOptions.gmsaCredentialSpecName']).toEqual({
      value: 'ctr-gmsa',
      source: 'container',
      overridden: 'pod-gmsa',
    })
    expect(f['windowsOptions.gmsaCredentialSpec']).toEqual({
      value: null,
      source: 'container',
      overridden: '{}',
    })
    expect(f['windowsOptions.runAsUserName']).toEqual({ value: 'PodUser', source: 'pod' })
    expect(f['windowsOptions.hostProcess']).toEqual({ value: false, source: 'container' })
  })

  it('seccompProfile: the container struct wins whole; privileged runs unconfined', () => {
    const f = withCtr(
      { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } },
      { seccompProfile: { type: 'RuntimeDefault' } },
    )
    expect(f.fields['seccompProfile.type']).toEqual({
      value: 'RuntimeDefault',
      source: 'container',
      overridden: 'Localhost',
    })
    expect(f.fields['seccompProfile.localhostProfile']).toEqual({
      value: null,
      source: 'container',
      overridden: 'p.json',
    })
    expect(f.process!.seccompMode).toBe(2)
    const p = withCtr({ seccompProfile: { type: 'RuntimeDefault' } }, { privileged: true })
    expect(p.fields['seccompProfile.type']).toEqual({
      value: 'Unconfined',
      source: 'derived',
      why: 'privileged: the container runs without seccomp',
    })
    expect(p.process!.seccompMode).toBe(0)
  })

  it('appArmorProfile: container field, then the legacy annotation, then the pod field', () => {
    const annotated = {
      name: 'demo',
      annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'localhost/k8s-deny' },
    }
    const spec = {
      securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app' }],
    }
    const f = eff(spec, containerd, annotated).fields
    expect(f['appArmorProfile.type']).toEqual({
      value: 'Localhost',
      source: 'pod',
      why: 'from the legacy annotation container.apparmor.security.beta.kubernetes.io/app',
    })
    expect(f['appArmorProfile.localhostProfile']?.value).toBe('k8s-deny')
    expect(eff(spec).fields['appArmorProfile.type']).toEqual({ value: 'RuntimeDefault', source: 'pod' })
  })

  it('allowPrivilegeEscalation: derived true with CAP_SYS_ADMIN, API rejections explained', () => {
    expect(
      withCtr(undefined, { capabilities: { add: ['SYS_ADMIN'] } }).fields.allowPrivilegeEscalation,
    ).toEqual({
      value: true,
      source: 'derived',
      why: 'allowPrivilegeEscalation is true: CAP_SYS_ADMIN',
    })
    expect(
      withCtr(undefined, { privileged: true, allowPrivilegeEscalation: false }).fields
        .allowPrivilegeEscalation?.why,
    ).toBe('rejected by the API server: privileged is true')
    const literal = withCtr(undefined, {
      allowPrivilegeEscalation: false,
      capabilities: { add: ['CAP_SYS_ADMIN'] },
    })
    expect(literal.fields.allowPrivilegeEscalation?.why).toBe(
      'rejected by the API server: capabilities.add has CAP_SYS_ADMIN',
    )
    expect(literal.process!.noNewPrivs).toBe(true)
  })

  it('capabilities: containerd ignores CAP_NET_ADMIN and says what to write', () => {
    const c = withCtr(undefined, { capabilities: { add: ['CAP_NET_ADMIN'] } })
    expect(c.process!.status.CapEff).toBe('00000000a80425fb')
    expect(c.fields['capabilities.add']).toEqual({
      value: ['CAP_NET_ADMIN'],
      source: 'container',
      why: 'CAP_NET_ADMIN is ignored by containerd (it becomes CAP_CAP_NET_ADMIN): write NET_ADMIN',
    })
    const crio = eff(
      { containers: [{ name: 'a', securityContext: { capabilities: { add: ['CAP_NET_ADMIN'] } } }] },
      {
        runtime: 'cri-o',
        imageUser: 0,
      },
    )
    expect(crio.process!.status.CapEff).toBe('00000000000015fb')
    expect(crio.fields['capabilities.add']?.why).toBeUndefined()
  })

  it('drop ALL + add NET_BIND_SERVICE as root', () => {
    const c = withCtr(undefined, { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } })
    expect(c.process!.status.CapEff).toBe('0000000000000400')
    expect(c.process!.effectiveCaps).toEqual(['CAP_NET_BIND_SERVICE'])
    expect(c.fields['capabilities.drop']).toEqual({ value: ['ALL'], source: 'container' })
  })

  it('the image user assumption drives uid when runAsUser is unset', () => {
    const c = eff({ containers: [{ name: 'app' }] }, { runtime: 'containerd', imageUser: 65532 })
    expect(c.fields.runAsUser).toEqual({
      value: 65532,
      source: 'image',
      why: "unset: the image's USER, assumed to be uid 65532",
    })
    expect(c.process!.id).toBe('uid=65532 gid=0(root) groups=0(root)')
    expect(c.process!.status.CapEff).toBe('0000000000000000')
    expect(c.assumptions).toContain('image USER is uid 65532')
  })

  it('supplementalGroupsPolicy Strict drops the image group memberships of root', () => {
    expect(withCtr({ supplementalGroupsPolicy: 'Strict' }, undefined).process!.id).toBe(
      'uid=0(root) gid=0(root) groups=0(root)',
    )
    expect(withCtr({ fsGroup: 10 }, undefined).process!.groups).toEqual([0, 10])
  })
})
