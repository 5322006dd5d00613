import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { PSS_CODES, pssCode } from './codes'
import { evaluatePss } from './evaluate'
import { pssFindings } from './findings'
import { cronJob, deployment, pod, resourceOf } from './testResource'

/** A Pod Security finding as pssFindings reports it (always an error), at `at`. */
const pssError = (code: string, message: string, at: object) => ({
  code,
  source: 'pss',
  severity: 'error',
  message,
  ...at,
})
const ctr = (index: number) => ({ kind: 'containers', index })
const findings = (r: ReturnType<typeof pod>, level: 'baseline' | 'restricted' = 'restricted') =>
  pssFindings(r, evaluatePss(r, level, 'latest'))

describe('codes', () => {
  it('turns check ids into PSS_ UPPER_SNAKE codes', () => {
    expect(pssCode('allowPrivilegeEscalation')).toBe('PSS_ALLOW_PRIVILEGE_ESCALATION')
    expect(pssCode('capabilities_restricted')).toBe('PSS_CAPABILITIES_RESTRICTED')
    expect(pssCode('seccompProfile_baseline')).toBe('PSS_SECCOMP_PROFILE_BASELINE')
    expect(pssCode('seLinuxOptions')).toBe('PSS_SE_LINUX_OPTIONS')
    expect(PSS_CODES.map((c) => `${c.level} ${c.code}`)).toEqual([
      'baseline PSS_APP_ARMOR_PROFILE',
      'baseline PSS_CAPABILITIES_BASELINE',
      'baseline PSS_HOST_NAMESPACES',
      'baseline PSS_HOST_PATH_VOLUMES',
      'baseline PSS_HOST_PORTS',
      'baseline PSS_HOST_PROBES_AND_HOST_LIFECYCLE',
      'baseline PSS_PRIVILEGED',
      'baseline PSS_PROC_MOUNT',
      'baseline PSS_SE_LINUX_OPTIONS',
      'baseline PSS_SECCOMP_PROFILE_BASELINE',
      'baseline PSS_SYSCTLS',
      'baseline PSS_WINDOWS_HOST_PROCESS',
      'restricted PSS_ALLOW_PRIVILEGE_ESCALATION',
      'restricted PSS_CAPABILITIES_RESTRICTED',
      'restricted PSS_PROC_MOUNT_RESTRICTED',
      'restricted PSS_RESTRICTED_VOLUMES',
      'restricted PSS_RUN_AS_NON_ROOT',
      'restricted PSS_RUN_AS_USER',
      'restricted PSS_SECCOMP_PROFILE_RESTRICTED',
    ])
  })
})

describe('pssFindings', () => {
  it('places each bare-pod violation on the most specific existing node', () => {
    const r = pod({
      containers: [
        { name: 'app', image: 'x', securityContext: { allowPrivilegeEscalation: true } },
        { name: 'side', image: 'x' },
      ],
    })
    const both = 'containers "app", "side"'
    const ape = `allowPrivilegeEscalation != false (${both} must set securityContext.allowPrivilegeEscalation=false)`
    const caps = `unrestricted capabilities (${both} must set securityContext.capabilities.drop=["ALL"])`
    const side = { path: 'spec.containers[1]', nodePath: ['spec', 'containers', 1], container: ctr(1) }
    const atPod = { path: 'spec', nodePath: ['spec'] }
    // The marker sits on the nearest written node; the data names the field the violation is about.
    const unset = (field: string) => ({ data: { field, part: 'unset' } })
    const drop = { data: { field: 'capabilities.drop', part: 'drop' } }
    expect(findings(r)).toEqual([
      pssError('PSS_ALLOW_PRIVILEGE_ESCALATION', ape, {
        path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
        nodePath: ['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
        container: ctr(0),
        data: { field: 'allowPrivilegeEscalation', part: 'value', value: true },
      }),
      pssError('PSS_ALLOW_PRIVILEGE_ESCALATION', ape, { ...side, ...unset('allowPrivilegeEscalation') }),
      pssError('PSS_CAPABILITIES_RESTRICTED', caps, {
        path: 'spec.containers[0].securityContext',
        nodePath: ['spec', 'containers', 0, 'securityContext'],
        container: ctr(0),
        ...drop,
      }),
      pssError('PSS_CAPABILITIES_RESTRICTED', caps, { ...side, ...drop }),
      pssError(
        'PSS_RUN_AS_NON_ROOT',
        `runAsNonRoot != true (pod or ${both} must set securityContext.runAsNonRoot=true)`,
        { ...atPod, ...unset('runAsNonRoot') },
      ),
      pssError(
        'PSS_SECCOMP_PROFILE_RESTRICTED',
        `seccompProfile (pod or ${both} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
        { ...atPod, ...unset('seccompProfile.type') },
      ),
    ])
  })

  it('points pod-level requirements at the pod securityContext when it exists', () => {
    const r = pod({ securityContext: { runAsUser: 1000 }, containers: [] })
    expect(findings(r).map((f) => f.path)).toEqual([])
    const r2 = pod({ securityContext: { runAsUser: 1000 }, containers: [{ name: 'a', image: 'x' }] })
    expect(
      findings(r2)
        .filter((f) => !f.container)
        .map((f) => `${f.code} ${f.path}`),
    ).toEqual([
      'PSS_RUN_AS_NON_ROOT spec.securityContext',
      'PSS_SECCOMP_PROFILE_RESTRICTED spec.securityContext',
    ])
  })

  const hostile: JsonObject = {
    hostPID: true,
    volumes: [{ name: 'data', hostPath: { path: '/data' } }],
    initContainers: [{ name: 'init', image: 'x', securityContext: { privileged: true } }],
    containers: [{ name: 'app', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }] }],
  }

  it('prefixes Deployment template paths', () => {
    const r = deployment(hostile)
    expect(findings(r, 'baseline').map((f) => `${f.code} ${f.path}`)).toEqual([
      'PSS_HOST_NAMESPACES spec.template.spec.hostPID',
      'PSS_HOST_PATH_VOLUMES spec.template.spec.volumes[0].hostPath',
      'PSS_HOST_PORTS spec.template.spec.containers[0].ports[0].hostPort',
      'PSS_PRIVILEGED spec.template.spec.initContainers[0].securityContext.privileged',
    ])
    expect(findings(r, 'baseline')[3]?.container).toEqual({ kind: 'initContainers', index: 0 })
  })

  it('prefixes CronJob job template paths', () => {
    expect(findings(cronJob(hostile), 'baseline').map((f) => f.nodePath)).toEqual([
      ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'hostPID'],
      ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'volumes', 0, 'hostPath'],
      ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'hostPort'],
      [
        'spec',
        'jobTemplate',
        'spec',
        'template',
        'spec',
        'initContainers',
        0,
        'securityContext',
        'privileged',
      ],
    ])
  })

  it('keeps the List item prefix in nodePath but not in path', () => {
    const r = resourceOf(
      { kind: 'Pod', metadata: { name: 'p' }, spec: { hostIPC: true, containers: [] } },
      { basePath: ['items', 2] },
    )
    expect(findings(r, 'baseline')).toEqual([
      expect.objectContaining({ path: 'spec.hostIPC', nodePath: ['items', 2, 'spec', 'hostIPC'] }),
    ])
  })

  it('points annotation violations at the annotation key, and defaulted hostPorts at the port item', () => {
    const r = pod(
      { hostNetwork: true, containers: [{ name: 'app', image: 'x', ports: [{ containerPort: 80 }] }] },
      { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } },
    )
    expect(findings(r, 'baseline').map((f) => `${f.code} ${f.path}`)).toEqual([
      'PSS_APP_ARMOR_PROFILE metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]',
      'PSS_HOST_NAMESPACES spec.hostNetwork',
      'PSS_HOST_PORTS spec.containers[0].ports[0]',
    ])
  })
})
