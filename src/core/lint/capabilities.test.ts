import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, type AnalyzeOptions, type JsonObject } from '../types'
import { lintResource } from './index'
import { pod } from './testResource'

const only = (code: string, sc: JsonObject, options: Partial<AnalyzeOptions> = {}) =>
  lintResource(pod({ containers: [{ name: 'app', image: 'example.com/app:1', securityContext: sc }] }), {
    ...DEFAULT_OPTIONS,
    ...options,
  })
    .filter((f) => f.code === code)
    .map((f) => [f.path, f.message, f.severity])

describe('capability names', () => {
  it('flags the CAP_ prefix that containerd silently ignores, on the item itself', () => {
    expect(
      only('LINT_CAP_PREFIX', {
        capabilities: { add: ['CAP_NET_ADMIN', 'SYS_TIME'], drop: ['cap_net_raw'] },
      }),
    ).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.add[0]',
        'container "app" adds "CAP_NET_ADMIN": on containerd the capability is not added; write "NET_ADMIN"',
        'warning',
      ],
      [
        'spec.containers[0].securityContext.capabilities.drop[0]',
        'container "app" drops "cap_net_raw": on containerd the capability is not dropped; write "NET_RAW"',
        'warning',
      ],
    ])
  })

  it('flags unknown names, with what each runtime does', () => {
    expect(
      only('LINT_CAP_UNKNOWN', { capabilities: { add: ['NET_ADMN'], drop: ['ALL', 'CAP_FOO'] } }),
    ).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.add[0]',
        'container "app" adds unknown capability "NET_ADMN": CRI-O refuses to create the container and containerd ignores it',
        'warning',
      ],
      [
        'spec.containers[0].securityContext.capabilities.drop[1]',
        'container "app" drops unknown capability "CAP_FOO": dropping it has no effect',
        'warning',
      ],
    ])
  })

  it('asks for upper case because Pod Security compares exact strings', () => {
    expect(only('LINT_CAP_CASE', { capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] } })).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.drop[0]',
        'container "app" drops "all": write "ALL", the spelling Pod Security compares',
        'info',
      ],
    ])
  })

  it('says nothing about well-spelled names', () => {
    const sc = { capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } }
    expect([
      ...only('LINT_CAP_CASE', sc),
      ...only('LINT_CAP_PREFIX', sc),
      ...only('LINT_CAP_UNKNOWN', sc),
    ]).toEqual([])
  })
})

describe('capability sets', () => {
  it('explains that drop ALL cancels add ALL', () => {
    expect(
      only('LINT_ADD_ALL_DROPPED', { capabilities: { add: ['ALL', 'NET_ADMIN'], drop: ['ALL'] } }),
    ).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.add',
        'container "app" adds ALL and drops ALL: drop ALL wins, so it gets only the capabilities listed one by one',
        'info',
      ],
    ])
  })

  it('warns that added capabilities stay out of CapEff for a non-root user', () => {
    const sc = { runAsUser: 1000, capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } }
    expect(only('LINT_CAPS_NON_ROOT', sc)).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.add',
        'container "app" adds "NET_ADMIN", "SYS_TIME" but runs as uid 1000: its effective capabilities stay empty (CapEff 0000000000000000)',
        'warning',
      ],
    ])
    expect(only('LINT_CAPS_NON_ROOT', { capabilities: { add: ['NET_ADMIN'] } })).toEqual([])
    expect(only('LINT_CAPS_NON_ROOT', { capabilities: { add: ['NET_ADMIN'] } }, { imageUser: 101 })).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.add',
        'container "app" adds "NET_ADMIN" but runs as uid 101 (the image user): its effective capabilities stay empty (CapEff 0000000000000000)',
        'warning',
      ],
    ])
    expect(only('LINT_CAPS_NON_ROOT', { ...sc, privileged: true })).toEqual([])
  })

  it('asks for drop ALL where Pod Security does not (below restricted, or before v1.22)', () => {
    const containerd = [
      'spec.containers[0].securityContext.capabilities.drop',
      'container "app" does not drop ALL capabilities: it keeps the 14 containerd default capabilities, including NET_RAW, SETUID and SETGID',
      'warning',
    ]
    expect(only('LINT_DROP_ALL', {}, { level: 'baseline' })).toEqual([containerd])
    expect(only('LINT_DROP_ALL', {}, { level: 'restricted', version: 'v1.21' })).toEqual([containerd])
    expect(only('LINT_DROP_ALL', {}, { level: 'restricted', version: 'v1.22' })).toEqual([])
    expect(only('LINT_DROP_ALL', { capabilities: { drop: ['all'] } }, { level: 'baseline' })).toEqual([])
    expect(only('LINT_DROP_ALL', {}, { level: 'privileged', runtime: 'cri-o' })).toEqual([
      [
        'spec.containers[0].securityContext.capabilities.drop',
        'container "app" does not drop ALL capabilities: it keeps the 9 CRI-O default capabilities, including DAC_OVERRIDE, SETUID and SETGID',
        'warning',
      ],
    ])
  })

  it('leaves Windows pods alone', () => {
    const r = pod({
      os: { name: 'windows' },
      containers: [{ name: 'app', securityContext: { capabilities: { add: ['CAP_X'] } } }],
    })
    expect(lintResource(r, { ...DEFAULT_OPTIONS, level: 'baseline' })).toEqual([])
  })

  it('leaves pods pinned to Windows nodes alone too (nodeSelector kubernetes.io/os)', () => {
    const r = pod({
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      containers: [{ name: 'app', securityContext: { capabilities: { add: ['CAP_X'] } } }],
    })
    expect(lintResource(r, { ...DEFAULT_OPTIONS, level: 'baseline' }).map((f) => f.code)).toEqual([])
  })
})
