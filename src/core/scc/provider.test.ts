/**
 * Generation cases from apiserver-library-go pkg/securitycontextconstraints/sccmatching/provider_test.go
 * (TestGenerateContainerSecurityContextReadOnlyRootFS, TestGenerateNonRootSecurityContextOnNonZeroRunAsUser,
 * TestSeccompAnnotationsFieldsGeneration).
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { createContainerSecurityContext, createPodSecurityContext } from './provider'
import { defaultPod, providerAndPod, rawScc } from './testKit'
import type { SccDefinition } from './types'

const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod'
const CTR_KEY = 'container.seccomp.security.alpha.kubernetes.io/'

describe('TestGenerateContainerSecurityContextReadOnlyRootFS', () => {
  const generated = (scc: SccDefinition, readOnly: boolean | null) => {
    const sc: JsonObject = { privileged: false }
    if (readOnly !== null) sc.readOnlyRootFilesystem = readOnly
    const { p, pod } = providerAndPod(scc, defaultPod({ securityContext: sc }))
    createContainerSecurityContext(p, pod, pod.containers[0]!)
    return pod.containers[0]!.sc?.readOnlyRootFilesystem ?? null
  }
  const trueScc = rawScc('scc-sa', { readOnlyRootFilesystem: true })
  it.each([
    ['false scc, nil sc', rawScc('scc-sa'), null, null],
    ['false scc, false sc', rawScc('scc-sa'), false, false],
    ['false scc, true sc', rawScc('scc-sa'), true, true],
    ['true scc, nil sc', trueScc, null, true],
    ['true scc, false sc', trueScc, false, false],
    ['true scc, true sc', trueScc, true, true],
  ] as const)('%s', (_name, scc, given, expected) => {
    expect(generated(scc, given)).toBe(expected)
  })
})

describe('TestGenerateNonRootSecurityContextOnNonZeroRunAsUser', () => {
  const range = (min: number) => ({ type: 'MustRunAsRange', uid: null, uidRangeMin: min, uidRangeMax: 900 })
  const userScc = rawScc('scc-sa', { runAsUser: range(100) })
  const rootMinScc = rawScc('scc-sa', { runAsUser: range(0) })
  const nonRootScc = rawScc('scc-sa', {
    runAsUser: { type: 'MustRunAsNonRoot', uid: null, uidRangeMin: null, uidRangeMax: null },
  })
  const ctr = (runAsUser: number) => ({ securityContext: { privileged: false, runAsUser } })
  const cases: [string, SccDefinition, JsonObject, number | null, boolean | null][] = [
    ['generate non-zero user', userScc, defaultPod(), 100, true],
    ['generate zero user', rootMinScc, defaultPod(), 0, null],
    ['nonzero user set on pod level', userScc, defaultPod({}, { runAsUser: 500 }), null, true],
    ['nonzero user set on container level', userScc, defaultPod(ctr(500)), 500, true],
    ['zero user set on pod level', rootMinScc, defaultPod({}, { runAsUser: 0 }), null, null],
    ['zero user set on container level', rootMinScc, defaultPod(ctr(0)), 0, null],
    ['no user set, nonroot SCC', nonRootScc, defaultPod(), null, true],
    ['zero user set on pod level, nonroot SCC', nonRootScc, defaultPod({}, { runAsUser: 0 }), null, null],
    ['zero user set on container level, nonroot SCC', nonRootScc, defaultPod(ctr(0)), 0, null],
  ]
  it.each(cases)('%s', (_name, scc, pod, runAsUser, runAsNonRoot) => {
    const { p, pod: ap } = providerAndPod(scc, pod)
    createContainerSecurityContext(p, ap, ap.containers[0]!)
    const sc = ap.containers[0]!.sc!
    expect([sc.runAsUser, sc.runAsNonRoot, sc.privileged]).toEqual([runAsUser, runAsNonRoot, false])
  })
})

describe('TestSeccompAnnotationsFieldsGeneration', () => {
  const none = rawScc('scc-sa')
  const wildcard = rawScc('scc-sa', { seccompProfiles: ['*'] })
  const generate = rawScc('scc-sa', { seccompProfiles: ['runtime/default'] })
  const RD = { type: 'RuntimeDefault', localhostProfile: null }
  const UNCONFINED = { type: 'Unconfined', localhostProfile: null }
  const localhost = { type: 'Localhost', localhostProfile: 'somelocal' }
  type Case = [string, SccDefinition, JsonObject, Record<string, string>, object | null, object | null]
  const podAnn = { [POD_KEY]: 'unconfined' }
  const ctrAnn = { [CTR_KEY]: 'unconfined' }
  const podField = { seccompProfile: { type: 'Unconfined' } }
  const ctrField = { securityContext: { privileged: false, seccompProfile: { type: 'Unconfined' } } }
  const localField = { seccompProfile: { type: 'Localhost', localhostProfile: 'somelocal' } }
  const cases: Case[] = [
    ['pod - no seccomp, SCC - no seccomp', none, defaultPod(), {}, null, null],
    ['pod - no seccomp, SCC - wildcard seccomp', wildcard, defaultPod(), {}, null, null],
    [
      'pod - no seccomp, SCC - generate seccomp',
      generate,
      defaultPod(),
      { [POD_KEY]: 'runtime/default' },
      RD,
      null,
    ],
    ['pod - pod annotation, SCC - no seccomp', none, defaultPod({}, {}, podAnn), podAnn, UNCONFINED, null],
    [
      'pod - pod annotation, SCC - generate seccomp',
      generate,
      defaultPod({}, {}, podAnn),
      podAnn,
      UNCONFINED,
      null,
    ],
    ['pod - pod field, SCC - wildcard seccomp', wildcard, defaultPod({}, podField), podAnn, UNCONFINED, null],
    [
      'pod - container annotation, SCC - no seccomp',
      none,
      defaultPod({}, {}, ctrAnn),
      ctrAnn,
      null,
      UNCONFINED,
    ],
    [
      'pod - container annotation, SCC - generate seccomp',
      generate,
      defaultPod({}, {}, ctrAnn),
      { ...ctrAnn, [POD_KEY]: 'runtime/default' },
      RD,
      UNCONFINED,
    ],
    ['pod - container field, SCC - no seccomp', none, defaultPod(ctrField), {}, null, UNCONFINED],
    [
      'pod - container field, SCC - generate seccomp',
      generate,
      defaultPod(ctrField),
      { [POD_KEY]: 'runtime/default' },
      RD,
      UNCONFINED,
    ],
    [
      'pod - pod field and annotation different, SCC - generate seccomp',
      generate,
      defaultPod({}, localField, podAnn),
      podAnn,
      UNCONFINED,
      null,
    ],
    [
      'pod - container field and annotation different, SCC - generate seccomp',
      generate,
      defaultPod({ securityContext: { privileged: false, ...localField } }, {}, ctrAnn),
      { ...ctrAnn, [POD_KEY]: 'runtime/default' },
      RD,
      UNCONFINED,
    ],
  ]
  it.each(cases)('%s', (_name, scc, pod, annotations, podSeccomp, containerSeccomp) => {
    const { p, pod: ap } = providerAndPod(scc, pod)
    createPodSecurityContext(p, ap)
    expect(Object.fromEntries(ap.annotations)).toEqual(annotations)
    expect(ap.sc.seccompProfile).toEqual(podSeccomp)
    createContainerSecurityContext(p, ap, ap.containers[0]!)
    expect(ap.containers[0]!.sc?.seccompProfile ?? null).toEqual(containerSeccomp)
  })
  it('keeps a Localhost field when nothing overrides it', () => {
    const { p, pod: ap } = providerAndPod(none, defaultPod({}, localField))
    createPodSecurityContext(p, ap)
    expect(ap.sc.seccompProfile).toEqual(localhost)
  })
})
