/** Plain words for the level fix's report: what a step changed, and why a check was left failing. */
import { formatFieldPath, podSpecPath } from '../target'
import { CONTAINER_KINDS, type JsonValue, type Resource } from '../types'
import { valueAt } from './scope'
import type { Step } from './steps'

const show = (v: JsonValue | undefined): string =>
  v === undefined ? '(unset)' : typeof v === 'string' ? v : JSON.stringify(v)

/** `container "agent": securityContext.privileged true → false`, `hostNetwork true → false`. */
export function describeStep(resource: Resource, step: Step): string {
  const base = podSpecPath(resource)
  const inPod = base.every((k, i) => step.path[i] === k)
  const rel = inPod ? step.path.slice(base.length) : step.path.slice(resource.basePath.length)
  const [kind, index] = rel
  const container =
    inPod && CONTAINER_KINDS.includes(kind as never) && typeof index === 'number'
      ? resource.containers.find((c) => c.kind === kind && c.index === index)
      : undefined
  const where = container ? `container "${container.name}": ` : ''
  const field = formatFieldPath(container ? rel.slice(2) : rel)
  const after = step.value === undefined ? 'removed' : show(step.value)
  return `${where}${field} ${show(valueAt(resource, step.path))} → ${after}`
}

const VOLUME_CHECKS = new Set(['hostPathVolumes', 'restrictedVolumes'])

/** Why a check with no fix (or none that applies) is left failing. */
export function unfixedReason(check: string): string {
  if (VOLUME_CHECKS.has(check)) {
    return [
      'no automatic fix: the containers use what these volumes hold (node files for hostPath), and removing a',
      'volume its volumeMounts still name makes the API server reject the pod; move the data to an allowed volume',
      'type yourself, or keep this workload at a lower level (privileged for hostPath)',
    ].join(' ')
  }
  return 'no automatic fix applies'
}

/** An API message without the Go struct dump of the value (`…: Invalid value: core.SecurityContext{…}: why`). */
export function shortApiMessage(message: string): string {
  return message.replace(/: Invalid value: core\.[A-Za-z]+\{.*\}: /s, ': ')
}
