import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import type { Finding } from '../findings'
import type { EffectiveOptions, JsonObject } from '../types'
import { DEFAULT_OPTIONS } from '../types'
import { computeEffective } from './index'
import { apiserverRefusal, linuxRunAsNonRoot, podDesc, sysctlRefusal, windowsRunAsNonRoot } from './refusal'
import { podResource } from './testResource'

const containerd: EffectiveOptions = { runtime: 'containerd', imageUser: 0 }
const one = (spec: JsonObject, options = containerd) => computeEffective(podResource(spec), options)[0]!
const app = (securityContext: JsonObject) => [{ name: 'app', image: 'example.com/app:1', securityContext }]
const POD = '"demo_default(<uid>)"'

describe('kubelet: runAsNonRoot (verifyRunAsNonRoot, security_context_others.go)', () => {
  it('the image runs as root: no process, the kubelet message', () => {
    const c = one({ securityContext: { runAsNonRoot: true }, containers: app({}) })
    expect(c.process).toBeNull()
    expect(c.refusal).toEqual({
      by: 'kubelet',
      message: `container has runAsNonRoot and image will run as root (pod: ${POD}, container: app)`,
    })
  })

  it('runAsUser 0 breaks the policy; a non-zero runAsUser or image uid passes', () => {
    const zero = one({ containers: app({ runAsNonRoot: true, runAsUser: 0 }) })
    expect(zero.refusal).toEqual({
      by: 'kubelet',
      message: `container's runAsUser breaks non-root policy (pod: ${POD}, container: app)`,
    })
    expect(one({ containers: app({ runAsNonRoot: true, runAsUser: 1000 }) }).refusal).toBeNull()
    const imageUser = one({ containers: app({ runAsNonRoot: true }) }, { ...containerd, imageUser: 1000 })
    expect(imageUser.refusal).toBeNull()
    expect(imageUser.process!.uid).toBe(1000)
    // A container-level false disables the pod's check.
    expect(
      one({ securityContext: { runAsNonRoot: true }, containers: app({ runAsNonRoot: false }) }).refusal,
    ).toBeNull()
  })

  it('a non-numeric image user and an invalid image uid, as the kubelet words them', () => {
    const r = podResource({ containers: app({}) })
    const fields = { runAsNonRoot: { value: true, source: 'container' as const } }
    expect(linuxRunAsNonRoot(r, 'app', fields, { name: 'nginx' })).toBe(
      `container has runAsNonRoot and image has non-numeric user (nginx), cannot verify user is non-root (pod: ${POD}, container: app)`,
    )
    expect(linuxRunAsNonRoot(r, 'app', fields, { uid: 4294967295 })).toBe(
      'container has runAsNonRoot and image has an invalid user id (4294967295). (Must be 1-(2147483647)): ' +
        `must be between 0 and 2147483647, inclusive (pod: ${POD}, container: app)`,
    )
  })

  it("a template's pods: the controller names them, the namespace defaults", () => {
    const r = { ...podResource({ containers: app({}) }), kind: 'Deployment', name: 'web', namespace: 'prod' }
    expect(podDesc(r)).toBe('web-<suffix>_prod(<uid>)')
  })

  it('Windows: ContainerAdministrator, in any case, is root (security_context_windows.go)', () => {
    const r = podResource({ containers: app({}) })
    const fields = (name: string) => ({
      runAsNonRoot: { value: true, source: 'pod' as const },
      'windowsOptions.runAsUserName': { value: name, source: 'container' as const },
    })
    expect(windowsRunAsNonRoot(r, 'app', fields('containeradministrator'))).toBe(
      "container's runAsUserName (containeradministrator) which will be regarded as root identity and will " +
        `break non-root policy (pod: ${POD}, container: app)`,
    )
    expect(windowsRunAsNonRoot(r, 'app', fields('ContainerUser'))).toBeNull()
  })
})

describe('kubelet: sysctl admission (allowlist.go, default allowlist)', () => {
  const withSysctls = (...names: string[]) => ({
    securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) },
    containers: app({}),
  })

  it('an unsafe sysctl rejects the pod: no container runs', () => {
    const c = one(withSysctls('net.ipv4.ip_local_port_range', 'kernel.msgmax'))
    expect(c.process).toBeNull()
    expect(c.refusal).toEqual({ by: 'kubelet', message: 'forbidden sysctl: "kernel.msgmax" not allowlisted' })
    expect(c.assumptions).toContain('the kubelet allows only the safe sysctls (no --allowed-unsafe-sysctls)')
  })

  it('safe sysctls pass, slash-separated names too; the list is that of the version', () => {
    expect(one(withSysctls('net/ipv4/ip_local_port_range')).refusal).toBeNull()
    expect(sysctlRefusal(withSysctls('net.ipv4.tcp_keepalive_time'), 28)).toBe(
      'forbidden sysctl: "net.ipv4.tcp_keepalive_time" not allowlisted',
    )
    expect(sysctlRefusal(withSysctls('net.ipv4.tcp_keepalive_time'), 29)).toBeNull()
    const old = one(withSysctls('net.ipv4.tcp_keepalive_time'), { ...containerd, version: 'v1.28' })
    expect(old.refusal?.by).toBe('kubelet')
  })

  it('pod admission comes before the runAsNonRoot check', () => {
    const spec = withSysctls('kernel.msgmax')
    const c = one({ ...spec, securityContext: { ...spec.securityContext, runAsNonRoot: true } })
    expect(c.refusal?.message).toBe('forbidden sysctl: "kernel.msgmax" not allowlisted')
  })
})

describe('API server: the whole object is refused', () => {
  const error = (message: string, code = 'API_X'): Finding => ({
    code,
    source: 'api',
    severity: 'error',
    message,
    path: '',
    nodePath: [],
  })
  const pod = podResource({ containers: app({}) })

  it('validation errors: NewInvalid with the aggregate (one as is, several deduplicated in brackets)', () => {
    expect(apiserverRefusal(pod, [error('a: Invalid value: 1')])).toEqual({
      by: 'apiserver',
      message: 'Pod "demo" is invalid: a: Invalid value: 1',
    })
    expect(apiserverRefusal(pod, [error('a'), error('b'), error('a')])?.message).toBe(
      'Pod "demo" is invalid: [a, b]',
    )
    const deployment = { ...pod, kind: 'Deployment', apiVersion: 'apps/v1', name: 'web' }
    expect(apiserverRefusal(deployment, [error('x')])?.message).toBe('Deployment.apps "web" is invalid: x')
  })

  it('a decoding error is the whole answer; warnings refuse nothing', () => {
    const decode = error(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: …',
      'API_UNKNOWN_FIELD',
    )
    expect(apiserverRefusal(pod, [error('a'), decode])?.message).toBe(decode.message)
    expect(apiserverRefusal(pod, [{ ...error('w'), severity: 'warning' }])).toBeNull()
  })

  it('analyze: every container of a rejected resource has no process and the API server message', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: demo}',
      'spec:',
      '  containers:',
      '  - name: app',
      '    image: busybox',
      '    securityContext: {privileged: true, allowPrivilegeEscalation: false}',
      '  - name: side',
      '    image: busybox',
    ].join('\n')
    const r = analyze(text, DEFAULT_OPTIONS).resources[0]!
    const message = r.problems.find((p) => p.source === 'api' && p.severity === 'error')!.message
    for (const c of r.effective) {
      expect(c.process).toBeNull()
      expect(c.refusal).toEqual({ by: 'apiserver', message: `Pod "demo" is invalid: ${message}` })
    }
  })
})
