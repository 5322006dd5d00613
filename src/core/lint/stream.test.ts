import { describe, expect, it } from 'vitest'
import { lintStream } from './index'
import { pod, resourceOf } from './testResource'

describe('lintStream', () => {
  it('reports an SELinux level shared by several workloads on each of them', () => {
    const a = pod(
      { securityContext: { seLinuxOptions: { level: 's0:c123,c456' } }, containers: [{ name: 'a' }] },
      'a',
    )
    const b = resourceOf(
      {
        kind: 'Deployment',
        metadata: { name: 'b' },
        spec: {
          template: {
            spec: {
              containers: [{ name: 'b', securityContext: { seLinuxOptions: { level: 's0:c123,c456' } } }],
            },
          },
        },
      },
      1,
    )
    const c = pod(
      { securityContext: { seLinuxOptions: { level: 's0:c1,c2' } }, containers: [{ name: 'c' }] },
      'c',
    )
    expect(lintStream([a, b, c]).map((f) => [f.resource, f.path, f.message, f.container])).toEqual([
      [
        0,
        'spec.securityContext.seLinuxOptions.level',
        'SELinux level "s0:c123,c456" is also used by Deployment "b": pods with the same level can read and write each other\'s volumes',
        undefined,
      ],
      [
        1,
        'spec.template.spec.containers[0].securityContext.seLinuxOptions.level',
        'SELinux level "s0:c123,c456" is also used by Pod "a": pods with the same level can read and write each other\'s volumes',
        { kind: 'containers', index: 0 },
      ],
    ])
  })
})
