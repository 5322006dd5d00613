import { describe, expect, it } from 'vitest'
import { PSS_CODES } from '../pss'
import { PROBLEM_CODES } from '../problems'
import type { Problem, ProblemCode, ProblemData } from '../types'
import { parseStream } from '../yaml'
import { FIXES, fixesFor, planFix } from './index'
import { pod } from '../lint/testResource'

const problem = (code: string, data: ProblemData = {}, nodePath: Problem['nodePath'] = []): Problem => ({
  code: code as ProblemCode,
  source: 'pss',
  severity: 'error',
  message: '',
  path: '',
  nodePath,
  range: [0, 0],
  resource: 0,
  data,
  fixes: [],
})

/** The data some fixes select on (never the message). */
const DATA: ProblemData[] = [
  {},
  { field: 'capabilities.add', part: 'add', value: 'NET_ADMIN' },
  { field: 'capabilities.drop', part: 'drop' },
  { field: 'runAsUser', part: 'value', value: '1000' },
  { field: 'runAsUser', part: 'value', value: 1.5 },
]

/** The node a finding sits on decides between the fixes of a two-part check. */
const NODE_PATHS = [
  [],
  ['spec', 'containers', 0, 'securityContext', 'runAsUser'],
  ['spec', 'securityContext', 'seccompProfile', 'type'],
  ['spec', 'capabilities', 'add'],
  ['spec', 'containers', 0, 'securityContext', 'fsGroup'],
  ['spec', 'securityContext', 'allowPrivilegeEscalation'],
  ['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod'],
]

describe('the fix registry', () => {
  it('has unique ids, and each fix applies to some code of the problem table', () => {
    const ids = FIXES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    const applies = (f: (typeof FIXES)[number]) =>
      PROBLEM_CODES.some((c) => DATA.some((d) => NODE_PATHS.some((p) => f.appliesTo(problem(c.code, d, p)))))
    const orphans = FIXES.filter((f) => !applies(f))
    expect(orphans.map((f) => f.id)).toEqual([])
  })

  it('offers a fix for every Pod Security check except the volume ones', () => {
    const offered = (code: string) =>
      DATA.some((d) => NODE_PATHS.some((p) => fixesFor(problem(code, d, p)).length > 0))
    const without = PSS_CODES.filter((c) => !offered(c.code))
    expect(without.map((c) => c.code)).toEqual(['PSS_HOST_PATH_VOLUMES', 'PSS_RESTRICTED_VOLUMES'])
  })

  it('picks the fix for each part of a check by the node or the part the finding is about', () => {
    const seccomp = (path: Problem['nodePath']) =>
      fixesFor(problem('PSS_SECCOMP_PROFILE_RESTRICTED', {}, path)).map((f) => f.id)
    expect(seccomp(['spec', 'securityContext'])).toEqual(['pod-seccomp-runtime-default'])
    expect(seccomp(['spec', 'securityContext', 'seccompProfile', 'type'])).toEqual([
      'seccomp-runtime-default',
    ])
    const caps = (part: ProblemData['part']) =>
      fixesFor(problem('PSS_CAPABILITIES_RESTRICTED', { field: `capabilities.${part}`, part })).map(
        (f) => f.id,
      )
    expect(caps('drop')).toEqual(['drop-all'])
    expect(caps('add')).toEqual(['remove-forbidden-caps'])
    expect(fixesFor(problem('PSS_NOPE'))).toEqual([])
  })

  it('classifies every fix: safe or may-break, with a reason the app and the CLI show', () => {
    const unclassified = FIXES.filter((f) => f.reason.trim() === '').map((f) => f.id)
    expect(unclassified).toEqual([])
    const refs = fixesFor(problem('PSS_PRIVILEGED'))
    expect(refs).toEqual([
      {
        id: 'set-privileged-false',
        title: 'Set privileged: false',
        effect: 'may-break',
        reason: expect.stringContaining('host devices') as string,
      },
    ])
  })

  it('planFix refuses an unknown id or a fix that does not apply', () => {
    const stream = parseStream('kind: Pod\n')
    const r = pod({ containers: [{ name: 'a' }] })
    expect(planFix(stream, r, problem('PSS_PRIVILEGED'), 'nope')).toEqual([])
    expect(planFix(stream, r, problem('PSS_PRIVILEGED'), 'drop-all')).toEqual([])
  })
})
