/**
 * Cases from apiserver-library-go pkg/securitycontextconstraints: user/{mustrunas,mustrunasrange,nonroot}
 * _test.go, group/mustrunas_test.go, selinux/mustrunas_test.go and capabilities/mustrunas_test.go; messages
 * asserted in full.
 */
import { describe, expect, it } from 'vitest'
import type { At } from './fieldError'
import { newPath } from './fieldError'
import type { Capabilities } from './pod'
import { capabilitiesStrategy, equalLevels, groupStrategy, seLinuxStrategy, userStrategy } from './strategies'
import type { UserStrategy } from './strategies'
import { rawScc, seLinux } from './testKit'

const at: At = { in: 'spec', path: [] }
const userAt = { runAsUser: at, runAsNonRoot: at }
const root = newPath('')
const user = (opts: { type: string; uid?: number; min?: number; max?: number }) =>
  userStrategy({
    type: opts.type,
    uid: opts.uid ?? null,
    uidRangeMin: opts.min ?? null,
    uidRangeMax: opts.max ?? null,
  }) as UserStrategy
const userErrs = (s: UserStrategy, nonRoot: boolean | null, uid: number | null) =>
  s.validate(root, nonRoot, uid, userAt).map((e) => e.message)

describe('user strategies', () => {
  it('TestMustRunAsOptions / TestMustRunAsRangeOptions: creation errors', () => {
    expect(userStrategy({ type: 'MustRunAs', uid: null, uidRangeMin: null, uidRangeMax: null })).toBe(
      'MustRunAs requires a UID',
    )
    expect(userStrategy({ type: 'MustRunAsRange', uid: null, uidRangeMin: null, uidRangeMax: 1 })).toBe(
      'MustRunAsRange requires a UIDRangeMin',
    )
    expect(userStrategy({ type: 'MustRunAsRange', uid: null, uidRangeMin: 1, uidRangeMax: null })).toBe(
      'MustRunAsRange requires a UIDRangeMax',
    )
    expect(userStrategy({ type: 'Other', uid: null, uidRangeMin: null, uidRangeMax: null })).toBe(
      'Unrecognized RunAsUser strategy type Other',
    )
  })
  it('TestMustRunAsGenerate / TestMustRunAsRangeGenerate: the uid, the range minimum', () => {
    expect(user({ type: 'MustRunAs', uid: 1 }).generate()).toBe(1)
    expect(user({ type: 'MustRunAsRange', min: 1, max: 10 }).generate()).toBe(1)
    expect(user({ type: 'MustRunAsNonRoot' }).generate()).toBeNull()
    expect(user({ type: 'RunAsAny' }).generate()).toBeNull()
  })
  it('TestMustRunAsValidate', () => {
    const s = user({ type: 'MustRunAs', uid: 1 })
    expect(userErrs(s, null, null)).toEqual(['[].runAsUser: Required value'])
    expect(userErrs(s, null, 2)).toEqual(['[].runAsUser: Invalid value: 2: must be: 1'])
    expect(userErrs(s, null, 1)).toEqual([])
  })
  it('TestMustRunAsRangeValidate', () => {
    const s = user({ type: 'MustRunAsRange', min: 1, max: 10 })
    expect(userErrs(s, null, null)).toEqual(['[].runAsUser: Required value'])
    expect(userErrs(s, null, 0)).toEqual(['[].runAsUser: Invalid value: 0: must be in the ranges: [1, 10]'])
    expect(userErrs(s, null, 11)).toEqual(['[].runAsUser: Invalid value: 11: must be in the ranges: [1, 10]'])
    expect(userErrs(s, null, 5)).toEqual([])
  })
  it('TestNonRootValidate', () => {
    const s = user({ type: 'MustRunAsNonRoot' })
    expect(userErrs(s, null, 0)).toEqual([
      '[].runAsUser: Invalid value: 0: running with the root UID is forbidden',
    ])
    expect(userErrs(s, null, null)).toEqual(['[].runAsNonRoot: Required value: must be true'])
    expect(userErrs(s, false, null)).toEqual(['[].runAsNonRoot: Invalid value: false: must be true'])
    expect(userErrs(s, null, 1)).toEqual([])
    expect(userErrs(s, true, null)).toEqual([])
  })
})

describe('group/mustrunas_test TestValidate and TestGenerate', () => {
  const s = (ranges: { min: number; max: number }[]) => {
    const g = groupStrategy({ type: 'MustRunAs', ranges }, 'supplementalGroups')
    if (typeof g === 'string') throw new Error(g)
    return g
  }
  it.each([
    ['nil security context', [{ min: 1, max: 3 }], null, false],
    ['empty groups', [{ min: 1, max: 3 }], [], false],
    [
      'not in range',
      [
        { min: 1, max: 3 },
        { min: 4, max: 4 },
      ],
      [5],
      false,
    ],
    ['in range 1', [{ min: 1, max: 3 }], [2], true],
    ['in range boundry min', [{ min: 1, max: 3 }], [1], true],
    ['in range boundry max', [{ min: 1, max: 3 }], [3], true],
    ['singular range', [{ min: 4, max: 4 }], [4], true],
  ])('%s', (_name, ranges, groups, pass) => {
    expect(s(ranges).validate(root, groups, at).length === 0).toBe(pass)
  })
  it('generates the first range minimum; needs ranges', () => {
    expect(
      s([
        { min: 1, max: 3 },
        { min: 10, max: 20 },
      ]).generate(),
    ).toEqual([1])
    expect(s([{ min: 1, max: 3 }]).generateSingle()).toBe(1)
    expect(groupStrategy({ type: 'MustRunAs', ranges: [] }, 'fsGroup')).toBe(
      'ranges must be supplied for MustRunAs',
    )
    expect(groupStrategy({ type: 'X', ranges: [] }, 'fsGroup')).toBe('Unrecognized FSGroup strategy type X')
  })
})

describe('selinux/mustrunas_test TestMustRunAsValidate', () => {
  const valid = seLinux({ user: 'user', role: 'role', type: 'type', level: 's0:c0,c6' })
  const errs = (scc: object, pod: object | null) => {
    const s = seLinuxStrategy({ type: 'MustRunAs', seLinuxOptions: seLinux(scc) })
    if (typeof s === 'string') throw new Error(s)
    return s.validate(newPath('seLinuxOptions'), pod ? { ...valid, ...pod } : null, at).map((e) => e.message)
  }
  it.each([
    ['invalid role', { role: 'invalid' }, ['seLinuxOptions.role: Invalid value: "invalid": must be role']],
    ['invalid user', { user: 'invalid' }, ['seLinuxOptions.user: Invalid value: "invalid": must be user']],
    [
      'levels are not equal',
      { level: 's0' },
      ['seLinuxOptions.level: Invalid value: "s0": must be s0:c0,c6'],
    ],
    ['valid', {}, []],
    ['valid with different order of categories', { level: 's0:c6,c0' }, []],
  ])('%s', (_name, pod, want) => {
    expect(errs(valid, pod)).toEqual(want)
  })
  it('nil options are required', () => {
    expect(errs(valid, null)).toEqual(['seLinuxOptions: Required value'])
  })
  it('levels differ by sensitivity or categories', () => {
    expect(equalLevels('s1:c6', 's0:c6')).toBe(false)
    expect(equalLevels('s0:c1,c7', 's0:c0,c8')).toBe(false)
    expect(equalLevels('s0:c27,c9', 's0:c9,c27')).toBe(true)
  })
})

describe('capabilities/mustrunas_test', () => {
  const gen = (defaultAdd: string[], drop: string[], container: Capabilities | null) =>
    capabilitiesStrategy(
      rawScc('s', { defaultAddCapabilities: defaultAdd, requiredDropCapabilities: drop }),
    ).generate(container)
  const caps = (add: string[] | null, drop: string[] | null = null): Capabilities => ({ add, drop })
  it.each([
    ['no required, no container requests', [], [], null, null],
    ['no required, no container requests, non-nil', [], [], caps(null), caps(null)],
    ['required, no container requests', ['foo'], [], null, caps(['foo'])],
    ['required, container requests add required', ['foo'], [], caps(['foo']), caps(['foo'])],
    [
      'multiple required, container requests add required',
      ['foo', 'bar', 'baz'],
      [],
      caps(['foo']),
      caps(['bar', 'baz', 'foo']),
    ],
    ['required, container requests add non-required', ['foo'], [], caps(['bar']), caps(['bar', 'foo'])],
    [
      'generation does not mutate unnecessarily',
      ['foo', 'bar'],
      [],
      caps(['foo', 'foo', 'bar', 'baz']),
      caps(['foo', 'foo', 'bar', 'baz']),
    ],
    ['generation dedupes', ['foo', 'bar'], [], caps(['foo', 'baz']), caps(['bar', 'baz', 'foo'])],
    ['generation is case sensitive - will not dedupe', ['foo'], [], caps(['FOO']), caps(['FOO', 'foo'])],
    ['required drops are defaulted', [], ['foo'], null, caps(null, ['foo'])],
    [
      'required drops are defaulted when making container requests',
      [],
      ['baz'],
      caps(null, ['foo', 'bar']),
      caps(null, ['bar', 'baz', 'foo']),
    ],
    [
      'required drops do not mutate unnecessarily',
      [],
      ['baz'],
      caps(null, ['foo', 'bar', 'baz']),
      caps(null, ['foo', 'bar', 'baz']),
    ],
    ['can drop a required add', ['foo'], [], caps(null, ['foo']), caps(null, ['foo'])],
    ['can drop non-required add', ['foo'], [], caps(null, ['bar']), caps(['foo'], ['bar'])],
    [
      'defaulting adds and drops, dropping a required add',
      ['foo', 'bar', 'baz'],
      ['abc'],
      caps(null, ['foo']),
      caps(['bar', 'baz'], ['abc', 'foo']),
    ],
    [
      'drop generation dedupes',
      [],
      ['baz', 'foo'],
      caps(null, ['bar', 'foo']),
      caps(null, ['bar', 'baz', 'foo']),
    ],
    ['drop generation is case sensitive', [], ['bar'], caps(null, ['BAR']), caps(null, ['BAR', 'bar'])],
  ] as const)('TestGenerateAdds / TestGenerateDrops: %s', (_name, defaultAdd, drop, container, want) => {
    expect(gen([...defaultAdd], [...drop], container)).toEqual(want)
  })
  const valid = (defaultAdd: string[], drop: string[], allowed: string[], container: Capabilities | null) =>
    capabilitiesStrategy(
      rawScc('s', {
        defaultAddCapabilities: defaultAdd,
        requiredDropCapabilities: drop,
        allowedCapabilities: allowed,
      }),
    )
      .validate(root, container, at)
      .map((e) => e.message)
  it('TestValidateAdds', () => {
    expect(valid([], [], [], null)).toEqual([])
    expect(valid(['foo'], [], [], null)).toEqual([
      '[].capabilities: Invalid value: "null": required capabilities are not set on the securityContext',
    ])
    expect(valid(['foo'], [], [], caps(['foo']))).toEqual([])
    expect(valid(['foo'], [], [], caps(['bar']))).toEqual([
      '[].capabilities.add: Invalid value: "bar": capability may not be added',
    ])
    expect(valid([], [], ['*'], caps(['foo']))).toEqual([])
    expect(valid(['foo'], [], ['bar'], caps(['bar']))).toEqual([])
    expect(valid(['foo'], [], [], caps(['FOO']))).toEqual([
      '[].capabilities.add: Invalid value: "FOO": capability may not be added',
    ])
  })
  it('TestValidateDrops', () => {
    expect(valid([], ['foo'], [], caps(null, ['foo']))).toEqual([])
    expect(valid([], ['foo'], [], caps(null, ['bar']))).toEqual([
      '[].capabilities.drop: Invalid value: []core.Capability{"bar"}: foo is required to be dropped but was not found',
    ])
    expect(valid([], ['foo'], [], caps(['x']))).toEqual([
      '[].capabilities.add: Invalid value: "x": capability may not be added',
      '[].capabilities.drop: Invalid value: []core.Capability(nil): foo is required to be dropped but was not found',
    ])
  })
})
