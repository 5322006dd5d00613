import { describe, expect, it } from 'vitest'
import type { ContainerEffective } from '../../core/types'
import {
  containerLabel,
  getIn,
  ID_RANGE_ERROR,
  inheritedFromPodSpec,
  inheritedValue,
  matchesFilter,
  parseId,
  replaceItem,
  resourceLabel,
  showValue,
  toggleItem,
} from './values'

describe('parseId', () => {
  it('accepts integers 0..2147483647 and clears on empty input', () => {
    expect(parseId('1000')).toEqual({ ok: true, value: 1000 })
    expect(parseId(' 0 ')).toEqual({ ok: true, value: 0 })
    expect(parseId('2147483647')).toEqual({ ok: true, value: 2147483647 })
    expect(parseId('')).toEqual({ ok: true, value: undefined })
  })

  it('rejects out of range, negative, fractional and non-numeric input with the range message', () => {
    for (const raw of ['2147483648', '-1', '1.5', '1e3', 'abc', '0x10']) {
      expect(parseId(raw)).toEqual({ ok: false, error: ID_RANGE_ERROR })
    }
    expect(ID_RANGE_ERROR).toBe('must be an integer between 0 and 2147483647')
  })
})

describe('labels', () => {
  it('names resources kind/name and containers "name (type)"', () => {
    expect(resourceLabel({ kind: 'Pod', name: 'security-context-demo' })).toBe('Pod/security-context-demo')
    expect(resourceLabel({ kind: 'Deployment', name: null })).toBe('Deployment/(no name)')
    expect(containerLabel({ name: 'init-db', type: 'initContainer' })).toBe('init-db (initContainer)')
    expect(containerLabel({ name: 'debug', type: 'ephemeralContainer' })).toBe('debug (ephemeralContainer)')
  })
})

describe('getIn and showValue', () => {
  it('reads nested maps and lists, undefined when missing', () => {
    const v = { a: { b: [1, { c: 'x' }] } }
    expect(getIn(v, ['a', 'b', 1, 'c'])).toBe('x')
    expect(getIn(v, ['a', 'z'])).toBeUndefined()
    expect(getIn(v, ['a', 'b', 'c'])).toBeUndefined()
    expect(getIn('scalar', ['a'])).toBeUndefined()
  })

  it('shows strings that look like numbers or booleans quoted, everything else plainly', () => {
    expect(showValue('1000')).toBe('"1000"')
    expect(showValue('yes')).toBe('"yes"')
    expect(showValue('RuntimeDefault')).toBe('RuntimeDefault')
    expect(showValue(1000)).toBe('1000')
    expect(showValue(false)).toBe('false')
    expect(showValue({ type: 'Localhost' })).toBe('{"type":"Localhost"}')
  })
})

describe('inheritance shown in the container panel', () => {
  const pod = {
    runAsUser: 1000,
    runAsNonRoot: true,
    fsGroup: 2000,
    seLinuxOptions: { level: 's0:c1,c2' },
    seccompProfile: { type: 'RuntimeDefault' },
    windowsOptions: { runAsUserName: 'app', gmsaCredentialSpecName: 'g' },
  }

  it('shows plain pod fields until the container sets its own (an explicit false overrides)', () => {
    expect(inheritedFromPodSpec(pod, {}, ['runAsUser'])).toBe(1000)
    expect(inheritedFromPodSpec(pod, { runAsUser: 2000 }, ['runAsUser'])).toBeUndefined()
    expect(inheritedFromPodSpec(pod, { runAsNonRoot: false }, ['runAsNonRoot'])).toBeUndefined()
    expect(inheritedFromPodSpec(pod, undefined, ['runAsNonRoot'])).toBe(true)
  })

  it('never shows pod-only fields in a container', () => {
    expect(inheritedFromPodSpec(pod, {}, ['fsGroup'])).toBeUndefined()
  })

  it('replaces seLinuxOptions and profiles as a whole struct', () => {
    expect(inheritedFromPodSpec(pod, {}, ['seLinuxOptions', 'level'])).toBe('s0:c1,c2')
    expect(
      inheritedFromPodSpec(pod, { seLinuxOptions: { type: 'spc_t' } }, ['seLinuxOptions', 'level']),
    ).toBe(undefined)
    expect(inheritedFromPodSpec(pod, {}, ['seccompProfile', 'type'])).toBe('RuntimeDefault')
  })

  it('merges windowsOptions per sub-field, the GMSA pair together', () => {
    const ctr = { windowsOptions: { gmsaCredentialSpec: '{}' } }
    expect(inheritedFromPodSpec(pod, ctr, ['windowsOptions', 'runAsUserName'])).toBe('app')
    expect(inheritedFromPodSpec(pod, ctr, ['windowsOptions', 'gmsaCredentialSpecName'])).toBeUndefined()
  })

  it('prefers the effective view when it has an entry for the field', () => {
    const eff: ContainerEffective['fields'] = {
      runAsUser: { value: 1000, source: 'image' },
      runAsGroup: { value: 3000, source: 'pod' },
      seccompProfile: { value: { type: 'Localhost', localhostProfile: 'p.json' }, source: 'pod' },
      'seLinuxOptions.level': { value: null, source: 'default' },
    }
    expect(inheritedValue(eff, pod, {}, ['runAsUser'])).toBeUndefined()
    expect(inheritedValue(eff, pod, {}, ['runAsGroup'])).toBe(3000)
    expect(inheritedValue(eff, pod, {}, ['seccompProfile', 'localhostProfile'])).toBe('p.json')
    expect(inheritedValue(eff, pod, {}, ['runAsNonRoot'])).toBe(true)
    expect(inheritedValue(eff, pod, { runAsGroup: 5 }, ['runAsGroup'])).toBeUndefined()
    expect(inheritedValue(eff, pod, {}, ['seLinuxOptions', 'level'])).toBeUndefined()
  })
})

describe('list edits', () => {
  it('adds at the end, removes every occurrence, and ends in undefined when empty', () => {
    expect(toggleItem(['NET_ADMIN'], 'SYS_TIME', true)).toEqual(['NET_ADMIN', 'SYS_TIME'])
    expect(toggleItem(['NET_ADMIN'], 'NET_ADMIN', true)).toEqual(['NET_ADMIN'])
    expect(toggleItem(['ALL', 'X', 'ALL'], 'ALL', false)).toEqual(['X'])
    expect(toggleItem(['ALL'], 'ALL', false)).toBeUndefined()
    expect(toggleItem(undefined, 'ALL', true)).toEqual(['ALL'])
  })

  it('replaces or removes one row', () => {
    expect(replaceItem([1, 2, 3], 1, 20)).toEqual([1, 20, 3])
    expect(replaceItem([1, 2, 3], 0, undefined)).toEqual([2, 3])
    expect(replaceItem([1], 0, undefined)).toBeUndefined()
  })

  it('filters capabilities by name with or without CAP_, and by description', () => {
    expect(matchesFilter('cap_net', 'NET_ADMIN', 'Configure network interfaces')).toBe(true)
    expect(matchesFilter('clock', 'SYS_TIME', 'Set the system clock.')).toBe(true)
    expect(matchesFilter('chown', 'SYS_TIME', 'Set the system clock.')).toBe(false)
    expect(matchesFilter('  ', 'SYS_TIME', '')).toBe(true)
  })
})
