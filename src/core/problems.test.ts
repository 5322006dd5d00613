import { describe, expect, it } from 'vitest'
import { PROBLEM_CODES, problemCodeInfo } from './problems'

describe('the problem code table', () => {
  it('holds every source, each code once, with a title', () => {
    const codes = PROBLEM_CODES.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of PROBLEM_CODES) {
      expect(c.code).toMatch(
        {
          api: /^API_[A-Z0-9_]+$/,
          scc: /^SCC_[A-Z0-9_]+$/,
          pss: /^PSS_[A-Z0-9_]+$/,
          lint: /^LINT_[A-Z0-9_]+$/,
          yaml: /^$/,
        }[c.source],
      )
      expect(c.title.length).toBeGreaterThan(5)
    }
    expect(PROBLEM_CODES.filter((c) => c.source === 'pss')).toHaveLength(19)
  })

  it('looks codes up', () => {
    expect(problemCodeInfo('PSS_ALLOW_PRIVILEGE_ESCALATION')).toEqual({
      code: 'PSS_ALLOW_PRIVILEGE_ESCALATION',
      source: 'pss',
      title: 'allowPrivilegeEscalation must be false',
      severity: 'error',
    })
    expect(problemCodeInfo('LINT_CAP_PREFIX')?.title).toBe('Capability written with the CAP_ prefix')
    expect(problemCodeInfo('API_APE_PRIVILEGED')?.source).toBe('api')
    expect(problemCodeInfo('YAML_BAD_INDENT')).toEqual({
      code: 'YAML_BAD_INDENT',
      source: 'yaml',
      title: 'YAML syntax error',
      severity: 'error',
    })
    expect(problemCodeInfo('NOPE')).toBeUndefined()
  })
})
