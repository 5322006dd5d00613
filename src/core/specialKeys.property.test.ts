/**
 * Every key is data: `__proto__`, `constructor`, `toString` ... anywhere in a manifest are fields Kubernetes does
 * not know. Whatever they hold, the verdicts and effective settings equal those of the same pod without them;
 * inside a securityContext struct they are reported as unknown fields, nothing else changes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, type Analysis } from './analyze'
import { DEFAULT_OPTIONS, type PssLevel } from './types'

const SPECIAL = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
] as const

/** A map as an ordered list of entries, so a special key is an entry like any other when rendered. */
type Value = string | number | boolean | null | Value[] | Entries
type Entries = { entries: [string, Value][] }
const map = (...entries: [string, Value][]): Entries => ({ entries })

/** JSON text (a YAML 1.1 flow document) of a value, keys in the order given. */
function render(v: Value): string {
  if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`
  if (v !== null && typeof v === 'object')
    return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}: ${render(x)}`).join(', ')}}`
  return JSON.stringify(v)
}

/** What a special key holds: settings that would change every verdict if they were applied. */
const payload: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(
    map(
      ['runAsNonRoot', true],
      ['runAsUser', 1000],
      ['allowPrivilegeEscalation', false],
      ['capabilities', map(['drop', ['ALL']])],
      ['seccompProfile', map(['type', 'RuntimeDefault'])],
    ),
  ),
  fc.constant(map(['privileged', true], ['runAsUser', 0], ['capabilities', map(['add', ['SYS_ADMIN']])])),
  fc.constant(map(['hostNetwork', true], ['hostPID', true])),
  fc.constantFrom<Value>('RuntimeDefault', 0, true, null, ['ALL']),
)

const podSc = fc.record(
  {
    runAsNonRoot: fc.boolean(),
    runAsUser: fc.constantFrom(0, 1000),
    seccompProfile: fc.constantFrom('RuntimeDefault', 'Unconfined'),
  },
  { requiredKeys: [] },
)
const ctrSc = fc.record(
  {
    allowPrivilegeEscalation: fc.boolean(),
    privileged: fc.boolean(),
    runAsNonRoot: fc.boolean(),
    drop: fc.constantFrom(['ALL'], ['NET_RAW']),
    add: fc.constantFrom(['NET_BIND_SERVICE'], ['SYS_ADMIN']),
    seccompProfile: fc.constantFrom('RuntimeDefault', 'Unconfined'),
  },
  { requiredKeys: [] },
)

interface Shape {
  kind: 'Pod' | 'Deployment'
  hostNetwork: boolean
  pod: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: string }
  containers: {
    allowPrivilegeEscalation?: boolean
    privileged?: boolean
    runAsNonRoot?: boolean
    drop?: readonly string[]
    add?: readonly string[]
    seccompProfile?: string
  }[]
}

const shape: fc.Arbitrary<Shape> = fc.record({
  kind: fc.constantFrom('Pod' as const, 'Deployment' as const),
  hostNetwork: fc.boolean(),
  pod: podSc,
  containers: fc.array(ctrSc, { minLength: 1, maxLength: 3 }),
})

/** Where special keys go: a function of the map's level name returning extra entries (or none). */
type Extra = (level: string) => [string, Value][]

function build(s: Shape, extra: Extra): Value {
  const m = (level: string, ...entries: [string, Value | undefined][]): Entries =>
    map(...entries.filter((e): e is [string, Value] => e[1] !== undefined), ...extra(level))
  const profile = (level: string, type?: string) =>
    type === undefined ? undefined : m(level, ['type', type])
  const containers = s.containers.map((c, i) =>
    m(
      'container',
      ['name', `c${i}`],
      ['image', 'busybox'],
      [
        'securityContext',
        m(
          'containerSc',
          ['allowPrivilegeEscalation', c.allowPrivilegeEscalation],
          ['privileged', c.privileged],
          ['runAsNonRoot', c.runAsNonRoot],
          [
            'capabilities',
            c.add || c.drop
              ? m('capabilities', ['add', c.add && [...c.add]], ['drop', c.drop && [...c.drop]])
              : undefined,
          ],
          ['seccompProfile', profile('seccompProfile', c.seccompProfile)],
        ),
      ],
    ),
  )
  const spec = m(
    'spec',
    ['hostNetwork', s.hostNetwork],
    [
      'securityContext',
      m(
        'podSc',
        ['runAsNonRoot', s.pod.runAsNonRoot],
        ['runAsUser', s.pod.runAsUser],
        ['seccompProfile', profile('seccompProfile', s.pod.seccompProfile)],
      ),
    ],
    ['containers', containers],
  )
  const meta = m('metadata', ['name', 'demo'])
  if (s.kind === 'Pod')
    return m('root', ['apiVersion', 'v1'], ['kind', 'Pod'], ['metadata', meta], ['spec', spec])
  const template = m(
    'template',
    ['metadata', m('templateMetadata', ['labels', m('labels', ['app', 'demo'])])],
    ['spec', spec],
  )
  return m(
    'root',
    ['apiVersion', 'apps/v1'],
    ['kind', 'Deployment'],
    ['metadata', meta],
    ['spec', m('deploymentSpec', ['template', template])],
  )
}

/** What a user acts on, independent of text offsets. */
function verdicts(a: Analysis, level: PssLevel) {
  const r = a.resources[0]!
  return {
    level,
    pss: r.pss.allowed,
    violations: r.pss.violations.map((v) => [v.check, v.reason, v.detail]),
    passes: r.passes,
    problems: r.problems
      .filter((p) => p.code !== 'API_UNKNOWN_FIELD')
      .map((p) => [p.code, p.message, p.path]),
    // A process only where the API server accepts the object (an unknown field makes it refuse the pod).
    effective: r.effective.map((c) => ({ fields: c.fields, volumes: c.volumes })),
  }
}

const LEVELS = [
  'root',
  'metadata',
  'spec',
  'podSc',
  'container',
  'containerSc',
  'capabilities',
  'seccompProfile',
  'template',
  'templateMetadata',
  'deploymentSpec',
  'labels',
]
const SC_LEVELS = new Set(['podSc', 'containerSc', 'capabilities', 'seccompProfile'])

describe('special keys are plain data', () => {
  it('change no verdict and no effective setting; inside securityContext structs they are unknown fields', () => {
    fc.assert(
      fc.property(
        shape,
        fc.subarray(LEVELS, { minLength: 1 }),
        fc.constantFrom(...SPECIAL),
        payload,
        fc.constantFrom<PssLevel>('baseline', 'restricted'),
        (s, levels, key, value, level) => {
          const plain = render(build(s, () => []))
          // The levels where a special key really went in (a struct the pod does not write gets none).
          const placed = new Set<string>()
          const special = render(
            build(s, (l) => {
              if (!levels.includes(l)) return []
              placed.add(l)
              return [[key, value]]
            }),
          )
          const options = { ...DEFAULT_OPTIONS, level }
          const a = analyze(special, options)
          expect(a.errors).toEqual([])
          expect(verdicts(a, level)).toEqual(verdicts(analyze(plain, options), level))
          const reported = a.problems.filter((p) => p.code === 'API_UNKNOWN_FIELD')
          const decodes = a.problems.some((p) => p.code === 'API_DECODE')
          const inStruct = [...placed].some((l) => SC_LEVELS.has(l))
          if (!decodes) expect(reported.length > 0).toBe(inStruct)
          for (const p of reported) expect(p.path.endsWith(`.${key}`)).toBe(true)
          const plainRun = analyze(plain, options).resources[0]!.effective
          a.resources[0]!.effective.forEach((c, i) => {
            if (reported.length > 0) expect(c.refusal?.by).toBe('apiserver')
            else expect(c.process).toEqual(plainRun[i]!.process)
          })
        },
      ),
      { numRuns: 150 },
    )
    // 150 full analyses: about 2 s alone, 5 s when the machine is shared.
  }, 30_000)

  it('a pod whose securityContext fields sit under __proto__ fails restricted and applies none of them', () => {
    const text = render(
      build({ kind: 'Pod', hostNetwork: false, pod: {}, containers: [{}] }, (l) =>
        l === 'podSc' || l === 'containerSc'
          ? [
              [
                '__proto__',
                map(
                  ['runAsNonRoot', true],
                  ['allowPrivilegeEscalation', false],
                  ['capabilities', map(['drop', ['ALL']])],
                  ['seccompProfile', map(['type', 'RuntimeDefault'])],
                ),
              ],
            ]
          : [],
      ),
    )
    const r = analyze(text, DEFAULT_OPTIONS).resources[0]!
    expect(r.pss.allowed).toBe(false)
    expect(r.pss.violations.map((v) => v.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
    expect(r.effective[0]!.fields.allowPrivilegeEscalation).toMatchObject({ value: true, source: 'default' })
    expect(r.effective[0]!.fields.runAsNonRoot?.value ?? null).toBe(null)
    expect(r.problems.filter((p) => p.code === 'API_UNKNOWN_FIELD').map((p) => p.path)).toEqual([
      'spec.containers[0].securityContext.__proto__',
      'spec.securityContext.__proto__',
    ])
  })
})
