import { describe, expect, it } from 'vitest'
import { foldProblems, type LocatedProblem } from './fold'

const volumes = 'restricted volume types (volumes "a", "b" use restricted volume type "hostPath")'
const pss = (line: number, message = volumes): LocatedProblem => ({
  code: 'PSS_RESTRICTED_VOLUMES',
  source: 'pss',
  severity: 'error',
  message,
  line,
  column: 9,
})
const lint = (name: string, line: number): LocatedProblem => ({
  code: 'LINT_READ_ONLY_ROOT_FS',
  source: 'lint',
  severity: 'warning',
  message: `container "${name}" does not set readOnlyRootFilesystem=true: its root filesystem is writable`,
  line,
  column: 5,
})

describe('foldProblems', () => {
  it('13 identical messages are one finding × 13 with its 13 locations in text order', () => {
    const lines = [289, 253, 256, 259, 262, 265, 268, 271, 274, 277, 280, 283, 286]
    const folded = foldProblems(lines.map((l) => pss(l)))
    expect(folded).toHaveLength(1)
    expect(folded[0]).toEqual({
      code: 'PSS_RESTRICTED_VOLUMES',
      source: 'pss',
      severity: 'error',
      message: volumes,
      count: 13,
      at: [...lines].sort((a, b) => a - b).map((l) => `${l}:9`),
    })
  })

  it('messages that differ only in a quoted name fold with "…", each location keeping its name', () => {
    const folded = foldProblems([lint('web', 23), lint('init-db', 18), lint('web', 40)])
    expect(folded).toEqual([
      {
        code: 'LINT_READ_ONLY_ROOT_FS',
        source: 'lint',
        severity: 'warning',
        message: 'container "…" does not set readOnlyRootFilesystem=true: its root filesystem is writable',
        count: 3,
        at: ['"init-db" 18:5', '"web" 23:5', '"web" 40:5'],
      },
    ])
  })

  it('different codes, severities or wording stay apart, in order of first appearance', () => {
    const other = pss(12, 'host namespaces (hostNetwork=true)')
    const folded = foldProblems([lint('a', 30), other, { ...lint('b', 31), severity: 'info' }, pss(40)])
    expect(folded.map((f) => [f.code, f.severity, f.count, f.at])).toEqual([
      ['LINT_READ_ONLY_ROOT_FS', 'warning', 1, ['30:5']],
      ['PSS_RESTRICTED_VOLUMES', 'error', 1, ['12:9']],
      ['LINT_READ_ONLY_ROOT_FS', 'info', 1, ['31:5']],
      ['PSS_RESTRICTED_VOLUMES', 'error', 1, ['40:9']],
    ])
    expect(folded[0]!.message).toBe(lint('a', 30).message)
  })
})
