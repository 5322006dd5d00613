import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../core/analyze'
import type { Problem, ProblemSource } from '../../core/types'
import { groupProblems } from './groupProblems'

const p = (code: string, source: ProblemSource, resource: number | null): Problem => ({
  code,
  source,
  severity: 'error',
  message: code,
  path: '',
  nodePath: [],
  range: [0, 0],
  resource,
  fixes: [],
})

describe('groupProblems', () => {
  it('keeps stream errors and the selected resource, grouped YAML, API, PSS, lint in core order', () => {
    const analysis = {
      problems: [
        p('YAML_BAD_INDENT', 'yaml', null),
        p('LINT_A', 'lint', 0),
        p('PSS_B', 'pss', 0),
        p('PSS_A', 'pss', 0),
        p('PSS_OTHER', 'pss', 1),
        p('API_X', 'api', 0),
      ],
    } as unknown as Analysis
    expect(groupProblems(analysis, 0).map((g) => [g.source, g.problems.map((x) => x.code)])).toEqual([
      ['yaml', ['YAML_BAD_INDENT']],
      ['api', ['API_X']],
      ['pss', ['PSS_B', 'PSS_A']],
      ['lint', ['LINT_A']],
    ])
    expect(groupProblems(analysis, 1).map((g) => [g.source, g.problems.map((x) => x.code)])).toEqual([
      ['yaml', ['YAML_BAD_INDENT']],
      ['pss', ['PSS_OTHER']],
    ])
  })
})
