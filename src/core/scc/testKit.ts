/**
 * Test fixtures shaped like upstream's (apiserver-library-go sccmatching/provider_test.go defaultSCC,
 * defaultPod; sccadmission/admission_test.go laxSCC, restrictiveSCC, saSCC, saExactSCC, goodPod,
 * createNamespaceForTest, requiredSCCForNames). SCCs are built as Go literals are, without SetDefaults_SCC.
 */
import type { ContainerKind, JsonObject } from '../types'
import { admitScc } from './admission'
import { OPENSHIFT_SCCS } from './defaults'
import type { FieldPath } from './fieldError'
import { newPath } from './fieldError'
import type { AdmissionPod } from './pod'
import { readAdmissionPod } from './pod'
import type { Provider } from './provider'
import { createProvider } from './provider'
import { allocationFor } from './namespace'
import type {
  NamespaceAllocation,
  SccAdmission,
  SccAdmitOptions,
  SccDefinition,
  SccPodInput,
  SccSubjects,
} from './types'

type Overrides = { [K in keyof SccDefinition]?: SccDefinition[K] }

/** A SecurityContextConstraints Go literal: zero values, RunAsAny strategies (provider_test defaultSCC). */
export function rawScc(name: string, o: Overrides = {}): SccDefinition {
  return {
    name,
    priority: null,
    allowPrivilegedContainer: false,
    defaultAddCapabilities: [],
    requiredDropCapabilities: [],
    allowedCapabilities: [],
    allowHostDirVolumePlugin: false,
    volumes: [],
    allowedFlexVolumes: [],
    allowHostNetwork: false,
    allowHostPorts: false,
    allowHostPID: false,
    allowHostIPC: false,
    userNamespaceLevel: '',
    defaultAllowPrivilegeEscalation: null,
    allowPrivilegeEscalation: null,
    seLinuxContext: { type: 'RunAsAny', seLinuxOptions: null },
    runAsUser: { type: 'RunAsAny', uid: null, uidRangeMin: null, uidRangeMax: null },
    supplementalGroups: { type: 'RunAsAny', ranges: [] },
    fsGroup: { type: 'RunAsAny', ranges: [] },
    readOnlyRootFilesystem: false,
    users: [],
    groups: [],
    seccompProfiles: [],
    allowedUnsafeSysctls: [],
    forbiddenSysctls: [],
    ...o,
  }
}

export const seLinux = (o: { user?: string; role?: string; type?: string; level?: string }) => ({
  user: '',
  role: '',
  type: '',
  level: '',
  ...o,
})

const SA_GROUPS = ['system:serviceaccounts']

/** admission_test laxSCC: privileged and every host feature, RunAsAny, for service accounts. */
export const laxScc = (name = 'lax', o: Overrides = {}) =>
  rawScc(name, {
    allowPrivilegedContainer: true,
    allowHostNetwork: true,
    allowHostPorts: true,
    allowHostPID: true,
    allowHostIPC: true,
    groups: SA_GROUPS,
    ...o,
  })

/** admission_test restrictiveSCC: uid 999, level s9:z0,z1, groups 999, for service accounts. */
export const restrictiveScc = (name = 'restrictive', o: Overrides = {}) =>
  rawScc(name, {
    runAsUser: { type: 'MustRunAs', uid: 999, uidRangeMin: null, uidRangeMax: null },
    seLinuxContext: { type: 'MustRunAs', seLinuxOptions: seLinux({ level: 's9:z0,z1' }) },
    fsGroup: { type: 'MustRunAs', ranges: [{ min: 999, max: 999 }] },
    supplementalGroups: { type: 'MustRunAs', ranges: [{ min: 999, max: 999 }] },
    groups: SA_GROUPS,
    ...o,
  })

/** admission_test saSCC: every value pre-allocated from the namespace. */
export const saScc = () =>
  rawScc('scc-sa', {
    runAsUser: { type: 'MustRunAsRange', uid: null, uidRangeMin: null, uidRangeMax: null },
    seLinuxContext: { type: 'MustRunAs', seLinuxOptions: null },
    fsGroup: { type: 'MustRunAs', ranges: [] },
    supplementalGroups: { type: 'MustRunAs', ranges: [] },
    groups: SA_GROUPS,
  })

/** admission_test saExactSCC: restrictiveSCC named scc-sa-exact. */
export const saExactScc = () => restrictiveScc('scc-sa-exact')

/** admission_test createNamespaceForTest: uid-range 1/3, mcs s0:c1,c0, supplemental-groups 2/3. */
export const TEST_NAMESPACE: NamespaceAllocation = {
  name: 'default',
  uidRange: { start: 1, end: 3 },
  supplementalGroups: [{ start: 2, end: 4 }],
  mcs: 's0:c1,c0',
}

/** admission_test requiredSCCForNames: the standard SCCs as RunAsAny placeholders nobody may use. */
export function withRequired(sccs: SccDefinition[]): SccDefinition[] {
  const names = new Set(sccs.map((s) => s.name))
  const standard = ['anyuid', 'hostaccess', 'hostmount-anyuid', 'hostnetwork', 'hostnetwork-v2', 'nonroot']
  standard.push('nonroot-v2', 'privileged', 'restricted', 'restricted-v2')
  return [...sccs, ...standard.filter((n) => !names.has(n)).map((n) => rawScc(n))]
}

/** The subjects of upstream's admission tests: user.DefaultInfo{}, service account default, no RBAC grants. */
export const TEST_SUBJECTS: SccSubjects = {
  serviceAccount: 'default',
  user: { name: '', groups: [] },
  userGrants: [],
  serviceAccountGrants: [],
}

/** admission_test goodPod: namespace default, service account default, empty security contexts. */
export function goodPod(
  container: JsonObject = {},
  podSc: JsonObject = {},
  meta: JsonObject = {},
): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: 'default', ...meta },
    spec: {
      serviceAccountName: 'default',
      securityContext: podSc,
      containers: [{ securityContext: {}, ...container }],
    },
  }
}

export const podInput = (object: JsonObject) => ({
  kind: 'Pod',
  object,
  podSpecPath: ['spec'],
  podMetadataPath: ['metadata'],
})

/** Admit a Pod as upstream's admission tests do (Create, test namespace and subjects, required SCCs added). */
export function admitTest(
  pod: JsonObject,
  sccs: SccDefinition[],
  subjects: Partial<SccSubjects> = {},
): SccAdmission {
  return admitScc(podInput(pod), {
    namespace: TEST_NAMESPACE,
    sccs: withRequired(sccs),
    subjects: { ...TEST_SUBJECTS, ...subjects },
  })
}

/** provider_test defaultPod: empty pod security context, one container with privileged false. */
export function defaultPod(
  container: JsonObject = {},
  podSc: JsonObject = {},
  annotations: JsonObject = {},
): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { annotations },
    spec: { securityContext: podSc, containers: [{ securityContext: { privileged: false }, ...container }] },
  }
}

/** A provider for an SCC and the pod as admission reads it. */
export function providerAndPod(scc: SccDefinition, pod: JsonObject): { p: Provider; pod: AdmissionPod } {
  const p = createProvider(TEST_NAMESPACE, scc)
  if ('error' in p) throw new Error(p.error)
  return { p, pod: readAdmissionPod(podInput(pod)) }
}

/** The spec of a Pod built by goodPod or defaultPod. */
export function podSpecOf(pod: JsonObject): JsonObject {
  return pod.spec as JsonObject
}

/** defaultPod with these volumes. */
export function withVolumes(volumes: JsonObject[]): JsonObject {
  const pod = defaultPod()
  return { ...pod, spec: { ...podSpecOf(pod), volumes } }
}

export const specPath: FieldPath = newPath('spec')
/** field.NewPath(""): prints as `[]` (an unnamed root). */
export const emptyPath: FieldPath = newPath('')

/** goodPod with its one container moved to `kind` (upstream swaps containers and initContainers). */
export function inKind(pod: JsonObject, kind: ContainerKind): JsonObject {
  const spec = { ...(pod.spec as JsonObject) }
  const containers = spec.containers!
  delete spec.containers
  return { ...pod, spec: { ...spec, [kind]: containers } }
}

/** The hint upstream appends when restricted-v2 fails and the unusable `restricted` would have admitted the pod. */
export const RESTRICTED_HINT =
  'no access to scc/restricted: Forbidden: the pod fails to validate against the `restricted-v2` security context constraint, but would validate successfully against the `restricted` security context constraint'

/** The namespace `demo` of issue 17's cases: uid range 1000750000/10000, MCS s0:c27,c9. */
export const DEMO_NAMESPACE = allocationFor('demo', { start: 1000750000, end: 1000759999 }, 's0:c27,c9')

/** A workload `name` of `kind` whose template has `podSc` and one container `app` with `container` on top. */
export function workload(
  kind: string,
  name: string,
  podSc: JsonObject,
  container: JsonObject = {},
): SccPodInput {
  const template = {
    metadata: { labels: { app: name } },
    spec: {
      securityContext: podSc,
      containers: [{ name: 'app', image: 'quay.io/example/app:1', ...container }],
    },
  }
  return {
    kind,
    object: { apiVersion: 'apps/v1', kind, metadata: { name }, spec: { template } },
    podSpecPath: ['spec', 'template', 'spec'],
    podMetadataPath: ['spec', 'template', 'metadata'],
  }
}

/** SCC admission with OpenShift's own SCCs in DEMO_NAMESPACE. */
export const admitOpenShift = (input: SccPodInput, o: Partial<SccAdmitOptions> = {}) =>
  admitScc(input, { namespace: DEMO_NAMESPACE, sccs: OPENSHIFT_SCCS, ...o })

/** The errors of SCCs the requester may not use, in the words of the admission message. */
export const notUsable = (...names: string[]) =>
  names.map((n) => `provider "${n}": Forbidden: not usable by user or serviceaccount`)
