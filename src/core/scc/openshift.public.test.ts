/**
 * Rejection messages from public issue trackers, reproduced word for word on clusters of their time (the
 * SCCs shipped before 4.18, plus the machine-api-termination-handler SCC of openshift/machine-api-operator
 * install/0000_30_machine-api-operator_09_security_context_constraint.yaml), and the pod names messages use.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { admitScc } from './admission'
import { OPENSHIFT_SCCS, SCC_SINCE } from './defaults'
import { parseScc } from './document'
import { allocationFor, parseIdBlock } from './namespace'
import { admitOpenShift, notUsable, workload } from './testKit'
import type { SccDefinition, SccPodInput } from './types'

/** The SCCs of an OpenShift 4.11-4.17 cluster with the Machine API: restricted-v3 not yet granted. */
const MACHINE_API = parseScc({
  apiVersion: 'security.openshift.io/v1',
  kind: 'SecurityContextConstraints',
  metadata: { name: 'machine-api-termination-handler' },
  allowHostDirVolumePlugin: true,
  allowHostNetwork: true,
  allowHostIPC: false,
  allowHostPorts: false,
  allowHostPID: false,
  allowPrivilegedContainer: false,
  readOnlyRootFilesystem: false,
  requiredDropCapabilities: ['KILL', 'MKNOD', 'SETUID', 'SETGID'],
  fsGroup: { type: 'MustRunAs' },
  runAsUser: { type: 'RunAsAny' },
  seLinuxContext: { type: 'MustRunAs' },
  supplementalGroups: { type: 'MustRunAs' },
  users: ['system:serviceaccount:openshift-machine-api:machine-api-termination-handler'],
  groups: [],
  volumes: ['downwardAPI', 'hostPath'],
})
if (!MACHINE_API.ok) throw new Error(MACHINE_API.error)
const OCP_4_14: SccDefinition[] = [
  ...OPENSHIFT_SCCS.filter((s) => (SCC_SINCE.get(s.name) ?? 0) < 18),
  MACHINE_API.scc,
]
const at = (range: string, name = 'demo') =>
  allocationFor(name, parseIdBlock(range) as { start: number; end: number })
const admit414 = (input: SccPodInput, range: string, podName?: string) =>
  admitScc(input, {
    namespace: at(range),
    sccs: OCP_4_14,
    subjects: { userGrants: ['restricted-v2'] },
    podName,
  })

describe('public rejection messages, reproduced', () => {
  it('pulp/pulp-operator#1319: a StatefulSet with fsGroup and runAsUser 999', () => {
    const r = admit414(
      workload('StatefulSet', 'ocp-example-database', { fsGroup: 999, runAsUser: 999 }),
      '1000680000/10000',
    )
    // The issue shows the message up to here (cut off in the middle of a word).
    const published =
      'pods "ocp-example-database-0" is forbidden: unable to validate against any security context constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount, provider restricted-v2: .spec.securityContext.fsGroup: Invalid value: []int64{999}: 999 is not an allowed group, provider restricted-v2: .containers[0].runAsUser: Invalid value: 999: must be in the ranges: [1000680000, 1000689999], provider "restricted": Forbidden: not usable by user or serviceaccount, provider "nonroot-v2": Forbidden: not usable by user or serviceaccount, provider "nonroot": Forbidden: not usable by user or serviceaccount, provider "hostmount-anyuid": Forbidden: not usable by user or serviceaccount, provider "machine-api-termination-handler": Forbidden: not usable by user or serviceaccount, provider "hostnetwork-v2": Forbidden: not usable by user or serviceaccount, provider "hostnetwork": Forbidden: not usable by user or servi'
    expect(r.message.startsWith(published)).toBe(true)
    expect(r.message.slice(published.length)).toBe(
      'ceaccount, provider "hostaccess": Forbidden: not usable by user or serviceaccount, provider "privileged": Forbidden: not usable by user or serviceaccount]',
    )
  })

  it('Alfresco/acs-deployment#990: fsGroup 1000 and runAsUser 33031, up to the operator-installed hostpath-provisioner SCC', () => {
    const input = workload(
      'Deployment',
      'alfresco-activemq',
      { fsGroup: 1000 },
      { securityContext: { runAsUser: 33031 } },
    )
    const r = admit414(input, '1000670000/10000', 'alfresco-activemq-dc4c6c95b-')
    const published = [
      'pods "alfresco-activemq-dc4c6c95b-" is forbidden: unable to validate against any security context constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount',
      'provider restricted-v2: .spec.securityContext.fsGroup: Invalid value: []int64{1000}: 1000 is not an allowed group',
      'provider restricted-v2: .containers[0].runAsUser: Invalid value: 33031: must be in the ranges: [1000670000, 1000679999]',
      ...notUsable(
        'restricted',
        'nonroot-v2',
        'nonroot',
        'hostmount-anyuid',
        'machine-api-termination-handler',
        'hostnetwork-v2',
        'hostnetwork',
        'hostaccess',
      ),
    ].join(', ')
    expect(r.message.startsWith(`${published}, `)).toBe(true)
  })

  it('WASdev/websphere-liberty-operator#692: added capabilities and privilege escalation, up to a custom SCC', () => {
    const container = {
      securityContext: {
        allowPrivilegeEscalation: true,
        capabilities: { add: ['CHECKPOINT_RESTORE', 'SETPCAP'] },
        seccompProfile: { type: 'RuntimeDefault' },
      },
    }
    const r = admit414(
      workload('Deployment', 'dt10mq', {}, container),
      '1000670000/10000',
      'dt10mq-7d57cf64-',
    )
    const published = [
      'pods "dt10mq-7d57cf64-" is forbidden: unable to validate against any security context constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount',
      'provider restricted-v2: .containers[0].capabilities.add: Invalid value: "CHECKPOINT_RESTORE": capability may not be added',
      'provider restricted-v2: .containers[0].capabilities.add: Invalid value: "SETPCAP": capability may not be added',
      'provider restricted-v2: .containers[0].allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed',
      ...notUsable('restricted', 'nonroot-v2', 'nonroot', 'hostmount-anyuid'),
    ].join(', ')
    expect(r.message.startsWith(`${published}, `)).toBe(true)
  })
})

describe('pod names in the message and document paths', () => {
  const refusedName = (input: SccPodInput) => /^pods "([^"]*)"/.exec(admitOpenShift(input).message)![1]
  it.each([
    ['Deployment', 'web-<hash>-'],
    ['ReplicaSet', 'web-'],
    ['ReplicationController', 'web-'],
    ['DaemonSet', 'web-'],
    ['StatefulSet', 'web-0'],
    ['Job', 'web-'],
  ])('%s web -> pods "%s"', (kind, name) => {
    expect(refusedName(workload(kind, 'web', { runAsUser: 1 }))).toBe(name)
  })
  it('a bare Pod: name, generateName, else Unknown', () => {
    const pod = (metadata: JsonObject) => ({
      kind: 'Pod',
      object: {
        kind: 'Pod',
        metadata,
        spec: { securityContext: { runAsUser: 1 }, containers: [{ name: 'c' }] },
      },
      podSpecPath: ['spec'],
      podMetadataPath: ['metadata'],
    })
    expect(refusedName(pod({ name: 'p' }))).toBe('p')
    expect(refusedName(pod({ generateName: 'p-' }))).toBe('p-')
    expect(refusedName(pod({}))).toBe('Unknown')
  })
  it('mutations inside a List carry the base path; annotation keys stay data', () => {
    const input = { ...workload('Deployment', 'web', {}), basePath: ['items', 3] }
    ;((input.object.spec as JsonObject).template as { metadata: JsonObject }).metadata.annotations =
      JSON.parse('{"__proto__": "x"}')
    const r = admitOpenShift(input)
    expect(r.mutations[0]!.path).toEqual([
      'items',
      3,
      'spec',
      'template',
      'spec',
      'securityContext',
      'fsGroup',
    ])
    expect(Object.keys(r.annotations)).toEqual([
      '__proto__',
      'seccomp.security.alpha.kubernetes.io/pod',
      'openshift.io/scc',
      'security.openshift.io/validated-scc-subject-type',
    ])
    expect(Object.getPrototypeOf(r.annotations)).toBe(Object.prototype)
  })
})
