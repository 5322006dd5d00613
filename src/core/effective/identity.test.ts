import { describe, expect, it } from 'vitest'
import { BEYOND_INT64 } from '../../../scripts/bench/fixtures'
import { lines, podYaml } from '../testdata/kit'
import type { ContainerEffective, EffectiveOptions } from '../types'
import { findResources, parseStream } from '../yaml'
import { computeEffective } from './index'

const containerd: EffectiveOptions = { runtime: 'containerd', imageUser: 0 }
const effective = (text: string, options = containerd): ContainerEffective =>
  computeEffective(findResources(parseStream(text))[0]!, options)[0]!

describe('IDs JavaScript cannot hold exactly', () => {
  it('shows runAsUser beyond int64 as written, says the pod is rejected, and runs as the image user', () => {
    // An image the catalogue does not know: the assumed image user (1000) decides.
    const c = effective(BEYOND_INT64.replace('busybox:1.36', 'example.com/app:1'), {
      runtime: 'containerd',
      imageUser: 1000,
    })
    expect(c.fields.runAsUser).toEqual({
      value: '9223372036854775808',
      source: 'pod',
      why: '9223372036854775808 is not a valid ID: the API server rejects the pod',
    })
    expect(c.process!.id).toBe('uid=1000 gid=0(root) groups=0(root)')
    expect(c.assumptions).toContain(
      'runAsUser 9223372036854775808 is not a valid ID: the image user is shown',
    )
    expect(JSON.stringify(c)).not.toContain('9223372036854776000')
  })

  it('keeps the written form of group IDs, overridden pod values and supplementalGroups items', () => {
    const c = effective(
      podYaml(
        '  securityContext:',
        '    runAsGroup: 0x8000000000000000',
        '    fsGroup: 18446744073709551616',
        '    supplementalGroups: [3000, 9223372036854775809]',
        '  containers:',
        '  - name: app',
        '    securityContext: {runAsUser: 1000, runAsGroup: 2000}',
      ),
    )
    expect([c.fields.runAsGroup, c.fields.fsGroup, c.fields.supplementalGroups]).toEqual([
      {
        value: 2000,
        source: 'container',
        overridden: '0x8000000000000000',
        why: '0x8000000000000000 is not a valid ID: the API server rejects the pod',
      },
      {
        value: '18446744073709551616',
        source: 'pod',
        why: '18446744073709551616 is not a valid ID: the API server rejects the pod',
      },
      {
        value: [3000, '9223372036854775809'],
        source: 'pod',
        why: '9223372036854775809 is not a valid ID: the API server rejects the pod',
      },
    ])
    expect(c.process!.id).toBe('uid=1000 gid=2000 groups=2000,3000')
  })

  it('leaves exact values alone, and calls a fraction no valid ID', () => {
    const c = effective(
      lines(
        'kind: Pod',
        'spec:',
        '  securityContext: {runAsUser: 1.5, runAsGroup: 3000}',
        '  containers:',
        '  - name: app',
      ),
    )
    expect(c.fields.runAsUser).toEqual({ value: 1.5, source: 'pod' })
    expect(c.fields.runAsGroup).toEqual({ value: 3000, source: 'pod' })
    expect(c.assumptions).toContain('runAsUser 1.5 is not a valid ID: the image user is shown')
  })
})
