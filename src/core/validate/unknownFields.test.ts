import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { deploymentYaml, lines, podYaml } from '../testdata/kit'
import { DEFAULT_OPTIONS } from '../types'

const unknown = (text: string) =>
  analyze(text, DEFAULT_OPTIONS)
    .problems.filter((p) => p.code === 'API_UNKNOWN_FIELD')
    .map((p) => ({ path: p.path, at: text.slice(p.range[0], p.range[1]), message: p.message }))

const misplaced = deploymentYaml(
  '  securityContext:',
  '    runAsNonRoot: true',
  '    capabilities: {drop: [ALL]}',
  '    allowPrivilegeEscalation: false',
  '  containers:',
  '  - name: app',
  '    image: nginx',
  '    securityContext:',
  '      fsGroup: 2000',
)

describe('unknown fields (fieldValidation=Strict)', () => {
  it('refuses fields at the wrong level with the API server text, all of them in one message, in key order', () => {
    const message =
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: ' +
      'unknown field "spec.template.spec.containers[0].securityContext.fsGroup", ' +
      'unknown field "spec.template.spec.securityContext.allowPrivilegeEscalation", ' +
      'unknown field "spec.template.spec.securityContext.capabilities"'
    expect(unknown(misplaced)).toEqual([
      { path: 'spec.template.spec.containers[0].securityContext.fsGroup', at: 'fsGroup', message },
      {
        path: 'spec.template.spec.securityContext.allowPrivilegeEscalation',
        at: 'allowPrivilegeEscalation',
        message,
      },
      { path: 'spec.template.spec.securityContext.capabilities', at: 'capabilities', message },
    ])
  })

  it('makes the resource an API error, so check fails it', () => {
    const a = analyze(misplaced, DEFAULT_OPTIONS)
    expect(a.resources[0]!.problems.filter((p) => p.source === 'api' && p.severity === 'error')).toHaveLength(
      3,
    )
  })

  it('checks nested structs and sysctls items, and treats special keys as plain unknown fields', () => {
    const text = podYaml(
      '  securityContext:',
      '    __proto__: {runAsNonRoot: true}',
      '    sysctls: [{name: a.b, value: "1", constructor: x}]',
      '    seccompProfile: {type: RuntimeDefault, toString: y}',
      '  initContainers:',
      '  - name: i',
      '    securityContext:',
      '      capabilities: {drop: [ALL], hasOwnProperty: z}',
      '      seLinuxOptions: {level: "s0:c1", prototype: 1}',
      '      windowsOptions: {valueOf: 2}',
      '      appArmorProfile: {type: RuntimeDefault, __proto__: {}}',
    )
    expect(unknown(text).map((u) => [u.path, u.at])).toEqual([
      ['spec.initContainers[0].securityContext.appArmorProfile.__proto__', '__proto__'],
      ['spec.initContainers[0].securityContext.capabilities.hasOwnProperty', 'hasOwnProperty'],
      ['spec.initContainers[0].securityContext.seLinuxOptions.prototype', 'prototype'],
      ['spec.initContainers[0].securityContext.windowsOptions.valueOf', 'valueOf'],
      ['spec.securityContext.__proto__', '__proto__'],
      ['spec.securityContext.seccompProfile.toString', 'toString'],
      ['spec.securityContext.sysctls[0].constructor', 'constructor'],
    ])
  })

  it('is not reported when a value fails to decode (the API server stops at the type error)', () => {
    const text = misplaced.replace('runAsNonRoot: true', 'runAsNonRoot: "yes"')
    const a = analyze(text, DEFAULT_OPTIONS)
    expect(a.problems.map((p) => p.code).filter((c) => c.startsWith('API_'))).toEqual(['API_DECODE'])
  })

  it('says nothing about a pod whose security fields are all known', () => {
    expect(
      unknown(misplaced.replace(/ {8}capabilities.*\n {8}allow.*\n/, '').replace('fsGroup', 'runAsUser')),
    ).toEqual([])
  })
})

describe('cgroupOptions (KEP-5474)', () => {
  const pod = (sc: string) =>
    lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: security-context-demo-7}',
      'spec:',
      '  containers:',
      '  - name: sec-ctx-7',
      '    image: registry.k8s.io/e2e-test-images/agnhost:2.45',
      '    securityContext:',
      '      allowPrivilegeEscalation: false',
      sc,
    )
  it('is a field of the container securityContext: the walkthrough example decodes; a wrong key inside it does not', () => {
    expect(unknown(pod('      cgroupOptions:\n        mountMode: ReadWrite'))).toEqual([])
    expect(unknown(pod('      cgroupOptions: {mode: ReadWrite}')).map((u) => u.path)).toEqual([
      'spec.containers[0].securityContext.cgroupOptions.mode',
    ])
  })
})
