/**
 * Validation cases from apiserver-library-go pkg/securitycontextconstraints/sccmatching/provider_test.go
 * (TestValidatePodSecurityContextFailures, TestValidateContainerSecurityContextFailures,
 * TestValidateAllowPrivilegeEscalation). Upstream checks that the first error contains a fragment; these
 * assert the whole upstream text, built as field.Error prints it.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import {
  defaultPod,
  emptyPath,
  podSpecOf,
  providerAndPod,
  rawScc,
  seLinux,
  specPath,
  withVolumes,
} from './testKit'
import type { SccDefinition } from './types'
import { validateContainerSecurityContext, validatePodSecurityContext } from './validate'

const podErrors = (scc: SccDefinition, pod: JsonObject) => {
  const { p, pod: ap } = providerAndPod(scc, pod)
  return validatePodSecurityContext(p, ap, specPath).map((e) => e.message)
}
const containerErrors = (scc: SccDefinition, pod: JsonObject) => {
  const { p, pod: ap } = providerAndPod(scc, pod)
  return validateContainerSecurityContext(p, ap, ap.containers[0]!, emptyPath).map((e) => e.message)
}
const one = (min: number) => [{ min, max: min }]
const SECCOMP_POD = 'pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]'
// defaultPod's container has no name: its annotation key ends in the prefix.
const SECCOMP_CTR = 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/]'
const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod'
const CTR_KEY = 'container.seccomp.security.alpha.kubernetes.io/'

describe('TestValidatePodSecurityContextFailures', () => {
  const mustRunAs = (field: 'fsGroup' | 'supplementalGroups') =>
    rawScc('scc-sa', { [field]: { type: 'MustRunAs', ranges: one(1) } })
  const cases: [string, SccDefinition, JsonObject, string][] = [
    [
      'failHostNetworkSCC',
      rawScc('scc-sa'),
      { ...defaultPod(), spec: { ...podSpecOf(defaultPod()), hostNetwork: true } },
      'spec.hostNetwork: Invalid value: true: Host network is not allowed to be used',
    ],
    [
      'failHostPIDSCC',
      rawScc('scc-sa'),
      { ...defaultPod(), spec: { ...podSpecOf(defaultPod()), hostPID: true } },
      'spec.hostPID: Invalid value: true: Host PID is not allowed to be used',
    ],
    [
      'failHostIPCSCC',
      rawScc('scc-sa'),
      { ...defaultPod(), spec: { ...podSpecOf(defaultPod()), hostIPC: true } },
      'spec.hostIPC: Invalid value: true: Host IPC is not allowed to be used',
    ],
    [
      'failSupplementalGroupOutOfRange',
      mustRunAs('supplementalGroups'),
      defaultPod({}, { supplementalGroups: [999] }),
      'spec.supplementalGroups: Invalid value: []int64{999}: 999 is not an allowed group',
    ],
    [
      'failSupplementalGroupEmpty',
      mustRunAs('supplementalGroups'),
      defaultPod(),
      'spec.supplementalGroups: Invalid value: []int64(nil): unable to validate empty groups against required ranges',
    ],
    [
      'failFSGroupOutOfRange',
      mustRunAs('fsGroup'),
      defaultPod({}, { fsGroup: 999 }),
      'spec.fsGroup: Invalid value: []int64{999}: 999 is not an allowed group',
    ],
    [
      'failFSGroupEmpty',
      mustRunAs('fsGroup'),
      defaultPod(),
      'spec.fsGroup: Invalid value: []int64{}: unable to validate empty groups against required ranges',
    ],
    [
      'failNilSELinux',
      rawScc('scc-sa', { seLinuxContext: { type: 'MustRunAs', seLinuxOptions: seLinux({ level: 'foo' }) } }),
      defaultPod(),
      'spec.seLinuxOptions: Required value',
    ],
    [
      'failInvalidSELinux',
      rawScc('scc-sa', { seLinuxContext: { type: 'MustRunAs', seLinuxOptions: seLinux({ level: 'foo' }) } }),
      defaultPod({}, { seLinuxOptions: { level: 'bar' } }),
      'spec.seLinuxOptions.level: Invalid value: "bar": must be foo',
    ],
    [
      'failNoSeccomp',
      rawScc('scc-sa'),
      defaultPod({}, {}, { [POD_KEY]: 'bar' }),
      `${SECCOMP_POD}: Forbidden: seccomp may not be set`,
    ],
    [
      'failInvalidSeccompPod',
      rawScc('scc-sa', { seccompProfiles: ['foo'] }),
      defaultPod({}, {}, { [POD_KEY]: 'bar' }),
      `${SECCOMP_POD}: Forbidden: bar is not an allowed seccomp profile. Valid values are [foo]`,
    ],
    [
      'failHostDirSCC',
      rawScc('scc-sa'),
      withVolumes([{ name: 'bad volume', hostPath: {} }]),
      'spec.volumes[0]: Invalid value: "hostPath": hostPath volumes are not allowed to be used',
    ],
    [
      'failSafeSysctlKernelPod with failNoSafeSysctlAllowedSCC',
      rawScc('scc-sa', { forbiddenSysctls: ['*'] }),
      defaultPod({}, { sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }] }),
      'pod.spec.securityContext.sysctls[0]: Forbidden: sysctl "kernel.shm_rmid_forced" is not allowed',
    ],
    [
      'failSafeSysctlKernelPod with failSysctlDisallowedSCC',
      rawScc('scc-sa', { forbiddenSysctls: ['kernel.shm_rmid_forced'] }),
      defaultPod({}, { sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }] }),
      'pod.spec.securityContext.sysctls[0]: Forbidden: sysctl "kernel.shm_rmid_forced" is not allowed',
    ],
    [
      'failUnsafeSysctlPod with failAllUnsafeSysctlsSCC',
      rawScc('scc-sa'),
      defaultPod({}, { sysctls: [{ name: 'kernel.sem', value: '32000' }] }),
      'pod.spec.securityContext.sysctls[0]: Forbidden: unsafe sysctl "kernel.sem" is not allowed',
    ],
    [
      'failRequireHostUser',
      rawScc('scc-sa', { userNamespaceLevel: 'RequirePodLevel' }),
      { ...defaultPod(), spec: { ...podSpecOf(defaultPod()), hostUsers: true } },
      'spec.hostUsers: Invalid value: true: Host Users must be set to false',
    ],
    [
      'failUnsetRequireHostUser',
      rawScc('scc-sa', { userNamespaceLevel: 'RequirePodLevel' }),
      defaultPod(),
      'spec.hostUsers: Invalid value: "null": Host Users must be set to false',
    ],
  ]
  it.each(cases)('%s', (_name, scc, pod, message) => {
    expect(podErrors(scc, pod)[0]).toBe(message)
  })

  it('fail pod with disallowed flexVolume when flex volumes (or all volumes) are allowed', () => {
    const pod = withVolumes([{ name: 'flex-volume', flexVolume: { driver: 'example/unknown' } }])
    for (const volumes of [['flexVolume'], ['*']]) {
      const scc = rawScc('scc-sa', { volumes, allowedFlexVolumes: ['example/foo', 'example/bar'] })
      expect(podErrors(scc, pod)).toEqual([
        'spec.volumes[0].driver: Invalid value: "example/unknown": Flexvolume driver is not allowed to be used',
      ])
    }
  })
})

describe('TestValidateContainerSecurityContextFailures', () => {
  const cases: [string, SccDefinition, JsonObject, string][] = [
    [
      'failUserSCC',
      rawScc('scc-sa', { runAsUser: { type: 'MustRunAs', uid: 999, uidRangeMin: null, uidRangeMax: null } }),
      defaultPod({ securityContext: { privileged: false, runAsUser: 1 } }),
      '[].runAsUser: Invalid value: 1: must be: 999',
    ],
    [
      'failSELinuxSCC',
      rawScc('scc-sa', { seLinuxContext: { type: 'MustRunAs', seLinuxOptions: seLinux({ level: 'foo' }) } }),
      defaultPod({ securityContext: { privileged: false, seLinuxOptions: { level: 'bar' } } }),
      '[].seLinuxOptions.level: Invalid value: "bar": must be foo',
    ],
    [
      'failPrivSCC',
      rawScc('scc-sa'),
      defaultPod({ securityContext: { privileged: true } }),
      '[].privileged: Invalid value: true: Privileged containers are not allowed',
    ],
    [
      'failCapsSCC',
      rawScc('scc-sa'),
      defaultPod({ securityContext: { privileged: false, capabilities: { add: ['foo'] } } }),
      '[].capabilities.add: Invalid value: "foo": capability may not be added',
    ],
    [
      'failHostPortSCC',
      rawScc('scc-sa'),
      defaultPod({ ports: [{ hostPort: 1 }] }),
      '[].containers[0].hostPort: Invalid value: 1: Host ports are not allowed to be used',
    ],
    [
      'failReadOnlyRootFS - nil',
      rawScc('scc-sa', { readOnlyRootFilesystem: true }),
      defaultPod(),
      '[].readOnlyRootFilesystem: Invalid value: "null": ReadOnlyRootFilesystem may not be nil and must be set to true',
    ],
    [
      'failReadOnlyRootFS - false',
      rawScc('scc-sa', { readOnlyRootFilesystem: true }),
      defaultPod({ securityContext: { privileged: false, readOnlyRootFilesystem: false } }),
      '[].readOnlyRootFilesystem: Invalid value: false: ReadOnlyRootFilesystem must be set to true',
    ],
    [
      'failNoSeccompAllowed',
      rawScc('scc-sa'),
      defaultPod({}, {}, { [CTR_KEY]: 'bar' }),
      `${SECCOMP_CTR}: Forbidden: seccomp may not be set`,
    ],
    [
      'failInvalidSeccompPod',
      rawScc('scc-sa', { seccompProfiles: ['foo'] }),
      defaultPod({}, {}, { [CTR_KEY]: 'bar' }),
      `${SECCOMP_CTR}: Forbidden: bar is not an allowed seccomp profile. Valid values are [foo]`,
    ],
    [
      'failSeccompContainerPodAnnotation',
      rawScc('scc-sa'),
      defaultPod({}, {}, { [POD_KEY]: 'foo' }),
      `${SECCOMP_CTR}: Forbidden: seccomp may not be set`,
    ],
  ]
  it.each(cases)('%s', (_name, scc, pod, message) => {
    expect(containerErrors(scc, pod)[0]).toBe(message)
  })
})

describe('TestValidateAllowPrivilegeEscalation', () => {
  const message = (v: string) =>
    `[].allowPrivilegeEscalation: Invalid value: ${v}: Allowing privilege escalation for containers is not allowed`
  it('refuses true and unset under allowPrivilegeEscalation false, allows both under true', () => {
    const yes = defaultPod({ securityContext: { privileged: false, allowPrivilegeEscalation: true } })
    expect(containerErrors(rawScc('s', { allowPrivilegeEscalation: false }), yes)).toEqual([message('true')])
    expect(containerErrors(rawScc('s', { allowPrivilegeEscalation: true }), yes)).toEqual([])
    expect(containerErrors(rawScc('s', { allowPrivilegeEscalation: false }), defaultPod())).toEqual([
      message('"null"'),
    ])
    expect(containerErrors(rawScc('s', { allowPrivilegeEscalation: true }), defaultPod())).toEqual([])
  })
})
