/**
 * Cases from apiserver-library-go pkg/securitycontextconstraints/sccadmission/admission_test.go, run on the
 * same fixtures (testKit): namespace uid-range 1/3, mcs s0:c1,c0, supplemental-groups 2/3; the pod's
 * service account `default` may use SCCs for system:serviceaccounts; the standard SCC names exist as
 * placeholders nobody may use. Where upstream asserts a fragment, the whole message is asserted.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { sortByPriority } from './sort'
import type { SccDefinition } from './types'
import { admitScc } from './admission'
import { createProvider } from './provider'
import {
  admitTest,
  goodPod,
  inKind,
  laxScc,
  podInput,
  rawScc,
  RESTRICTED_HINT,
  restrictiveScc,
  saExactScc,
  saScc,
  seLinux,
  TEST_NAMESPACE,
  TEST_SUBJECTS,
  withRequired,
} from './testKit'

const NOT_USABLE = (name: string) => `provider "${name}": Forbidden: not usable by user or serviceaccount`
/** The placeholders in the order they sort (equal points: by name), none of them usable. */
const PLACEHOLDERS = ['anyuid', 'hostaccess', 'hostmount-anyuid', 'hostnetwork', 'hostnetwork-v2', 'nonroot']
  .concat('nonroot-v2', 'privileged', 'restricted', 'restricted-v2')
  .map(NOT_USABLE)
/** The rejection: the errors, the placeholders, and the hint when the placeholder `restricted` would admit the pod. */
const refused = (hint: boolean, ...errs: string[]) =>
  `pods "Unknown" is forbidden: unable to validate against any security context constraint: [${[...errs, ...PLACEHOLDERS, ...(hint ? [RESTRICTED_HINT] : [])].join(', ')}]`

describe('TestAdmitSuccess: scc-sa admits, with values pre-allocated from the namespace', () => {
  const podSc = (fsGroup: number, sup: number) => ({
    fsGroup,
    seLinuxOptions: { level: 's0:c1,c0' },
    supplementalGroups: [sup],
  })
  const cases: [string, JsonObject, JsonObject, JsonObject][] = [
    [
      'specifyUIDInRange',
      goodPod({ securityContext: { runAsUser: 3 } }),
      podSc(2, 2),
      { runAsUser: 3, runAsNonRoot: true },
    ],
    [
      'specifyLabels',
      goodPod({ securityContext: { seLinuxOptions: { level: 's0:c1,c0' } } }),
      podSc(2, 2),
      { seLinuxOptions: { level: 's0:c1,c0' }, runAsUser: 1, runAsNonRoot: true },
    ],
    ['specifyFSGroup', goodPod({}, { fsGroup: 2 }), podSc(2, 2), { runAsUser: 1, runAsNonRoot: true }],
    [
      'specifySupGroup',
      goodPod({}, { supplementalGroups: [3] }),
      podSc(2, 3),
      { runAsUser: 1, runAsNonRoot: true },
    ],
    [
      'specifyPodLevelSELinuxLevel',
      goodPod({}, { seLinuxOptions: { level: 's0:c1,c0' } }),
      podSc(2, 2),
      { runAsUser: 1, runAsNonRoot: true },
    ],
  ]
  for (const kind of ['initContainers', 'containers'] as const) {
    it.each(cases)(`%s (${kind})`, (_name, pod, wantPod, wantContainer) => {
      const r = admitTest(inKind(pod, kind), [saExactScc(), saScc()])
      expect([r.status, r.admittedBy, r.subjectType]).toEqual(['admitted', 'scc-sa', 'serviceaccount'])
      const sc = (r.mutatedPodSpec[kind] as JsonObject[])[0]!.securityContext as JsonObject
      expect(r.mutatedPodSpec.securityContext).toEqual(wantPod)
      expect(sc).toEqual(wantContainer)
      expect(r.annotations).toEqual({
        'openshift.io/scc': 'scc-sa',
        'security.openshift.io/validated-scc-subject-type': 'serviceaccount',
      })
    })
  }
})

describe('TestAdmitFailure: refused by scc-sa-exact and scc-sa, admitted once scc-admin (laxSCC) exists', () => {
  const exact = (e: string) => `provider scc-sa-exact: ${e}`
  const sa = (e: string) => `provider scc-sa: ${e}`
  const cases: [string, JsonObject, string[]][] = [
    [
      'uidNotInRange',
      goodPod({ securityContext: { runAsUser: 1001 } }),
      [
        exact('.containers[0].runAsUser: Invalid value: 1001: must be: 999'),
        sa('.containers[0].runAsUser: Invalid value: 1001: must be in the ranges: [1, 3]'),
      ],
    ],
    [
      'invalidMCSLabels',
      goodPod({ securityContext: { seLinuxOptions: { level: 's1:q0,q1' } } }),
      [
        exact('.containers[0].seLinuxOptions.level: Invalid value: "s1:q0,q1": must be s9:z0,z1'),
        sa('.containers[0].seLinuxOptions.level: Invalid value: "s1:q0,q1": must be s0:c1,c0'),
      ],
    ],
    [
      'disallowedPriv',
      goodPod({ securityContext: { privileged: true } }),
      [
        exact('.containers[0].privileged: Invalid value: true: Privileged containers are not allowed'),
        sa('.containers[0].privileged: Invalid value: true: Privileged containers are not allowed'),
      ],
    ],
    [
      'requestsHostPorts',
      goodPod({ ports: [{ containerPort: 1, hostPort: 1 }] }),
      [
        exact(
          '.containers[0].containers[0].hostPort: Invalid value: 1: Host ports are not allowed to be used',
        ),
        sa('.containers[0].containers[0].hostPort: Invalid value: 1: Host ports are not allowed to be used'),
      ],
    ],
    [
      'requestsSupplementalGroup',
      goodPod({}, { supplementalGroups: [1] }),
      [
        exact(
          '.spec.securityContext.supplementalGroups: Invalid value: []int64{1}: 1 is not an allowed group',
        ),
        sa('.spec.securityContext.supplementalGroups: Invalid value: []int64{1}: 1 is not an allowed group'),
      ],
    ],
    [
      'requestsFSGroup',
      goodPod({}, { fsGroup: 1 }),
      [
        exact('.spec.securityContext.fsGroup: Invalid value: []int64{1}: 1 is not an allowed group'),
        sa('.spec.securityContext.fsGroup: Invalid value: []int64{1}: 1 is not an allowed group'),
      ],
    ],
  ]
  it.each(cases)('%s', (name, pod, errs) => {
    const hint = !['disallowedPriv', 'requestsHostPorts'].includes(name)
    expect(admitTest(pod, [saExactScc(), saScc()]).message).toBe(refused(hint, ...errs))
    const admin = admitTest(pod, [saExactScc(), saScc(), laxScc('scc-admin')])
    expect(admin.admittedBy).toBe('scc-admin')
  })

  it('host network, PID and IPC are refused at the pod and again for every container', () => {
    for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
      const pod = goodPod()
      ;(pod.spec as JsonObject)[field] = true
      const what = { hostNetwork: 'Host network', hostPID: 'Host PID', hostIPC: 'Host IPC' }[field]
      const errs = (p: string) => [
        `${p}: .spec.securityContext.${field}: Invalid value: true: ${what} is not allowed to be used`,
        `${p}: .containers[0].${field}: Invalid value: true: ${what} is not allowed to be used`,
      ]
      expect(admitTest(pod, [saExactScc(), saScc()]).message).toBe(
        refused(false, ...errs('provider scc-sa-exact'), ...errs('provider scc-sa')),
      )
      expect(admitTest(pod, [saExactScc(), saScc(), laxScc('scc-admin')]).admittedBy).toBe('scc-admin')
    }
  })
})

describe('TestAdmitWithPrioritizedSCC', () => {
  const uid = (type: string, n: number) =>
    type === 'MustRunAs'
      ? { type, uid: n, uidRangeMin: null, uidRangeMax: null }
      : { type, uid: null, uidRangeMin: n, uidRangeMax: n }
  const restricted = restrictiveScc('restrictive', { priority: 100 })
  const one = laxScc('matchingPrioritySCCOne', { runAsUser: uid('MustRunAs', 5), priority: 5 })
  const oneNoGroups = { ...one, name: 'matchingPrioritySCCOneNoAllowedGroups', groups: [] }
  const two = laxScc('matchingPrioritySCCTwo', { runAsUser: uid('MustRunAsRange', 5), priority: 5 })
  const scoreOne = laxScc('matchingPriorityAndScoreSCCOne', { runAsUser: uid('MustRunAs', 6), priority: 1 })
  const scoreTwo = laxScc('matchingPriorityAndScoreSCCTwo', { runAsUser: uid('MustRunAs', 6), priority: 1 })
  const sccs = [scoreTwo, scoreOne, two, one, restricted, oneNoGroups]
  const uidPod = (n: number, annotations: JsonObject = {}) =>
    goodPod({ securityContext: { runAsUser: n } }, {}, { annotations })

  it('sorts by priority, then points, then name', () => {
    expect(sortByPriority(sccs).map((s) => s.name)).toEqual([
      'restrictive',
      'matchingPrioritySCCOne',
      'matchingPrioritySCCOneNoAllowedGroups',
      'matchingPrioritySCCTwo',
      'matchingPriorityAndScoreSCCOne',
      'matchingPriorityAndScoreSCCTwo',
    ])
  })
  it('admits with the SCC that order reaches first', () => {
    expect(admitTest(goodPod(), sccs).admittedBy).toBe('restrictive')
    expect(admitTest(uidPod(5), sccs).admittedBy).toBe('matchingPrioritySCCOne')
    expect(admitTest(uidPod(6), sccs).admittedBy).toBe('matchingPriorityAndScoreSCCOne')
  })
  it('openshift.io/required-scc forces one SCC', () => {
    const required = (name: string) => uidPod(5, { 'openshift.io/required-scc': name })
    expect(admitTest(required('matchingPrioritySCCTwo'), sccs).admittedBy).toBe('matchingPrioritySCCTwo')
    expect(admitTest(required('matchingPriorityAndScoreSCCOne'), sccs).message).toBe(
      'pods "Unknown" is forbidden: unable to validate against any security context constraint: provider matchingPriorityAndScoreSCCOne: .containers[0].runAsUser: Invalid value: 5: must be: 6',
    )
    expect(admitTest(required('does-not-exist'), sccs).message).toBe(
      'pods "Unknown" is forbidden: failed to retrieve the required SCC "does-not-exist": securitycontextconstraints.security.openshift.io "does-not-exist" not found',
    )
    expect(admitTest(required('matchingPrioritySCCOneNoAllowedGroups'), sccs).message).toBe(
      `pods "Unknown" is forbidden: unable to validate against any security context constraint: ${NOT_USABLE('matchingPrioritySCCOneNoAllowedGroups')}`,
    )
  })
})

describe('computeSecurityContext errors before any SCC is tried', () => {
  const admit = (sccs: SccDefinition[]) =>
    admitScc(podInput(goodPod()), { namespace: TEST_NAMESPACE, sccs, subjects: TEST_SUBJECTS })
  it('requireStandardSCCs: names the missing standard SCCs, sorted', () => {
    const sccs = withRequired([]).filter((s) => s.name !== 'privileged' && s.name !== 'hostaccess')
    expect(admit(sccs).message).toBe(
      'pods "Unknown" is forbidden: securitycontextconstraints.security.openshift.io cache is missing hostaccess, privileged',
    )
  })
  it('TestCreateProvidersFromConstraints "bad scc strategy options": one bad SCC fails every pod', () => {
    const bad = rawScc('bad scc user options', {
      runAsUser: { type: 'MustRunAs', uid: null, uidRangeMin: null, uidRangeMax: null },
    })
    expect(admit(withRequired([bad, laxScc()])).message).toBe(
      'pods "Unknown" is forbidden: error creating provider for SCC bad scc user options in namespace default: MustRunAs requires a UID',
    )
  })
  it('TestCreateProvidersFromConstraints "valid pre-allocated scc": values from the namespace, the SCC untouched', () => {
    const scc = rawScc('valid pre-allocated scc', {
      seLinuxContext: { type: 'MustRunAs', seLinuxOptions: seLinux({ user: 'myuser' }) },
      runAsUser: { type: 'MustRunAsRange', uid: null, uidRangeMin: null, uidRangeMax: null },
      fsGroup: { type: 'MustRunAs', ranges: [] },
      supplementalGroups: { type: 'MustRunAs', ranges: [] },
    })
    const before = structuredClone(scc)
    const p = createProvider({ ...TEST_NAMESPACE, supplementalGroups: [{ start: 1, end: 3 }] }, scc)
    if ('error' in p) throw new Error(p.error)
    expect(scc).toEqual(before)
    expect(p.scc.seLinuxContext.seLinuxOptions).toEqual(seLinux({ user: 'myuser', level: 's0:c1,c0' }))
    expect([p.scc.runAsUser.uidRangeMin, p.scc.runAsUser.uidRangeMax]).toEqual([1, 3])
    expect(p.scc.fsGroup.ranges).toEqual([{ min: 1, max: 1 }])
    expect(p.scc.supplementalGroups.ranges).toEqual([{ min: 1, max: 3 }])
  })
})
