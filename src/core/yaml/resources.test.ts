import { describe, expect, it } from 'vitest'
import { fixture, lines } from '../testdata/kit'
import { bigStream } from '../../../scripts/bench/fixtures'
import { documentInfo, findResources, findResourcesSteps, parseStream } from '.'

const summary = (text: string) =>
  findResources(parseStream(text)).map((r) => ({
    document: r.document,
    basePath: r.basePath,
    kind: r.kind,
    name: r.name,
    namespace: r.namespace,
    podSpecPath: r.podSpecPath,
    containers: r.containers.map((c) => `${c.name} (${c.type} ${c.kind}[${c.index}])`),
    starts: text.slice(r.range[0], r.range[0] + 20),
    ends: text.slice(r.range[1] - 12, r.range[1]),
  }))

describe('findResources', () => {
  it('finds the walkthrough pod with its pod spec and containers as plain data', () => {
    const [r] = findResources(parseStream(fixture('security-context.yaml')))
    expect(r.kind).toBe('Pod')
    expect(r.apiVersion).toBe('v1')
    expect(r.name).toBe('security-context-demo')
    expect(r.podSpec.securityContext).toEqual({
      runAsUser: 1000,
      runAsGroup: 3000,
      fsGroup: 2000,
      supplementalGroups: [4000],
    })
    expect(r.podMetadata).toEqual({ name: 'security-context-demo' })
    expect(r.containers).toEqual([{ kind: 'containers', type: 'container', index: 0, name: 'sec-ctx-demo' }])
    expect(r.range).toEqual([0, fixture('security-context.yaml').length - 1])
  })

  it('visits initContainers, containers, then ephemeralContainers; CronJob pod spec path', () => {
    expect(summary(fixture('deployment-kubectl.yaml'))[0].containers).toEqual([
      'init-db (initContainer initContainers[0])',
      'api (container containers[0])',
      'sidecar (container containers[1])',
    ])
    const [cron] = findResources(parseStream(fixture('cronjob.yaml')))
    expect(cron.podSpecPath).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec'])
    expect(cron.podMetadata).toEqual({ annotations: { note: 'nightly' } })
    expect(cron.podSpec.securityContext).toEqual({ runAsUser: 1000 })
    expect(cron.containers.map((c) => `${c.name} ${c.type}`)).toEqual([
      'backup container',
      'debug ephemeralContainer',
    ])
  })

  it('skips documents that are not workloads, keeps document indexes of the stream', () => {
    expect(summary(fixture('multi-doc.yaml'))).toEqual([
      {
        document: 0,
        basePath: [],
        kind: 'Pod',
        name: 'web',
        namespace: 'shop',
        podSpecPath: ['spec'],
        containers: ['web (container containers[0])'],
        starts: 'apiVersion: v1\nkind:',
        ends: '       - ALL', // the trailing comment is not part of the resource
      },
      {
        document: 3,
        basePath: [],
        kind: 'Job',
        name: 'migrate',
        namespace: null,
        podSpecPath: ['spec', 'template', 'spec'],
        containers: ['migrate (container containers[0])'],
        starts: 'apiVersion: batch/v1',
        ends: "timeDefault'",
      },
    ])
  })

  it('finds workloads among the items of a List, with their base path and range', () => {
    expect(summary(fixture('list.yaml'))).toEqual([
      {
        document: 0,
        basePath: ['items', 1],
        kind: 'DaemonSet',
        name: 'agent',
        namespace: 'kube-system',
        podSpecPath: ['spec', 'template', 'spec'],
        containers: ['agent (container containers[0])'],
        starts: 'apiVersion: apps/v1\n',
        ends: 'ileged: true',
      },
      {
        document: 0,
        basePath: ['items', 2],
        kind: 'Pod',
        name: 'lone',
        namespace: null,
        podSpecPath: ['spec'],
        containers: [' (container containers[0])'],
        starts: 'apiVersion: v1\n  kin',
        ends: 'image: nginx',
      },
    ])
  })

  it('finds a JSON manifest and expands anchors and merge keys in the plain data', () => {
    expect(summary(fixture('json-pod.yaml'))[0].containers).toEqual(['app (container containers[0])'])
    const [r] = findResources(parseStream(fixture('anchors.yaml')))
    expect(r.podSpec.containers).toEqual([
      { name: 'a', image: 'nginx', securityContext: { runAsUser: 1000, runAsGroup: 3000 } },
      { name: 'b', image: 'nginx', securityContext: { runAsUser: 2000, runAsGroup: 3000 } },
    ])
  })

  it('gives an empty pod spec when the workload has none', () => {
    const [r] = findResources(parseStream(lines('kind: Deployment', 'metadata: {name: x}')))
    expect([r.podSpec, r.podMetadata, r.containers, r.name]).toEqual([{}, {}, [], 'x'])
  })
})

describe('documentInfo', () => {
  it('tells empty documents and non-Kubernetes documents apart', () => {
    const text = fixture('multi-doc.yaml') + lines('---', '- just', '- a list')
    expect(
      documentInfo(parseStream(text)).map((d) => [
        d.document,
        d.kind,
        d.apiVersion,
        d.empty,
        text.slice(...d.range).slice(0, 14),
      ]),
    ).toEqual([
      [0, 'Pod', 'v1', false, 'apiVersion: v1'],
      [1, 'Service', 'v1', false, 'apiVersion: v1'],
      [2, null, null, true, '---'],
      [3, 'Job', 'batch/v1', false, 'apiVersion: ba'],
      [4, null, null, false, '- just\n- a lis'],
    ])
  })
})

describe('findResourcesSteps', () => {
  const run = (steps: Generator<{ done: number; total: number }, ReturnType<typeof findResources>>) => {
    const yields: string[] = []
    for (;;) {
      const step = steps.next()
      if (step.done) return { yields, resources: step.value }
      yields.push(`${step.value.done}/${step.value.total}`)
    }
  }

  it('finds what findResources finds, pausing after every batch of documents', () => {
    const text = bigStream(25)
    const { yields, resources } = run(findResourcesSteps(parseStream(text), 10))
    expect(yields).toEqual(['10/25', '20/25'])
    expect(resources).toEqual(findResources(parseStream(text)))
  })

  it('documents kept from an earlier parse cost no pause', () => {
    const text = bigStream(25)
    const first = parseStream(text)
    findResources(first)
    const edited = text.replace('replicas: 1', 'replicas: 2') // the first document only
    const { yields, resources } = run(findResourcesSteps(parseStream(edited, first), 1))
    expect(yields).toEqual(['1/25'])
    expect(resources).toHaveLength(25)
  })
})
