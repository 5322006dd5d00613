import { describe, expect, it } from 'vitest'
import { cronJob, deployment, pod, resourceOf } from '../pss/testResource'
import type { JsonObject } from '../types'
import { validateResource } from './index'

const debug: JsonObject = { name: 'debug', image: 'busybox', securityContext: { runAsUser: -1 } }
const spec = (ephemeralContainers: JsonObject[]): JsonObject => ({
  containers: [{ name: 'app', image: 'nginx' }],
  ephemeralContainers,
})
const errors = (r: ReturnType<typeof pod>) =>
  validateResource(r, { version: 'latest' }).map((f) => [f.code, f.message, f.nodePath.join('.')])

describe('ephemeral containers in a manifest', () => {
  it('a Pod cannot be created with them (after the checks of its spec)', () => {
    expect(errors(pod(spec([debug])))).toEqual([
      [
        'API_RANGE',
        'spec.ephemeralContainers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
        'spec.ephemeralContainers.0.securityContext.runAsUser',
      ],
      [
        'API_EPHEMERAL_ON_CREATE',
        'spec.ephemeralContainers: Forbidden: cannot be set on create',
        'spec.ephemeralContainers',
      ],
    ])
  })

  it('no pod template may hold them, with the template path', () => {
    const one = [{ name: 'debug', image: 'busybox' }]
    expect(errors(deployment(spec(one)))).toEqual([
      [
        'API_EPHEMERAL_ON_CREATE',
        'spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
        'spec.template.spec.ephemeralContainers',
      ],
    ])
    expect(errors(cronJob(spec(one))).map((e) => e[1])).toEqual([
      'spec.jobTemplate.spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    ])
    const template = resourceOf({
      apiVersion: 'v1',
      kind: 'PodTemplate',
      metadata: { name: 't' },
      template: { spec: spec(one) },
    })
    expect(errors(template).map((e) => e[1])).toEqual([
      'template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    ])
  })

  it('an empty list is no ephemeral container', () => {
    expect(errors(pod(spec([])))).toEqual([])
  })
})
