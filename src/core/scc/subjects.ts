/**
 * Who may use an SCC (apiserver-library-go pkg/securitycontextconstraints/sccadmission/scc_authz_check.go
 * allowedForType; sccmatching/matcher.go ConstraintAppliesTo), and the name a rejected pod goes by
 * (k8s.io/apiserver pkg/admission/errors.go extractResourceName: the name, else the generateName, else
 * "Unknown").
 */
import { obj, str } from '../json'
import type { JsonObject } from '../types'
import type { SccDefinition, SccPodInput, SccSubjects } from './types'
import { AUTHENTICATED_SCC_GRANTS } from './defaults'

/**
 * The kube-controller-manager controller that creates a workload's pods (its service account in
 * kube-system is the requesting user): a Deployment's pods come from its ReplicaSets, a CronJob's from its Jobs.
 */
const POD_CREATOR: ReadonlyMap<string, string> = new Map([
  ['Deployment', 'replicaset-controller'],
  ['ReplicaSet', 'replicaset-controller'],
  ['ReplicationController', 'replication-controller'],
  ['StatefulSet', 'statefulset-controller'],
  ['DaemonSet', 'daemon-set-controller'],
  ['Job', 'job-controller'],
  ['CronJob', 'job-controller'],
])

/** serviceaccount.UserInfo: the user name and groups of a service account. */
export function serviceAccountUser(namespace: string, name: string): { name: string; groups: string[] } {
  return {
    name: `system:serviceaccount:${namespace}:${name}`,
    groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`],
  }
}

/**
 * Subjects when nothing else is said: the pod's service account (`default` when unset, as the
 * ServiceAccount admission plugin sets it); a workload's controller, or an authenticated user for a bare
 * Pod, as the requester; the requester may use what system:authenticated may; the service account nothing
 * more.
 */
export function defaultSubjects(kind: string, serviceAccountName: string): SccSubjects {
  const controller = POD_CREATOR.get(kind)
  const user = controller
    ? {
        name: `system:serviceaccount:kube-system:${controller}`,
        groups: [...serviceAccountUser('kube-system', controller).groups, 'system:authenticated'],
      }
    : { name: 'developer', groups: ['system:authenticated:oauth', 'system:authenticated'] }
  return {
    serviceAccount: serviceAccountName || 'default',
    user,
    userGrants: AUTHENTICATED_SCC_GRANTS,
    serviceAccountGrants: [],
  }
}

/** ConstraintAppliesTo: listed by user name, by one of the user's groups, or granted `use` through RBAC. */
function appliesTo(
  scc: SccDefinition,
  user: { name: string; groups: readonly string[] },
  grants: readonly string[],
) {
  return (
    scc.users.includes(user.name) ||
    user.groups.some((g) => scc.groups.includes(g)) ||
    grants.includes(scc.name) ||
    grants.includes('*')
  )
}

/** allowedForType: the service account first (when the pod names one), then the requesting user. */
export function allowedForType(
  scc: SccDefinition,
  s: SccSubjects,
  namespace: string,
): 'serviceaccount' | 'user' | null {
  if (
    s.serviceAccount &&
    appliesTo(scc, serviceAccountUser(namespace, s.serviceAccount), s.serviceAccountGrants)
  )
    return 'serviceaccount'
  if (appliesTo(scc, s.user, s.userGrants)) return 'user'
  return null
}

/**
 * The pod name in `pods "NAME" is forbidden`. A bare Pod: its name, else its generateName, else "Unknown".
 * A workload's pod has no name yet when admitted, so the message shows the generateName its controller
 * sets (controller_utils getPodsPrefix: `<owner>-`): a ReplicaSet, ReplicationController, DaemonSet or Job
 * `<name>-` (an Indexed Job `<name>-<index>-`), a StatefulSet names its pods `<name>-<ordinal>`. A
 * Deployment's pods belong to a ReplicaSet `<name>-<pod-template-hash>` and a CronJob's to a Job
 * `<name>-<scheduled minutes>`: values only the cluster knows, shown as `<hash>` and `<time>`.
 */
export function podNameFor(input: SccPodInput, pod: { name: string; generateName: string }): string {
  const name = str(obj(input.object.metadata)?.name) ?? '<name>'
  const indexed = (jobSpec: JsonObject | undefined) => str(jobSpec?.completionMode) === 'Indexed'
  const spec = obj(input.object.spec)
  switch (input.kind) {
    case 'Deployment':
      return `${name}-<hash>-`
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'DaemonSet':
      return `${name}-`
    case 'StatefulSet':
      return `${name}-0`
    case 'Job':
      return indexed(spec) ? `${name}-0-` : `${name}-`
    case 'CronJob':
      return indexed(obj(obj(spec?.jobTemplate)?.spec)) ? `${name}-<time>-0-` : `${name}-<time>-`
    default:
      return pod.name || pod.generateName || 'Unknown'
  }
}
