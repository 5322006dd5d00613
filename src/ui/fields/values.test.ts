import { describe, expect, it } from 'vitest'
import { computeEffective } from '../../core/effective'
import { pod } from '../../core/pss/testResource'
import { DEFAULT_OPTIONS, type JsonObject } from '../../core/types'
import {
  containerLabel,
  getIn,
  ID_RANGE_ERROR,
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

describe('inheritance shown in the container panel (read from core/effective)', () => {
  const podSc = {
    runAsUser: 1000,
    runAsNonRoot: true,
    fsGroup: 2000,
    seLinuxOptions: { level: 's0:c1,c2' },
    seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
    windowsOptions: { runAsUserName: 'app', gmsaCredentialSpecName: 'g' },
  }
  /** What the container panel greys in for `path` when the container's securityContext is `sc`. */
  const inherited = (sc: JsonObject | null, path: string[]) => {
    const container: JsonObject = { name: 'app', image: 'busybox', ...(sc ? { securityContext: sc } : {}) }
    const [e] = computeEffective(pod({ securityContext: podSc, containers: [container] }), DEFAULT_OPTIONS)
    return inheritedValue(e!.fields, path)
  }

  it('shows plain pod fields until the container sets its own (an explicit false overrides, a null does not)', () => {
    expect(inherited({}, ['runAsUser'])).toBe(1000)
    expect(inherited({ runAsUser: 2000 }, ['runAsUser'])).toBeUndefined()
    expect(inherited({ runAsNonRoot: false }, ['runAsNonRoot'])).toBeUndefined()
    expect(inherited(null, ['runAsNonRoot'])).toBe(true)
    expect(inherited({ runAsUser: null }, ['runAsUser'])).toBe(1000)
  })

  it('never shows pod-only fields or defaults in a container', () => {
    expect(inherited({}, ['fsGroup'])).toBeUndefined()
    expect(inherited({}, ['runAsGroup'])).toBeUndefined()
  })

  it('replaces seLinuxOptions and profiles as a whole struct', () => {
    expect(inherited({}, ['seLinuxOptions', 'level'])).toBe('s0:c1,c2')
    expect(inherited({ seLinuxOptions: { type: 'spc_t' } }, ['seLinuxOptions', 'level'])).toBeUndefined()
    expect(inherited({}, ['seccompProfile', 'localhostProfile'])).toBe('p.json')
    expect(
      inherited({ seccompProfile: { type: 'RuntimeDefault' } }, ['seccompProfile', 'localhostProfile']),
    ).toBeUndefined()
  })

  it('merges windowsOptions per sub-field, the GMSA pair together', () => {
    const sc = { windowsOptions: { gmsaCredentialSpec: '{}' } }
    expect(inherited(sc, ['windowsOptions', 'runAsUserName'])).toBe('app')
    expect(inherited(sc, ['windowsOptions', 'gmsaCredentialSpecName'])).toBeUndefined()
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
