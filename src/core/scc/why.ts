/**
 * Why admission set a field, in plain words, from the SCC strategy that set it (provider.go
 * CreatePodSecurityContext / CreateContainerSecurityContext, matcher.go CreateProviderFromConstraint).
 */
import {
  formatIdBlock,
  MCS_ANNOTATION,
  SUPPLEMENTAL_GROUPS_ANNOTATION,
  UID_RANGE_ANNOTATION,
} from './namespace'
import type { AdmissionPod } from './pod'
import { SECCOMP_POD_ANNOTATION } from '../k8s/annotations'
import type { Provider } from './provider'
import type { NamespaceAllocation, SccDefinition, SccTarget } from './types'

const list = (items: readonly string[]) => items.join(', ')

export interface WhyContext {
  /** The SCC as written (before the namespace's values were filled in). */
  original: SccDefinition
  provider: Provider
  namespace: NamespaceAllocation
  /** The pod as received. */
  before: AdmissionPod
}

/** The reason for one mutation. */
export function mutationWhy(field: string, target: SccTarget, x: WhyContext): string {
  const scc = x.provider.scc
  const name = scc.name
  const ns = x.namespace
  const fromNs = (k: string) => `the namespace's ${k} annotation`
  switch (target.level === 'metadata' ? `@${field}` : field) {
    case 'runAsUser':
      if (scc.runAsUser.type === 'MustRunAs') return `${name}: runAsUser MustRunAs ${scc.runAsUser.uid}`
      return x.original.runAsUser.uidRangeMin === null
        ? `${name}: runAsUser MustRunAsRange gives the first uid of ${fromNs(UID_RANGE_ANNOTATION)} (${formatIdBlock(ns.uidRange)})`
        : `${name}: runAsUser MustRunAsRange gives the first uid of [${scc.runAsUser.uidRangeMin}, ${scc.runAsUser.uidRangeMax}]`
    case 'runAsNonRoot':
      return scc.runAsUser.type === 'MustRunAsNonRoot'
        ? `${name}: runAsUser MustRunAsNonRoot without a uid: the kubelet refuses to run the image as root`
        : `${name}: the container runs as a uid other than 0, so admission marks it runAsNonRoot`
    case 'seLinuxOptions':
      return x.original.seLinuxContext.seLinuxOptions?.level
        ? `${name}: seLinuxContext MustRunAs with the SCC's own SELinux options`
        : `${name}: seLinuxContext MustRunAs gives the MCS level of ${fromNs(MCS_ANNOTATION)} (${ns.mcs})`
    case 'fsGroup':
    case 'supplementalGroups': {
      const groups = field === 'fsGroup' ? x.original.fsGroup : x.original.supplementalGroups
      if (groups.ranges.length) return `${name}: ${field} MustRunAs gives the first group of its ranges`
      const first = ns.supplementalGroups[0]
      return `${name}: ${field} MustRunAs gives the first group of ${fromNs(SUPPLEMENTAL_GROUPS_ANNOTATION)} (${first ? formatIdBlock(first) : ''})`
    }
    case 'seccompProfile':
      if (target.level === 'container')
        return `the container's seccomp annotation sets its profile (${name} admits it)`
      return x.before.annotations.get(SECCOMP_POD_ANNOTATION)
        ? `the pod's seccomp annotation sets the pod profile (${name} admits it)`
        : `${name}: a pod without a seccomp profile gets the first of seccompProfiles [${list(scc.seccompProfiles)}]`
    case 'capabilities': {
      const parts: string[] = []
      if (scc.requiredDropCapabilities.length)
        parts.push(`drops requiredDropCapabilities ${list(scc.requiredDropCapabilities)}`)
      if (scc.defaultAddCapabilities.length)
        parts.push(`adds defaultAddCapabilities ${list(scc.defaultAddCapabilities)}`)
      return `${name}: ${parts.join(' and ')}`
    }
    case 'readOnlyRootFilesystem':
      return `${name}: readOnlyRootFilesystem true, the container did not say`
    case 'allowPrivilegeEscalation':
      return scc.allowPrivilegeEscalation === false
        ? `${name}: allowPrivilegeEscalation false, the container did not say`
        : `${name}: defaultAllowPrivilegeEscalation ${scc.defaultAllowPrivilegeEscalation}`
    case `@${SECCOMP_POD_ANNOTATION}`:
      return `the pod's seccomp profile, also written as the (deprecated) annotation`
    case '@openshift.io/scc':
      return `the SCC that admitted the pod`
    case '@security.openshift.io/validated-scc-subject-type':
      return `whether the requesting user or the pod's service account may use ${name}`
    default:
      return `${name}`
  }
}
