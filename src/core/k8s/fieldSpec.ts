/** The shape of the field catalogue (src/core/k8s/fields.ts). */
export type FieldLevel = 'pod' | 'container' | 'both'
/**
 * How a form edits a field. Leaf kinds: int, bool, enum, string, intList (supplementalGroups),
 * capabilities (a list of capability names: `capabilities add` / `capabilities drop`),
 * sysctls (a list of `{ name, value }`). 'profile', 'seLinux' and 'windows' name whole structs and are not used
 * by FIELDS, which lists their sub-fields one by one (`seccompProfile type`, `seLinuxOptions level` ...).
 */
export type FieldType =
  | 'int'
  | 'bool'
  | 'enum'
  | 'string'
  | 'intList'
  | 'capabilities'
  | 'profile'
  | 'seLinux'
  | 'windows'
  | 'sysctls'

export interface FieldSpec {
  /** Path inside securityContext: ['runAsUser'], ['seccompProfile', 'type'], ['capabilities', 'add']. */
  path: readonly string[]
  /** Label used by the forms: the YAML name, with the parent for nested fields ("seccompProfile type"). */
  label: string
  level: FieldLevel
  type: FieldType
  /** Allowed values for enums, in the order the forms and the schema offer them. */
  values?: readonly string[]
  /** One line per value of `values`: what it does (the schema's enumDescriptions). */
  valueDocs?: readonly string[]
  /** The feature gate the API server needs before it keeps the field (it drops it while the gate is off). */
  gate?: FeatureGate
  /** Values the API server accepts only once their gate is on (it rejects them before). */
  valueGates?: Readonly<Record<string, FeatureGate>>
  /** First Kubernetes minor version with the field in the API (the earliest of both levels). */
  since: number
  /** Where the two levels differ: the minor the field appeared at pod level (e.g. runAsUser: 1, container 0). */
  podSince?: number
  doc: string
  /** Link to the upstream API reference. */
  ref: string
  /** The struct a nested field belongs to: 'seccompProfile', 'seLinuxOptions', 'capabilities' ... */
  group?: string
  /** What leaving the field unset means, in plain words. */
  unset: string
  /** The OS the field is for: Linux-only fields are forbidden when spec.os.name is windows, and the reverse. */
  os: 'linux' | 'windows' | 'any'
}

/** A feature gate guarding a field (kubernetes/kubernetes pkg/features/kube_features.go). */
export interface FeatureGate {
  name: string
  /** First minor where the gate is on by default. */
  on: number
  /** Earlier names of the gate, with the first minor of the next name. */
  renamed?: readonly { name: string; until: number }[]
  /** What the API server does while the gate is off (default: drops the field). */
  effect?: string
}

/** A pod spec field outside securityContext that the editor models. */
export interface SpecField {
  since: number
  gate?: FeatureGate
}
