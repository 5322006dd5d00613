/**
 * Problems and findings: what the checks report (API validation, SCC admission, Pod Security, lints, YAML).
 * The codes are a typed union (src/core/problems.ts); the message is for people, `data` is for code.
 */
import { getIn, isObject } from './json'
import type { ProblemCode } from './problems'
import {
  CONTAINER_KINDS,
  type ContainerKind,
  type JsonValue,
  type Path,
  type Range,
  type Resource,
} from './types'

export type { ProblemCode } from './problems'

/**
 * Which part of a field a problem is about: an item `add`ed to / missing from the `drop` list of capabilities,
 * a field left `unset` that must be set, or a `value` that is set and wrong.
 */
export type ProblemPart = 'add' | 'drop' | 'unset' | 'value'

/** A problem's subject as data. */
export interface ProblemData {
  /**
   * The field, dotted, relative to the securityContext it sits in (`capabilities.add`, `seLinuxOptions.type`,
   * `sysctls`), else to the pod spec or container (`hostNetwork`, `ports.hostPort`), else to the pod metadata
   * (`annotations`). No list indexes.
   */
  field?: string
  part?: ProblemPart
  /** The offending value at this node (a capability, a sysctl name, a quoted number). */
  value?: JsonValue
  /** Every offending value of the violation the problem belongs to (all forbidden sysctls, SELinux types). */
  values?: readonly string[]
}

export type Severity = 'error' | 'warning' | 'info'
/** `scc`: OpenShift SecurityContextConstraints admission (under the openshift platform). */
export type ProblemSource = 'yaml' | 'api' | 'scc' | 'pss' | 'lint'

/**
 * What a fix does to the workload: `safe` hardening leaves what it can do as it was; `may-break` takes
 * something away it may depend on (a host namespace, hostPort, privileged, an added capability, a root
 * user, a sysctl, a profile) or may keep it from starting.
 */
export type FixEffect = 'safe' | 'may-break'

/** A fix offered for a problem; `id` keys the fix registry in core/fixes. */
export interface FixRef {
  id: string
  title: string
  effect: FixEffect
  /** What the fix changes and, for may-break, what may stop working. */
  reason: string
}

export interface Problem {
  /** Stable code from src/core/problems.ts (e.g. PSS_RUN_AS_NON_ROOT). */
  code: ProblemCode
  source: ProblemSource
  severity: Severity
  message: string
  /** Kubernetes field path, e.g. spec.containers[0].securityContext.privileged (as the API server prints it). */
  path: string
  /** Document path of the node the problem sits on (relative to the document root). */
  nodePath: Path
  /** Offsets of the node in the text (the nearest existing ancestor when the field is missing). */
  range: Range
  /** Where on the node the marker goes: its key rather than its value (an unknown field). */
  marker?: 'key'
  /** Index of the resource in Analysis.resources, or null for stream-level problems (YAML errors). */
  resource: number | null
  /** For container problems: which container. */
  container?: { kind: ContainerKind; index: number }
  /** A short "why" for lints. */
  why?: string
  /** What the problem is about, as data: fixes select on this, never on the message text. */
  data?: ProblemData
  fixes: FixRef[]
}

/** What a check reports; analyze() adds the text range, the resource index and the fixes. */
export type Finding = Omit<Problem, 'range' | 'resource' | 'fixes'>

const SCALAR = new Set(['string', 'number', 'boolean'])

/**
 * A problem's data (as `{ data }`, or `{}` when there is none to spread) read off its document path: the field (see ProblemData.field), the part (`add`/`drop` on a
 * capabilities list, `unset` where nothing is written, `value` on a set scalar or list) and the scalar there.
 * `more` adds what only the check knows (every offending value; the offending value where the node is a parent).
 */
export function problemData(
  resource: Resource,
  nodePath: Path,
  more: ProblemData = {},
): { data?: ProblemData } {
  const rel = nodePath.slice(resource.basePath.length)
  const node = getIn(resource.object, rel)
  const last = rel.findLast((k): k is string => typeof k === 'string')
  const part: ProblemPart | undefined =
    last === 'add' || last === 'drop'
      ? last
      : node === undefined
        ? 'unset'
        : node === null || isObject(node)
          ? undefined
          : 'value'
  const field = fieldName(resource, rel)
  const data: ProblemData = {
    ...(field ? { field } : {}),
    ...(part ? { part } : {}),
    ...(node !== undefined && node !== null && SCALAR.has(typeof node) ? { value: node } : {}),
    ...more,
  }
  return Object.keys(data).length ? { data } : {}
}

const startsWith = (p: Path, prefix: Path) => prefix.every((k, i) => p[i] === k)

/** `rel` (from the resource root) below its securityContext, container, pod spec or metadata; no indexes. */
function fieldName(resource: Resource, rel: Path): string {
  let rest: Path = rel
  if (startsWith(rel, resource.podSpecPath)) {
    rest = rel.slice(resource.podSpecPath.length)
    if (CONTAINER_KINDS.includes(rest[0] as ContainerKind) && typeof rest[1] === 'number')
      rest = rest.slice(2)
    if (rest[0] === 'securityContext') rest = rest.slice(1)
  } else if (startsWith(rel, resource.podMetadataPath)) {
    // A map key (`annotations[seccomp.security.alpha.kubernetes.io/pod]`) holds dots: brackets, as the API prints it.
    const [map, key] = rel.slice(resource.podMetadataPath.length)
    return key === undefined ? String(map ?? '') : `${String(map)}[${String(key)}]`
  }
  return rest.filter((k) => typeof k === 'string').join('.')
}
