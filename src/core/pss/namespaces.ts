/**
 * The Pod Security level and version a workload is enforced at, read the way PodSecurity admission reads them:
 * the `pod-security.kubernetes.io/enforce` and `enforce-version` labels of its namespace (pod-security-admission
 * api/helpers.go PolicyToEvaluate, ParseLevel, ParseVersion), falling back to the defaults for a label that is
 * not there. An invalid level evaluates as restricted and an invalid version as latest, as upstream does. Only
 * Namespaces given in the input are known; explicit flags override the labels.
 */
import type { JsonObject, JsonValue, PssLevel } from '../types'
import { obj, str } from '../json'
import { effectiveMinor } from '../k8s/versions'

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce'
export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version'
/** Where a workload without metadata.namespace is created (kubectl's default context namespace). */
export const DEFAULT_NAMESPACE = 'default'

/** A Namespace of the input: its enforce labels as written (null: no such label). */
export interface NamespaceLabels {
  name: string
  level: string | null
  version: string | null
}

/** Where a part of the policy comes from: a command-line flag, the namespace's label, or the default. */
export type PolicySource = 'flag' | 'label' | 'default'

export interface EnforcePolicy {
  /** The namespace the workload is created in (`default` when it names none). */
  namespace: string
  level: PssLevel
  levelFrom: PolicySource
  version: string
  versionFrom: PolicySource
  /** Why, in words, when a Namespace of the input played a part ('' otherwise). */
  why: string
}

export interface PolicyChoice {
  /** The flags as given (null: not given). */
  level: PssLevel | null
  version: string | null
  /** What an unlabelled namespace gets (the admission configuration's defaults). */
  defaults: { level: PssLevel; version: string }
}

const LEVELS: readonly string[] = ['privileged', 'baseline', 'restricted']

/** A label value as written; a value that is not a string (the API server would not store it) as its JSON text. */
function label(labels: JsonObject | undefined, key: string): string | null {
  if (!labels || !Object.hasOwn(labels, key)) return null
  const v: JsonValue | undefined = labels[key]
  return str(v) ?? JSON.stringify(v ?? null)
}

/** The Namespaces (kind Namespace, apiVersion v1, with a name) among the objects; a later one of a name wins. */
export function namespacesIn(objects: Iterable<JsonObject>): Map<string, NamespaceLabels> {
  const out = new Map<string, NamespaceLabels>()
  for (const o of objects) {
    if (o.kind !== 'Namespace' || o.apiVersion !== 'v1') continue
    const metadata = obj(o.metadata)
    const name = str(metadata?.name)
    if (!name) continue
    const labels = obj(metadata?.labels)
    out.set(name, {
      name,
      level: label(labels, ENFORCE_LABEL),
      version: label(labels, ENFORCE_VERSION_LABEL),
    })
  }
  return out
}

/** ParseLevel: one of the three levels, else restricted (with the error upstream logs). */
function parseLevel(v: string): { level: PssLevel; valid: boolean } {
  return LEVELS.includes(v) ? { level: v as PssLevel, valid: true } : { level: 'restricted', valid: false }
}

/** ParseVersion: latest or v1.N, else latest. */
function parseVersion(v: string): { version: string; valid: boolean } {
  return effectiveMinor(v) === null ? { version: 'latest', valid: false } : { version: v, valid: true }
}

/** The level and version PodSecurity would enforce on a workload of `namespace`, and why. */
export function enforcePolicy(
  namespace: string | null,
  namespaces: ReadonlyMap<string, NamespaceLabels>,
  choice: PolicyChoice,
): EnforcePolicy {
  const name = namespace ?? DEFAULT_NAMESPACE
  const ns = namespaces.get(name)
  const why: string[] = []
  let level = choice.defaults.level
  let levelFrom: PolicySource = 'default'
  if (choice.level !== null) {
    ;[level, levelFrom] = [choice.level, 'flag']
    if (ns?.level != null) why.push(`--level overrides namespace ${name} enforce label "${ns.level}"`)
  } else if (ns?.level != null) {
    const p = parseLevel(ns.level)
    ;[level, levelFrom] = [p.level, 'label']
    why.push(
      p.valid
        ? `namespace ${name} enforce label`
        : `namespace ${name} enforce label "${ns.level}" is not a level: restricted, as PodSecurity does`,
    )
  } else if (ns) why.push(`namespace ${name} has no enforce label`)

  let version = choice.defaults.version
  let versionFrom: PolicySource = 'default'
  if (choice.version !== null) {
    ;[version, versionFrom] = [choice.version, 'flag']
    if (ns?.version != null)
      why.push(`--version overrides namespace ${name} enforce-version label "${ns.version}"`)
  } else if (ns?.version != null) {
    const p = parseVersion(ns.version)
    ;[version, versionFrom] = [p.version, 'label']
    if (!p.valid)
      why.push(
        `namespace ${name} enforce-version label "${ns.version}" is not latest or v1.N: latest, as PodSecurity does`,
      )
    else if (why[0] === `namespace ${name} enforce label`)
      why[0] = `namespace ${name} enforce and enforce-version labels`
    else why.push(`namespace ${name} enforce-version label`)
  }
  return { namespace: name, level, levelFrom, version, versionFrom, why: why.join('; ') }
}
