import { describe, expect, it } from 'vitest'
import type { JsonObject, PssLevel } from '../types'
import { parseStream } from '../yaml'
import { streamObjects } from '../yaml/objects'
import { enforcePolicy, namespacesIn, type PolicyChoice } from './namespaces'

const DEFAULTS = { level: 'restricted', version: 'latest' } as const
const choice = (level: PssLevel | null = null, version: string | null = null): PolicyChoice => ({
  level,
  version,
  defaults: DEFAULTS,
})

function ns(name: string, labels?: Record<string, unknown>, apiVersion = 'v1'): JsonObject {
  return { apiVersion, kind: 'Namespace', metadata: { name, ...(labels ? { labels } : {}) } } as JsonObject
}

const E = 'pod-security.kubernetes.io/enforce'
const EV = 'pod-security.kubernetes.io/enforce-version'

describe('namespacesIn', () => {
  it('reads the enforce labels of v1 Namespaces, a later one of a name winning', () => {
    const m = namespacesIn([
      ns('a', { [E]: 'privileged' }),
      ns('b', { [EV]: 'v1.25', 'pod-security.kubernetes.io/warn': 'restricted' }),
      ns('a', { [E]: 'baseline' }),
      ns('c', { [E]: 'baseline' }, 'v2'),
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', labels: { [E]: 'baseline' } } },
    ])
    expect([...m.values()]).toEqual([
      { name: 'a', level: 'baseline', version: null },
      { name: 'b', level: null, version: 'v1.25' },
    ])
  })

  it('every key is data: a __proto__ or constructor label is just a label', () => {
    const labels = JSON.parse(`{"__proto__": {"${E}": "privileged"}, "constructor": "x"}`) as JsonObject
    expect(namespacesIn([ns('a', labels)]).get('a')).toEqual({ name: 'a', level: null, version: null })
  })

  it('finds Namespaces in a stream, List items included', () => {
    const text = [
      'apiVersion: v1\nkind: List\nitems:',
      `- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: in-list\n    labels:\n      ${E}: baseline`,
      '---',
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: top\n  labels: {${E}: privileged, ${EV}: v1.28}\n`,
    ].join('\n')
    const m = namespacesIn(streamObjects(parseStream(text)).map((o) => o.object))
    expect([...m.values()]).toEqual([
      { name: 'in-list', level: 'baseline', version: null },
      { name: 'top', level: 'privileged', version: 'v1.28' },
    ])
  })
})

describe('enforcePolicy (PolicyToEvaluate)', () => {
  const namespaces = namespacesIn([
    ns('kube-system', { [E]: 'baseline' }),
    ns('team-a', { [E]: 'baseline', [EV]: 'v1.30' }),
    ns('pinned', { [EV]: 'v1.25' }),
    ns('plain'),
    ns('bad', { [E]: 'strict', [EV]: '1.30' }),
    ns('default', { [E]: 'privileged' }),
  ])

  it('labels pick level and version, each falling back to the defaults', () => {
    expect(enforcePolicy('kube-system', namespaces, choice())).toEqual({
      namespace: 'kube-system',
      level: 'baseline',
      levelFrom: 'label',
      version: 'latest',
      versionFrom: 'default',
      why: 'namespace kube-system enforce label',
    })
    expect(enforcePolicy('team-a', namespaces, choice())).toMatchObject({
      level: 'baseline',
      version: 'v1.30',
      why: 'namespace team-a enforce and enforce-version labels',
    })
    expect(enforcePolicy('pinned', namespaces, choice())).toMatchObject({
      level: 'restricted',
      levelFrom: 'default',
      version: 'v1.25',
      versionFrom: 'label',
      why: 'namespace pinned has no enforce label; namespace pinned enforce-version label',
    })
    expect(enforcePolicy('plain', namespaces, choice())).toMatchObject({
      level: 'restricted',
      version: 'latest',
      why: 'namespace plain has no enforce label',
    })
  })

  it('a namespace not in the input says nothing: the defaults, no why', () => {
    expect(enforcePolicy('elsewhere', namespaces, choice())).toEqual({
      namespace: 'elsewhere',
      level: 'restricted',
      levelFrom: 'default',
      version: 'latest',
      versionFrom: 'default',
      why: '',
    })
  })

  it('no metadata.namespace is the namespace "default", labelled only when the input has it', () => {
    expect(enforcePolicy(null, namespaces, choice())).toMatchObject({
      namespace: 'default',
      level: 'privileged',
      why: 'namespace default enforce label',
    })
    expect(enforcePolicy(null, namespacesIn([]), choice())).toMatchObject({ level: 'restricted', why: '' })
  })

  it('invalid labels evaluate as restricted and latest, as upstream', () => {
    expect(enforcePolicy('bad', namespaces, choice())).toMatchObject({
      level: 'restricted',
      levelFrom: 'label',
      version: 'latest',
      versionFrom: 'label',
      why:
        'namespace bad enforce label "strict" is not a level: restricted, as PodSecurity does; ' +
        'namespace bad enforce-version label "1.30" is not latest or v1.N: latest, as PodSecurity does',
    })
  })

  it('flags override the labels, and say so', () => {
    expect(enforcePolicy('team-a', namespaces, choice('restricted'))).toMatchObject({
      level: 'restricted',
      levelFrom: 'flag',
      version: 'v1.30',
      versionFrom: 'label',
      why: '--level overrides namespace team-a enforce label "baseline"; namespace team-a enforce-version label',
    })
    expect(enforcePolicy('team-a', namespaces, choice('baseline', 'latest'))).toMatchObject({
      level: 'baseline',
      version: 'latest',
      why:
        '--level overrides namespace team-a enforce label "baseline"; ' +
        '--version overrides namespace team-a enforce-version label "v1.30"',
    })
    expect(enforcePolicy('elsewhere', namespaces, choice('baseline', 'v1.29'))).toMatchObject({
      levelFrom: 'flag',
      versionFrom: 'flag',
      why: '',
    })
  })
})
