import { describe, expect, it } from 'vitest'
import { fieldDoc, fieldLevel, formatValue, rowWhy } from './format'

describe('formatValue', () => {
  it('reads like YAML flow style', () => {
    expect(formatValue(1000)).toBe('1000')
    expect(formatValue(false)).toBe('false')
    expect(formatValue(null)).toBe('unset')
    expect(formatValue(['NET_ADMIN', 'SYS_TIME'])).toBe('[NET_ADMIN, SYS_TIME]')
    expect(formatValue({ add: ['NET_ADMIN'], drop: ['ALL'] })).toBe('{add: [NET_ADMIN], drop: [ALL]}')
    expect(formatValue({ type: 'RuntimeDefault' })).toBe('{type: RuntimeDefault}')
  })
})

describe('fieldDoc', () => {
  it('gives the catalogue doc and the version a field appeared in', () => {
    expect(fieldDoc('fsGroupChangePolicy')).toEqual({
      doc: 'When the kubelet re-applies fsGroup ownership: on every mount, or only when the volume root differs.',
      since: 18,
      ref: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context',
    })
    expect(fieldDoc('seccompProfile.type')?.since).toBe(19)
  })

  it('documents structs the catalogue lists leaf by leaf', () => {
    expect(fieldDoc('capabilities')).toEqual({
      doc: 'Linux capabilities added to or dropped from the runtime default set.',
      since: 0,
      ref: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1',
    })
    expect(fieldDoc('appArmorProfile')?.since).toBe(30)
    expect(fieldDoc('noSuchField')).toBeUndefined()
  })
})

describe('fieldLevel', () => {
  it('tells pod-only, container-only and shared fields apart', () => {
    expect(fieldLevel('fsGroup')).toBe('pod')
    expect(fieldLevel('privileged')).toBe('container')
    expect(fieldLevel('capabilities')).toBe('container')
    expect(fieldLevel('seLinuxOptions')).toBe('both')
  })
})

describe('rowWhy', () => {
  it('says where a set value was written when the core gives no why', () => {
    expect(rowWhy('runAsUser', { value: 1000, source: 'pod' })).toBe(
      'from the pod’s securityContext: the container sets none',
    )
    expect(rowWhy('fsGroup', { value: 2000, source: 'pod' })).toBe(
      'from the pod’s securityContext (a pod-only field)',
    )
    expect(rowWhy('privileged', { value: true, source: 'container' })).toBe(
      'from the container’s securityContext',
    )
  })

  it('keeps the core’s why, and adds nothing to defaults', () => {
    expect(
      rowWhy('runAsUser', { value: 2000, source: 'container', overridden: 1000, why: 'overrides' }),
    ).toBe('overrides')
    expect(rowWhy('procMount', { value: 'Default', source: 'default' })).toBeUndefined()
    expect(rowWhy('seccompProfile.localhostProfile', { value: null, source: 'pod' })).toBeUndefined()
  })
})
