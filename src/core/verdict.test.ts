import { describe, expect, it } from 'vitest'
import { analyze } from './analyze'
import { lines } from './testdata/kit'
import { THREE_RESOURCES } from './testdata/three'
import { DEFAULT_OPTIONS } from './types'
import {
  overviewOf,
  summarizeVerdicts,
  summaryLine,
  verdictLine,
  sccPhrase,
  verdictPhrases,
  verdictsOf,
  type VerdictSummary,
} from './verdict'

const pod = (podSc: string[], ctrSc: string[]) =>
  lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: demo}',
    'spec:',
    '  securityContext:',
    ...podSc.map((l) => `    ${l}`),
    '  containers:',
    '  - name: app',
    '    image: busybox',
    '    securityContext:',
    ...ctrSc.map((l) => `      ${l}`),
  )
const restricted = ['allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL]}']
const verdicts = (text: string) => verdictsOf(analyze(text, DEFAULT_OPTIONS).resources[0]!)

describe('the three verdicts', () => {
  it('all yes: accepted, passes restricted, every container starts', () => {
    const v = verdicts(
      pod(['runAsNonRoot: true', 'runAsUser: 1000', 'seccompProfile: {type: RuntimeDefault}'], restricted),
    )
    expect(v.ok).toBe(true)
    expect(verdictLine(v)).toBe('API server: accepts · Pod Security: passes restricted · kubelet: starts')
  })

  it('passing restricted is not fine while the kubelet refuses to start a container (runAsNonRoot, and the image runs as root)', () => {
    const v = verdicts(pod(['runAsNonRoot: true', 'seccompProfile: {type: RuntimeDefault}'], restricted))
    expect(v.pss.meets).toBe(true)
    expect(v.kubelet?.starts).toBe(false)
    expect(v.kubelet?.refusals.map((r) => [r.container, r.by])).toEqual([['app', 'kubelet']])
    expect(v.ok).toBe(false)
    expect(verdictLine(v)).toBe(
      'API server: accepts · Pod Security: passes restricted · kubelet: refuses "app"',
    )
  })

  it('a rejected object never reaches the kubelet', () => {
    const v = verdicts(
      pod(['runAsNonRoot: true', 'allowPrivilegeEscalation: false', 'runAsUser: 1000'], restricted),
    )
    expect(v.api).toEqual({ accepts: false, errors: 1 })
    expect(v.kubelet).toBe(null)
    expect(v.ok).toBe(false)
    expect(verdictLine(v)).toBe(
      'API server: rejects (1 error) · Pod Security: passes baseline · kubelet: never reached',
    )
  })
})

describe('the overview of a bundle', () => {
  const overview = (level: 'baseline' | 'restricted' = 'restricted') =>
    overviewOf(analyze(THREE_RESOURCES, { ...DEFAULT_OPTIONS, level }))

  it('judges each resource at the selected level, naming the failed checks once each, in upstream order', () => {
    const o = overview()
    expect(o.verdicts.map(verdictPhrases)).toEqual([
      { api: 'accepts', pss: 'passes restricted', kubelet: 'starts' },
      {
        api: 'accepts',
        pss: 'fails restricted (allowPrivilegeEscalation, capabilities_restricted, runAsNonRoot, seccompProfile_restricted)',
        kubelet: 'starts',
      },
      {
        api: 'rejects (1 error)',
        pss: 'fails restricted (privileged, allowPrivilegeEscalation, capabilities_restricted, runAsNonRoot, seccompProfile_restricted)',
        kubelet: 'never reached',
      },
    ])
    expect(o.failing).toEqual([1, 2])
    expect(summaryLine(o.summary)).toBe('3 resources · 2 fail restricted · 1 rejected')
  })

  it('at baseline the StatefulSet is fine and only the privileged CronJob fails', () => {
    const o = overview('baseline')
    expect(o.verdicts[1]!.pss).toMatchObject({ meets: true, checks: [] })
    expect(verdictPhrases(o.verdicts[2]!).pss).toBe('fails baseline (privileged)')
    expect(o.failing).toEqual([2])
    expect(summaryLine(o.summary)).toBe('3 resources · 1 fails baseline · 1 rejected')
  })
})

describe('summary line', () => {
  const s = (over: Partial<VerdictSummary>): VerdictSummary => ({
    resources: 3,
    level: 'restricted',
    failsLevel: 0,
    rejected: 0,
    refused: 0,
    failing: 0,
    ...over,
  })
  it('counts each verdict that says no, and says so when none does', () => {
    expect(summaryLine(s({}))).toBe('3 resources · all fine at restricted')
    expect(summaryLine(s({ resources: 1 }))).toBe('1 resource · fine at restricted')
    expect(summaryLine(s({ resources: 0 }))).toBe('No resources')
    expect(summaryLine(s({ failsLevel: 1, rejected: 1, refused: 2, failing: 3 }))).toBe(
      '3 resources · 1 fails restricted · 1 rejected · 2 refused by the kubelet',
    )
  })
  it('adds up verdicts', () => {
    const v = verdicts(pod(['runAsNonRoot: true', 'seccompProfile: {type: RuntimeDefault}'], restricted))
    expect(summarizeVerdicts([v, v], 'restricted')).toEqual(s({ resources: 2, refused: 2, failing: 2 }))
  })
})

describe('SCC admission under OpenShift (issue 17)', () => {
  const OPENSHIFT = {
    ...DEFAULT_OPTIONS,
    platform: 'openshift',
    openshift: { uidRange: '1000750000/10000', supplementalGroups: null, mcs: null, grants: [] },
  } as const
  const deployment = (sc: string[]) =>
    lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: web }',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: quay.io/example/app:1',
      ...(sc.length ? ['          securityContext:', ...sc.map((l) => `            ${l}`)] : []),
    )
  const on = (text: string) => verdictsOf(analyze(text, OPENSHIFT).resources[0]!)

  it('names the SCC that admitted the pod, or says SCC admission rejected it', () => {
    const admitted = on(deployment([]))
    expect(admitted.scc).toEqual({ status: 'admitted', admittedBy: 'restricted-v2' })
    expect(verdictPhrases(admitted).scc).toBe('admitted by restricted-v2')
    const rejected = on(deployment(['runAsUser: 10000']))
    expect(rejected.scc).toEqual({ status: 'rejected', admittedBy: null })
    expect(verdictPhrases(rejected).scc).toBe('rejected by SCC admission')
    expect(rejected.api.accepts).toBe(false)
  })

  it('says nothing about SCCs under Kubernetes', () => {
    const v = verdicts(deployment([]))
    expect(v).not.toHaveProperty('scc')
    expect(verdictPhrases(v)).not.toHaveProperty('scc')
  })

  it('phrases every status', () => {
    expect(sccPhrase({ status: 'admitted', admittedBy: 'anyuid' })).toBe('admitted by anyuid')
    expect(sccPhrase({ status: 'rejected', admittedBy: null })).toBe('rejected by SCC admission')
    expect(sccPhrase({ status: 'skipped', admittedBy: null })).toBe('not applied (Windows pod)')
  })
})
