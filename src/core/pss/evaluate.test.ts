import { describe, expect, it } from 'vitest'
import type { JsonObject, PssLevel } from '../types'
import { evaluatePss } from './evaluate'
import { deployment, pod } from './testResource'

const app = (extra: JsonObject = {}): JsonObject => ({ name: 'app', image: 'busybox', ...extra })
const hardened = (name = 'app', sc: JsonObject = {}): JsonObject => ({
  name,
  image: 'busybox',
  securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...sc },
})
const restrictedPod = (spec: JsonObject = {}, sc: JsonObject = {}) =>
  pod({
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, ...sc },
    containers: [hardened()],
    ...spec,
  })
const msg = (level: PssLevel, version: string, spec: JsonObject, metadata?: JsonObject) =>
  evaluatePss(pod(spec, metadata), level, version).message

describe('evaluatePss: the familiar bare pod', () => {
  it('gives exactly the four restricted reasons in upstream order', () => {
    const r = evaluatePss(pod({ containers: [app()] }), 'restricted', 'latest')
    expect(r.allowed).toBe(false)
    expect(r.violations.map((v) => v.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
    expect(r.message).toBe(
      'violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    )
  })

  it('passes baseline and privileged, with an empty message', () => {
    for (const level of ['baseline', 'privileged'] as const) {
      expect(evaluatePss(pod({ containers: [app()] }), level, 'latest')).toEqual({
        level,
        version: 'latest',
        allowed: true,
        message: '',
        violations: [],
      })
    }
  })

  it('lets privileged allow anything', () => {
    const r = evaluatePss(
      pod({ hostPID: true, containers: [app({ securityContext: { privileged: true } })] }),
      'privileged',
      'v1.30',
    )
    expect(r.allowed).toBe(true)
  })

  it('passes restricted when hardened (pod-level runAsNonRoot and seccomp cover every container)', () => {
    const r = evaluatePss(restrictedPod({ initContainers: [hardened('init')] }), 'restricted', 'latest')
    expect(r).toMatchObject({ allowed: true, message: '' })
  })

  it('names containers in visit order: init, regular, ephemeral', () => {
    const spec = {
      containers: [app({ name: 'b' })],
      ephemeralContainers: [app({ name: 'c' })],
      initContainers: [app({ name: 'a' })],
    }
    expect(evaluatePss(pod(spec), 'restricted', 'latest').violations[0]?.detail).toBe(
      'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false',
    )
  })
})

describe('evaluatePss: versions', () => {
  it('prints the label given for versions newer than the checks know, evaluating as v1.37', () => {
    const r = evaluatePss(pod({ containers: [app()] }), 'baseline', 'v1.40')
    expect(r.version).toBe('v1.40')
    const sysctl = {
      securityContext: { sysctls: [{ name: 'net.ipv4.tcp_notsent_lowat', value: '1' }] },
      containers: [app()],
    }
    expect(msg('baseline', 'v1.40', sysctl)).toBe('')
    expect(msg('baseline', 'v1.36', sysctl)).toBe(
      'violates PodSecurity "baseline:v1.36": forbidden sysctls (net.ipv4.tcp_notsent_lowat)',
    )
    expect(msg('baseline', 'v1.40', { hostIPC: true, containers: [app()] })).toBe(
      'violates PodSecurity "baseline:v1.40": host namespaces (hostIPC=true)',
    )
  })

  it('evaluates an invalid label as latest', () => {
    const r = evaluatePss(pod({ hostPID: true, containers: [app()] }), 'baseline', '1.25')
    expect(r.version).toBe('1.25')
    expect(r.message).toBe('violates PodSecurity "baseline:latest": host namespaces (hostPID=true)')
  })

  it('has no restricted requirement but runAsNonRoot before v1.8', () => {
    expect(msg('restricted', 'v1.7', { containers: [app()] })).toBe(
      'violates PodSecurity "restricted:v1.7": runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)',
    )
    expect(
      evaluatePss(pod({ containers: [app()] }), 'restricted', 'v1.8').violations.map((v) => v.check),
    ).toEqual(['allowPrivilegeEscalation', 'runAsNonRoot'])
  })

  it('checks seccomp annotations before v1.19 and fields from v1.19', () => {
    const fields = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } },
      containers: [app()],
    }
    const annotated = { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } }
    expect(msg('baseline', 'v1.18', fields)).toBe('')
    expect(msg('baseline', 'v1.18', { containers: [app()] }, annotated)).toBe(
      'violates PodSecurity "baseline:v1.18": seccompProfile (forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined")',
    )
    expect(msg('baseline', 'v1.19', { containers: [app()] }, annotated)).toBe('')
    expect(msg('baseline', 'v1.19', fields)).toBe(
      'violates PodSecurity "baseline:v1.19": seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")',
    )
  })

  it('requires seccomp at restricted only from v1.19', () => {
    const spec = { securityContext: { runAsNonRoot: true }, containers: [hardened()] }
    expect(msg('restricted', 'v1.18', spec)).toBe('')
    expect(msg('restricted', 'v1.19', spec)).toBe(
      'violates PodSecurity "restricted:v1.19": seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    )
  })

  it('reports an added NET_RAW as non-default before v1.22 and unrestricted from v1.22', () => {
    const spec = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        app({ securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_RAW'] } } }),
      ],
    }
    expect(msg('restricted', 'v1.21', spec)).toBe(
      'violates PodSecurity "restricted:v1.21": non-default capabilities (container "app" must not include "NET_RAW" in securityContext.capabilities.add)',
    )
    expect(msg('restricted', 'v1.22', spec)).toBe(
      'violates PodSecurity "restricted:v1.22": unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]; container "app" must not include "NET_RAW" in securityContext.capabilities.add)',
    )
  })

  it('forbids runAsUser 0 at restricted from v1.23', () => {
    const r = restrictedPod({}, { runAsUser: 0 })
    expect(evaluatePss(r, 'restricted', 'v1.22').allowed).toBe(true)
    expect(evaluatePss(r, 'restricted', 'v1.23').message).toBe(
      'violates PodSecurity "restricted:v1.23": runAsUser=0 (pod must not set runAsUser=0)',
    )
  })

  it('adds hostProbesAndHostLifecycle at v1.34', () => {
    const spec = { containers: [app({ livenessProbe: { httpGet: { host: '127.0.0.1', port: 80 } } })] }
    expect(msg('baseline', 'v1.33', spec)).toBe('')
    expect(msg('baseline', 'v1.34', spec)).toBe(
      'violates PodSecurity "baseline:v1.34": probe or lifecycle host (container "app" uses probe or lifecycle host "127.0.0.1")',
    )
  })

  it('allows container_engine_t from v1.31', () => {
    const spec = { securityContext: { seLinuxOptions: { type: 'container_engine_t' } }, containers: [app()] }
    expect(msg('baseline', 'v1.30', spec)).toBe(
      'violates PodSecurity "baseline:v1.30": seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: type "container_engine_t")',
    )
    expect(msg('baseline', 'v1.31', spec)).toBe('')
  })

  it.each([
    ['net.ipv4.ip_local_reserved_ports', 'v1.26', 'v1.27'],
    ['net.ipv4.tcp_keepalive_time', 'v1.28', 'v1.29'],
    ['net.ipv4.tcp_fin_timeout', 'v1.28', 'v1.29'],
    ['net.ipv4.tcp_rmem', 'v1.31', 'v1.32'],
    ['net.ipv4.tcp_slow_start_after_idle', 'v1.36', 'v1.37'],
  ])('allows sysctl %s from %s→%s', (name, before, from) => {
    const spec = { securityContext: { sysctls: [{ name, value: '1' }] }, containers: [app()] }
    expect(msg('baseline', before, spec)).toBe(
      `violates PodSecurity "baseline:${before}": forbidden sysctls (${name})`,
    )
    expect(msg('baseline', from, spec)).toBe('')
  })
})

describe('evaluatePss: Windows pods', () => {
  const windows = { os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [app()] }

  it('exempts allowPrivilegeEscalation, capabilities and seccomp from v1.25', () => {
    expect(evaluatePss(pod(windows), 'restricted', 'v1.25')).toMatchObject({ allowed: true, message: '' })
    expect(evaluatePss(pod(windows), 'restricted', 'latest').allowed).toBe(true)
  })

  it('ignores spec.os before v1.25', () => {
    expect(evaluatePss(pod(windows), 'restricted', 'v1.24').violations.map((v) => v.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'seccompProfile_restricted',
    ])
  })

  it('still needs runAsNonRoot and the baseline checks', () => {
    const spec = { ...windows, securityContext: {}, hostNetwork: true }
    expect(msg('restricted', 'latest', spec)).toBe(
      'violates PodSecurity "restricted:latest": host namespaces (hostNetwork=true), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)',
    )
  })
})

describe('evaluatePss: user namespaces (hostUsers: false)', () => {
  const spec = (hostUsers: boolean) => ({
    hostUsers,
    securityContext: { seccompProfile: { type: 'RuntimeDefault' }, runAsUser: 0 },
    containers: [hardened('app', { procMount: 'Unmasked' })],
  })

  it('relaxes runAsNonRoot, runAsUser and baseline procMount from v1.35', () => {
    expect(msg('baseline', 'v1.35', spec(false))).toBe('')
    expect(msg('restricted', 'v1.35', spec(false))).toBe(
      'violates PodSecurity "restricted:v1.35": procMount (container "app" must not set securityContext.procMount to "Unmasked")',
    )
    expect(evaluatePss(pod(spec(false)), 'restricted', 'v1.35').violations.map((v) => v.check)).toEqual([
      'procMount_restricted',
    ])
  })

  it('does not relax anything before v1.35', () => {
    expect(msg('restricted', 'v1.34', spec(false))).toBe(
      'violates PodSecurity "restricted:v1.34": procMount (container "app" must not set securityContext.procMount to "Unmasked"), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), runAsUser=0 (pod must not set runAsUser=0)',
    )
    expect(evaluatePss(pod(spec(false)), 'restricted', 'v1.34').violations.map((v) => v.check)).toEqual([
      'procMount',
      'runAsNonRoot',
      'runAsUser',
    ])
  })

  it('does not relax hostUsers: true', () => {
    expect(msg('baseline', 'latest', spec(true))).toBe(
      'violates PodSecurity "baseline:latest": procMount (container "app" must not set securityContext.procMount to "Unmasked")',
    )
  })
})

describe('evaluatePss: server-side defaulting', () => {
  it('treats a volume without a source as emptyDir', () => {
    expect(
      evaluatePss(restrictedPod({ volumes: [{ name: 'volume0' }] }), 'restricted', 'latest').allowed,
    ).toBe(true)
  })

  it('defaults hostPort from containerPort for a bare Pod with hostNetwork', () => {
    const spec = {
      hostNetwork: true,
      containers: [app({ ports: [{ containerPort: 8080 }, { containerPort: 443 }] })],
    }
    expect(msg('baseline', 'latest', spec)).toBe(
      'violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true), hostPort (container "app" uses hostPorts 443, 8080)',
    )
  })

  it('does not default hostPort in a Deployment template', () => {
    const spec = { hostNetwork: true, containers: [app({ ports: [{ containerPort: 8080 }] })] }
    expect(evaluatePss(deployment(spec), 'baseline', 'latest').message).toBe(
      'violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)',
    )
  })

  it('leaves the resource untouched', () => {
    const r = pod({
      hostNetwork: true,
      volumes: [{ name: 'v' }],
      containers: [app({ ports: [{ containerPort: 80 }] })],
    })
    const before = JSON.stringify(r.object)
    evaluatePss(r, 'restricted', 'latest')
    expect(JSON.stringify(r.object)).toBe(before)
  })
})
