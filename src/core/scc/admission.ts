/**
 * SCC admission of a pod on create, as the security.openshift.io/SecurityContextConstraint plugin's Admit
 * runs it (apiserver-library-go pkg/securitycontextconstraints/sccadmission/admission.go Admit,
 * computeSecurityContext, listSortedSCCs, requireStandardSCCs, shouldIgnore; the Forbidden error of
 * k8s.io/apiserver pkg/admission/errors.go NewForbidden and apimachinery errors.NewForbidden).
 */
import { getIn, obj } from '../json'
import { goQuote } from '../quote'
import type { Path } from '../types'
import type { At, FieldErr } from './fieldError'
import { aggregateMessage, forbidden, newPath } from './fieldError'
import { annotationsJson, applyToObject, copyJson, diffMutations } from './mutations'
import type { AdmissionPod } from './pod'
import { inputPodSpec, readAdmissionPod } from './pod'
import type { Provider } from './provider'
import { assignSecurityContext, createProvider } from './provider'
import { lessWithReason, sortByPriority } from './sort'
import { allowedForType, defaultSubjects, podNameFor } from './subjects'
import { mutationWhy } from './why'
import type {
  SccAdmission,
  SccAdmitOptions,
  SccAttempt,
  SccDefinition,
  SccFieldError,
  SccPodInput,
  SccSubjects,
} from './types'

export const VALIDATED_SCC_ANNOTATION = 'openshift.io/scc'
export const REQUIRED_SCC_ANNOTATION = 'openshift.io/required-scc'
export const SUBJECT_TYPE_ANNOTATION = 'security.openshift.io/validated-scc-subject-type'

/** The SCCs kube-apiserver-operator creates; admission waits for all of them and fails without them. */
export const STANDARD_SCC_NAMES: readonly string[] = [
  'anyuid',
  'hostaccess',
  'hostmount-anyuid',
  'hostnetwork',
  'hostnetwork-v2',
  'nonroot',
  'nonroot-v2',
  'privileged',
  'restricted',
  'restricted-v2',
]

/** The hint upstream adds when restricted-v2 fails but the (unusable) restricted SCC would have admitted. */
const RESTRICTED_HINT =
  'the pod fails to validate against the `restricted-v2` security context constraint, ' +
  'but would validate successfully against the `restricted` security context constraint'

function documentPath(input: SccPodInput, at: At | null): Path | null {
  if (!at) return null
  const where = at.in === 'spec' ? input.podSpecPath : input.podMetadataPath
  return [...(input.basePath ?? []), ...where, ...at.path]
}

/** SCC admission of the pod (or the pod a workload's controller creates from its template) on create. */
export function admitScc(input: SccPodInput, options: SccAdmitOptions): SccAdmission {
  const pod = readAdmissionPod(input)
  const podName = options.podName ?? podNameFor(input, pod)
  const spec = inputPodSpec(input)
  const unchanged: SccAdmission = {
    status: 'rejected',
    admittedBy: null,
    subjectType: null,
    message: '',
    podName,
    mutations: [],
    mutatedObject: copyJson(input.object),
    mutatedPodSpec: copyJson(spec),
    annotations: annotationsJson(pod.annotations),
    attempts: [],
    reason: '',
  }
  // shouldIgnore: Windows pods are not subject to SCCs.
  if (pod.windows) return { ...unchanged, status: 'skipped' }
  const refuse = (err: string, extra: Partial<SccAdmission> = {}): SccAdmission => ({
    ...unchanged,
    ...extra,
    message: `pods ${goQuote(podName)} is forbidden: ${err}`,
  })
  const toPublic = (e: FieldErr): SccFieldError => ({
    type: e.type,
    field: e.field,
    message: e.message,
    nodePath: documentPath(input, e.at),
    ...(e.value !== undefined ? { value: e.value } : {}),
  })

  // waitForReadyState / requireStandardSCCs
  const names = new Set(options.sccs.map((s) => s.name))
  const missing = STANDARD_SCC_NAMES.filter((n) => !names.has(n))
  if (missing.length)
    return refuse(`securitycontextconstraints.security.openshift.io cache is missing ${missing.join(', ')}`)

  // listSortedSCCs: the required SCC alone, else every SCC, by priority.
  const requiredName = pod.annotations.get(REQUIRED_SCC_ANNOTATION) ?? ''
  let constraints: SccDefinition[] = [...options.sccs]
  if (requiredName) {
    const found = options.sccs.find((s) => s.name === requiredName)
    if (!found) {
      const notFound = `securitycontextconstraints.security.openshift.io ${goQuote(requiredName)} not found`
      return refuse(`failed to retrieve the required SCC ${goQuote(requiredName)}: ${notFound}`)
    }
    constraints = [found]
  }
  if (constraints.length === 0) return refuse('no SecurityContextConstraints found in cluster')
  constraints = sortByPriority(constraints)

  // CreateProvidersFromConstraints: one SCC that cannot be made a provider fails every pod.
  const providers: Provider[] = []
  const originals = new Map<Provider, SccDefinition>()
  const creationErrors: string[] = []
  for (const scc of constraints) {
    const p = createProvider(options.namespace, scc)
    if ('error' in p) creationErrors.push(p.error)
    else {
      providers.push(p)
      originals.set(p, scc)
    }
  }
  if (creationErrors.length) return refuse(aggregateMessage(creationErrors))

  const given = Object.entries(options.subjects ?? {}).filter(([, v]) => v !== undefined)
  const subjects: SccSubjects = {
    ...defaultSubjects(input.kind, pod.serviceAccountName),
    ...Object.fromEntries(given),
  }
  const usable = (p: Provider) => allowedForType(p.scc, subjects, options.namespace.name)
  const appliesToPod = (p: Provider): { copy: AdmissionPod; errs: FieldErr[] } => {
    const copy = structuredClone(pod)
    return { copy, errs: assignSecurityContext(p, copy, newPath(`provider ${p.scc.name}: `)) }
  }

  const attempts: SccAttempt[] = []
  const validationErrs: FieldErr[] = []
  const denied: string[] = []
  let failures = 0
  let allowed: { provider: Provider; pod: AdmissionPod; type: 'user' | 'serviceaccount' } | null = null
  let last = -1
  for (const [i, p] of providers.entries()) {
    last = i
    const type = usable(p)
    if (type === null) {
      denied.push(p.scc.name)
      const err = forbidden(
        newPath(`provider ${goQuote(p.scc.name)}`),
        'not usable by user or serviceaccount',
      )
      validationErrs.push(err)
      attempts.push({ scc: p.scc.name, usableBy: null, admitted: false, errors: [toPublic(err)] })
      continue
    }
    const { copy, errs } = appliesToPod(p)
    attempts.push({
      scc: p.scc.name,
      usableBy: type,
      admitted: errs.length === 0,
      errors: errs.map(toPublic),
    })
    if (errs.length) {
      validationErrs.push(...errs)
      failures++
      continue
    }
    // On create the first SCC that admits the pod wins, even if it mutates it.
    allowed = { provider: p, pod: copy, type }
    break
  }

  const seen = new Set(providers.slice(0, last + 1).map((p) => p.scc.name))
  if (seen.has('restricted-v2') && !allowed && denied.includes('restricted')) {
    const restricted = providers.find((p) => p.scc.name === 'restricted')!
    if (appliesToPod(restricted).errs.length === 0)
      validationErrs.push(forbidden(newPath('no access to scc/restricted'), RESTRICTED_HINT))
  }

  // The audit annotation securitycontextconstraints.admission.openshift.io/reason.
  let reason: string
  if (allowed) {
    const next = providers
      .slice(last + 1)
      .find((p) => usable(p) !== null && appliesToPod(p).errs.length === 0)
    const chosen = allowed.provider.scc
    if (next) {
      const why = lessWithReason(chosen, next.scc)[1]
      reason = why
        ? `${goQuote(chosen.name)} is most restrictive, not denied, and chosen over ${goQuote(next.scc.name)} because ${goQuote(chosen.name)} ${why}`
        : 'unknown'
    } else reason = `${goQuote(chosen.name)} is the only one not too restrictive and not denied`
  } else reason = failures === 0 ? 'all denied' : 'all too restrictive or denied'

  if (!allowed) {
    const message = `unable to validate against any security context constraint: ${aggregateMessage(validationErrs.map((e) => e.message))}`
    return refuse(message, { attempts, reason })
  }
  const annotations = new Map(allowed.pod.annotations)
  annotations.set(VALIDATED_SCC_ANNOTATION, allowed.provider.scc.name)
  annotations.set(SUBJECT_TYPE_ANNOTATION, allowed.type)
  const why = {
    original: originals.get(allowed.provider)!,
    provider: allowed.provider,
    namespace: options.namespace,
    before: pod,
  }
  const mutations = diffMutations(input, pod, allowed.pod, annotations, (field, target) =>
    mutationWhy(field, target, why),
  )
  const mutatedObject = applyToObject(input, mutations)
  return {
    status: 'admitted',
    admittedBy: allowed.provider.scc.name,
    subjectType: allowed.type,
    message: '',
    podName,
    mutations,
    mutatedObject,
    mutatedPodSpec: obj(getIn(mutatedObject, input.podSpecPath)) ?? {},
    annotations: annotationsJson(annotations),
    attempts,
    reason,
  }
}
