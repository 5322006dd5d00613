/**
 * Volume cases from apiserver-library-go pkg/securitycontextconstraints/sccmatching/provider_test.go
 * (TestValidateAllowedVolumes, TestValidateProjectedVolume).
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { VOLUME_SOURCES } from '../k8s/defaults'
import { emptyPath, providerAndPod, rawScc, specPath, withVolumes } from './testKit'
import type { SccDefinition } from './types'
import { validatePodSecurityContext } from './validate'

const podErrors = (scc: SccDefinition, pod: JsonObject) => {
  const { p, pod: ap } = providerAndPod(scc, pod)
  return validatePodSecurityContext(p, ap, specPath).map((e) => e.message)
}

describe('TestValidateAllowedVolumes', () => {
  it.each(VOLUME_SOURCES.map((s) => [s]))(
    '%s: denied when not listed, allowed when listed or *',
    (source) => {
      const pod = withVolumes([{ name: 'v', [source]: {} }])
      const { p, pod: ap } = providerAndPod(rawScc('scc-sa'), pod)
      const errs = validatePodSecurityContext(p, ap, emptyPath).map((e) => e.message)
      expect(errs).toHaveLength(1)
      const fsType = /volumes\[0\]: Invalid value: "([^"]+)"/.exec(errs[0]!)![1]!
      expect(errs[0]).toContain(`${fsType} volumes are not allowed to be used`)
      expect(podErrors(rawScc('scc-sa', { volumes: [fsType] }), pod)).toEqual([])
      expect(podErrors(rawScc('scc-sa', { volumes: ['*'] }), pod)).toEqual([])
    },
  )
})

describe('TestValidateProjectedVolume', () => {
  const token = { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } }
  const rootCa = { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }
  const ns = {
    downwardAPI: {
      items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
    },
  }
  const serviceCa = {
    configMap: {
      name: 'openshift-service-ca.crt',
      items: [{ key: 'service-ca.crt', path: 'service-ca.crt' }],
    },
  }
  const full = [token, rootCa, ns, serviceCa]
  const cases: [string, string[], JsonObject[], boolean][] = [
    ['deny if secret is not allowed', ['emptyDir'], full, false],
    [
      'deny other volume sources than the injected ones',
      ['secret'],
      [{ configMap: { name: 'foo-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }],
      false,
    ],
    ['allow if secret is allowed and the sources are the injected ones', ['secret'], full, true],
    [
      'deny if the SA has a slightly different path',
      ['secret'],
      [{ serviceAccountToken: { path: 'notAToken' } }, rootCa, ns, serviceCa],
      false,
    ],
    [
      'deny if the kube-root-ca has wrong paths',
      ['secret'],
      [token, { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'allow-all.crt', path: 'ca.crt' }] } }],
      false,
    ],
    [
      'deny if the openshift-ca has wrong paths',
      ['secret'],
      [
        token,
        {
          configMap: {
            name: 'openshift-service-ca.crt',
            items: [{ key: 'malicious.crt', path: 'service-ca.crt' }],
          },
        },
      ],
      false,
    ],
    [
      'deny if the downward API sets an unknown fieldPath',
      ['secret'],
      [
        token,
        {
          downwardAPI: {
            items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'spec.serviceAccount' } }],
          },
        },
      ],
      false,
    ],
  ]
  it.each(cases)('%s', (_name, volumes, sources, allow) => {
    const errs = podErrors(
      rawScc('scc-sa', { volumes }),
      withVolumes([{ name: 'p', projected: { sources } }]),
    )
    expect(errs).toEqual(
      allow
        ? []
        : ['spec.volumes[0]: Invalid value: "projected": projected volumes are not allowed to be used'],
    )
  })
})
