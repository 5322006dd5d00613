import { describe, expect, it } from 'vitest'
import { deployment, pod } from '../pss/testResource'
import type { JsonObject, Resource } from '../types'
import { validateResource } from './index'

const messages = (r: Resource, version = 'latest') => validateResource(r, { version }).map((f) => f.message)
const app = (securityContext?: JsonObject): JsonObject => ({
  name: 'app',
  image: 'x',
  ...(securityContext ? { securityContext } : {}),
})

describe('annotation values', () => {
  it('validates seccomp annotation values with the Child path form', () => {
    const annotations = {
      'seccomp.security.alpha.kubernetes.io/pod': 'default',
      'container.seccomp.security.alpha.kubernetes.io/app': 'localhost//etc/p.json',
    }
    const r = pod(
      {
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        containers: [app({ seccompProfile: { type: 'RuntimeDefault' } })],
      },
      { annotations },
    )
    expect(validateResource(r, { version: 'latest' }).map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        'API_SECCOMP_ANNOTATION_INVALID',
        'error',
        'metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: "default": must be a valid seccomp profile',
      ],
      [
        'API_SECCOMP_PROFILE_PATH',
        'error',
        'metadata.annotations.container.seccomp.security.alpha.kubernetes.io/app: Invalid value: "/etc/p.json": must be a relative path',
      ],
      [
        'API_SECCOMP_ANNOTATION_MISMATCH',
        'error',
        'spec.securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match',
      ],
      [
        'API_SECCOMP_ANNOTATION_MISMATCH',
        'error',
        'spec.containers[0].securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match',
      ],
    ])
  })

  it('validates AppArmor annotation keys and values with the Key path form', () => {
    const annotations = {
      'container.apparmor.security.beta.kubernetes.io/app': 'enforce',
      'container.apparmor.security.beta.kubernetes.io/ghost': 'runtime/default',
    }
    expect(messages(pod({ containers: [app()] }, { annotations }))).toEqual([
      'metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]: Invalid value: "enforce": invalid AppArmor profile name: "enforce"',
      'metadata.annotations[container.apparmor.security.beta.kubernetes.io/ghost]: Invalid value: "ghost": container not found',
      'metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]: deprecated since v1.30; use the "appArmorProfile" field instead',
    ])
  })
})

describe('annotation and field agreement', () => {
  it('compares AppArmor per container, with the pod field as fallback', () => {
    const annotations = {
      'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default',
      'container.apparmor.security.beta.kubernetes.io/side': 'localhost/other',
    }
    const spec = {
      securityContext: { appArmorProfile: { type: 'Unconfined' } },
      containers: [
        app(),
        {
          name: 'side',
          image: 'x',
          securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'mine' } },
        },
      ],
    }
    expect(messages(pod(spec, { annotations }))).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match',
      'spec.containers[1].securityContext.appArmorProfile.localhostProfile: Forbidden: apparmor profile in annotation and field must match',
    ])
    expect(
      messages(pod({ ...spec, os: { name: 'windows' } }, { annotations })).filter((m) =>
        m.includes('must match'),
      ),
    ).toEqual([])
    expect(messages(pod(spec, { annotations }), 'v1.29')).toEqual([])
  })

  it('also checks pod templates (upstream ValidatePodTemplateSpec does)', () => {
    const annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'localhost/a.json' }
    const spec = {
      securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'b.json' } },
      containers: [app()],
    }
    expect(messages(deployment(spec, annotations ? { annotations } : {}))).toEqual([
      'spec.template.spec.securityContext.seccompProfile.localhostProfile: Forbidden: seccomp profile in annotation and field must match',
    ])
  })
})

describe('deprecation warnings', () => {
  it('warns about annotations without a field, as severity warning', () => {
    const annotations = {
      'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default',
      'container.seccomp.security.alpha.kubernetes.io/app': 'runtime/default',
      'security.alpha.kubernetes.io/sysctls': 'kernel.shm_rmid_forced=1',
    }
    const f = validateResource(
      deployment({ containers: [app({ seccompProfile: { type: 'RuntimeDefault' } })] }, { annotations }),
      {
        version: 'latest',
      },
    )
    expect(f).toEqual([
      {
        code: 'API_DEPRECATED_SYSCTL_ANNOTATION',
        source: 'api',
        severity: 'warning',
        message:
          'spec.template.metadata.annotations[security.alpha.kubernetes.io/sysctls]: non-functional in v1.11+; use the "sysctls" field instead',
        path: 'spec.template.metadata.annotations[security.alpha.kubernetes.io/sysctls]',
        nodePath: ['spec', 'template', 'metadata', 'annotations', 'security.alpha.kubernetes.io/sysctls'],
        data: {
          field: 'annotations[security.alpha.kubernetes.io/sysctls]',
          part: 'value',
          value: 'kernel.shm_rmid_forced=1',
        },
      },
      {
        code: 'API_DEPRECATED_SECCOMP_ANNOTATION',
        source: 'api',
        severity: 'warning',
        message:
          'spec.template.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: non-functional in v1.27+; use the "seccompProfile" field instead',
        path: 'spec.template.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]',
        nodePath: ['spec', 'template', 'metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod'],
        data: {
          field: 'annotations[seccomp.security.alpha.kubernetes.io/pod]',
          part: 'value',
          value: 'runtime/default',
        },
      },
    ])
  })
})
