/** STUB — the field catalogue (issue 2, core/k8s). */
export type FieldLevel = 'pod' | 'container' | 'both'
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
  /** Allowed values for enums. */
  values?: readonly string[]
  /** First Kubernetes minor version with the field in the API. */
  since: number
  doc: string
  /** Link to the upstream API reference. */
  ref: string
}

export const FIELDS: readonly FieldSpec[] = []
