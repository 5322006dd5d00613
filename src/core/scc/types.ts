/**
 * OpenShift SecurityContextConstraints (SCC) admission, as the kube-apiserver of OpenShift runs it:
 * openshift/apiserver-library-go pkg/securitycontextconstraints at a8019f39 (= release-4.21/4.22), with the
 * SCC type of openshift/api security/v1 (types.go) and the defaults shipped by
 * openshift/cluster-kube-apiserver-operator bindata/bootkube/scc-manifests.
 */
import type { ContainerKind, JsonObject, JsonValue, Path } from '../types'

/** securityv1.IDRange: an inclusive [min, max]. */
export interface IdRange {
  min: number
  max: number
}

/** corev1.SELinuxOptions; an unset string is ''. */
export interface SeLinuxOptions {
  user: string
  role: string
  type: string
  level: string
}

/**
 * An SCC as the admission plugin sees it: decoded from security.openshift.io/v1 JSON and defaulted by
 * sccdefaults.SetDefaults_SCC (volumes resolved, allowPrivilegeEscalation true when absent, fsGroup and
 * supplementalGroups RunAsAny when their type is empty).
 */
export interface SccDefinition {
  name: string
  /** null: unset (sorts as 0). */
  priority: number | null
  allowPrivilegedContainer: boolean
  defaultAddCapabilities: string[]
  requiredDropCapabilities: string[]
  allowedCapabilities: string[]
  allowHostDirVolumePlugin: boolean
  volumes: string[]
  /** allowedFlexVolumes[].driver */
  allowedFlexVolumes: string[]
  allowHostNetwork: boolean
  allowHostPorts: boolean
  allowHostPID: boolean
  allowHostIPC: boolean
  /** '' | 'AllowHostLevel' | 'RequirePodLevel' */
  userNamespaceLevel: string
  defaultAllowPrivilegeEscalation: boolean | null
  allowPrivilegeEscalation: boolean | null
  seLinuxContext: { type: string; seLinuxOptions: SeLinuxOptions | null }
  runAsUser: { type: string; uid: number | null; uidRangeMin: number | null; uidRangeMax: number | null }
  supplementalGroups: { type: string; ranges: IdRange[] }
  fsGroup: { type: string; ranges: IdRange[] }
  readOnlyRootFilesystem: boolean
  users: string[]
  groups: string[]
  seccompProfiles: string[]
  allowedUnsafeSysctls: string[]
  forbiddenSysctls: string[]
}

/** A uid.Block of library-go pkg/security/uid: inclusive start and end. */
export interface IdBlock {
  start: number
  end: number
}

/** What the namespace's openshift.io/sa.scc.* annotations allocate to its pods. */
export interface NamespaceAllocation {
  /** The namespace name (for the service account's user name and provider error texts). */
  name: string
  /** openshift.io/sa.scc.uid-range */
  uidRange: IdBlock
  /** openshift.io/sa.scc.supplemental-groups (falls back to the uid range upstream). */
  supplementalGroups: IdBlock[]
  /** openshift.io/sa.scc.mcs, the SELinux level, e.g. s0:c27,c9 */
  mcs: string
}

/** Who asks: the subjects ConstraintAppliesTo checks an SCC's users, groups and RBAC `use` grants against. */
export interface SccSubjects {
  /** The pod's spec.serviceAccountName ('' skips the service account check, as upstream). */
  serviceAccount: string
  /** The requesting user: a workload's controller, or whoever creates a bare Pod. */
  user: { name: string; groups: readonly string[] }
  /** SCC names RBAC lets the requesting user `use` ('*': every SCC, as for cluster-admin). */
  userGrants: readonly string[]
  /** SCC names RBAC lets the service account `use` (`oc adm policy add-scc-to-user NAME -z SA`). */
  serviceAccountGrants: readonly string[]
}

/** The pod (or workload carrying a pod template) to admit, as plain JSON. */
export interface SccPodInput {
  kind: string
  object: JsonObject
  /** From the resource object to its pod spec (['spec'] for a Pod, ['spec','template','spec'] ...). */
  podSpecPath: Path
  /** From the resource object to the pod template metadata. */
  podMetadataPath: Path
  /** From the document root to the resource object ([] normally, ['items', i] in a List). */
  basePath?: Path
}

export interface SccAdmitOptions {
  namespace: NamespaceAllocation
  /** Every SCC of the cluster, in any order (upstream lists them all and sorts them). */
  sccs: readonly SccDefinition[]
  subjects?: Partial<SccSubjects>
  /** The pod name in `pods "NAME" is forbidden` (default: what the controller would name it, see podNameFor). */
  podName?: string
}

/** Where a mutation lands. */
export type SccTarget =
  { level: 'pod' } | { level: 'container'; kind: ContainerKind; index: number } | { level: 'metadata' }

export interface SccMutation {
  /** Document path of the field set by admission. */
  path: Path
  /** The value admission sets (v1 JSON); null when it removes the field. */
  value: JsonValue
  target: SccTarget
  /** securityContext field name (runAsUser, fsGroup, capabilities, ...) or the annotation key. */
  field: string
  /** Which strategy of which SCC set it, in plain words. */
  why: string
}

/** One k8s field.Error as SCC admission reports it. */
export interface SccFieldError {
  type: 'Invalid' | 'Required' | 'Forbidden'
  /** field.Error.Field, e.g. `provider restricted-v2: .containers[0].runAsUser` */
  field: string
  /** field.Error.Error(): `Field: Invalid value: 10000: must be in the ranges: [...]` */
  message: string
  /** Document path of the node that sets the offending value (or its container / pod when unset). */
  nodePath: Path | null
  /** The rejected value, when it is a scalar (a capability, an ID). */
  value?: string | number | boolean
}

/** One SCC as admission tried it, in upstream order. */
export interface SccAttempt {
  scc: string
  /** Which subject may use it; null: not usable by user or serviceaccount. */
  usableBy: 'user' | 'serviceaccount' | null
  admitted: boolean
  errors: SccFieldError[]
}

export interface SccAdmission {
  /** skipped: SCC admission ignores the pod (spec.os.name windows). */
  status: 'admitted' | 'rejected' | 'skipped'
  admittedBy: string | null
  subjectType: 'user' | 'serviceaccount' | null
  /** The API server's error, word for word, when rejected; '' otherwise. */
  message: string
  podName: string
  mutations: SccMutation[]
  /** The input's resource object with the mutations applied (a copy of it when not admitted). */
  mutatedObject: JsonObject
  /** Its pod spec as admitted. */
  mutatedPodSpec: JsonObject
  /** The pod's annotations as admitted (openshift.io/scc and the seccomp annotation among them). */
  annotations: JsonObject
  /** The SCCs in the order tried, as far as admission went (it stops at the first that admits). */
  attempts: SccAttempt[]
  /** The audit annotation securitycontextconstraints.admission.openshift.io/reason. */
  reason: string
}
