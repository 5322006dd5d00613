import { describe, expect, it } from 'vitest'
import type { Problem } from '../core/types'
import { toEditOperations, toMarkers, yamlErrorBanner, type PositionAt } from './convert'

/** What model.getPositionAt does: 1-based line and column of a UTF-16 offset. */
const positionAtIn =
  (text: string): PositionAt =>
  (offset) => {
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    return { lineNumber: line, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
  }

const TEXT =
  'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: app\n    securityContext:\n      privileged: true\n'

function problem(over: Partial<Problem>): Problem {
  return {
    code: 'X',
    source: 'api',
    severity: 'error',
    message: 'm',
    path: '',
    nodePath: [],
    range: [0, 0],
    resource: 0,
    fixes: [],
    ...over,
  }
}

describe('toMarkers', () => {
  it('puts each problem at its exact range with a source prefix, code and Monaco severity', () => {
    const start = TEXT.indexOf('privileged: true')
    const markers = toMarkers(
      [
        problem({
          code: 'PSS_PRIVILEGED',
          source: 'pss',
          severity: 'error',
          message: 'privileged',
          range: [start, start + 'privileged: true'.length],
        }),
        problem({ code: 'API_X', source: 'api', severity: 'warning', message: 'bad', range: [15, 19] }),
        problem({ code: 'LINT_Y', source: 'lint', severity: 'info', message: 'hint', range: [0, 0] }),
        problem({ code: 'YAML_BAD_INDENT', source: 'yaml', message: 'indent', range: [3, 4] }),
      ],
      positionAtIn(TEXT),
    )
    expect(markers).toEqual([
      {
        startLineNumber: 7,
        startColumn: 7,
        endLineNumber: 7,
        endColumn: 23,
        severity: 8,
        message: 'PSS: privileged',
        code: 'PSS_PRIVILEGED',
        source: 'secctx',
      },
      {
        startLineNumber: 2,
        startColumn: 1,
        endLineNumber: 2,
        endColumn: 5,
        severity: 4,
        message: 'API: bad',
        code: 'API_X',
        source: 'secctx',
      },
      {
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: 1,
        endColumn: 1,
        severity: 2,
        message: 'lint: hint',
        code: 'LINT_Y',
        source: 'secctx',
      },
      {
        startLineNumber: 1,
        startColumn: 4,
        endLineNumber: 1,
        endColumn: 5,
        severity: 8,
        message: 'YAML: indent',
        code: 'YAML_BAD_INDENT',
        source: 'secctx',
      },
    ])
  })

  it('spans lines for a multi-line node', () => {
    const start = TEXT.indexOf('securityContext')
    const [m] = toMarkers([problem({ range: [start, TEXT.length - 1] })], positionAtIn(TEXT))
    expect([m!.startLineNumber, m!.startColumn, m!.endLineNumber, m!.endColumn]).toEqual([6, 5, 7, 23])
  })
})

describe('toEditOperations', () => {
  it('turns offset edits into ranges of the text before the edits', () => {
    const at = TEXT.indexOf('true')
    const ops = toEditOperations(
      [
        { offset: at, length: 4, text: 'false' },
        { offset: TEXT.length, length: 0, text: '---\n' },
      ],
      positionAtIn(TEXT),
    )
    expect(ops).toEqual([
      {
        range: { startLineNumber: 7, startColumn: 19, endLineNumber: 7, endColumn: 23 },
        text: 'false',
        forceMoveMarkers: true,
      },
      {
        range: { startLineNumber: 8, startColumn: 1, endLineNumber: 8, endColumn: 1 },
        text: '---\n',
        forceMoveMarkers: true,
      },
    ])
  })
})

describe('yamlErrorBanner', () => {
  it('names line and column, keeping only the first line of the parser message', () => {
    expect(
      yamlErrorBanner({
        line: 4,
        column: 3,
        message:
          'Nested mappings are not allowed in compact mappings at line 4, column 3:\n\nkind: Pod: x\n  ^\n',
      }),
    ).toBe('YAML error at line 4, column 3: Nested mappings are not allowed in compact mappings')
    expect(yamlErrorBanner({ line: 1, column: 9, message: 'Unexpected end of input' })).toBe(
      'YAML error at line 1, column 9: Unexpected end of input',
    )
  })
})
