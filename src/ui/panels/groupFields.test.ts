import { describe, expect, it } from 'vitest'
import { fieldsFor } from '../../core/k8s/fields'
import { groupFields, sectionFields, unknownEntries } from './groupFields'

describe('groupFields', () => {
  it('gathers nested fields under their struct, in catalogue order', () => {
    const groups = groupFields(fieldsFor('container')).map((g) => [g.key, g.specs.map((s) => s.label)])
    expect(groups).toEqual([
      ['runAsUser', ['runAsUser']],
      ['runAsGroup', ['runAsGroup']],
      ['runAsNonRoot', ['runAsNonRoot']],
      ['capabilities', ['capabilities add', 'capabilities drop']],
      ['privileged', ['privileged']],
      ['readOnlyRootFilesystem', ['readOnlyRootFilesystem']],
      ['allowPrivilegeEscalation', ['allowPrivilegeEscalation']],
      ['procMount', ['procMount']],
      ['seccompProfile', ['seccompProfile type', 'seccompProfile localhostProfile']],
      ['appArmorProfile', ['appArmorProfile type', 'appArmorProfile localhostProfile']],
      [
        'seLinuxOptions',
        ['seLinuxOptions user', 'seLinuxOptions role', 'seLinuxOptions type', 'seLinuxOptions level'],
      ],
      [
        'windowsOptions',
        [
          'windowsOptions gmsaCredentialSpecName',
          'windowsOptions gmsaCredentialSpec',
          'windowsOptions runAsUserName',
          'windowsOptions hostProcess',
        ],
      ],
    ])
  })

  it('lists the pod-only fields at pod level and no container-only ones', () => {
    const keys = groupFields(fieldsFor('pod')).map((g) => g.key)
    expect(keys).toContain('fsGroup')
    expect(keys).toContain('sysctls')
    expect(keys).toContain('supplementalGroups')
    expect(keys).not.toContain('capabilities')
    expect(keys).not.toContain('privileged')
  })
})

describe('unknownEntries', () => {
  it('reports keys no control covers, so they are shown as written', () => {
    const sc = {
      runAsUser: '1000',
      fsGroup: 2000,
      foo: { bar: 1 },
      seccompProfile: { type: 'RuntimeDefault', extra: true },
      seLinuxOptions: 'level-as-string',
    }
    expect(unknownEntries(sc, fieldsFor('container'))).toEqual([
      { path: 'fsGroup', value: 2000 },
      { path: 'foo', value: { bar: 1 } },
      { path: 'seccompProfile.extra', value: true },
      { path: 'seLinuxOptions', value: 'level-as-string' },
    ])
  })

  it('accepts pod-only keys at pod level, and an empty or missing securityContext', () => {
    expect(unknownEntries({ fsGroup: 2000, supplementalGroups: [1] }, fieldsFor('pod'))).toEqual([])
    expect(unknownEntries(null, fieldsFor('pod'))).toEqual([])
    expect(unknownEntries(undefined, fieldsFor('pod'))).toEqual([])
  })

  it('reports a securityContext that is not a map as a whole', () => {
    expect(unknownEntries('oops', fieldsFor('pod'))).toEqual([{ path: '', value: 'oops' }])
  })
})

describe('sectionFields', () => {
  it('puts every container field in one section: Identity, Filesystem, Capabilities, Profiles, Windows', () => {
    const sections = sectionFields(groupFields(fieldsFor('container'))).map((s) => [
      s.title,
      s.groups.map((g) => g.key),
    ])
    expect(sections).toEqual([
      ['Identity', ['runAsUser', 'runAsGroup', 'runAsNonRoot']],
      ['Filesystem', ['readOnlyRootFilesystem', 'procMount']],
      ['Capabilities', ['capabilities', 'privileged', 'allowPrivilegeEscalation']],
      ['Profiles', ['seccompProfile', 'appArmorProfile', 'seLinuxOptions']],
      ['Windows', ['windowsOptions']],
    ])
  })

  it('loses no pod field', () => {
    const groups = groupFields(fieldsFor('pod'))
    const keys = sectionFields(groups).flatMap((s) => s.groups.map((g) => g.key))
    expect([...keys].sort()).toEqual(groups.map((g) => g.key).sort())
    expect(sectionFields(groups).map((s) => s.title)).toEqual([
      'Identity',
      'Filesystem',
      'Profiles',
      'Windows',
    ])
  })
})
