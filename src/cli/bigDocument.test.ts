import { describe, expect, it } from 'vitest'
import { BUNDLE_WORKLOADS, bigCrd, installBundle } from '../core/testdata/bundle'
import { lineColAt } from '../core/yaml'
import { cli } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output read back */

// Issue 11 §2: a real install bundle with one big CustomResourceDefinition was refused whole (exit 2, "documents
// over 1 MB are kept but not analysed"). Valid YAML of any size is never bad input; exit 2 is for unparseable input.
describe('an install bundle of 59 documents with a 1.4 MB CustomResourceDefinition', () => {
  const bundle = installBundle()
  const verdicts = BUNDLE_WORKLOADS.map(([kind, name, passes]) => ({
    kind,
    name,
    namespace: 'widgets',
    passes,
  }))

  it('check: every workload is checked, exit 1 for the two that fail restricted, nothing on stderr', () => {
    const { code, stdout, stderr } = cli(['check', '--json', '-'], bundle)
    expect([code, stderr]).toEqual([1, ''])
    const file = JSON.parse(stdout).files[0]
    expect(file.error).toBeNull()
    expect(
      file.resources.map((r: any) => ({
        kind: r.kind,
        name: r.name,
        namespace: r.namespace,
        passes: r.pss.allowed,
      })),
    ).toEqual(verdicts)
    // Documents are counted in the whole stream: the CRD is document 10, the first workload comes 6 later.
    expect(file.resources[0].document).toBe(16)
    const privileged = file.resources[2].pss.violations.map((v: any) => v.check)
    expect(privileged).toContain('privileged')
  }, 60_000)

  it('check --level baseline: exit 1 only for the privileged ones; the same bundle with them fixed exits 0', () => {
    expect(cli(['check', '--level', 'baseline', '-'], bundle).code).toBe(1)
    const calm = bundle.replaceAll('privileged: true', 'privileged: false')
    const { code, stderr } = cli(['check', '--level', 'baseline', '-'], calm)
    expect([code, stderr]).toEqual([0, ''])
  }, 60_000)

  it('effective: every workload and container is reported, exit 0', () => {
    const { code, stdout, stderr } = cli(['effective', '--json', '-'], bundle)
    expect([code, stderr]).toEqual([0, ''])
    const resources = JSON.parse(stdout).files[0].resources
    expect(resources.map((r: any) => [r.kind, r.name, r.containers.map((c: any) => c.name)])).toEqual(
      BUNDLE_WORKLOADS.map(([kind, name]) => [kind, name, [name]]),
    )
    const uids = resources.map((r: any) => r.containers[0].process?.uid ?? null)
    expect(uids).toEqual(BUNDLE_WORKLOADS.map(([, , secure]) => (secure ? 1000 : 0)))
  }, 60_000)

  it('fix: the bundle comes back fixed around the untouched CRD, exit 0 exactly when the output passes', () => {
    const fixed = cli(['fix', '--level', 'restricted', '-'], bundle)
    expect(fixed.code).not.toBe(2)
    expect(fixed.stdout).toContain(bigCrd())
    const check = cli(['check', '--json', '-'], fixed.stdout)
    expect(check.code).not.toBe(2)
    expect(fixed.code).toBe(check.code === 0 ? 0 : 1)
    const names = JSON.parse(check.stdout).files[0].resources.map((r: any) => r.name)
    expect(names).toEqual(BUNDLE_WORKLOADS.map(([, name]) => name))
  }, 120_000)

  it('a syntax error deep inside the big document still exits 2, naming its line and column', () => {
    const at = bundle.indexOf('type: string', bundle.length / 3)
    const bad = bundle.slice(0, at) + 'type: string: nope' + bundle.slice(at + 'type: string'.length)
    const { line, column } = lineColAt(bad, at + 'type: '.length) // where `string: nope` starts
    const { code, stderr } = cli(['check', '-'], bad)
    expect(code).toBe(2)
    expect(stderr).toMatch(new RegExp(`^<stdin>:${line}:${column}: `))
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  }, 60_000)
})
