import { describe, expect, it } from 'vitest'
import { formatCapMask } from './capabilities'
import { PRIVILEGED_CAP_HEX, RUNTIMES, defaultCapHex, readCapName, resolveCapabilities } from './runtimes'

const hex = (...args: Parameters<typeof resolveCapabilities>) =>
  formatCapMask(resolveCapabilities(...args).bounding)

describe('runtime defaults', () => {
  it('containerd has 14 default caps, CRI-O 9', () => {
    expect(RUNTIMES.containerd.defaultCaps).toHaveLength(14)
    expect(RUNTIMES['cri-o'].defaultCaps).toHaveLength(9)
    expect(defaultCapHex('containerd')).toBe('00000000a80425fb')
    expect(defaultCapHex('cri-o')).toBe('00000000000005fb')
    expect(PRIVILEGED_CAP_HEX).toBe('000001ffffffffff')
  })
})

describe('resolveCapabilities', () => {
  it('adds and drops by Kubernetes name', () => {
    expect(hex('containerd', ['NET_ADMIN', 'SYS_TIME'], [], false)).toBe('00000000aa0435fb')
    expect(hex('containerd', [], ['NET_RAW'], false)).toBe('00000000a80405fb')
    expect(hex('cri-o', ['NET_ADMIN'], [], false)).toBe('00000000000015fb')
  })
  it('handles ALL: drop ALL then named adds; add ALL then named drops; add+drop ALL is empty', () => {
    expect(hex('containerd', [], ['ALL'], false)).toBe('0000000000000000')
    expect(hex('containerd', ['NET_BIND_SERVICE'], ['ALL'], false)).toBe('0000000000000400')
    expect(hex('cri-o', ['NET_BIND_SERVICE'], ['all'], false)).toBe('0000000000000400')
    expect(hex('containerd', ['ALL'], ['CHOWN'], false)).toBe('000001fffffffffe')
    expect(hex('containerd', ['ALL'], ['ALL'], false)).toBe('0000000000000000')
  })
  it('a named drop wins over the same add', () => {
    expect(hex('containerd', ['NET_ADMIN'], ['NET_ADMIN'], false)).toBe('00000000a80425fb')
  })
  it('privileged gets every capability whatever add/drop say', () => {
    expect(hex('containerd', [], ['ALL'], true)).toBe('000001ffffffffff')
    expect(hex('cri-o', [], [], true)).toBe('000001ffffffffff')
  })
  it('containerd silently ignores CAP_-prefixed names; CRI-O accepts them', () => {
    expect(hex('containerd', ['CAP_NET_ADMIN'], [], false)).toBe('00000000a80425fb')
    expect(hex('cri-o', ['CAP_NET_ADMIN'], [], false)).toBe('00000000000015fb')
    expect(readCapName('containerd', 'add', 'CAP_NET_ADMIN')).toEqual({
      list: 'add',
      name: 'CAP_NET_ADMIN',
      cap: null,
      problem: 'ignored',
      why: 'CAP_NET_ADMIN is ignored by containerd (it becomes CAP_CAP_NET_ADMIN): write NET_ADMIN',
    })
    expect(readCapName('containerd', 'add', 'net_admin').cap).toBe('CAP_NET_ADMIN')
  })
  it('unknown names: containerd ignores them, CRI-O fails to start the container', () => {
    expect(readCapName('containerd', 'add', 'FLY')).toMatchObject({
      cap: null,
      problem: 'ignored',
      why: 'FLY is not a Linux capability: containerd ignores it',
    })
    expect(readCapName('cri-o', 'add', 'FLY')).toMatchObject({
      cap: null,
      problem: 'fails',
      why: 'CRI-O refuses to start the container: unknown capability "CAP_FLY" to add',
    })
  })
  it('CRI-O refuses an unknown drop too, in its own words (runtime-tools CapValid)', () => {
    expect(readCapName('cri-o', 'drop', 'FLY')).toEqual({
      list: 'drop',
      name: 'FLY',
      cap: null,
      problem: 'fails',
      why: 'CRI-O refuses to start the container: failed to drop cap CAP_FLY invalid capability: CAP_FLY',
      error: 'failed to drop cap CAP_FLY invalid capability: CAP_FLY',
    })
    expect(readCapName('cri-o', 'add', 'cap_fly').error).toBe('unknown capability "cap_fly" to add')
    expect(readCapName('cri-o', 'drop', 'cap_net_raw').cap).toBe('CAP_NET_RAW')
  })
  it('neither runtime trims spaces: " NET_ADMIN" is no capability', () => {
    expect(readCapName('containerd', 'add', ' NET_ADMIN')).toMatchObject({ cap: null, problem: 'ignored' })
    expect(readCapName('cri-o', 'add', ' NET_ADMIN').error).toBe('unknown capability "CAP_ NET_ADMIN" to add')
  })
})
