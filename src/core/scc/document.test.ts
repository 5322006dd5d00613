/**
 * SCC documents: openshift/api security/v1 JSON read into SccDefinition and defaulted as
 * apiserver-library-go sccdefaults/defaults.go SetDefaults_SCC does; the shipped defaults read through it.
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { OPENSHIFT_SCC_DOCUMENTS, OPENSHIFT_SCCS, VOLUMES } from './defaults'
import { defaultVolumes, isSccDocument, parseScc } from './document'
import { rawScc } from './testKit'
import { ALL_FS_TYPES } from './volumes'

const ALL_BUT_HOSTPATH = ALL_FS_TYPES.filter((t) => t !== 'hostPath').sort()

describe('SetDefaults_SCC volumes', () => {
  it.each([
    ['nil allows every type but hostPath', null, false, ALL_BUT_HOSTPATH],
    ['nil with allowHostDirVolumePlugin is *', null, true, ['*']],
    ['empty with allowHostDirVolumePlugin is hostPath', [], true, ['hostPath']],
    ['empty is none', [], false, ['none']],
    ['* without allowHostDirVolumePlugin: everything but hostPath', ['*'], false, ALL_BUT_HOSTPATH],
    ['hostPath removed without allowHostDirVolumePlugin', ['secret', 'hostPath'], false, ['secret']],
    [
      'hostPath added with allowHostDirVolumePlugin, sorted',
      ['secret', 'configMap'],
      true,
      ['configMap', 'hostPath', 'secret'],
    ],
  ])('%s', (_name, volumes, allowHostDir, want) => {
    expect(defaultVolumes(volumes, allowHostDir)).toEqual(want)
  })
})

describe('parseScc', () => {
  const doc: JsonObject = {
    apiVersion: 'security.openshift.io/v1',
    kind: 'SecurityContextConstraints',
    metadata: { name: 'custom' },
    priority: 5,
    allowedCapabilities: ['NET_BIND_SERVICE'],
    runAsUser: { type: 'MustRunAsRange', uidRangeMin: 1000, uidRangeMax: 2000 },
    seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'spc_t' } },
    fsGroup: { type: 'MustRunAs', ranges: [{ min: 5, max: 6 }] },
    users: ['system:serviceaccount:demo:app'],
    volumes: ['configMap', 'secret'],
  }
  it('reads the fields and defaults the rest', () => {
    const r = parseScc(doc)
    if (!r.ok) throw new Error(r.error)
    expect(r.scc).toMatchObject({
      name: 'custom',
      priority: 5,
      allowedCapabilities: ['NET_BIND_SERVICE'],
      allowPrivilegeEscalation: true,
      runAsUser: { type: 'MustRunAsRange', uid: null, uidRangeMin: 1000, uidRangeMax: 2000 },
      seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { user: '', role: '', type: 'spc_t', level: '' } },
      fsGroup: { type: 'MustRunAs', ranges: [{ min: 5, max: 6 }] },
      supplementalGroups: { type: 'RunAsAny', ranges: [] },
      users: ['system:serviceaccount:demo:app'],
      groups: [],
      volumes: ['configMap', 'secret'],
    })
    expect(isSccDocument(doc)).toBe(true)
    expect(isSccDocument({ ...doc, apiVersion: 'v1' })).toBe(false)
  })
  it('needs a name', () => {
    expect(parseScc({ kind: 'SecurityContextConstraints' })).toEqual({
      ok: false,
      error: 'SecurityContextConstraints without metadata.name',
    })
  })
})

describe('the shipped SCCs', () => {
  const by = (n: string) => OPENSHIFT_SCCS.find((s) => s.name === n)!
  it('are the 13 of cluster-kube-apiserver-operator bindata/bootkube/scc-manifests', () => {
    expect(OPENSHIFT_SCC_DOCUMENTS.every(isSccDocument)).toBe(true)
    expect(OPENSHIFT_SCCS.map((s) => s.name)).toEqual([
      'anyuid',
      'hostaccess',
      'hostmount-anyuid',
      'hostmount-anyuid-v2',
      'hostnetwork',
      'hostnetwork-v2',
      'nested-container',
      'nonroot',
      'nonroot-v2',
      'privileged',
      'restricted',
      'restricted-v2',
      'restricted-v3',
    ])
  })
  it('restricted-v2 as stored', () => {
    expect(by('restricted-v2')).toEqual(
      rawScc('restricted-v2', {
        requiredDropCapabilities: ['ALL'],
        allowedCapabilities: ['NET_BIND_SERVICE'],
        volumes: VOLUMES,
        allowPrivilegeEscalation: false,
        seLinuxContext: { type: 'MustRunAs', seLinuxOptions: null },
        runAsUser: { type: 'MustRunAsRange', uid: null, uidRangeMin: null, uidRangeMax: null },
        fsGroup: { type: 'MustRunAs', ranges: [] },
        seccompProfiles: ['runtime/default'],
      }),
    )
  })
  it('host volumes where allowHostDirVolumePlugin says so; privileged allows *', () => {
    expect(by('hostaccess').volumes).toContain('hostPath')
    expect(by('hostmount-anyuid').volumes).toEqual(expect.arrayContaining(['hostPath', 'nfs']))
    expect(by('privileged').volumes).toEqual(['*'])
    expect(by('restricted').volumes).not.toContain('hostPath')
  })
})
