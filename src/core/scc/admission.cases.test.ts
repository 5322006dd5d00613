/**
 * More cases from apiserver-library-go pkg/securitycontextconstraints/sccadmission/admission_test.go
 * (TestAdmitCaps, TestAdmitSeccomp, TestAdmitPreferNonmutatingWhenPossible, TestRestrictedMessage,
 * TestAdmitValidatedSCCSubjectType, TestMatchingSecurityContextConstraints), on the fixtures of testKit.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import type { SccDefinition } from './types'
import { admitTest, goodPod, inKind, laxScc, rawScc, RESTRICTED_HINT, restrictiveScc } from './testKit'

describe('TestAdmitCaps', () => {
  const restricted = restrictiveScc()
  const allowed = restrictiveScc('allowCapInAllowed', { allowedCapabilities: ['foo'] })
  const required = restrictiveScc('allowCapInRequired', { defaultAddCapabilities: ['foo'] })
  const drop = restrictiveScc('requireDrop', { requiredDropCapabilities: ['foo'] })
  const all = restrictiveScc('allowAllCapsInAllowed', { allowedCapabilities: ['*'] })
  const cases: [string, JsonObject | null, SccDefinition[], boolean, JsonObject | null][] = [
    ['should reject cap add when not allowed or required', { add: ['foo'] }, [restricted], false, null],
    ['should accept cap add when in allowed', { add: ['foo'] }, [restricted, allowed], true, null],
    ['should accept cap add when in required', { add: ['foo'] }, [restricted, required], true, null],
    [
      'should reject cap add when requested cap is required to be dropped',
      { add: ['foo'] },
      [restricted, drop],
      false,
      null,
    ],
    [
      'should accept cap drop when cap is required to be dropped',
      { drop: ['foo'] },
      [restricted, drop],
      true,
      null,
    ],
    ['required add is defaulted', null, [required], true, { add: ['foo'] }],
    ['required drop is defaulted', null, [drop], true, { drop: ['foo'] }],
    ['should accept cap add when all caps are allowed', { add: ['foo'] }, [restricted, all], true, null],
  ]
  for (const kind of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
    it.each(cases)(`%s (${kind})`, (_name, caps, sccs, pass, expected) => {
      const pod = inKind(goodPod(caps ? { securityContext: { capabilities: caps } } : {}), kind)
      const r = admitTest(pod, sccs)
      expect(r.status).toBe(pass ? 'admitted' : 'rejected')
      if (expected)
        expect(
          ((r.mutatedPodSpec[kind] as JsonObject[])[0]!.securityContext as JsonObject).capabilities,
        ).toEqual(expected)
    })
  }
})

describe('TestAdmitSeccomp', () => {
  const noSeccomp = restrictiveScc('noseccomp')
  const seccomp = restrictiveScc('seccomp', { seccompProfiles: ['foo'] })
  const wildcard = restrictiveScc('wildcard', { seccompProfiles: ['*'] })
  const withSeccomp = (podAnn: string, ctrAnn: string) => {
    const annotations: JsonObject = {}
    if (podAnn) annotations['seccomp.security.alpha.kubernetes.io/pod'] = podAnn
    if (ctrAnn) annotations['container.seccomp.security.alpha.kubernetes.io/container'] = ctrAnn
    return goodPod({ name: 'container' }, {}, { annotations })
  }
  const cases: [string, JsonObject, SccDefinition, string | null, string | undefined][] = [
    ['no seccomp, no requests', goodPod(), noSeccomp, 'noseccomp', undefined],
    ['no seccomp, bad container requests', withSeccomp('foo', 'bar'), noSeccomp, null, undefined],
    ['seccomp, no requests', goodPod(), seccomp, 'seccomp', 'foo'],
    [
      'seccomp, valid pod annotation, no container annotation',
      withSeccomp('foo', ''),
      seccomp,
      'seccomp',
      'foo',
    ],
    [
      'seccomp, no pod annotation, valid container annotation',
      withSeccomp('', 'foo'),
      seccomp,
      'seccomp',
      'foo',
    ],
    [
      'seccomp, valid pod annotation, invalid container annotation',
      withSeccomp('foo', 'bar'),
      seccomp,
      null,
      undefined,
    ],
    ['wild card, no requests', goodPod(), wildcard, 'wildcard', undefined],
    ['wild card, requests', withSeccomp('foo', 'bar'), wildcard, 'wildcard', 'foo'],
  ]
  it.each(cases)('%s', (_name, pod, scc, admittedBy, podAnnotation) => {
    const r = admitTest(pod, [scc])
    expect(r.admittedBy).toBe(admittedBy)
    if (admittedBy) expect(r.annotations['seccomp.security.alpha.kubernetes.io/pod']).toBe(podAnnotation)
  })
})

describe('TestAdmitPreferNonmutatingWhenPossible (create)', () => {
  it('creation: the most restrictive SCC is used even if it mutates', () => {
    const sccs = [
      laxScc('restrictive-non-mutating-scc', { allowHostPorts: false }),
      restrictiveScc('mutating-scc'),
      laxScc('non-mutating-scc'),
    ]
    expect(admitTest(goodPod({ name: 'simple-pod', image: 'test-image:0.1' }), sccs).admittedBy).toBe(
      'mutating-scc',
    )
  })
})

describe('TestRestrictedMessage', () => {
  const usableRestricted = restrictiveScc('restricted')
  const unusableRestricted = restrictiveScc('restricted', { groups: [] })
  const v2 = restrictiveScc('restricted-v2', { allowPrivilegeEscalation: false })
  const simple = (sc: JsonObject) =>
    goodPod({ name: 'simple-pod', image: 'test-image:0.1', securityContext: sc })
  it('message about restricted matching', () => {
    const r = admitTest(simple({ allowPrivilegeEscalation: true }), [unusableRestricted, v2])
    expect(r.message).toContain(RESTRICTED_HINT)
    expect(r.message).toContain(
      'provider restricted-v2: .containers[0].allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed',
    )
  })
  it('no message about restricted if it does not match', () => {
    const r = admitTest(simple({ privileged: true }), [usableRestricted, v2])
    expect(r.message).toContain('unable to validate against any security context constraint')
    expect(r.message).not.toContain('no access to scc/restricted')
  })
  it('no message about restricted if restricted-v2 works (equal points: `restricted` sorts first by name and admits)', () => {
    const r = admitTest(simple({}), [usableRestricted, v2])
    expect([r.status, r.admittedBy, r.message]).toEqual(['admitted', 'restricted', ''])
  })
})

describe('TestAdmitValidatedSCCSubjectType', () => {
  const userScc = laxScc('user-scc', { users: ['test-user'], groups: [] })
  const saOnly = laxScc('sa-scc', { groups: [] })
  it('user authorization', () => {
    const r = admitTest(goodPod(), [userScc, saOnly], { user: { name: 'test-user', groups: [] } })
    expect([r.admittedBy, r.subjectType]).toEqual(['user-scc', 'user'])
  })
  it('serviceaccount authorization (RBAC use of sa-scc for system:serviceaccount:default:default)', () => {
    const r = admitTest(goodPod(), [userScc, saOnly], {
      user: { name: 'not-in-scc', groups: [] },
      serviceAccountGrants: ['sa-scc'],
    })
    expect([r.admittedBy, r.subjectType]).toEqual(['sa-scc', 'serviceaccount'])
  })
})

describe('TestMatchingSecurityContextConstraints: users, groups and RBAC grants', () => {
  const sccs = [rawScc('match group', { groups: ['group'] }), rawScc('match user', { users: ['user'] })]
  const usable = (user: { name: string; groups: string[] }, userGrants: string[] = []) =>
    admitTest(goodPod(), sccs, { serviceAccount: '', user, userGrants })
      .attempts.filter((a) => a.usableBy)
      .map((a) => a.scc)
  it.each([
    ['find none', { name: 'foo', groups: ['bar'] }, [], []],
    ['find user', { name: 'user', groups: ['bar'] }, [], ['match user']],
    ['find group', { name: 'foo', groups: ['group'] }, [], ['match group']],
    ['find user via authz', { name: 'foo', groups: ['bar'] }, ['match user'], ['match user']],
  ] as const)('%s', (_name, user, grants, want) => {
    expect(usable({ name: user.name, groups: [...user.groups] }, [...grants]).slice(0, 1)).toEqual(want)
  })
})
