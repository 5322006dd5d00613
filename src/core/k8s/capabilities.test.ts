import { describe, expect, it } from 'vitest'
import { CAPABILITIES, capshDecode, decodeCaps, diffCaps, encodeCaps, normalizeCapName } from './capabilities'

const CONTAINERD_NAMES = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_RAW',
  'CAP_SYS_CHROOT',
  'CAP_MKNOD',
  'CAP_AUDIT_WRITE',
  'CAP_SETFCAP',
]

describe('capability table', () => {
  it('has the 41 kernel capabilities at their bits', () => {
    expect(CAPABILITIES).toHaveLength(41)
    expect(CAPABILITIES[0]).toMatchObject({ bit: 0, name: 'CAP_CHOWN', k8sName: 'CHOWN' })
    expect(CAPABILITIES[12]).toMatchObject({ bit: 12, name: 'CAP_NET_ADMIN', k8sName: 'NET_ADMIN' })
    expect(CAPABILITIES[21]?.name).toBe('CAP_SYS_ADMIN')
    expect(CAPABILITIES[31]?.name).toBe('CAP_SETFCAP')
    expect(CAPABILITIES[40]?.name).toBe('CAP_CHECKPOINT_RESTORE')
    for (const c of CAPABILITIES) expect(c.description).toMatch(/^[A-Z].+\.$/)
  })
})

describe('decodeCaps', () => {
  it('decodes the containerd default set in bit order', () => {
    expect(decodeCaps('00000000a80425fb')).toEqual(CONTAINERD_NAMES)
  })
  it('decodes CRI-O defaults, empty and all sets, with or without 0x', () => {
    // CRI-O's default set is containerd's up to NET_BIND_SERVICE: no NET_RAW, SYS_CHROOT, MKNOD, AUDIT_WRITE, SETFCAP.
    expect(decodeCaps('0x5fb')).toEqual(CONTAINERD_NAMES.slice(0, CONTAINERD_NAMES.indexOf('CAP_NET_RAW')))
    expect(decodeCaps('0000000000000000')).toEqual([])
    expect(decodeCaps('000001ffffffffff')).toHaveLength(41)
  })
  it('throws a clear error on bad hex and on bits past the last capability', () => {
    expect(() => decodeCaps('zz')).toThrow(
      'not a capability set: "zz" (expected up to 16 hex digits, like 00000000a80425fb)',
    )
    expect(() => decodeCaps('')).toThrow('not a capability set: ""')
    expect(() => decodeCaps('00000000000000000')).toThrow('expected up to 16 hex digits')
    expect(() => decodeCaps('000003ffffffffff')).toThrow(
      'not a capability set: "000003ffffffffff" has bit 41 set, but the last capability is CAP_CHECKPOINT_RESTORE (bit 40)',
    )
  })
})

describe('encodeCaps', () => {
  it('accepts Kubernetes names, kernel names and lower case', () => {
    expect(encodeCaps(['NET_ADMIN'])).toBe('0000000000001000')
    expect(encodeCaps(['CAP_NET_ADMIN', 'sys_time'])).toBe('0000000002001000')
    expect(encodeCaps(CONTAINERD_NAMES)).toBe('00000000a80425fb')
    expect(encodeCaps([...CONTAINERD_NAMES, 'NET_ADMIN', 'SYS_TIME'])).toBe('00000000aa0435fb')
    expect(encodeCaps(['ALL'])).toBe('000001ffffffffff')
    expect(encodeCaps([])).toBe('0000000000000000')
  })
  it('throws on unknown names', () => {
    expect(() => encodeCaps(['NET_ADMIN', 'FLY'])).toThrow('unknown capability "FLY"')
    expect(() => encodeCaps(['CAP_CAP_NET_ADMIN'])).toThrow('unknown capability "CAP_CAP_NET_ADMIN"')
  })
})

describe('normalizeCapName, diffCaps, capshDecode', () => {
  it('normalises names', () => {
    expect(normalizeCapName('net_admin')).toBe('CAP_NET_ADMIN')
    expect(normalizeCapName('cap_bpf')).toBe('CAP_BPF')
    expect(normalizeCapName('NET_ADMIN ')).toBe('CAP_NET_ADMIN')
    expect(normalizeCapName('ALL')).toBeNull()
    expect(normalizeCapName('CAP_CAP_NET_ADMIN')).toBeNull()
  })
  it('diffs two sets', () => {
    expect(diffCaps('00000000a80425fb', '00000000aa0435fb')).toEqual({
      added: ['CAP_NET_ADMIN', 'CAP_SYS_TIME'],
      removed: [],
    })
    expect(diffCaps('00000000a80425fb', '00000000000005fb')).toEqual({
      added: [],
      removed: ['CAP_NET_RAW', 'CAP_SYS_CHROOT', 'CAP_MKNOD', 'CAP_AUDIT_WRITE', 'CAP_SETFCAP'],
    })
    expect(diffCaps(['CHOWN', 'KILL'], ['KILL', 'BPF'])).toEqual({
      added: ['CAP_BPF'],
      removed: ['CAP_CHOWN'],
    })
  })
  it('prints like capsh --decode', () => {
    expect(capshDecode('00000000a80425fb')).toBe(
      '0x00000000a80425fb=cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,' +
        'cap_setpcap,cap_net_bind_service,cap_net_raw,cap_sys_chroot,cap_mknod,cap_audit_write,cap_setfcap',
    )
    expect(capshDecode('0')).toBe('0x0000000000000000=')
  })
})
