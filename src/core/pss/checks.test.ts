/** Pod Security checks, reason texts word for word: capabilities, runAsNonRoot and runAsUser. */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { container as c, reasons } from './testResource'

describe('capabilities', () => {
  it('baseline lists forbidden adds sorted and distinct, exact case and without CAP_', () => {
    const spec = {
      containers: [
        c('a', { capabilities: { add: ['NET_RAW', 'CHOWN', 'chown'] } }),
        c('b', { capabilities: { add: ['CAP_CHOWN', 'NET_RAW', 'KILL'] } }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'non-default capabilities (containers "a", "b" must not include "CAP_CHOWN", "NET_RAW", "chown" in securityContext.capabilities.add)',
    ])
  })

  it('restricted wants the exact string ALL in drop and allows only NET_BIND_SERVICE', () => {
    const spec = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        c('lower', { allowPrivilegeEscalation: false, capabilities: { drop: ['all'] } }),
        c('ok', {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
        }),
        c('adds', {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'], add: ['SYS_TIME', 'CHOWN'] },
        }),
      ],
    }
    expect(reasons(spec, 'restricted')).toEqual([
      'unrestricted capabilities (container "lower" must set securityContext.capabilities.drop=["ALL"]; container "adds" must not include "CHOWN", "SYS_TIME" in securityContext.capabilities.add)',
    ])
  })
})

describe('runAsNonRoot and runAsUser', () => {
  const base = (sc: JsonObject, containers: JsonObject[]) => ({
    securityContext: { seccompProfile: { type: 'RuntimeDefault' }, ...sc },
    containers,
  })
  const h = (name: string, sc: JsonObject = {}) =>
    c(name, { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...sc })

  it('names explicit false setters before anything implicit', () => {
    expect(
      reasons(base({ runAsNonRoot: false }, [h('a'), h('b', { runAsNonRoot: false })]), 'restricted'),
    ).toEqual([
      'runAsNonRoot != true (pod and container "b" must not set securityContext.runAsNonRoot=false)',
    ])
    expect(
      reasons(base({ runAsNonRoot: true }, [h('a'), h('b', { runAsNonRoot: false })]), 'restricted'),
    ).toEqual(['runAsNonRoot != true (container "b" must not set securityContext.runAsNonRoot=false)'])
  })

  it('accepts each container setting true, and does not take runAsUser 1000 instead', () => {
    expect(reasons(base({}, [h('a', { runAsNonRoot: true })]), 'restricted')).toEqual([])
    expect(
      reasons(base({ runAsUser: 1000 }, [h('a'), h('b', { runAsNonRoot: true })]), 'restricted'),
    ).toEqual(['runAsNonRoot != true (pod or container "a" must set securityContext.runAsNonRoot=true)'])
  })

  it('judges a pod-level runAsUser 0 even when every container overrides it', () => {
    expect(
      reasons(
        base({ runAsNonRoot: true, runAsUser: 0 }, [h('a', { runAsUser: 1000 }), h('b', { runAsUser: 0 })]),
        'restricted',
      ),
    ).toEqual(['runAsUser=0 (pod and container "b" must not set runAsUser=0)'])
  })
})
