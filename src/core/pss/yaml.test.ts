import { describe, expect, it } from 'vitest'
import { deploymentYaml, podYaml } from '../testdata/kit'
import { validateResource } from '../validate'
import { findResources, parseStream } from '../yaml'
import { evaluatePss } from './evaluate'
import { pssFindings } from './findings'

const resources = (text: string) => findResources(parseStream(text))

describe('through the YAML parser', () => {
  it('evaluates a kubectl-style Deployment with the template paths', () => {
    const text = deploymentYaml(
      '  hostNetwork: true',
      '  containers:',
      '  - name: app',
      '    image: nginx',
      '    ports:',
      '    - containerPort: 80',
      '    securityContext:',
      '      allowPrivilegeEscalation: false',
    )
    const [r] = resources(text)
    if (!r) throw new Error('no resource')
    const result = evaluatePss(r, 'restricted', 'v1.30')
    expect(result.message).toBe(
      'violates PodSecurity "restricted:v1.30": host namespaces (hostNetwork=true), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    )
    expect(pssFindings(r, result).map((f) => f.path)).toEqual([
      'spec.template.spec.hostNetwork',
      'spec.template.spec.containers[0].securityContext',
      'spec.template.spec',
      'spec.template.spec',
    ])
  })

  it('reads YAML 1.1 booleans and octal as the API server does, and quoted numbers as strings', () => {
    const text = podYaml(
      '  hostIPC: yes',
      '  securityContext:',
      '    runAsUser: "1000"',
      '    fsGroup: 0644',
      '  containers:',
      '  - name: app',
      '    image: busybox',
    )
    const [r] = resources(text)
    if (!r) throw new Error('no resource')
    expect(evaluatePss(r, 'baseline', 'latest').message).toBe(
      'violates PodSecurity "baseline:latest": host namespaces (hostIPC=true)',
    )
    expect(r.podSpec.securityContext).toEqual({ runAsUser: '1000', fsGroup: 420 })
    expect(validateResource(r, { version: 'latest' }).map((f) => f.message)).toEqual([
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64',
    ])
  })

  it('keeps the List item prefix in node paths', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: a
  spec:
    containers:
    - name: app
      image: x
      securityContext:
        runAsUser: -1
`
    const [r] = resources(text)
    if (!r) throw new Error('no resource')
    expect(validateResource(r, { version: 'latest' })).toEqual([
      expect.objectContaining({
        path: 'spec.containers[0].securityContext.runAsUser',
        nodePath: ['items', 0, 'spec', 'containers', 0, 'securityContext', 'runAsUser'],
        container: { kind: 'containers', index: 0 },
      }),
    ])
  })
})
