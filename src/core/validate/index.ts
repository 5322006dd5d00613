/** API-server validation of a resource's pod securityContext (k/k pkg/apis/core/validation/validation.go). */
import type { Finding } from '../findings'
import { effectiveMinor, NEWEST_PSS_MINOR } from '../k8s/versions'
import { podView, type PodView } from '../pod'
import type { Resource } from '../types'
import { annotationFieldAgreement, annotationRules, annotationWarnings } from './annotations'
import { decodeErrors } from './decode'
import { ephemeralContainers, hostUsers, osRules, windowsHostProcessPod } from './podRules'
import { makeCtx } from './report'
import { containerSecurityContext, podSecurityContext } from './securityContext'
import { unknownFieldErrors } from './unknownFields'

export { API_CODES, apiCodeInfo, type ApiCode, type ApiCodeInfo } from './codes'

/**
 * Errors the API server would return for the resource (and its deprecation warnings, severity 'warning'), in
 * the order it reports them: decoding, annotations, containers, init and ephemeral containers, the pod
 * securityContext, HostProcess, user namespaces, OS rules, annotation/field agreement. `version` is a
 * Kubernetes version label (`latest` = the newest known, v1.37); gated fields follow their gate's default.
 */
export function validateResource(
  resource: Resource,
  options: { version: string },
  pod: PodView = podView(resource),
): Finding[] {
  const minor = effectiveMinor(options.version) ?? NEWEST_PSS_MINOR
  const ctx = makeCtx(resource, minor, pod)
  decodeErrors(ctx)
  unknownFieldErrors(ctx)
  annotationRules(ctx)
  for (const kind of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const c of pod.containers) if (c.kind === kind) containerSecurityContext(ctx, c)
  }
  podSecurityContext(ctx)
  windowsHostProcessPod(ctx)
  hostUsers(ctx)
  osRules(ctx)
  annotationFieldAgreement(ctx)
  ephemeralContainers(ctx)
  annotationWarnings(ctx)
  return ctx.out
}
