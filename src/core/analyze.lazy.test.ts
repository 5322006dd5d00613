import { describe, expect, it } from 'vitest'
import { analyze } from './analyze'
import { BUNDLE_WORKLOADS, installBundle } from './testdata/bundle'
import { DEFAULT_OPTIONS } from './types'
import { LAZY_DOCUMENT_CHARS } from './yaml'

const APP = { lazyAbove: LAZY_DOCUMENT_CHARS }

describe('analyze an install bundle with a 1.4 MB CustomResourceDefinition', () => {
  const bundle = installBundle()

  it('the app way: every workload gets its verdict, the big document only an informational note', () => {
    const a = analyze(bundle, DEFAULT_OPTIONS, undefined, APP)
    expect(a.errors).toEqual([])
    expect(a.resources.map((r) => [r.resource.kind, r.resource.name, r.pss.allowed])).toEqual(
      BUNDLE_WORKLOADS,
    )
    const yaml = a.problems.filter((p) => p.source === 'yaml')
    expect(yaml.map((p) => [p.code, p.severity, p.message, p.resource])).toEqual([
      [
        'YAML_NOT_PARSED_IN_FULL',
        'info',
        'Document 11 (CustomResourceDefinition, 1.4 MB) was not parsed in full because of its size: it is not a ' +
          'workload, so only its kind, apiVersion and name were read, and YAML errors inside it are not reported ' +
          'here (the CLI parses every document in full).',
        null,
      ],
    ])
    const crd = bundle.indexOf('apiVersion: apiextensions.k8s.io/v1')
    expect(yaml[0]!.range).toEqual([crd, crd + 200])
  }, 30_000)

  it('the app way and the full parse (the CLI) agree on every workload, problem and range', () => {
    const lazy = analyze(bundle, DEFAULT_OPTIONS, undefined, APP)
    const full = analyze(bundle, DEFAULT_OPTIONS)
    expect(full.errors).toEqual([])
    expect(full.problems.filter((p) => p.source === 'yaml')).toEqual([])
    const seen = (a: typeof full) =>
      a.resources.map((r) => ({
        resource: { ...r.resource, object: undefined },
        pss: r.pss,
        passes: r.passes,
        effective: r.effective,
        problems: r.problems,
      }))
    expect(seen(lazy)).toEqual(seen(full))
  }, 60_000)
})
