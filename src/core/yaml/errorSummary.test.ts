import { describe, expect, it } from 'vitest'
import { fixture, lines } from '../testdata/kit'
import { HELM_MESSAGE } from './errorSummary'
import { parseStream } from '.'

const brief = (text: string) =>
  parseStream(text).errors.map(({ code, message, line, column, document }) => ({
    code,
    message,
    line,
    column,
    document,
  }))

describe('one error per broken document', () => {
  it('a Helm template is named as one, at its first template action, instead of eleven parser errors', () => {
    expect(brief(fixture('helm-deployment.yaml'))).toEqual([
      { code: 'HELM_TEMPLATE', message: HELM_MESSAGE, line: 5, column: 9, document: 0 },
    ])
    expect(HELM_MESSAGE).toBe('This looks like a Helm template: render it with `helm template` first')
  })

  it('a Helm template after a good document: only its own document is named', () => {
    const pod = lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: ok')
    const chart = lines(
      'kind: Service',
      'metadata:',
      '  labels:',
      '    {{- include "x.labels" . | nindent 4 }}',
    )
    expect(brief(`${pod}---\n${chart}`)).toEqual([
      { code: 'HELM_TEMPLATE', message: HELM_MESSAGE, line: 9, column: 5, document: 1 },
    ])
  })

  it('a broken document shows its first error and how many more there are', () => {
    const text = lines('a: 1', 'b: [', 'c: d: e', '  - x', ' f: {')
    expect(brief(text)).toEqual([
      {
        code: 'BAD_INDENT',
        message:
          'Flow sequence in block collection must be sufficiently indented and end with a ] … and 4 more errors in this document',
        line: 3,
        column: 1,
        document: 0,
      },
    ])
    expect(brief(lines('kind: Pod', 'kind: Job', 'kind: CronJob')).map((e) => e.message)).toEqual([
      'Map keys must be unique … and 1 more error in this document',
    ])
  })

  it('the first error is the first by position, whatever order the parser found them in', () => {
    // yaml reports the collection key (line 1) after the syntax errors of line 2.
    const text = lines('? [a, b]', ': 1', 'kind: Pod', 'spec: x: y')
    expect(brief(text).map((e) => [e.code, e.line])).toEqual([['NON_SCALAR_KEY', 1]])
  })

  it('template text in strings, block scalars or comments does not make a typo a Helm template', () => {
    const rules = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'data:',
      '  summary: "{{ $labels.instance }} is down"',
      '  # {{ .Values.note }}',
      '  rule: |',
      '    {{ $value }} errors',
      '  bad: [',
    )
    expect(brief(rules).map((e) => e.code)).not.toContain('HELM_TEMPLATE')
    expect(brief(rules)).toHaveLength(1)
    // Without an error, such a document is a manifest like any other.
    expect(brief(rules.replace('  bad: [\n', ''))).toEqual([])
  })
})
