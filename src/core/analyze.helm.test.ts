import { describe, expect, it } from 'vitest'
import { analyze } from './analyze'
import { fixture, lines } from './testdata/kit'

describe('analyze: what is not YAML yet', () => {
  it('a Helm template is one problem that says to render it first, not parser jargon', () => {
    const a = analyze(fixture('helm-deployment.yaml'))
    expect(a.problems.map((p) => [p.code, p.source, p.severity, p.message])).toEqual([
      [
        'YAML_HELM_TEMPLATE',
        'yaml',
        'error',
        'This looks like a Helm template: render it with `helm template` first',
      ],
    ])
    expect(a.errors.map((e) => [e.line, e.column])).toEqual([[5, 9]])
  })

  it('a broken document is one problem: its first error and a count of the rest', () => {
    const a = analyze(
      lines('apiVersion: v1', 'kind: Pod', 'kind: Job', 'kind: CronJob', 'metadata:', '  name: x'),
    )
    expect(a.problems.filter((p) => p.source === 'yaml').map((p) => p.message)).toEqual([
      'Map keys must be unique … and 1 more error in this document',
    ])
  })
})
