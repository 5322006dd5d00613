/** analyze() under the openshift platform (issue 17 §1, §3, §4): SCC admission before every other check. */
import { describe, expect, it } from 'vitest'
import { analyze } from './analyze'
import { planFix } from './fixes'
import { applyEdits } from './yaml'
import { OPENSHIFT, openShiftChart } from './testdata/openshift'
import { DEFAULT_OPTIONS } from './types'
import { verdictsOf } from './verdict'

const deployment = openShiftChart

const WITH_UID = deployment(`          securityContext:
            runAsUser: 10000
`)

describe('analyze under openshift', () => {
  it('rejects runAsUser outside the namespace range, with upstream text at the node', () => {
    const a = analyze(WITH_UID, OPENSHIFT)
    const r = a.resources[0]!
    expect(r.scc?.status).toBe('rejected')
    expect(r.scc?.message).toContain(
      'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
    )
    const p = r.problems.find((x) => x.code === 'SCC_RUN_AS_USER')!
    expect(p.source).toBe('scc')
    expect(p.message).toBe(
      'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
    )
    expect(p.path).toBe('spec.template.spec.containers[0].securityContext.runAsUser')
    expect(WITH_UID.slice(p.range[0], p.range[1])).toBe('10000')
    expect(p.fixes.map((f) => f.id)).toContain('scc-remove-run-as-user')
    expect(verdictsOf(r).api.accepts).toBe(false)
    expect(verdictsOf(r).kubelet).toBeNull()
    expect(r.effective[0]!.process).toBeNull()
    expect(r.effective[0]!.refusal?.by).toBe('apiserver')
  })

  it('admits without runAsUser: restricted-v2 assigns the first uid of the range, labelled with the SCC', () => {
    const r = analyze(deployment(''), OPENSHIFT).resources[0]!
    expect(r.scc?.admittedBy).toBe('restricted-v2')
    const c = r.effective[0]!
    expect(c.fields.runAsUser).toMatchObject({ value: 1000750000, source: 'scc', sccName: 'restricted-v2' })
    expect(c.fields.runAsUser?.why).toBeTruthy()
    expect(c.fields.fsGroup).toMatchObject({ value: 1000750000, source: 'scc' })
    expect(c.fields['seccompProfile.type']).toMatchObject({ value: 'RuntimeDefault', source: 'scc' })
    expect(c.process?.uid).toBe(1000750000)
    expect(c.process?.id).toBe('uid=1000750000 gid=0(root) groups=0(root),1000750000')
    // Pod Security sees the admitted pod: restricted-v2 makes it pass restricted.
    expect(r.pss.allowed).toBe(true)
    expect(r.problems.filter((p) => p.source === 'scc')).toEqual([])
  })

  it('reads the allocation from a Namespace document of the input, and SCC grants', () => {
    const ns = `apiVersion: v1
kind: Namespace
metadata:
  name: team
  annotations:
    openshift.io/sa.scc.uid-range: 1000680000/10000
---
`
    const text = ns + deployment('').replace('name: web', 'name: web\n  namespace: team')
    const r = analyze(text, OPENSHIFT).resources[0]!
    expect(r.effective[0]!.fields.runAsUser?.value).toBe(1000680000)
    const anyuid = analyze(WITH_UID, {
      ...OPENSHIFT,
      openshift: { ...OPENSHIFT.openshift!, grants: ['anyuid'] },
    })
    expect(anyuid.resources[0]!.scc?.admittedBy).toBe('anyuid')
    expect(anyuid.resources[0]!.effective[0]!.process?.uid).toBe(10000)
  })

  it('leaves kubernetes analysis as it was', () => {
    const r = analyze(WITH_UID, DEFAULT_OPTIONS).resources[0]!
    expect(r.scc).toBeUndefined()
    expect(r.effective[0]!.fields.runAsUser?.source).toBe('container')
  })
})

describe('SCC fixes', () => {
  it('removing the runAsUser outside the range makes restricted-v2 admit the pod (may-break)', () => {
    const a = analyze(WITH_UID, OPENSHIFT)
    const r = a.resources[0]!
    const p = r.problems.find((x) => x.code === 'SCC_RUN_AS_USER')!
    const ref = p.fixes.find((f) => f.id === 'scc-remove-run-as-user')!
    expect(ref.effect).toBe('may-break')
    const edits = planFix(a.stream, r.resource, p, ref.id)
    const fixed = analyze(applyEdits(WITH_UID, edits), OPENSHIFT)
    expect(fixed.resources[0]!.scc?.admittedBy).toBe('restricted-v2')
    expect(fixed.text).not.toContain('runAsUser')
  })

  it('allowPrivilegeEscalation: true is rejected; set-ape-false (safe) fixes it', () => {
    const text = deployment(`          securityContext:
            allowPrivilegeEscalation: true
`)
    const a = analyze(text, OPENSHIFT)
    const p = a.problems.find((x) => x.code === 'SCC_ALLOW_PRIVILEGE_ESCALATION')!
    expect(p.message).toBe(
      'provider restricted-v2: .containers[0].allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed',
    )
    const ref = p.fixes.find((f) => f.id === 'set-ape-false')!
    expect(ref.effect).toBe('safe')
    const fixed = analyze(applyEdits(text, planFix(a.stream, a.resources[0]!.resource, p, ref.id)), OPENSHIFT)
    expect(fixed.resources[0]!.scc?.admittedBy).toBe('restricted-v2')
  })
})

describe('the SCC capability fix', () => {
  it('removes the capability the SCC rejects, read from the problem data (not its message)', () => {
    const text = deployment(`          securityContext:
            capabilities:
              add: [NET_ADMIN, NET_BIND_SERVICE]
`)
    const a = analyze(text, OPENSHIFT)
    const p = a.problems.find((x) => x.code === 'SCC_CAPABILITIES' && x.data?.value === 'NET_ADMIN')!
    expect(p.data).toEqual({ field: 'capabilities.add', part: 'add', value: 'NET_ADMIN' })
    expect(p.fixes.map((f) => f.id)).toContain('scc-remove-added-capability')
    const r = a.resources[0]!.resource
    const edits = planFix(a.stream, r, { ...p, message: '' }, 'scc-remove-added-capability')
    expect(applyEdits(text, edits)).toBe(
      deployment(`          securityContext:
            capabilities:
              add: [NET_BIND_SERVICE]
`),
    )
  })
})
