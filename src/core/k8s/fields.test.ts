import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTAINER_REF,
  FIELDS,
  POD_REF,
  fieldByPath,
  fieldKey,
  fieldsFor,
  sinceAt,
  supportedValues,
} from './fields'

/** The fields both levels end with, in this order. */
const PROFILES_AND_OPTIONS = [
  'seccompProfile type',
  'seccompProfile localhostProfile',
  'appArmorProfile type',
  'appArmorProfile localhostProfile',
  'seLinuxOptions user',
  'seLinuxOptions role',
  'seLinuxOptions type',
  'seLinuxOptions level',
  'windowsOptions gmsaCredentialSpecName',
  'windowsOptions gmsaCredentialSpec',
  'windowsOptions runAsUserName',
  'windowsOptions hostProcess',
]

describe('field catalogue', () => {
  it('lists the pod-level fields with their YAML labels', () => {
    expect(fieldsFor('pod').map((f) => f.label)).toEqual([
      'runAsUser',
      'runAsGroup',
      'runAsNonRoot',
      'supplementalGroups',
      'supplementalGroupsPolicy',
      'fsGroup',
      'fsGroupChangePolicy',
      'sysctls',
      'seLinuxChangePolicy',
      ...PROFILES_AND_OPTIONS,
    ])
  })

  it('lists the container-level fields with their YAML labels', () => {
    expect(fieldsFor('container').map((f) => f.label)).toEqual([
      'runAsUser',
      'runAsGroup',
      'runAsNonRoot',
      'capabilities add',
      'capabilities drop',
      'privileged',
      'readOnlyRootFilesystem',
      'allowPrivilegeEscalation',
      'procMount',
      ...PROFILES_AND_OPTIONS,
    ])
  })

  it('finds fields by path with enum values, since versions and links', () => {
    expect(fieldByPath(['seccompProfile', 'type'])?.values).toEqual([
      'RuntimeDefault',
      'Localhost',
      'Unconfined',
    ])
    expect(fieldByPath(['fsGroupChangePolicy'])?.values).toEqual(['OnRootMismatch', 'Always'])
    expect(fieldByPath(['procMount'])).toMatchObject({ since: 12, level: 'container', ref: CONTAINER_REF })
    expect(fieldByPath(['supplementalGroupsPolicy'])).toMatchObject({ since: 31, ref: POD_REF })
    expect(fieldByPath(['seLinuxChangePolicy'])?.since).toBe(32)
    expect(fieldByPath(['appArmorProfile', 'type'])?.since).toBe(30)
    expect(fieldByPath(['windowsOptions', 'hostProcess'])).toMatchObject({
      since: 22,
      type: 'bool',
      os: 'windows',
    })
    expect(fieldByPath(['capabilities', 'add'])?.type).toBe('capabilities')
    expect(fieldByPath(['seccompProfile'])).toBeUndefined()
    expect(fieldByPath(['nope'])).toBeUndefined()
  })

  it('knows a field can appear at different minors per level', () => {
    const runAsUser = fieldByPath(['runAsUser'])!
    expect([sinceAt(runAsUser, 'container'), sinceAt(runAsUser, 'pod')]).toEqual([0, 1])
    const ape = fieldByPath(['allowPrivilegeEscalation'])!
    expect(sinceAt(ape, 'container')).toBe(8)
  })

  it('gives every field a one-line doc and an upstream link', () => {
    for (const f of FIELDS) {
      expect(f.doc).toMatch(/^[A-Z].*\.$/)
      expect(f.doc).not.toContain('\n')
      expect(f.ref).toMatch(
        /^https:\/\/kubernetes\.io\/docs\/reference\/kubernetes-api\/workload-resources\/pod-v1\/#/,
      )
    }
    expect(new Set(FIELDS.map((f) => f.label)).size).toBe(FIELDS.length)
  })
})

describe('the editor schema and the catalogue', () => {
  // src/editor/k8s.schema.json is generated from the catalogue (npm run schema); this keeps the two in step.
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../editor/k8s.schema.json'), 'utf8'),
  ) as {
    definitions: Record<
      string,
      { properties: Record<string, { enum?: string[]; enumDescriptions?: string[] }> }
    >
  }
  const STRUCTS: Record<string, string> = {
    PodSecurityContext: '',
    SecurityContext: '',
    SeccompProfile: 'seccompProfile.',
    AppArmorProfile: 'appArmorProfile.',
    SELinuxOptions: 'seLinuxOptions.',
    WindowsSecurityContextOptions: 'windowsOptions.',
    Capabilities: 'capabilities.',
  }

  it('offers exactly the catalogue enums, values and docs in catalogue order', () => {
    const inSchema = Object.entries(STRUCTS).flatMap(([name, prefix]) =>
      Object.entries(schema.definitions[name]!.properties)
        .filter(([, p]) => p.enum)
        .map(([key, p]) => ({ key: prefix + key, values: p.enum, docs: p.enumDescriptions })),
    )
    const inCatalogue = FIELDS.filter((f) => f.values).map((f) => ({
      key: fieldKey(f),
      values: f.values,
      docs: f.valueDocs,
    }))
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)
    expect(inSchema.sort(byKey)).toEqual(inCatalogue.sort(byKey))
    expect(inCatalogue.map((f) => f.key)).toContain('seLinuxChangePolicy')
  })

  it('gives a gated value to the API server only once its gate is on', () => {
    expect(supportedValues('seLinuxChangePolicy', 36)).toEqual(['Recursive'])
    expect(supportedValues('seLinuxChangePolicy', 37)).toEqual(['MountOption', 'Recursive'])
    expect(supportedValues('fsGroupChangePolicy', 37)).toEqual(['Always', 'OnRootMismatch'])
  })
})
