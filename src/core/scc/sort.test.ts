/**
 * Cases from apiserver-library-go pkg/securitycontextconstraints/util/sort/bypriority_test.go and
 * byrestrictions_test.go, and the order of OpenShift's default SCCs that follows from them.
 */
import { describe, expect, it } from 'vitest'
import { OPENSHIFT_SCCS } from './defaults'
import {
  capabilitiesPointValue,
  lessWithReason,
  moreRestrictiveReason,
  pointValue,
  POINTS,
  sortByPriority,
  volumePointValue,
} from './sort'
import { rawScc } from './testKit'

/** bypriority_test testSCC: a name and a priority, zero values elsewhere (empty strategy types). */
const testScc = (name: string, priority: number) =>
  rawScc(name, {
    priority,
    seLinuxContext: { type: '', seLinuxOptions: null },
    runAsUser: { type: '', uid: null, uidRangeMin: null, uidRangeMax: null },
  })
const names = (sccs: { name: string }[]) =>
  sortByPriority(sccs.map((s) => s as ReturnType<typeof rawScc>)).map((s) => s.name)

describe('bypriority_test', () => {
  it('TestByPriority', () => {
    const sccs = [
      testScc('one', 1),
      testScc('two', 2),
      testScc('three', 3),
      testScc('negative', -1),
      testScc('super', 100),
    ]
    expect(names(sccs)).toEqual(['super', 'three', 'two', 'one', 'negative'])
  })
  it('TestByPrioritiesScore', () => {
    const privileged = { ...testScc('privileged', 1), allowPrivilegedContainer: true }
    const hostDir = { ...testScc('hostdir', 1), volumes: ['hostPath'] }
    expect(names([testScc('nonprivileged', 1), privileged, hostDir])).toEqual([
      'nonprivileged',
      'hostdir',
      'privileged',
    ])
  })
  it('TestByPrioritiesName', () => {
    expect(names(['e', 'd', 'a', 'c', 'b'].map((n) => testScc(n, 1)))).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
  it('TestByPrioritiesMixedSCCs', () => {
    const privileged = { ...testScc('privileged', 1), allowPrivilegedContainer: true }
    const sccs = [
      testScc('priorityB', 5),
      testScc('priorityA', 5),
      testScc('super', 100),
      privileged,
      testScc('nonprivileged', 1),
    ]
    expect(names(sccs)).toEqual(['super', 'priorityA', 'priorityB', 'nonprivileged', 'privileged'])
  })
})

describe('byrestrictions_test', () => {
  const strategyScc = (priv: boolean, seLinux: string, user: string) =>
    rawScc('s', {
      allowPrivilegedContainer: priv,
      seLinuxContext: { type: seLinux, seLinuxOptions: null },
      runAsUser: { type: user, uid: null, uidRangeMin: null, uidRangeMax: null },
    })
  it('TestPointValue: every user and SELinux strategy, privileged or not', () => {
    const seLinux: [string, number][] = [
      ['RunAsAny', POINTS.runAsAnyUser],
      ['MustRunAs', POINTS.runAsUser],
    ]
    const user: [string, number][] = [
      ['RunAsAny', POINTS.runAsAnyUser],
      ['MustRunAsNonRoot', POINTS.runAsNonRoot],
      ['MustRunAsRange', POINTS.runAsRange],
      ['MustRunAs', POINTS.runAsUser],
    ]
    for (const [u, up] of user) {
      for (const [s, sp] of seLinux) {
        expect(pointValue(strategyScc(true, s, u))).toBe(POINTS.privileged + up + sp + POINTS.capDefault)
        expect(pointValue(strategyScc(false, s, u))).toBe(up + sp + POINTS.capDefault)
      }
    }
    const hostPath = { ...strategyScc(false, 'MustRunAs', 'MustRunAs'), volumes: ['hostPath'] }
    expect(pointValue(hostPath)).toBe(2 * POINTS.runAsUser + POINTS.hostVolume + POINTS.capDefault)
  })
  it.each([
    ['all volumes', ['*'], POINTS.hostVolume],
    ['host volume', ['hostPath'], POINTS.hostVolume],
    ['host volume and non trivial volumes', ['hostPath', 'awsElasticBlockStore'], POINTS.hostVolume],
    [
      'host volume, non trivial, and trivial',
      ['hostPath', 'awsElasticBlockStore', 'secret'],
      POINTS.hostVolume,
    ],
    ['non trivial', ['awsElasticBlockStore'], POINTS.nonTrivialVolume],
    ['non trivial and trivial', ['awsElasticBlockStore', 'secret'], POINTS.nonTrivialVolume],
    ['trivial', ['secret'], 0],
    ['trivial - configMap', ['configMap'], 0],
    ['trivial - emptyDir', ['emptyDir'], 0],
    ['trivial - downwardAPI', ['downwardAPI'], 0],
    ['trivial - projected', ['projected'], 0],
    ['trivial - none', ['none'], 0],
    ['no volumes allowed', [], 0],
  ])('TestVolumePointValue: %s', (_name, volumes, points) => {
    expect(volumePointValue({ volumes })).toBe(points)
  })
  it.each([
    ['nothing specified', [], [], [], POINTS.capDefault],
    ['default', ['KILL', 'MKNOD'], [], [], POINTS.capDefault + 2 * POINTS.capAddOne],
    ['allow', [], ['KILL', 'MKNOD'], [], POINTS.capDefault + 2 * POINTS.capAllowOne],
    ['allow star', [], ['*'], [], POINTS.capDefault + POINTS.capAllowAll],
    ['allow all', [], ['ALL'], [], POINTS.capDefault + POINTS.capAllowAll],
    ['allow all case', [], ['All'], [], POINTS.capDefault + POINTS.capAllowAll],
    ['drop', [], [], ['KILL', 'MKNOD'], POINTS.capDefault + 2 * POINTS.capDropOne],
    ['drop all', [], [], ['ALL'], POINTS.capDefault + POINTS.capDropAll],
    ['drop all case', [], [], ['all'], POINTS.capDefault + POINTS.capDropAll],
    ['drop star', [], [], ['*'], POINTS.capDefault + POINTS.capDropOne],
    [
      'mixture',
      ['SETUID', 'SETGID'],
      ['*'],
      ['SYS_CHROOT'],
      POINTS.capDefault + 2 * POINTS.capAddOne + POINTS.capAllowAll + POINTS.capDropOne,
    ],
  ])('TestCapabilitiesPointValue: %s', (_name, defaultAdd, allowed, drop, points) => {
    const scc = {
      defaultAddCapabilities: defaultAdd,
      allowedCapabilities: allowed,
      requiredDropCapabilities: drop,
    }
    expect(capabilitiesPointValue(scc)).toBe(points)
  })
  it('TestMoreRestrictiveReason: the first restriction that differs names the reason', () => {
    const above = POINTS.privileged
    expect(moreRestrictiveReason(0, POINTS.privileged)).toBe('forbids privileged')
    expect(moreRestrictiveReason(above, above + POINTS.hostPorts)).toBe('forbids host ports')
    expect(moreRestrictiveReason(above + 5, above + POINTS.hostNetwork + 1)).toBe('forbids host networking')
    expect(moreRestrictiveReason(POINTS.hostVolume - 1, POINTS.hostVolume)).toBe('forbids host volume mounts')
    expect(moreRestrictiveReason(9999, POINTS.nonTrivialVolume)).toBe('forbids non-trivial volume mounts')
    expect(moreRestrictiveReason(POINTS.runAsUser + 9999, POINTS.runAsRange)).toBe(
      'permits less runAs strategies',
    )
    expect(moreRestrictiveReason(POINTS.runAsRange + 1, POINTS.runAsRange + 2)).toBe(
      'permits less capabilities',
    )
    expect(moreRestrictiveReason(2, 2)).toBe('')
  })
})

describe('the default SCCs of OpenShift 4', () => {
  it('are tried in the order public rejection messages list them', () => {
    expect(sortByPriority(OPENSHIFT_SCCS).map((s) => `${s.name} ${pointValue(s)}`)).toEqual([
      'anyuid 154950',
      'restricted-v2 132010',
      'restricted-v3 132010',
      'restricted 134800',
      'nested-container 135020',
      'nonroot-v2 142010',
      'nonroot 144800',
      'hostmount-anyuid 254950',
      'hostmount-anyuid-v2 284950',
      'hostnetwork-v2 1332010',
      'hostnetwork 1334800',
      'hostaccess 1434800',
      'privileged 3089000',
    ])
  })
  it('explain the choice as the audit annotation does', () => {
    const by = (n: string) => OPENSHIFT_SCCS.find((s) => s.name === n)!
    expect(lessWithReason(by('anyuid'), by('restricted-v2'))).toEqual([true, 'has higher priority'])
    expect(lessWithReason(by('restricted-v2'), by('restricted-v3'))).toEqual([true, 'ordered by name'])
    expect(lessWithReason(by('restricted-v2'), by('restricted'))).toEqual([true, 'permits less capabilities'])
    expect(lessWithReason(by('nonroot-v2'), by('hostnetwork-v2'))).toEqual([true, 'forbids host ports'])
  })
})
