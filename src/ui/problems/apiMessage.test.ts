import { describe, expect, it } from 'vitest'
import { splitApiMessage } from './apiMessage'

const DUMP =
  'core.SecurityContext{Capabilities:(*core.Capabilities)(nil), Privileged:(*bool)(0xc000…), ' +
  'SELinuxOptions:(*core.SELinuxOptions)(nil), AllowPrivilegeEscalation:(*bool)(0xc000…)}'

describe('splitApiMessage', () => {
  it('separates the field, the struct dump and the reason', () => {
    expect(
      splitApiMessage(
        `spec.containers[0].securityContext: Invalid value: ${DUMP}: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
      ),
    ).toEqual({
      field: 'spec.containers[0].securityContext',
      dump: DUMP,
      reason: 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
    })
  })

  it('leaves plain values and short structs inline', () => {
    expect(
      splitApiMessage(
        'spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      ),
    ).toBeNull()
    expect(
      splitApiMessage(
        'spec.securityContext.seccompProfile: Invalid value: core.SeccompProfile{Type:"Localhost"}: must be set',
      ),
    ).toBeNull()
    expect(
      splitApiMessage('privileged (container "app" must not set securityContext.privileged=true)'),
    ).toBeNull()
  })
})
