import { describe, expect, it } from 'vitest'
import { bigStream } from '../../scripts/bench/fixtures'
import { analyze } from './analyze'
import { targetAt, targetRange } from './targetAt'
import { fixture, lines } from './testdata/kit'

/** A Deployment, a ConfigMap, a CronJob and a List with a Pod, with comments. */
const BUNDLE = fixture('target-bundle.yaml')

const analysis = analyze(BUNDLE)
/** The offset of the n-th (0-based) occurrence of `needle`, plus `delta`. */
const at = (needle: string, delta = 0, n = 0) => {
  let i = -1
  for (let k = 0; k <= n; k++) i = BUNDLE.indexOf(needle, i + 1)
  if (i < 0) throw new Error(`no ${needle}`)
  return i + delta
}
const lineStart = (needle: string) => BUNDLE.lastIndexOf('\n', at(needle)) + 1
const lineEnd = (needle: string) => BUNDLE.indexOf('\n', at(needle))

describe('targetAt', () => {
  it('knows the bundle: Deployment, CronJob, the List’s Pod', () => {
    expect(analysis.resources.map((r) => `${r.resource.kind}/${r.resource.name}`)).toEqual([
      'Deployment/web',
      'CronJob/nightly',
      'Pod/one',
    ])
  })

  it('finds the resource at its first character, inside, and at the end of its last line', () => {
    expect(targetAt(analysis, at('apiVersion: apps/v1'))).toEqual({ resource: 0 })
    expect(targetAt(analysis, at('name: web', 3))).toEqual({ resource: 0 })
    expect(targetAt(analysis, lineEnd('schedule'))).toEqual({ resource: 1 })
    expect(targetAt(analysis, lineEnd('restartPolicy'))).toEqual({ resource: 1 })
  })

  it('finds the container the offset is in, init containers first (visit order)', () => {
    expect(targetAt(analysis, at('image: nginx', 2))).toEqual({ resource: 0, container: 0 })
    expect(targetAt(analysis, at('name: migrate'))).toEqual({ resource: 1, container: 0 })
    expect(targetAt(analysis, at('name: backup', 6))).toEqual({ resource: 1, container: 1 })
    expect(targetAt(analysis, at('readOnlyRootFilesystem'))).toEqual({ resource: 1, container: 1 })
    expect(targetAt(analysis, at('name: ship'))).toEqual({ resource: 1, container: 2 })
  })

  it('a container owns its whole `- ` line, from the line start, and its last line up to its content end', () => {
    expect(targetAt(analysis, lineStart('- name: backup'))).toEqual({ resource: 1, container: 1 })
    expect(targetAt(analysis, at('- name: backup'))).toEqual({ resource: 1, container: 1 })
    expect(targetAt(analysis, lineStart('- image: sidecar'))).toEqual({ resource: 1, container: 2 })
    // After `ship`: the trailing comment is not the container's content, the resource's all the same.
    expect(targetAt(analysis, at('ship', 4))).toEqual({ resource: 1, container: 2 })
    expect(targetAt(analysis, lineEnd('name: ship'))).toEqual({ resource: 1 })
  })

  it('the pod level and the rest of the resource are the resource without a container', () => {
    expect(targetAt(analysis, at('runAsNonRoot'))).toEqual({ resource: 1 })
    expect(targetAt(analysis, at('initContainers:'))).toEqual({ resource: 1 })
    expect(targetAt(analysis, at('restartPolicy'))).toEqual({ resource: 1 })
  })

  it('items of a List, and flow-sequence containers', () => {
    expect(targetAt(analysis, at('kind: Pod'))).toEqual({ resource: 2 })
    expect(targetAt(analysis, at('name: a,'))).toEqual({ resource: 2, container: 0 })
    expect(targetAt(analysis, at('name: b,', 2))).toEqual({ resource: 2, container: 1 })
    expect(targetAt(analysis, at('kind: List'))).toBeNull()
  })

  it('outside every resource: null (comments before, `---`, documents without a pod spec, past the end)', () => {
    expect(targetAt(analysis, 0)).toBeNull()
    expect(targetAt(analysis, at('---'))).toBeNull()
    expect(targetAt(analysis, at('kind: ConfigMap'))).toBeNull()
    expect(targetAt(analysis, BUNDLE.length + 10)).toBeNull()
    expect(targetAt(analysis, -1)).toBeNull()
    expect(targetAt(analyze(''), 0)).toBeNull()
  })
})

describe('targetRange', () => {
  it('a resource is its node, a container its item from the line start', () => {
    const [s, e] = targetRange(analysis, 1)!
    expect(BUNDLE.slice(s, e)).toMatch(/^apiVersion: batch\/v1\n[^]*restartPolicy: OnFailure$/)
    const [cs, ce] = targetRange(analysis, 1, 1)!
    expect(BUNDLE.slice(cs, ce)).toBe(
      lines(
        '          - name: backup',
        '            image: busybox',
        '            securityContext:',
        '              readOnlyRootFilesystem: true',
      ).trimEnd(),
    )
  })

  it('falls back to the resource for an unknown container, and null for an unknown resource', () => {
    expect(targetRange(analysis, 0, 9)).toEqual(analysis.resources[0]!.resource.range)
    expect(targetRange(analysis, 7)).toBeNull()
  })

  it('round trip: the start of every target range maps back to that target', () => {
    analysis.resources.forEach((r, i) => {
      expect(targetAt(analysis, targetRange(analysis, i)![0])).toEqual({ resource: i })
      r.resource.containers.forEach((_, c) => {
        expect(targetAt(analysis, targetRange(analysis, i, c)![0])).toEqual({ resource: i, container: c })
      })
    })
  })
})

describe('targetAt on a 1 MB, 300-document stream', () => {
  it('answers in well under a millisecond per cursor position (budget: 16 ms per cursor move)', () => {
    const text = bigStream()
    const big = analyze(text)
    expect(big.resources).toHaveLength(300)
    const offsets = Array.from({ length: 2000 }, (_, i) => Math.floor((i * text.length) / 2000))
    const t0 = performance.now()
    let hits = 0
    for (const o of offsets) if (targetAt(big, o)) hits++
    const perCall = (performance.now() - t0) / offsets.length
    expect(hits).toBeGreaterThan(1900)
    expect(perCall).toBeLessThan(1)
    const last = big.resources[299]!.resource
    expect(targetAt(big, last.range[1] - 1)).toEqual({ resource: 299 })
  }, 60_000)
})
