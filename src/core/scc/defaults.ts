/**
 * The SCCs every OpenShift 4 cluster has, as openshift/cluster-kube-apiserver-operator ships them
 * (bindata/bootkube/scc-manifests/0000_20_kube-apiserver-operator_00_scc-*.yaml at c813e820, identical on
 * release-4.20 to release-5.2), and who may use them by default (the ..._crb-systemauthenticated-scc-*.yaml
 * ClusterRoleBindings grant `use` of restricted-v2 and restricted-v3 to system:authenticated).
 * Operators install more (machine-api-termination-handler, hostpath-provisioner, ...); parse their
 * documents with parseScc and add them.
 */
import type { JsonObject } from '../types'
import { parseScc } from './document'
import type { SccDefinition } from './types'

/** The volume types every default SCC but the host* and privileged ones allows. */
export const VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]
const RANGE = { type: 'MustRunAsRange' }
const MUST = { type: 'MustRunAs' }
const ANY = { type: 'RunAsAny' }
const NON_ROOT = { type: 'MustRunAsNonRoot' }
const OLD_DROPS = ['KILL', 'MKNOD', 'SETUID', 'SETGID']
const HOST_FLAGS = [
  'allowHostDirVolumePlugin',
  'allowHostIPC',
  'allowHostNetwork',
  'allowHostPID',
  'allowHostPorts',
]

/** The fields the manifests write for every SCC, with the values most of them use. */
function scc(name: string, fields: JsonObject): JsonObject {
  const base: JsonObject = {
    apiVersion: 'security.openshift.io/v1',
    kind: 'SecurityContextConstraints',
    metadata: { name },
    priority: null,
    allowPrivilegeEscalation: true,
    allowPrivilegedContainer: false,
    allowedCapabilities: null,
    defaultAddCapabilities: null,
    readOnlyRootFilesystem: false,
    users: [],
    groups: [],
    volumes: VOLUMES,
  }
  for (const flag of HOST_FLAGS) base[flag] = false
  return { ...base, ...fields }
}

/** The "-v2" hardening on top of the legacy SCCs: drop ALL, no privilege escalation, runtime/default seccomp. */
const V2 = {
  allowPrivilegeEscalation: false,
  allowedCapabilities: ['NET_BIND_SERVICE'],
  requiredDropCapabilities: ['ALL'],
  seccompProfiles: ['runtime/default'],
}
const HOST_NETWORK = { allowHostNetwork: true, allowHostPorts: true }
const HOST_ALL = {
  allowHostDirVolumePlugin: true,
  allowHostIPC: true,
  allowHostNetwork: true,
  allowHostPID: true,
}
const HOST_VOLUMES = [...VOLUMES, 'hostPath']
const HOST_MOUNT = { allowHostDirVolumePlugin: true, volumes: [...HOST_VOLUMES, 'nfs'] }
const USERNS_1000 = [{ min: 1000, max: 65534 }]

/** The manifests, transcribed (descriptions and release annotations left out). */
export const OPENSHIFT_SCC_DOCUMENTS: readonly JsonObject[] = [
  scc('anyuid', {
    priority: 10,
    groups: ['system:cluster-admins'],
    fsGroup: ANY,
    requiredDropCapabilities: ['MKNOD'],
    runAsUser: ANY,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
  }),
  scc('hostaccess', {
    ...HOST_ALL,
    allowHostPorts: true,
    fsGroup: MUST,
    requiredDropCapabilities: OLD_DROPS,
    runAsUser: RANGE,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
    volumes: HOST_VOLUMES,
  }),
  scc('hostmount-anyuid', {
    ...HOST_MOUNT,
    fsGroup: ANY,
    requiredDropCapabilities: ['MKNOD'],
    runAsUser: ANY,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
    users: ['system:serviceaccount:openshift-infra:pv-recycler-controller'],
  }),
  scc('hostmount-anyuid-v2', {
    ...HOST_MOUNT,
    fsGroup: ANY,
    requiredDropCapabilities: ['MKNOD'],
    runAsUser: ANY,
    seLinuxContext: ANY,
    supplementalGroups: ANY,
    users: null,
  }),
  scc('hostnetwork', {
    ...HOST_NETWORK,
    fsGroup: MUST,
    requiredDropCapabilities: OLD_DROPS,
    runAsUser: RANGE,
    seLinuxContext: MUST,
    supplementalGroups: MUST,
  }),
  scc('hostnetwork-v2', {
    ...HOST_NETWORK,
    ...V2,
    fsGroup: MUST,
    runAsUser: RANGE,
    seLinuxContext: MUST,
    supplementalGroups: MUST,
  }),
  scc('nested-container', {
    allowedCapabilities: ['SETUID', 'SETGID'],
    fsGroup: { type: 'MustRunAs', ranges: [{ min: 0, max: 65534 }] },
    requiredDropCapabilities: null,
    runAsUser: { type: 'MustRunAsRange', uidRangeMin: 0, uidRangeMax: 65534 },
    seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
    seccompProfiles: ['*'],
    supplementalGroups: { type: 'MustRunAs', ranges: [{ min: 0, max: 65534 }] },
    userNamespaceLevel: 'RequirePodLevel',
  }),
  scc('nonroot', {
    fsGroup: ANY,
    requiredDropCapabilities: OLD_DROPS,
    runAsUser: NON_ROOT,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
  }),
  scc('nonroot-v2', {
    ...V2,
    fsGroup: ANY,
    runAsUser: NON_ROOT,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
  }),
  scc('privileged', {
    ...HOST_ALL,
    allowHostPorts: true,
    allowPrivilegedContainer: true,
    allowedCapabilities: ['*'],
    allowedUnsafeSysctls: ['*'],
    fsGroup: ANY,
    groups: ['system:cluster-admins', 'system:nodes', 'system:masters'],
    requiredDropCapabilities: null,
    runAsUser: ANY,
    seLinuxContext: ANY,
    seccompProfiles: ['*'],
    supplementalGroups: ANY,
    users: ['system:admin', 'system:serviceaccount:openshift-infra:build-controller'],
    volumes: ['*'],
  }),
  scc('restricted', {
    fsGroup: MUST,
    requiredDropCapabilities: OLD_DROPS,
    runAsUser: RANGE,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
  }),
  scc('restricted-v2', {
    ...V2,
    fsGroup: MUST,
    runAsUser: RANGE,
    seLinuxContext: MUST,
    supplementalGroups: ANY,
  }),
  scc('restricted-v3', {
    ...V2,
    fsGroup: { type: 'MustRunAs', ranges: USERNS_1000 },
    runAsUser: { type: 'MustRunAsRange', uidRangeMin: 1000, uidRangeMax: 65534 },
    seLinuxContext: MUST,
    supplementalGroups: { type: 'MustRunAs', ranges: USERNS_1000 },
    userNamespaceLevel: 'RequirePodLevel',
  }),
]

function parsed(doc: JsonObject): SccDefinition {
  const r = parseScc(doc)
  if (!r.ok) throw new Error(r.error)
  return r.scc
}

/** The default SCCs, defaulted as stored. */
export const OPENSHIFT_SCCS: readonly SccDefinition[] = OPENSHIFT_SCC_DOCUMENTS.map(parsed)

/**
 * The OpenShift 4 minor release that first shipped each default SCC, for a version picker; the others are
 * older. Before 4.11 authenticated users had `restricted` instead of `restricted-v2`; restricted-v3 is
 * granted to them since 4.21 (and late 4.20 z-streams).
 */
export const SCC_SINCE: ReadonlyMap<string, number> = new Map([
  ['restricted-v2', 11],
  ['nonroot-v2', 11],
  ['hostnetwork-v2', 11],
  ['hostmount-anyuid-v2', 18],
  ['restricted-v3', 20],
  ['nested-container', 20],
])

/** SCCs any authenticated user may use (the system:authenticated ClusterRoleBindings), as RBAC grants. */
export const AUTHENTICATED_SCC_GRANTS: readonly string[] = ['restricted-v2', 'restricted-v3']

/** Presets of SCCs to let a service account use, as `oc adm policy add-scc-to-user NAME -z SA` would. */
export const SCC_GRANT_PRESETS: readonly string[] = [
  'nonroot-v2',
  'anyuid',
  'hostnetwork-v2',
  'hostaccess',
  'privileged',
]
