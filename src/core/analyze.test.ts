import { describe, expect, it } from 'vitest'
import { bigStream, billionLaughs, binaryGarbage, deepNesting } from '../../scripts/bench/fixtures'
import { analyze } from './analyze'
import { DEFAULT_OPTIONS } from './types'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
  - name: app
    image: busybox
`

/** What a view shows of an analysis: everything but the internal parse state. */
const visible = (text: string, previous?: ReturnType<typeof analyze>) => {
  const a = analyze(text, DEFAULT_OPTIONS, previous)
  return {
    problems: a.problems,
    resources: a.resources.map(({ resource, effective, pss, passes }) => ({
      resource,
      effective,
      pss,
      passes,
    })),
  }
}

describe('analyze', () => {
  it('reports the walkthrough pod: its container, its effective uid, the restricted verdict', () => {
    const a = analyze(POD)
    expect(a.errors).toEqual([])
    expect(a.resources).toHaveLength(1)
    expect(a.resources[0]!.effective[0]!.process!.id).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)')
    expect(a.resources[0]!.pss.message).toBe(
      'violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    )
  })

  describe('incremental analysis gives exactly what a fresh analysis gives', () => {
    const three = [POD, POD.replace('demo', 'second'), POD.replace('demo', 'third')].join('---\n')

    it('after an edit inside the middle document (later ranges shift)', () => {
      const first = analyze(three)
      const edited = three.replace('name: second', 'name: second-longer-name')
      expect(visible(edited, first)).toEqual(visible(edited))
    })

    it('after inserting a document before the others (indexes shift)', () => {
      const first = analyze(three)
      const edited = POD.replace('demo', 'zero') + '---\n' + three
      expect(visible(edited, first)).toEqual(visible(edited))
    })

    it('after the options change (nothing is reused)', () => {
      const first = analyze(three)
      const baseline = analyze(three, { ...DEFAULT_OPTIONS, level: 'baseline' }, first)
      expect(baseline.resources[0]!.pss.allowed).toBe(true)
    })

    it('on a many-document stream, reusing the untouched documents', () => {
      const big = bigStream(30)
      const first = analyze(big)
      const at = big.indexOf('replicas: ', big.length / 2) + 'replicas: '.length
      const edited = big.slice(0, at) + '9' + big.slice(at + 1)
      const next = analyze(edited, DEFAULT_OPTIONS, first)
      const reused = next.resources.filter((r, i) => r.effective === first.resources[i]!.effective).length
      expect(reused).toBe(29)
      expect(visible(edited, first)).toEqual(visible(edited))
    })
  })

  describe('Resource exhaustion and hostile input: a clear message, never a throw', () => {
    it('billion laughs: no expansion, an error naming the alias limit', () => {
      const a = analyze(billionLaughs())
      expect(a.resources).toEqual([])
      expect(a.problems.map((p) => p.message).join('\n')).toMatch(/alias/i)
    })

    it('merge-key alias bombs are stopped by the same alias limit, at the first merge that goes over', () => {
      const lines = ['a0: &a0 {x: 1, y: 2, z: 3, w: 4, v: 5, u: 6, t: 7, s: 8, r: 9}']
      for (let i = 1; i < 10; i++)
        lines.push(
          `a${i}: &a${i}`,
          `  <<: [${Array(9)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
          `  k${i}: 1`,
        )
      const a = analyze(lines.join('\n') + '\n')
      expect(a.errors.map((e) => e.message)).toEqual([
        'Excessive alias count indicates a resource exhaustion attack',
      ])
      expect(a.resources).toEqual([])
    })

    it('chains of merges and aliases (each level doubling) are stopped too', () => {
      let text = 'base: &b0 {a: 1}\n'
      for (let i = 1; i < 60; i++)
        text += `m${i}: &b${i}\n  <<: *b${i - 1}\n  f${i}: [*b${i - 1}, *b${i - 1}]\n`
      expect(analyze(text).errors.map((e) => e.message)).toEqual([
        'Excessive alias count indicates a resource exhaustion attack',
      ])
    })

    it('1000-level nesting inside a pod is refused by name, never a stack overflow (the limit is 500 levels)', () => {
      const a = analyze(deepNesting(1000))
      expect(a.errors.map((e) => [e.code, e.line])).toEqual([['NESTING_TOO_DEEP', 6]])
      expect(a.resources).toEqual([]) // the document is not composed: nothing of it is analysed
      expect(analyze(deepNesting(490)).resources.map((r) => r.resource.name)).toEqual(['deep'])
    })

    it('binary garbage keeps its text and is named as no Kubernetes object', () => {
      const garbage = binaryGarbage(4096)
      const a = analyze(garbage)
      expect(a.text).toBe(garbage)
      expect(a.resources).toEqual([])
      expect(a.problems.length).toBeGreaterThan(0)
      expect(a.problems.every((p) => p.source === 'yaml')).toBe(true)
    })

    it('a document without kind is named, with its number', () => {
      const a = analyze(POD + '---\nfoo: bar\n')
      expect(a.problems.filter((p) => p.source === 'yaml').map((p) => p.message)).toEqual([
        'Document 2 is not a Kubernetes object: it has no kind.',
      ])
    })

    it('a JSON manifest is a manifest (kubectl accepts JSON)', () => {
      const json = JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'j' },
        spec: { securityContext: { runAsUser: 1000 }, containers: [{ name: 'c', image: 'busybox' }] },
      })
      expect(analyze(json).resources[0]!.effective[0]!.process!.uid).toBe(1000)
    })

    it('duplicate keys are YAML errors, as kubectl rejects them', () => {
      const a = analyze(POD.replace('  name: demo\n', '  name: demo\n  name: again\n'))
      expect(a.errors.map((e) => e.line)).toEqual([5])
    })

    it('a number beyond int64 is reported, not wrapped', () => {
      const a = analyze(
        POD.replace('spec:\n', 'spec:\n  securityContext:\n    runAsUser: 99999999999999999999\n'),
      )
      expect(a.problems.some((p) => p.path === 'spec.securityContext.runAsUser')).toBe(true)
    })
  })
})
