/**
 * SCC admission with OpenShift's own SCCs: issue 17's "Must show" cases, the restricted hint, grants to the
 * service account and to the requesting user.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { getIn } from '../json'
import { admitOpenShift, notUsable, RESTRICTED_HINT, workload } from './testKit'

/** The errors of the SCCs after restricted-v3 in admission order, none usable by a plain user. */
const AFTER_V3 = notUsable(
  'restricted',
  'nested-container',
  'nonroot-v2',
  'nonroot',
  'hostmount-anyuid',
  'hostmount-anyuid-v2',
  'hostnetwork-v2',
  'hostnetwork',
  'hostaccess',
  'privileged',
)

describe('issue 17, Must show', () => {
  it('a Deployment with runAsUser 10000 in uid range 1000750000/10000 is rejected, word for word', () => {
    const r = admitOpenShift(workload('Deployment', 'web', { runAsUser: 10000 }))
    expect(r.status).toBe('rejected')
    expect(r.message).toContain(
      'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
    )
    const errs = [
      ...notUsable('anyuid'),
      'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
      'provider restricted-v3: .spec.securityContext.hostUsers: Invalid value: "null": Host Users must be set to false',
      ...AFTER_V3,
    ]
    expect(r.message).toBe(
      `pods "web-<hash>-" is forbidden: unable to validate against any security context constraint: [${errs.join(', ')}]`,
    )
    expect(r.attempts[1]).toEqual({
      scc: 'restricted-v2',
      usableBy: 'user',
      admitted: false,
      errors: [
        {
          type: 'Invalid',
          field: 'provider restricted-v2: .containers[0].runAsUser',
          message: errs[1],
          nodePath: ['spec', 'template', 'spec', 'securityContext', 'runAsUser'],
          value: 10000,
        },
      ],
    })
    expect(r.reason).toBe('all too restrictive or denied')
  })

  it('without runAsUser it is admitted by restricted-v2, which assigns uid, fsGroup, SELinux level, seccomp and drops', () => {
    const r = admitOpenShift(workload('Deployment', 'web', {}))
    expect([r.status, r.admittedBy, r.subjectType, r.message]).toEqual([
      'admitted',
      'restricted-v2',
      'user',
      '',
    ])
    const spec = ['spec', 'template', 'spec']
    const ctr = { level: 'container', kind: 'containers', index: 0 }
    const meta = ['spec', 'template', 'metadata', 'annotations']
    expect(r.mutations.map(({ why: _why, ...m }) => m)).toEqual([
      {
        path: [...spec, 'securityContext', 'fsGroup'],
        value: 1000750000,
        target: { level: 'pod' },
        field: 'fsGroup',
      },
      {
        path: [...spec, 'securityContext', 'seLinuxOptions'],
        value: { level: 's0:c27,c9' },
        target: { level: 'pod' },
        field: 'seLinuxOptions',
      },
      {
        path: [...spec, 'securityContext', 'seccompProfile'],
        value: { type: 'RuntimeDefault' },
        target: { level: 'pod' },
        field: 'seccompProfile',
      },
      {
        path: [...spec, 'containers', 0, 'securityContext', 'runAsUser'],
        value: 1000750000,
        target: ctr,
        field: 'runAsUser',
      },
      {
        path: [...spec, 'containers', 0, 'securityContext', 'runAsNonRoot'],
        value: true,
        target: ctr,
        field: 'runAsNonRoot',
      },
      {
        path: [...spec, 'containers', 0, 'securityContext', 'capabilities'],
        value: { drop: ['ALL'] },
        target: ctr,
        field: 'capabilities',
      },
      {
        path: [...spec, 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
        value: false,
        target: ctr,
        field: 'allowPrivilegeEscalation',
      },
      {
        path: [...meta, 'seccomp.security.alpha.kubernetes.io/pod'],
        value: 'runtime/default',
        target: { level: 'metadata' },
        field: 'seccomp.security.alpha.kubernetes.io/pod',
      },
      {
        path: [...meta, 'openshift.io/scc'],
        value: 'restricted-v2',
        target: { level: 'metadata' },
        field: 'openshift.io/scc',
      },
      {
        path: [...meta, 'security.openshift.io/validated-scc-subject-type'],
        value: 'user',
        target: { level: 'metadata' },
        field: 'security.openshift.io/validated-scc-subject-type',
      },
    ])
    expect(r.mutatedPodSpec).toEqual({
      securityContext: {
        fsGroup: 1000750000,
        seLinuxOptions: { level: 's0:c27,c9' },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      containers: [
        {
          name: 'app',
          image: 'quay.io/example/app:1',
          securityContext: {
            runAsUser: 1000750000,
            runAsNonRoot: true,
            capabilities: { drop: ['ALL'] },
            allowPrivilegeEscalation: false,
          },
        },
      ],
    })
    expect(r.reason).toBe('"restricted-v2" is the only one not too restrictive and not denied')
    expect(r.mutations.find((m) => m.field === 'runAsUser')!.why).toBe(
      "restricted-v2: runAsUser MustRunAsRange gives the first uid of the namespace's openshift.io/sa.scc.uid-range annotation (1000750000/10000)",
    )
    expect(r.mutations.find((m) => m.field === 'seLinuxOptions')!.why).toBe(
      "restricted-v2: seLinuxContext MustRunAs gives the MCS level of the namespace's openshift.io/sa.scc.mcs annotation (s0:c27,c9)",
    )
  })
})

describe('the restricted hint, service account grants and requesters', () => {
  it('a pod only `restricted` would admit gets upstream hint', () => {
    const r = admitOpenShift(
      workload('Deployment', 'web', {}, { securityContext: { allowPrivilegeEscalation: true } }),
    )
    const ape = (scc: string) =>
      `provider ${scc}: .containers[0].allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed`
    const errs = [
      ...notUsable('anyuid'),
      ape('restricted-v2'),
      'provider restricted-v3: .spec.securityContext.hostUsers: Invalid value: "null": Host Users must be set to false',
      ape('restricted-v3'),
      ...AFTER_V3,
      RESTRICTED_HINT,
    ]
    expect(r.message).toBe(
      `pods "web-<hash>-" is forbidden: unable to validate against any security context constraint: [${errs.join(', ')}]`,
    )
  })
  it('restricted-v3 admits a uid within 1000-65534 when the pod uses a user namespace', () => {
    const r = admitOpenShift(workload('Deployment', 'web', { runAsUser: 10000 }))
    expect(r.admittedBy).toBeNull()
    const input = workload('Deployment', 'web', { runAsUser: 10000 })
    ;((input.object.spec as JsonObject).template as { spec: JsonObject }).spec.hostUsers = false
    const v3 = admitOpenShift(input)
    expect([v3.admittedBy, v3.mutatedPodSpec.securityContext]).toEqual([
      'restricted-v3',
      {
        runAsUser: 10000,
        fsGroup: 1000,
        seLinuxOptions: { level: 's0:c27,c9' },
        seccompProfile: { type: 'RuntimeDefault' },
        supplementalGroups: [1000],
      },
    ])
  })
  it('anyuid granted to the service account admits uid 10000 (priority 10), with its SELinux level and MKNOD drop', () => {
    const r = admitOpenShift(workload('Deployment', 'web', { runAsUser: 10000 }), {
      subjects: { serviceAccountGrants: ['anyuid'] },
    })
    expect([r.admittedBy, r.subjectType]).toEqual(['anyuid', 'serviceaccount'])
    expect(r.mutations.filter((m) => m.target.level !== 'metadata').map((m) => [m.field, m.value])).toEqual([
      ['seLinuxOptions', { level: 's0:c27,c9' }],
      ['runAsNonRoot', true],
      ['capabilities', { drop: ['MKNOD'] }],
    ])
    expect(r.reason).toBe('"anyuid" is the only one not too restrictive and not denied')
  })
  it('nonroot-v2 granted: chosen after the restricted ones fail, and why over the next that admits', () => {
    const grants = { subjects: { serviceAccountGrants: ['nonroot-v2', 'privileged'] } }
    const r = admitOpenShift(workload('Deployment', 'web', { runAsUser: 10000 }), grants)
    expect(r.admittedBy).toBe('nonroot-v2')
    expect(r.attempts.map((a) => `${a.scc} ${a.usableBy ?? '-'} ${a.admitted}`)).toEqual([
      'anyuid - false',
      'restricted-v2 user false',
      'restricted-v3 user false',
      'restricted - false',
      'nested-container - false',
      'nonroot-v2 serviceaccount true',
    ])
    expect(r.reason).toBe(
      '"nonroot-v2" is most restrictive, not denied, and chosen over "privileged" because "nonroot-v2" forbids privileged',
    )
  })
  it('a cluster admin creating a bare Pod may use every SCC: anyuid wins for root', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'debug' },
      spec: { containers: [{ name: 'c', image: 'x', securityContext: { runAsUser: 0 } }] },
    }
    const r = admitOpenShift(
      { kind: 'Pod', object: pod, podSpecPath: ['spec'], podMetadataPath: ['metadata'] },
      { subjects: { userGrants: ['*'] } },
    )
    expect([r.admittedBy, r.subjectType]).toEqual(['anyuid', 'user'])
  })
  it('an unrecognised container seccomp annotation removes the container field (seccompFieldForAnnotation nil)', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', annotations: { 'container.seccomp.security.alpha.kubernetes.io/c': 'foo' } },
      spec: {
        containers: [
          { name: 'c', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'x' } } },
        ],
      },
    }
    const r = admitOpenShift(
      { kind: 'Pod', object: pod, podSpecPath: ['spec'], podMetadataPath: ['metadata'] },
      { subjects: { userGrants: ['*'] } },
    )
    expect(r.admittedBy).toBe('privileged')
    expect(r.mutations.filter((m) => m.target.level === 'container').map((m) => [m.field, m.value])).toEqual([
      ['seccompProfile', null],
    ])
    expect(r.mutatedPodSpec.containers).toEqual([{ name: 'c', securityContext: {} }])
    expect(getIn(r.mutatedObject, ['metadata', 'annotations'])).toEqual(r.annotations)
  })
  it('Windows pods are not subject to SCCs', () => {
    const input = workload('Deployment', 'win', {})
    ;((input.object.spec as JsonObject).template as { spec: JsonObject }).spec.os = { name: 'windows' }
    expect(admitOpenShift(input).status).toBe('skipped')
  })
})
