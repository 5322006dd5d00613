import { describe, expect, it } from 'vitest'
import { deployment, pod } from '../pss/testResource'
import type { JsonObject, Resource } from '../types'
import { validateResource } from './index'

const messages = (r: Resource, version = 'latest') => validateResource(r, { version }).map((f) => f.message)
const c = (securityContext: JsonObject, name = 'app'): JsonObject => ({ name, image: 'x', securityContext })

describe('OS-specific rules (only when spec.os is set)', () => {
  it('forbids windowsOptions on a linux pod', () => {
    const r = pod({
      os: { name: 'linux' },
      securityContext: { windowsOptions: { runAsUserName: 'app' } },
      initContainers: [c({ windowsOptions: { runAsUserName: 'app' } }, 'init')],
      containers: [c({ runAsUser: 1000 })],
    })
    expect(messages(r)).toEqual([
      'spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod',
      'spec.initContainers[0].securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod',
    ])
  })

  it('forbids Linux-only fields on a windows pod, pod fields first, runAsNonRoot allowed', () => {
    const r = pod({
      os: { name: 'windows' },
      hostUsers: false,
      hostPID: false,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 1000,
        seccompProfile: { type: 'RuntimeDefault' },
        sysctls: [],
      },
      containers: [
        c({ runAsNonRoot: true, capabilities: { drop: ['ALL'] }, allowPrivilegeEscalation: false }),
      ],
    })
    expect(messages(r)).toEqual([
      'spec.hostUsers: Forbidden: cannot be set for a windows pod',
      'spec.securityContext.seccompProfile: Forbidden: cannot be set for a windows pod',
      'spec.securityContext.runAsUser: Forbidden: cannot be set for a windows pod',
      'spec.containers[0].securityContext.capabilities: Forbidden: cannot be set for a windows pod',
      'spec.containers[0].securityContext.allowPrivilegeEscalation: Forbidden: cannot be set for a windows pod',
    ])
    expect(validateResource(r, { version: 'latest' }).every((f) => f.code === 'API_FIELD_ON_WINDOWS')).toBe(
      true,
    )
  })

  it('mixes Linux and Windows fields freely without spec.os, and before spec.os existed', () => {
    const spec = {
      securityContext: { runAsUser: 1000, windowsOptions: { runAsUserName: 'ContainerUser' } },
      containers: [c({ capabilities: { drop: ['ALL'] } })],
    }
    expect(messages(pod(spec))).toEqual([])
    expect(messages(pod({ ...spec, os: { name: 'windows' } }), 'v1.23')).toEqual([])
  })

  it('rejects an empty or unknown OS name', () => {
    expect(messages(pod({ os: { name: '' }, containers: [] }))).toEqual(['spec.os.name: Required value'])
    expect(messages(pod({ os: {}, containers: [] }), 'v1.30')).toEqual([
      'spec.os.name: Required value: cannot be empty',
    ])
    expect(messages(deployment({ os: { name: 'darwin' }, containers: [] }))).toEqual([
      'spec.template.spec.os: Unsupported value: "darwin": supported values: "linux", "windows"',
    ])
  })
})

describe('windowsOptions', () => {
  it('validates runAsUserName and GMSA fields', () => {
    const r = pod({
      containers: [
        c({ windowsOptions: { runAsUserName: '' } }, 'a'),
        c({ windowsOptions: { runAsUserName: 'a\\b\\c' } }, 'b'),
        c({ windowsOptions: { runAsUserName: '.dom\\us*er' } }, 'c'),
        c({ windowsOptions: { runAsUserName: 'DOMAIN\\...' } }, 'd'),
        c({ windowsOptions: { gmsaCredentialSpecName: 'Bad_Name', gmsaCredentialSpec: '' } }, 'e'),
      ],
    })
    expect(messages(r)).toEqual([
      'spec.containers[0].securityContext.windowsOptions.runAsUserName: Invalid value: "": runAsUserName cannot be an empty string',
      'spec.containers[1].securityContext.windowsOptions.runAsUserName: Invalid value: "a\\\\b\\\\c": runAsUserName cannot contain more than one backslash',
      'spec.containers[2].securityContext.windowsOptions.runAsUserName: Invalid value: ".dom\\\\us*er": runAsUserName\'s Domain doesn\'t match the NetBios nor the DNS format',
      'spec.containers[2].securityContext.windowsOptions.runAsUserName: Invalid value: ".dom\\\\us*er": runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]',
      'spec.containers[3].securityContext.windowsOptions.runAsUserName: Invalid value: "DOMAIN\\\\...": runAsUserName\'s User cannot contain only periods or spaces',
      "spec.containers[4].securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      'spec.containers[4].securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: "": gmsaCredentialSpec cannot be an empty string',
    ])
  })

  it('checks HostProcess pods: same value everywhere, all containers, hostNetwork', () => {
    const r = pod({
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [c({ windowsOptions: { hostProcess: false } }, 'a'), c({}, 'b')],
    })
    expect(messages(r)).toEqual([
      'spec.containers[0].securityContext.windowsOptions.hostProcess: Invalid value: false: pod hostProcess value must be identical if both are specified, was true',
      'spec: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers',
      'spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers',
    ])
    const ok = pod({ hostNetwork: true, containers: [c({ windowsOptions: { hostProcess: true } })] })
    expect(messages(ok)).toEqual([])
  })
})
