import { describe, expect, it } from 'vitest'
import { cronJob, deployment, pod } from '../pss/testResource'
import type { JsonObject, Resource } from '../types'
import { validateResource } from './index'

const c = (securityContext: JsonObject, name = 'app', extra: JsonObject = {}): JsonObject => ({
  name,
  image: 'busybox',
  securityContext,
  ...extra,
})
const messages = (r: Resource, version = 'latest') => validateResource(r, { version }).map((f) => f.message)
const codes = (r: Resource, version = 'latest') => validateResource(r, { version }).map((f) => f.code)

describe('ranges', () => {
  it('rejects IDs outside 0..2147483647 at container and pod level, supplementalGroups items included', () => {
    const r = pod({
      securityContext: { runAsUser: 2147483648, fsGroup: -5, runAsGroup: 0, supplementalGroups: [1000, -1] },
      containers: [c({ runAsUser: -1, runAsGroup: 2147483647 })],
    })
    expect(messages(r)).toEqual([
      'spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.fsGroup: Invalid value: -5: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.runAsUser: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.supplementalGroups[1]: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ])
    expect(validateResource(r, { version: 'latest' })[0]).toEqual({
      code: 'API_RANGE',
      source: 'api',
      severity: 'error',
      message:
        'spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      path: 'spec.containers[0].securityContext.runAsUser',
      nodePath: ['spec', 'containers', 0, 'securityContext', 'runAsUser'],
      container: { kind: 'containers', index: 0 },
      data: { field: 'runAsUser', part: 'value', value: -1 },
    })
  })

  it('prints template paths for Deployments and CronJobs', () => {
    expect(messages(deployment({ containers: [c({ runAsUser: -1 })] }))).toEqual([
      'spec.template.spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ])
    expect(
      messages(
        cronJob({ securityContext: { fsGroup: -1 }, initContainers: [c({ runAsGroup: -2 }, 'init')] }),
      ),
    ).toEqual([
      'spec.jobTemplate.spec.template.spec.initContainers[0].securityContext.runAsGroup: Invalid value: -2: must be between 0 and 2147483647, inclusive',
      'spec.jobTemplate.spec.template.spec.securityContext.fsGroup: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ])
  })
})

describe('decoding', () => {
  it('rejects quoted numbers and booleans before validation, as encoding/json words it', () => {
    const r = pod({
      hostNetwork: 'true',
      securityContext: { runAsUser: '1000', supplementalGroups: [1, '2'] },
      containers: [c({ privileged: 'yes', runAsUser: 1000.5, capabilities: { add: 'NET_ADMIN' } })],
    })
    expect(messages(r)).toEqual([
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.hostNetwork of type bool',
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64',
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSecurityContext.spec.securityContext.supplementalGroups of type int64',
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field Capabilities.spec.containers.securityContext.capabilities.add of type []v1.Capability',
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field SecurityContext.spec.containers.securityContext.privileged of type bool',
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 1000.5 into Go struct field SecurityContext.spec.containers.securityContext.runAsUser of type int64',
    ])
    expect(validateResource(r, { version: 'latest' }).map((f) => [f.code, f.path])).toEqual([
      ['API_DECODE', 'spec.hostNetwork'],
      ['API_DECODE', 'spec.securityContext.runAsUser'],
      ['API_DECODE', 'spec.securityContext.supplementalGroups[1]'],
      ['API_DECODE', 'spec.containers[0].securityContext.capabilities.add'],
      ['API_DECODE', 'spec.containers[0].securityContext.privileged'],
      ['API_DECODE', 'spec.containers[0].securityContext.runAsUser'],
    ])
  })

  it('names the kind and API version of workloads, and wrong structure types', () => {
    expect(
      messages(
        deployment({ securityContext: 'restricted', containers: [c({ seccompProfile: { type: 7 } })] }),
      ),
    ).toEqual([
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.securityContext of type v1.PodSecurityContext',
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field SeccompProfile.spec.template.spec.containers.securityContext.seccompProfile.type of type v1.SeccompProfileType',
    ])
  })

  it('accepts null anywhere (an empty key decodes to nil)', () => {
    expect(
      messages(pod({ securityContext: null, containers: [c({ runAsUser: null, capabilities: null })] })),
    ).toEqual([])
  })
})

describe('enums', () => {
  it('lists the upstream supported values', () => {
    const r = pod({
      securityContext: {
        fsGroupChangePolicy: 'Sometimes',
        supplementalGroupsPolicy: 'Loose',
        seccompProfile: { type: 'Default' },
      },
      containers: [c({ procMount: 'Masked', appArmorProfile: { type: 'Strict' } })],
    })
    expect(messages(r)).toEqual([
      'spec.containers[0].securityContext.procMount: Unsupported value: "Masked": supported values: "Default", "Unmasked"',
      'spec.containers[0].securityContext.appArmorProfile.type: Unsupported value: "Strict": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
      'spec.securityContext.fsGroupChangePolicy: Unsupported value: "Sometimes": supported values: "Always", "OnRootMismatch"',
      'spec.securityContext.seccompProfile.type: Unsupported value: "Default": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
      'spec.securityContext.supplementalGroupsPolicy: Unsupported value: "Loose": supported values: "Merge", "Strict"',
    ])
  })

  it('accepts seLinuxChangePolicy MountOption only from 1.37 (SELinuxMount GA)', () => {
    const r = (policy: string) => pod({ securityContext: { seLinuxChangePolicy: policy }, containers: [] })
    expect(messages(r('MountOption'), 'v1.36')).toEqual([
      'spec.securityContext.seLinuxChangePolicy: Unsupported value: "MountOption": supported values: "Recursive"',
    ])
    expect(codes(r('MountOption'), 'v1.36')).toEqual(['API_SELINUX_CHANGE_POLICY_MOUNT_OPTION'])
    expect(messages(r('MountOption'), 'v1.37')).toEqual([])
    expect(messages(r('MountOption'), 'latest')).toEqual([])
    expect(messages(r('Recursive'), 'v1.33')).toEqual([])
    expect(messages(r('Never'), 'latest')).toEqual([
      'spec.securityContext.seLinuxChangePolicy: Unsupported value: "Never": supported values: "MountOption", "Recursive"',
    ])
    expect(messages(r('MountOption'), 'v1.32')).toEqual([])
  })
})

describe('seccomp and AppArmor profiles', () => {
  it('checks type and localhostProfile of seccompProfile', () => {
    const r = pod({
      securityContext: { seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'p.json' } },
      containers: [
        c({ seccompProfile: { type: '' } }, 'a'),
        c({ seccompProfile: { type: 'Localhost' } }, 'b'),
        c({ seccompProfile: { type: 'Localhost', localhostProfile: '/abs/../p.json' } }, 'c'),
      ],
    })
    expect(messages(r)).toEqual([
      'spec.containers[0].securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set',
      'spec.containers[1].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
      'spec.containers[2].securityContext.seccompProfile.localhostProfile: Invalid value: "/abs/../p.json": must be a relative path',
      'spec.containers[2].securityContext.seccompProfile.localhostProfile: Invalid value: "/abs/../p.json": must not contain \'..\'',
      'spec.securityContext.seccompProfile.localhostProfile: Invalid value: core.SeccompProfile{Type:"RuntimeDefault", LocalhostProfile:(*string)(0xc000…)}: can only be set when seccomp type is Localhost',
    ])
    expect(codes(r)).toEqual([
      'API_SECCOMP_TYPE_REQUIRED',
      'API_SECCOMP_LOCALHOST_REQUIRED',
      'API_SECCOMP_PROFILE_PATH',
      'API_SECCOMP_PROFILE_PATH',
      'API_SECCOMP_LOCALHOST_FORBIDDEN',
    ])
  })

  it('checks type and localhostProfile of appArmorProfile', () => {
    const r = pod({
      securityContext: { appArmorProfile: { type: 'Unconfined', localhostProfile: 'x' } },
      containers: [
        c({ appArmorProfile: { type: 'Localhost' } }, 'a'),
        c({ appArmorProfile: { type: 'Localhost', localhostProfile: ' k8s-deny ' } }, 'b'),
        c({ appArmorProfile: { type: 'Localhost', localhostProfile: '' } }, 'c'),
        c({ appArmorProfile: {} }, 'd'),
      ],
    })
    expect(messages(r)).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost',
      'spec.containers[1].securityContext.appArmorProfile.localhostProfile: Invalid value: " k8s-deny ": must not be padded with whitespace',
      'spec.containers[2].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost',
      'spec.containers[3].securityContext.appArmorProfile.type: Required value: type is required when appArmorProfile is set',
      'spec.securityContext.appArmorProfile.localhostProfile: Invalid value: "x": can only be set when AppArmor type is Localhost',
    ])
  })

  it('does not validate the AppArmor fields before they existed (1.30)', () => {
    expect(messages(pod({ containers: [c({ appArmorProfile: { type: 'Bad' } })] }), 'v1.29')).toEqual([])
  })
})

describe('allowPrivilegeEscalation', () => {
  it('rejects false with privileged true, on the whole securityContext', () => {
    const f = validateResource(
      pod({ containers: [c({ privileged: true, allowPrivilegeEscalation: false })] }),
      {
        version: 'latest',
      },
    )
    expect(f).toEqual([
      {
        code: 'API_APE_PRIVILEGED',
        source: 'api',
        severity: 'error',
        message:
          'spec.containers[0].securityContext: Invalid value: core.SecurityContext{Capabilities:(*core.Capabilities)(nil), Privileged:(*bool)(0xc000…), SELinuxOptions:(*core.SELinuxOptions)(nil), WindowsOptions:(*core.WindowsSecurityContextOptions)(nil), RunAsUser:(*int64)(nil), RunAsGroup:(*int64)(nil), RunAsNonRoot:(*bool)(nil), ReadOnlyRootFilesystem:(*bool)(nil), AllowPrivilegeEscalation:(*bool)(0xc000…), ProcMount:(*core.ProcMountType)(nil), SeccompProfile:(*core.SeccompProfile)(nil), AppArmorProfile:(*core.AppArmorProfile)(nil)}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
        path: 'spec.containers[0].securityContext',
        nodePath: ['spec', 'containers', 0, 'securityContext'],
        container: { kind: 'containers', index: 0 },
      },
    ])
  })

  it('matches the literal CAP_SYS_ADMIN once per occurrence, never SYS_ADMIN', () => {
    const add = ['CAP_SYS_ADMIN', 'SYS_ADMIN', 'CAP_SYS_ADMIN']
    const r = pod({ containers: [c({ allowPrivilegeEscalation: false, capabilities: { add } })] })
    expect(codes(r)).toEqual(['API_APE_CAP_SYS_ADMIN', 'API_APE_CAP_SYS_ADMIN'])
    expect(messages(r)[0]).toMatch(
      /^spec\.containers\[0\]\.securityContext: Invalid value: core\.SecurityContext\{Capabilities:\(\*core\.Capabilities\)\(0xc000…\), .*: cannot set `allowPrivilegeEscalation` to false and `capabilities\.Add` CAP_SYS_ADMIN$/,
    )
    expect(
      messages(
        pod({ containers: [c({ allowPrivilegeEscalation: false, capabilities: { add: ['SYS_ADMIN'] } })] }),
      ),
    ).toEqual([])
    expect(
      messages(
        pod({ containers: [c({ allowPrivilegeEscalation: true, privileged: true, capabilities: { add } })] }),
      ),
    ).toEqual([])
  })
})

describe('user namespaces', () => {
  it('needs hostUsers false for procMount Unmasked (from 1.33, when the field is no longer dropped)', () => {
    const unmasked = (spec: JsonObject = {}) => pod({ ...spec, containers: [c({ procMount: 'Unmasked' })] })
    expect(messages(unmasked())).toEqual([
      'spec.containers[0].securityContext.procMount: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`',
    ])
    expect(codes(unmasked({ hostUsers: true }))).toEqual(['API_PROC_MOUNT_HOST_USERS'])
    expect(messages(unmasked({ hostUsers: false }))).toEqual([])
    expect(messages(unmasked(), 'v1.32')).toEqual([])
  })

  it('forbids host namespaces and volumeDevices with hostUsers false, with upstream path quirks', () => {
    const r = pod({
      hostUsers: false,
      hostNetwork: true,
      hostPID: true,
      hostIPC: true,
      containers: [c({}, 'app', { volumeDevices: [{ name: 'd', devicePath: '/dev/xvda' }] })],
    })
    expect(messages(r)).toEqual([
      'spec.hostNetwork: Forbidden: when `hostUsers` is false',
      'spec.HostPID: Forbidden: when `hostUsers` is false',
      'spec.HostIPC: Forbidden: when `hostUsers` is false',
      'spec.containers[0].volumeDevices: Forbidden: when `hostUsers` is false',
    ])
    expect(validateResource(r, { version: 'latest' })[1]?.nodePath).toEqual(['spec', 'hostPID'])
    expect(messages(r, 'v1.34')).toHaveLength(3)
    expect(messages(deployment({ hostUsers: false, hostPID: true, containers: [] }))).toEqual([
      'spec.template.spec.HostPID: Forbidden: when `hostUsers` is false',
    ])
  })
})

describe('sysctls and host namespaces', () => {
  it('checks names, duplicates and namespaced sysctls on host namespaces', () => {
    const r = pod({
      hostNetwork: true,
      hostIPC: true,
      securityContext: {
        sysctls: [
          { name: '', value: '1' },
          { name: 'Kernel.Bad', value: '1' },
          { name: 'net.core.somaxconn', value: '1' },
          { name: 'net.core.somaxconn', value: '2' },
          { name: 'kernel.shm_rmid_forced', value: '1' },
          { name: 'vm.swappiness', value: '1' },
        ],
      },
      containers: [],
    })
    expect(messages(r)).toEqual([
      'spec.securityContext.sysctls[0].name: Required value',
      'spec.securityContext.sysctls[1].name: Invalid value: "Kernel.Bad": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$',
      'spec.securityContext.sysctls[2].name: Invalid value: "net.core.somaxconn": may not be specified when \'hostNetwork\' is true',
      'spec.securityContext.sysctls[3].name: Duplicate value: "net.core.somaxconn"',
      'spec.securityContext.sysctls[3].name: Invalid value: "net.core.somaxconn": may not be specified when \'hostNetwork\' is true',
      'spec.securityContext.sysctls[4].name: Invalid value: "kernel.shm_rmid_forced": may not be specified when \'hostIPC\' is true',
    ])
  })

  it('rejects shareProcessNamespace with hostPID; the path left securityContext in 1.37', () => {
    const r = pod({ hostPID: true, shareProcessNamespace: true, containers: [] })
    expect(messages(r)).toEqual([
      'spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
    ])
    expect(messages(r, 'v1.36')).toEqual([
      'spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
    ])
  })
})
