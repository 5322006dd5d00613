import { describe, expect, it } from 'vitest'
import { CONTAINER_REF, POD_REF } from '../../core/k8s/fields'
import { fieldDoc } from './fieldDocs'

describe('field docs for highlighted paths', () => {
  it('uses the catalogue for securityContext fields, with the level’s API reference', () => {
    expect(fieldDoc(['spec', 'securityContext', 'runAsUser'])).toEqual({
      label: 'runAsUser',
      level: 'pod',
      doc: 'The user ID the container process runs as.',
      href: POD_REF,
    })
    expect(
      fieldDoc(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'add']),
    ).toEqual({
      label: 'capabilities add',
      level: 'container',
      doc: 'Linux capabilities added to the runtime default set (write NET_ADMIN, not CAP_NET_ADMIN).',
      href: CONTAINER_REF,
    })
  })

  it('names structs and whole securityContext maps', () => {
    expect(fieldDoc(['spec', 'securityContext', 'seccompProfile'])?.label).toBe('seccompProfile')
    expect(fieldDoc(['spec', 'containers', 0, 'securityContext'])).toMatchObject({
      label: 'securityContext',
      level: 'container',
    })
  })

  it('documents volumes and mounts outside securityContext', () => {
    expect(fieldDoc(['spec', 'containers', 0, 'volumeMounts', 0, 'mountPath'])).toMatchObject({
      label: 'mountPath',
      level: 'container',
    })
    expect(fieldDoc(['spec', 'volumes', 0])?.href).toBe(
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#volumes',
    )
    expect(fieldDoc(['metadata', 'name'])).toBeUndefined()
  })
})
